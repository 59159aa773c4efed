// The simulator's rules without HTTP: sync transitions, drafts, config-file diffs, faults,
// state files.
#include "ConfigFiles.h"
#include "FaultInjector.h"
#include "FullDisk.h"
#include "Scenarios.h"
#include "SimApi.h"
#include "SimBackend.h"
#include "SimControlApi.h"
#include "SimDefaults.h"
#include "SimLogQuery.h"
#include "SimStateFile.h"
#include "UnifiedDiff.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = SyncConfig::State;
using Mode = SyncConfig::Mode;

// A PATCH of the service config and a staged log entry, each with `extra` inside what the
// simulator keeps, asked of the Admin and the control API without HTTP.
struct KeptBodies
{
    KeptBodies()
    {
        backend.sessions().setApiKey(SimDefaults::publicKey(), SimDefaults::privateKey());
        Scenarios::load(QStringLiteral("partition"), backend);
        token = backend.sessions()
                    .login(SimDefaults::publicKey(), SimDefaults::privateKey(), backend.now())
                    .accessToken.toLatin1();
    }
    SimReply patchConfig(const QByteArray &extra)
    {
        const SimApp &app = backend.apps().first();
        SimRequest r;
        r.method = "PATCH";
        r.path = QStringLiteral("/groups/%1/apps/%2/services/%3/config")
                     .arg(backend.groupId(), app.id, app.serviceId);
        r.authorization = "Bearer " + token;
        r.body = "{\"sync\": {\"state\": \"\", \"extra\": " + extra + "}}";
        return api.handle(r).settled();
    }
    SimReply stageLog(const QByteArray &extra)
    {
        SimRequest r;
        r.method = "POST";
        r.path = QStringLiteral("/apps/%1/logs").arg(backend.apps().first().id);
        r.body = "[{\"type\": \"" + SimLogQuery::knownTypes().first().toLatin1()
            + "\", \"started\": \"" + backend.now().toString(Qt::ISODateWithMs).toLatin1()
            + "\", \"extra\": " + extra + "}]";
        return control.handle(r);
    }
    static QByteArray nested(int depth)
    {
        QByteArray json = "1";
        for (int i = 0; i < depth; ++i)
            json = (i % 2 ? "[" : "{\"a\": ") + json + (i % 2 ? "]" : "}");
        return json;
    }

    SimBackend backend;
    SimApi api {&backend};
    SimControlApi control {backend};
    QByteArray token;
};

class TestSimBackend : public QObject
{
    Q_OBJECT

    static QJsonObject state(const char *s)
    {
        return {{QStringLiteral("state"), QString::fromLatin1(s)}};
    }

    // A minimal `patch` for one file: checks context and removals against `lines`.
    static QStringList apply(const QStringList &lines, const QString &diff, QString *problem)
    {
        QStringList out;
        qsizetype next = 0; // index in `lines` of the first line not yet copied
        const QStringList rows = diff.split(QLatin1Char('\n'));
        static const QRegularExpression header(
            QStringLiteral("^@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@$"));
        for (qsizetype r = 2; r < rows.size(); ++r) {
            const QRegularExpressionMatch m = header.match(rows[r]);
            if (!m.hasMatch()) {
                if (rows[r].isEmpty() && r == rows.size() - 1)
                    break; // the diff's final newline
                *problem = QStringLiteral("expected a hunk header: ") + rows[r];
                return out;
            }
            const int oldStart = m.captured(1).toInt();
            int oldCount = m.captured(2).toInt();
            int newCount = m.captured(4).toInt();
            const qsizetype at = oldCount == 0 ? oldStart : oldStart - 1;
            while (next < at)
                out.append(lines.value(next++));
            while (oldCount > 0 || newCount > 0) {
                const QString row = rows.value(++r);
                const QString text = row.mid(1);
                if (row.startsWith(QLatin1Char(' ')) || row.startsWith(QLatin1Char('-'))) {
                    if (lines.value(next) != text) {
                        *problem
                            = QStringLiteral("context or removal does not match at %1").arg(next);
                        return out;
                    }
                    ++next;
                    --oldCount;
                    if (row.startsWith(QLatin1Char(' '))) {
                        out.append(text);
                        --newCount;
                    }
                } else if (row.startsWith(QLatin1Char('+'))) {
                    out.append(text);
                    --newCount;
                } else {
                    *problem = QStringLiteral("a hunk is shorter than its header says");
                    return out;
                }
                if (oldCount < 0 || newCount < 0) {
                    *problem = QStringLiteral("a hunk is longer than its header says");
                    return out;
                }
            }
        }
        while (next < lines.size())
            out.append(lines.value(next++));
        return out;
    }

private slots:
    void terminateDiffMatchesTheDocumentedFigure()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("partition"), backend);
        SimApp &app = backend.apps().first();
        QVERIFY(!backend.changeSync(app, Mode::PartitionBased, state("")).isRefused());
        QVERIFY(app.draft.has_value());
        const QStringList diffs = ConfigFiles::diff(app, app.deployed, app.draft->staged);
        QCOMPARE(diffs.size(), 1);
        const QStringList lines = diffs.first().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("--- services/Example-Service/config.json"));
        QCOMPARE(lines.value(1), QStringLiteral("+++ services/Example-Service/config.json"));
        QCOMPARE(lines.value(2), QStringLiteral("@@ -5,18 +5,6 @@"));
        QCOMPARE(lines.value(3), QStringLiteral("     \"config\": {"));
        QCOMPARE(lines.value(6), QStringLiteral("-        \"sync\": {"));
        QCOMPARE(lines.value(7), QStringLiteral("-            \"state\": \"enabled\","));
        QCOMPARE(lines.value(8), QStringLiteral("-            \"partition\": {"));
        QCOMPARE(lines.value(9), QStringLiteral("-                \"key\": \"_partition\","));
        QCOMPARE(lines.value(17), QStringLiteral("-        },"));
        QCOMPARE(lines.value(18), QStringLiteral("         \"wireProtocolEnabled\": false"));
        QCOMPARE(lines.value(20), QStringLiteral("     \"version\": 1"));
        QCOMPARE(lines.size(), 22); // three lines of trailing context, then the final newline
    }

    void pauseDiffChangesStateAndAddsLastDisabled()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("flexible"), backend);
        SimApp &app = backend.apps().first();
        QVERIFY(!backend.changeSync(app, Mode::Flexible, state("disabled")).isRefused());
        const QString diff
            = ConfigFiles::diff(app, app.deployed, app.draft->staged).join(QString());
        QVERIFY(
            diff.startsWith(QStringLiteral("--- sync/config.json\n+++ sync/config.json\n@@ -1,")));
        QVERIFY(diff.contains(
            QStringLiteral("\n-    \"state\": \"enabled\",\n+    \"state\": \"disabled\",\n")));
        QVERIFY(diff.contains(QStringLiteral("\n+    \"last_disabled\": ")));
    }

    void changesMergeIntoTheCurrentBlock()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("flexible"), backend);
        SimApp &app = backend.apps().first();
        QVERIFY(!backend.changeSync(app, Mode::Flexible, state("disabled")).isRefused());
        QCOMPARE(app.draft->staged.databaseName(), QStringLiteral("todo"));
        QCOMPARE(app.draft->staged.queryableFields().size(), 2);
    }

    void modeCannotChangeWhileSyncRuns()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("flexible"), backend);
        SimApp &app = backend.apps().first();
        const auto refusal = backend.changeSync(app, Mode::PartitionBased, state("enabled"));
        QCOMPARE(refusal.errorCode, QStringLiteral("SyncModeChangeNotAllowed"));
        QVERIFY(!app.draft.has_value());
    }

    void invalidStatesAndTypesAreRefused()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("flexible"), backend);
        SimApp &app = backend.apps().first();
        QCOMPARE(backend.changeSync(app, Mode::Flexible, state("paused")).errorCode,
            QStringLiteral("InvalidSyncConfig"));
        QCOMPARE(
            backend.changeSync(app, Mode::Flexible, {{QStringLiteral("queryable_fields_names"), 3}})
                .errorCode,
            QStringLiteral("InvalidSyncConfig"));
        QVERIFY(!app.draft.has_value());
    }

    void pausingTerminatedSyncIsRefused()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("flexible"), backend);
        SimApp &app = backend.apps().first();
        app.uiDraftsDisabled = true;
        QVERIFY(!backend.changeSync(app, Mode::Flexible, state("")).isRefused());
        QCOMPARE(backend.changeSync(app, Mode::Flexible, state("disabled")).errorCode,
            QStringLiteral("SyncNotEnabled"));
    }

    void resumeWithinTheOplogWindowWorks()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("flexible"), backend);
        SimApp &app = backend.apps().first();
        app.uiDraftsDisabled = true;
        QVERIFY(!backend.changeSync(app, Mode::Flexible, state("disabled")).isRefused());
        backend.advanceClock(47 * 3600);
        QVERIFY(!backend.changeSync(app, Mode::Flexible, state("enabled")).isRefused());
        QCOMPARE(app.deployed.state(), State::Enabled);
    }

    void resumePastTheOplogWindowIsRefused()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("flexible"), backend);
        SimApp &app = backend.apps().first();
        app.uiDraftsDisabled = true;
        QVERIFY(!backend.changeSync(app, Mode::Flexible, state("disabled")).isRefused());
        backend.advanceClock(49 * 3600);
        QCOMPARE(backend.changeSync(app, Mode::Flexible, state("enabled")).errorCode,
            QStringLiteral("SyncResumeOplogRolledOver"));
        QCOMPARE(app.deployed.state(), State::Paused);
        // Terminate and enable again is the way out.
        const QJsonObject block = app.deployed.block;
        QVERIFY(!backend.changeSync(app, Mode::Flexible, state("")).isRefused());
        QCOMPARE(app.deployed.mode, Mode::None);
        QJsonObject enable = block;
        enable.insert(QStringLiteral("state"), QStringLiteral("enabled"));
        QVERIFY(!backend.changeSync(app, Mode::Flexible, enable).isRefused());
        QCOMPARE(app.deployed.state(), State::Enabled);
        QVERIFY(app.syncMetadataPresent);
    }

    void deploymentsProgressAsynchronously()
    {
        SimBackend backend;
        backend.setDeploymentDelayMs(20);
        Scenarios::load(QStringLiteral("flexible"), backend);
        SimApp &app = backend.apps().first();
        QVERIFY(!backend.changeSync(app, Mode::Flexible, state("")).isRefused());
        QSignalSpy finished(&backend, &SimBackend::deploymentFinished);
        const SimDeployment d = backend.deployDraft(app, QStringLiteral("t"), QString());
        QCOMPARE(d.status, QStringLiteral("created"));
        QVERIFY(!app.draft.has_value());
        QVERIFY(finished.wait(5000));
        QCOMPARE(backend.apps().first().deployments.last().status, QStringLiteral("successful"));
        QCOMPARE(backend.apps().first().deployed.mode, Mode::None);
        for (const SimClient &c : backend.apps().first().clients)
            QVERIFY(backend.apps().first().needsClientReset(c));
    }

    void stateRoundTrips()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("partition"), backend);
        QVERIFY(!backend.changeSync(backend.apps().first(), Mode::PartitionBased, state("disabled"))
                     .isRefused());
        const QJsonObject saved = backend.toJson();
        SimBackend other;
        QString problem;
        QVERIFY2(other.restore(saved, &problem), qPrintable(problem));
        QCOMPARE(other.toJson(), saved);
        QVERIFY(other.apps().first().draft.has_value());
        QCOMPARE(other.newId(), backend.newId());
    }

    void restoreRefusesForeignJsonAndKeepsItsState()
    {
        SimBackend backend;
        Scenarios::load(QStringLiteral("flexible"), backend);
        const QJsonObject before = backend.toJson();
        QString problem;
        QVERIFY(!backend.restore({{QStringLiteral("apps"), QJsonArray()}}, &problem));
        QVERIFY(problem.contains(QStringLiteral("not a Sync Console simulator state file")));
        QJsonObject wrongVersion = before;
        wrongVersion.insert(QStringLiteral("version"), 99);
        QVERIFY(!backend.restore(wrongVersion, &problem));
        QVERIFY(problem.contains(QStringLiteral("99")));
        QCOMPARE(backend.toJson(), before);
    }

    void restoreRefusesWrongTypesAndDuplicateIds_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("name") << QStringLiteral("name") << QJsonValue(42) << QStringLiteral("name");
        QTest::newRow("deployments")
            << QStringLiteral("deployments") << QJsonValue(QStringLiteral("many"))
            << QStringLiteral("deployments");
        QTest::newRow("a client") << QStringLiteral("clients") << QJsonValue(QJsonArray {7})
                                  << QStringLiteral("clients");
        QTest::newRow("paused_at")
            << QStringLiteral("paused_at") << QJsonValue(QStringLiteral("yesterday"))
            << QStringLiteral("paused_at");
        QTest::newRow("duplicate app id")
            << QString() << QJsonValue() << QStringLiteral("used twice");
    }

    void restoreRefusesWrongTypesAndDuplicateIds()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, says);
        SimBackend backend;
        Scenarios::load(QStringLiteral("flexible"), backend);
        const QJsonObject before = backend.toJson();
        QJsonObject state = before;
        QJsonArray apps = state.value(QStringLiteral("apps")).toArray();
        if (field.isEmpty()) {
            apps.append(apps.first()); // the same app twice
        } else {
            QJsonObject app = apps.first().toObject();
            app.insert(field, value);
            apps.replace(0, app);
        }
        state.insert(QStringLiteral("apps"), apps);
        QString problem;
        QVERIFY(!backend.restore(state, &problem));
        QVERIFY2(problem.contains(says), qPrintable(problem));
        QCOMPARE(backend.toJson(), before);
    }

    void stateFileIsWrittenAndRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SimBackend backend;
        Scenarios::load(QStringLiteral("partition"), backend);
        SimStateFile file(&backend, path);
        file.watch();
        QVERIFY(!backend.changeSync(backend.apps().first(), Mode::PartitionBased, state(""))
                     .isRefused());
        // The change is written on the writer's thread; whenSaved() says when it is on disk.
        bool saved = false;
        file.whenSaved([&saved](const QString &problem) { saved = problem.isEmpty(); });
        QTRY_VERIFY(saved);

        SimBackend restored;
        SimStateFile reader(&restored, path);
        QString problem;
        QCOMPARE(reader.load(&problem), SimStateFile::Load::Loaded);
        QVERIFY(restored.apps().first().draft.has_value());
        QCOMPARE(restored.apps().first().draft->staged.mode, Mode::None);
    }

    void stateFileWritesChangesTogether()
    {
        // Changes made while a write is under way go to disk together in the next write, and
        // each author hears of it only once its change is there.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SimBackend backend;
        SimStateFile file(&backend, path);
        file.watch();
        QList<qint64> onDisk; // the clock offset in the file as each author heard "saved"
        const auto offsetOnDisk = [&path] { // as a restart reads it: the file and its journal
            SimBackend restored;
            SimStateFile reader(&restored, path);
            QString problem;
            if (reader.load(&problem) != SimStateFile::Load::Loaded)
                return qint64(-1);
            return qint64(restored.toJson().value(QStringLiteral("clock_offset")).toDouble(-1));
        };
        for (int i = 1; i <= 5; ++i) {
            backend.advanceClock(1);
            file.whenSaved([&](const QString &) { onDisk.append(offsetOnDisk()); });
            if (i == 1)
                QCoreApplication::processEvents(); // the first write starts; the others wait
        }
        QTRY_COMPARE(onDisk.size(), 5);
        QCOMPARE(onDisk.first(), 1);
        QCOMPARE(onDisk.mid(1), QList<qint64>({5, 5, 5, 5})); // one write for the four
        bool atOnce = false;
        file.whenSaved([&atOnce](const QString &) { atOnce = true; }); // nothing waits
        QVERIFY(atOnce);
    }

    void aChangeTheDiskRefusesIsUndone()
    {
        // A full or read-only disk: the change is undone (what is served is what a restart
        // loads), its author hears why, and the failure is said once until the disk is back.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        auto full = std::make_shared<std::atomic<bool>>(false);
        SimBackend backend;
        Scenarios::load(QStringLiteral("partition"), backend);
        SimStateFile file(&backend, path, nullptr, std::make_unique<FullDisk>(full));
        QString problem;
        QVERIFY(file.save(&problem));
        file.watch();
        QSignalSpy failed(&file, &SimStateFile::saveFailed);
        QSignalSpy recovered(&file, &SimStateFile::saveRecovered);
        const QJsonObject onDisk = backend.toJson();

        *full = true;
        QStringList heard;
        const auto change = [&] {
            backend.advanceClock(60);
            file.whenSaved([&heard](const QString &why) { heard.append(why); });
        };
        change();
        QTRY_COMPARE(heard.size(), 1);
        QVERIFY2(heard.first().contains(QStringLiteral("No space left")), qPrintable(heard[0]));
        QCOMPARE(backend.toJson(), onDisk);
        QCOMPARE(failed.size(), 1);
        QVERIFY(file.failing());

        change();
        QTRY_COMPARE(heard.size(), 2);
        QVERIFY(!heard.last().isEmpty());
        QCOMPARE(backend.toJson(), onDisk);
        QCOMPARE(failed.size(), 1); // once per failure, not once per write

        *full = false;
        change();
        QTRY_COMPARE(heard.size(), 3);
        QCOMPARE(heard.last(), QString());
        QCOMPARE(recovered.size(), 1);
        QVERIFY(!file.failing());
        SimBackend restored;
        SimStateFile reader(&restored, path);
        QCOMPARE(reader.load(&problem), SimStateFile::Load::Loaded);
        QCOMPARE(restored.toJson(), backend.toJson());
    }

    void changesMadeDuringAFailedWriteAreUndoneToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        auto full = std::make_shared<std::atomic<bool>>(true);
        SimBackend backend;
        SimStateFile file(&backend, path, nullptr, std::make_unique<FullDisk>(full));
        file.watch();
        const QJsonObject before = backend.toJson();
        QStringList heard;
        for (int i = 1; i <= 3; ++i) {
            backend.advanceClock(1);
            file.whenSaved([&heard](const QString &why) { heard.append(why); });
            if (i == 1)
                QCoreApplication::processEvents(); // the first write starts; the others wait
        }
        QTRY_COMPARE(heard.size(), 3);
        for (const QString &why : std::as_const(heard))
            QVERIFY(!why.isEmpty());
        QCOMPARE(backend.toJson(), before);
    }

    void deeplyNestedBodiesAreRefused()
    {
        // Qt reads JSON at most 1024 deep: a body accepted this deep would make the state file
        // unloadable at the next start.
        KeptBodies k;
        const QJsonObject before = k.backend.toJson();
        for (const SimReply &reply :
            {k.patchConfig(KeptBodies::nested(1020)), k.stageLog(KeptBodies::nested(1020))}) {
            QCOMPARE(reply.status, 400);
            const QJsonObject error = QJsonDocument::fromJson(reply.body).object();
            QCOMPARE(
                error.value(QStringLiteral("error_code")).toString(), QStringLiteral("BadRequest"));
            QVERIFY2(
                error.value(QStringLiteral("error")).toString().contains(QStringLiteral("deep")),
                reply.body.constData());
        }
        QCOMPARE(k.backend.toJson(), before);
        // A string full of brackets is no nesting.
        QCOMPARE(k.patchConfig("\"" + QByteArray(2000, '[') + "\\\"{\"").status, 204);
    }

    void aStateWrittenAfterAcceptedBodiesLoads()
    {
        // Everything as deep as the limit lets in: what was accepted is kept and loads again.
        KeptBodies k;
        const int deepest = SimRequest::MaxBodyDepth - 2; // the wrapping takes two levels
        QCOMPARE(k.patchConfig(KeptBodies::nested(deepest)).status, 204);
        QCOMPARE(k.stageLog(KeptBodies::nested(deepest)).status, 201);
        QCOMPARE(k.patchConfig(KeptBodies::nested(deepest + 1)).status, 400);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SimStateFile file(&k.backend, path);
        QString problem;
        QVERIFY2(file.save(&problem), qPrintable(problem));
        SimBackend restored;
        SimStateFile reader(&restored, path);
        QCOMPARE(reader.load(&problem), SimStateFile::Load::Loaded);
        QCOMPARE(restored.toJson(), k.backend.toJson());
    }

    void faultSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("status") << QStringLiteral("GET /groups/*/apps status=503 count=2") << true;
        QTest::newRow("latency") << QStringLiteral("* * latency=300") << true;
        QTest::newRow("deploy error")
            << QStringLiteral("POST */deployment deploy-error=the cluster is down") << true;
        QTest::newRow("flags") << QStringLiteral("get */drafts malformed drop") << true;
        QTest::newRow("no path") << QStringLiteral("GET") << false;
        QTest::newRow("bad key") << QStringLiteral("GET * colour=red") << false;
        QTest::newRow("bad status") << QStringLiteral("GET * status=200") << false;
        QTest::newRow("bad number") << QStringLiteral("GET * latency=soon") << false;
        QTest::newRow("empty message") << QStringLiteral("POST * deploy-error=") << false;
        QTest::newRow("redirect") << QStringLiteral(
            "POST */login redirect=http://127.0.0.1:9/x status=302")
                                  << true;
        QTest::newRow("redirect, error status")
            << QStringLiteral("GET * redirect=http://127.0.0.1:9/x status=500") << false;
        QTest::newRow("3xx without a target") << QStringLiteral("GET * status=302") << false;
        QTest::newRow("empty redirect") << QStringLiteral("GET * redirect=") << false;
        QTest::newRow("oversize") << QStringLiteral("GET */apps oversize=9000000") << true;
        QTest::newRow("oversize past 512 MiB")
            << QStringLiteral("GET */apps oversize=900000000") << false;
    }

    void faultSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QString problem;
        QCOMPARE(FaultRule::parse(spec, &problem).has_value(), valid);
        QCOMPARE(problem.isEmpty(), valid);
    }

    void faultsMatchAndCount()
    {
        FaultInjector faults;
        QString problem;
        faults.add(
            *FaultRule::parse(QStringLiteral("POST */deployment status=500 count=1"), &problem));
        faults.add(*FaultRule::parse(QStringLiteral("GET /groups/*/apps latency=5"), &problem));
        QVERIFY(!faults.take("GET", QStringLiteral("/groups/g/apps/a/drafts")));
        QVERIFY(!faults.take("POST", QStringLiteral("/groups/g/apps/a/drafts")));
        QCOMPARE(
            faults.take("POST", QStringLiteral("/groups/g/apps/a/drafts/d/deployment"))->status,
            500);
        QVERIFY(!faults.take("POST", QStringLiteral("/groups/g/apps/a/drafts/d/deployment")));
        QCOMPARE(faults.take("get", QStringLiteral("/groups/g/apps"))->latencyMs, 5);
        QCOMPARE(faults.rules().size(), 1);
    }

    // Applying every generated diff to the old text must give the new one, and every hunk
    // header must count the lines its hunk really holds.
    void unifiedDiffsApplyBack()
    {
        QRandomGenerator random(20261125);
        for (int round = 0; round < 300; ++round) {
            QStringList before;
            const int size = random.bounded(0, 40);
            for (int i = 0; i < size; ++i)
                before.append(QString::number(random.bounded(6)));
            QStringList after = before;
            const int edits = random.bounded(1, 6);
            for (int e = 0; e < edits; ++e) {
                const int at = after.isEmpty() ? 0 : random.bounded(after.size() + 1);
                switch (random.bounded(3)) {
                case 0:
                    after.insert(at, QStringLiteral("x%1").arg(e));
                    break;
                case 1:
                    if (at < after.size())
                        after.removeAt(at);
                    break;
                default:
                    if (at < after.size())
                        after[at] = QStringLiteral("y%1").arg(e);
                    break;
                }
            }
            const QString a
                = before.isEmpty() ? QString() : before.join(QLatin1Char('\n')) + QLatin1Char('\n');
            const QString b
                = after.isEmpty() ? QString() : after.join(QLatin1Char('\n')) + QLatin1Char('\n');
            const QString diff = UnifiedDiff::compute(QStringLiteral("f"), a, b);
            QCOMPARE(diff.isEmpty(), a == b);
            if (diff.isEmpty())
                continue;
            QString problem;
            const QStringList patched = apply(before, diff, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + diff));
            QVERIFY2(patched == after,
                qPrintable(diff + QStringLiteral("\nbefore: ") + before.join(QLatin1Char(' '))
                    + QStringLiteral("\nafter: ") + after.join(QLatin1Char(' '))));
        }
    }

    void unifiedDiffOfEqualTextsIsEmpty()
    {
        QVERIFY(UnifiedDiff::compute(
            QStringLiteral("f"), QStringLiteral("a\nb\n"), QStringLiteral("a\nb\n"))
                    .isEmpty());
        QCOMPARE(
            UnifiedDiff::compute(QStringLiteral("f"), QStringLiteral("a\n"), QStringLiteral("b\n")),
            QStringLiteral("--- f\n+++ f\n@@ -1,1 +1,1 @@\n-a\n+b\n"));
    }
};

QTEST_GUILESS_MAIN(TestSimBackend)
#include "tst_simbackend.moc"
