// sync-console-sim as a user runs it: its first line, its flags, its state file.
#include "AdminApiClient.h"
#include "ApiCall.h"
#include "ProcessRun.h"
#include "RunToResult.h"
#include "Scenarios.h"
#include "SimDefaults.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

class TestSimCli : public QObject
{
    Q_OBJECT

    static ProcessRun runToEnd(const QStringList &args)
    {
        return ProcessRun::of(
            QStringLiteral(SIM_BINARY), args, QProcessEnvironment::systemEnvironment(), 20000);
    }

    // Starts a server and returns its first line, the base URL.
    static QString start(QProcess &p, const QStringList &args)
    {
        p.start(QStringLiteral(SIM_BINARY), args);
        while (!p.canReadLine())
            if (!p.waitForReadyRead(20000))
                return {};
        return QString::fromUtf8(p.readLine()).trimmed();
    }

    static void stop(QProcess &p)
    {
        p.terminate();
        if (!p.waitForFinished(10000))
            p.kill();
        p.waitForFinished();
    }

    // Signs in with the default pair and finds the first app of the admin's project.
    static AppRef signInToFirstApp(AdminApiClient &client)
    {
        if (!login(client, SimDefaults::publicKey(), SimDefaults::privateKey()))
            return {};
        const QString group = runToResult<AdminProfile>([&](QObject *c, auto d) {
            client.profile(c, d);
        }).value.groupIds.value(0);
        const auto apps = runToResult<QList<AppSummary>>(
            [&](QObject *c, auto d) { client.listApps(group, c, d); });
        return {group, apps.value.value(0).id};
    }

    static bool login(AdminApiClient &client, const QString &publicKey, const QString &privateKey)
    {
        return runToResult<AuthTokens>([&](QObject *c, auto done) {
            client.login(publicKey, privateKey, c, done);
        }).ok();
    }

private slots:
    void printsItsBaseUrlFirstAndServesTheApi()
    {
        QProcess p;
        const QString url = start(p, {QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY2(
            QRegularExpression(QStringLiteral("^http://127\\.0\\.0\\.1:\\d+/api/admin/v3\\.0$"))
                .match(url)
                .hasMatch(),
            qPrintable(url));
        QNetworkAccessManager network;
        AdminApiClient client(&network, QUrl(url));
        QVERIFY(login(client, SimDefaults::publicKey(), SimDefaults::privateKey()));
        const auto profile
            = runToResult<AdminProfile>([&](QObject *c, auto done) { client.profile(c, done); });
        QVERIFY(profile.ok());
        const auto apps = runToResult<QList<AppSummary>>([&](QObject *c, auto done) {
            client.listApps(profile.value.groupIds.first(), c, done);
        });
        QVERIFY(apps.ok());
        QCOMPARE(apps.value.first().name, QStringLiteral("TaskTracker"));
        stop(p);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(SimDefaults::privateKey()));
    }

    void acceptsTheConfiguredKeyPairOnly()
    {
        QProcess p;
        const QString url = start(p,
            {QStringLiteral("--api-key"), QStringLiteral("trainer:s3cret"),
                QStringLiteral("--scenario"), QStringLiteral("partition")});
        QVERIFY(!url.isEmpty());
        QNetworkAccessManager network;
        AdminApiClient client(&network, QUrl(url));
        QVERIFY(!login(client, SimDefaults::publicKey(), SimDefaults::privateKey()));
        QVERIFY(login(client, QStringLiteral("trainer"), QStringLiteral("s3cret")));
        stop(p);
        const QString printed
            = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        QVERIFY(printed.contains(QStringLiteral("trainer:")));
        QVERIFY(!printed.contains(QStringLiteral("s3cret")));
    }

    void badFlagsExitWithAClearMessage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("port") << QStringList {QStringLiteral("--port"), QStringLiteral("http")}
                              << QStringLiteral("--port");
        QTest::newRow("port range") << QStringList {QStringLiteral("--port"),
            QStringLiteral("70000")} << QStringLiteral("65535");
        QTest::newRow("unknown") << QStringList {QStringLiteral("--frobnicate")}
                                 << QStringLiteral("frobnicate");
        QTest::newRow("scenario") << QStringList {QStringLiteral("--scenario"),
            QStringLiteral("mars")}
                                  << QStringLiteral("oplog-rollover");
        QTest::newRow("api key") << QStringList {QStringLiteral("--api-key"),
            QStringLiteral("nocolon")}
                                 << QStringLiteral("PUBLIC:PRIVATE");
        QTest::newRow("fault") << QStringList {QStringLiteral("--fault"), QStringLiteral("GET")}
                               << QStringLiteral("METHOD PATH");
        QTest::newRow("lifetime") << QStringList {QStringLiteral("--token-lifetime"),
            QStringLiteral("0")} << QStringLiteral("--token-lifetime");
        QTest::newRow("listen") << QStringList {QStringLiteral("--listen"), QStringLiteral("moon")}
                                << QStringLiteral("--listen");
        QTest::newRow("positional")
            << QStringList {QStringLiteral("extra")} << QStringLiteral("extra");
        QTest::newRow("default key beyond loopback") << QStringList {QStringLiteral("--listen"),
            QStringLiteral("0.0.0.0")} << QStringLiteral("--api-key");
    }

    void listeningBeyondLoopbackWarns()
    {
        QProcess p;
        const QString url = start(p,
            {QStringLiteral("--listen"), QStringLiteral("0.0.0.0"), QStringLiteral("--api-key"),
                QStringLiteral("room:a-secret-of-the-trainer")});
        QVERIFY2(url.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(url));
        QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine() || p.bytesAvailable() > 0, 10000);
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("warning"), 10000);
        QVERIFY2(err.contains("0.0.0.0") && err.contains("Failed logins"), err.constData());
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(!out.contains("a-secret-of-the-trainer"));
        stop(p);
    }

    void badFlagsExitWithAClearMessage()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const ProcessRun r = runToEnd(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("--help")));
        QVERIFY(r.out.isEmpty());
    }

    void listsScenarios()
    {
        const ProcessRun r = runToEnd({QStringLiteral("--list-scenarios")});
        QCOMPARE(r.exitCode, 0);
        // name<TAB>description, one a line, in the order of Scenarios::names().
        const QStringList lines = r.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), Scenarios::names().size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines[i],
                Scenarios::names()[i] + QLatin1Char('\t')
                    + Scenarios::description(Scenarios::names()[i]));
    }

    void aCorruptStateFileIsLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        const QByteArray garbage("{\"format\": \"sync-console-sim-state\", \"apps\": [tru");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        const ProcessRun r = runToEnd({QStringLiteral("--state"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QVERIFY(r.err.contains(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), garbage);
    }

    void aSecondSimulatorOnTheSameStateFileRefusesToStart()
    {
        // Two writers of one file would lose each other's acknowledged changes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("room.json"));
        QProcess first;
        const QString url = start(first, {QStringLiteral("--state"), path});
        QVERIFY2(!url.isEmpty(), qPrintable(QString::fromUtf8(first.readAllStandardError())));

        const ProcessRun second = runToEnd({QStringLiteral("--state"), path});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("in use by another simulator")),
            qPrintable(second.err));
        QVERIFY2(second.err.contains(QString::number(first.processId())), qPrintable(second.err));

        QCOMPARE(first.state(), QProcess::Running);
        QNetworkAccessManager network;
        AdminApiClient client(&network, QUrl(url));
        QVERIFY(!signInToFirstApp(client).appId.isEmpty()); // the first one still serves
        stop(first);

        // Once the first has gone, the file is free again.
        QProcess third;
        QVERIFY(!start(third, {QStringLiteral("--state"), path}).isEmpty());
        stop(third);
    }

    void stateSurvivesKillMinusNine()
    {
        // Every change is on disk (the state file, or a record of its journal) before it is
        // answered: killed at any moment, the simulator leaves files that load and hold every
        // change it acknowledged. Each round starts on what the one before left.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("room.json"));
        QRandomGenerator random(2026);
        qint64 acknowledged = 0; // clock seconds the simulator said it had added
        for (int round = 0; round <= 12; ++round) {
            QProcess p;
            const QString url = start(p, {QStringLiteral("--state"), path});
            QVERIFY2(!url.isEmpty(), qPrintable(QString::fromUtf8(p.readAllStandardError())));
            const QString root = url.left(url.indexOf(QStringLiteral("/api/admin/v3.0")));
            QNetworkAccessManager network;
            const auto call = [&](const QByteArray &method, const QString &path) {
                QNetworkRequest request(QUrl(root + path));
                request.setHeader(
                    QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
                return network.sendCustomRequest(request, method, QByteArray());
            };
            {
                QNetworkReply *reply = call("GET", QStringLiteral("/_sim/state"));
                QSignalSpy done(reply, &QNetworkReply::finished);
                QVERIFY(reply->isFinished() || done.wait(10000));
                const qint64 clock = qint64(QJsonDocument::fromJson(reply->readAll())
                                                .object()
                                                .value(QStringLiteral("clock_offset"))
                                                .toDouble(-1));
                reply->deleteLater();
                QVERIFY2(clock == acknowledged || clock == acknowledged + 1,
                    qPrintable(QStringLiteral("round %1: %2 acknowledged, %3 loaded")
                                   .arg(round)
                                   .arg(acknowledged)
                                   .arg(clock)));
                acknowledged = clock; // the unacknowledged one may have landed
            }
            if (round == 12) {
                stop(p);
                break;
            }
            const int burst = 1 + int(random.bounded(25));
            for (int i = 0; i < burst; ++i) {
                QNetworkReply *reply = call("POST", QStringLiteral("/_sim/clock?advance=1"));
                QSignalSpy done(reply, &QNetworkReply::finished);
                QVERIFY(reply->isFinished() || done.wait(10000));
                QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
                ++acknowledged;
                reply->deleteLater();
            }
            // One more change on its way, and the process killed under it.
            QNetworkReply *last = call("POST", QStringLiteral("/_sim/clock?advance=1"));
            QSignalSpy sent(last, &QNetworkReply::uploadProgress);
            (void)sent.wait(int(random.bounded(3))); // anywhere from before to after it lands
            p.kill();
            QVERIFY(p.waitForFinished(10000));
        }
        QVERIFY2(acknowledged >= 12, qPrintable(QString::number(acknowledged)));
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("room.json"));
        QString draftId;
        {
            QProcess p;
            const QString url = start(p,
                {QStringLiteral("--state"), path, QStringLiteral("--scenario"),
                    QStringLiteral("partition")});
            QVERIFY(!url.isEmpty());
            QNetworkAccessManager network;
            AdminApiClient client(&network, QUrl(url));
            const AppRef ref = signInToFirstApp(client);
            QVERIFY(!ref.appId.isEmpty());
            const auto draft
                = runToResult<Draft>([&](QObject *c, auto d) { client.createDraft(ref, c, d); });
            QVERIFY(draft.ok());
            draftId = draft.value.id;
            stop(p);
        }
        QProcess p;
        const QString url = start(p, {QStringLiteral("--state"), path});
        QVERIFY(!url.isEmpty());
        QString banner;
        while (!banner.contains(QStringLiteral("App:"))
            && (p.canReadLine() || p.waitForReadyRead(10000)))
            banner += QString::fromUtf8(p.readLine());
        QVERIFY2(banner.contains(QStringLiteral("restored from")), qPrintable(banner));
        QNetworkAccessManager network;
        AdminApiClient client(&network, QUrl(url));
        const AppRef ref = signInToFirstApp(client);
        QVERIFY(!ref.appId.isEmpty());
        const auto draft = runToResult<std::optional<Draft>>(
            [&](QObject *c, auto d) { client.currentDraft(ref, c, d); });
        QVERIFY(draft.ok());
        QVERIFY(draft.value.has_value());
        QCOMPARE(draft.value->id, draftId);
        stop(p);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray saved = f.readAll();
        QVERIFY(!saved.contains("access_token"));
        QVERIFY(!saved.contains(SimDefaults::privateKey().toUtf8()));
    }

    // A room's simulator restarted from its state file still resets to the scenario's start.
    void resetAfterARestartGoesBackToTheStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("room.json"));
        const auto reset = [](QNetworkAccessManager &network, const QString &url) {
            const QString root = url.left(url.indexOf(QStringLiteral("/api/admin/v3.0")));
            QNetworkRequest request(QUrl(root + QStringLiteral("/_sim/reset")));
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = network.post(request, QByteArrayLiteral("{}"));
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(10000);
            reply->deleteLater();
            return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                QJsonDocument::fromJson(reply->readAll()).object());
        };
        const auto draftOf = [](AdminApiClient &client, const AppRef &ref) {
            return runToResult<std::optional<Draft>>(
                [&](QObject *c, auto d) { client.currentDraft(ref, c, d); });
        };
        QString foreignDraft;
        {
            QProcess p;
            const QString url = start(p,
                {QStringLiteral("--state"), path, QStringLiteral("--scenario"),
                    QStringLiteral("drill-foreign-draft")});
            QVERIFY(!url.isEmpty());
            QNetworkAccessManager network;
            AdminApiClient client(&network, QUrl(url));
            const AppRef ref = signInToFirstApp(client);
            const auto draft = draftOf(client, ref);
            QVERIFY(draft.ok() && draft.value.has_value());
            foreignDraft = draft.value->id;
            QVERIFY(runToResult<Done>([&](QObject *c, auto d) {
                client.discardDraft(ref, foreignDraft, c, d);
            }).ok());
            QVERIFY(!draftOf(client, ref).value.has_value());
            stop(p);
        }
        QProcess p;
        const QString url = start(p, {QStringLiteral("--state"), path});
        QVERIFY(!url.isEmpty());
        QNetworkAccessManager network;
        AdminApiClient client(&network, QUrl(url));
        const AppRef ref = signInToFirstApp(client);
        QVERIFY(!draftOf(client, ref).value.has_value()); // the discard was kept
        const auto answer = reset(network, url);
        QCOMPARE(answer.first, 200);
        QCOMPARE(answer.second.value(QStringLiteral("scenario")).toString(),
            QStringLiteral("drill-foreign-draft"));
        const auto back = draftOf(client, ref); // still signed in
        QVERIFY(back.ok() && back.value.has_value());
        QCOMPARE(back.value->id, foreignDraft);
        stop(p);
    }

    void theControlApiFlipsFaultsAtRunTime()
    {
        QProcess p;
        const QString url = start(p, {});
        QVERIFY(!url.isEmpty());
        QNetworkAccessManager network;
        AdminApiClient client(&network, QUrl(url));
        const AppRef ref = signInToFirstApp(client);
        QVERIFY(!ref.appId.isEmpty());
        const QString root = url.left(url.indexOf(QStringLiteral("/api/admin/v3.0")));
        const auto control = [&](const QByteArray &method, const QString &path,
                                 const QByteArray &body) {
            QNetworkRequest request(QUrl(root + path));
            request.setHeader(
                QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *reply = network.sendCustomRequest(request, method, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            if (!reply->isFinished())
                done.wait(10000);
            reply->deleteLater();
            return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                reply->readAll());
        };

        QCOMPARE(control("POST", QStringLiteral("/_sim/faults"),
                     R"({"method": "POST", "path": "*/drafts", "status": 500, "count": 1})")
                     .first,
            201);
        QVERIFY(control("GET", QStringLiteral("/_sim/faults"), {}).second.contains("*/drafts"));
        QCOMPARE(runToResult<Draft>([&](QObject *c, auto d) {
            client.createDraft(ref, c, d);
        }).error.httpStatus,
            500);
        QVERIFY(
            runToResult<Draft>([&](QObject *c, auto d) { client.createDraft(ref, c, d); }).ok());

        QCOMPARE(
            control("POST", QStringLiteral("/_sim/faults"), R"({"path": "*", "latency_ms": 5})")
                .first,
            201);
        QCOMPARE(control("DELETE", QStringLiteral("/_sim/faults"), {}).first, 204);
        QCOMPARE(control("GET", QStringLiteral("/_sim/faults"), {}).second, QByteArray("[]"));
        QCOMPARE(control("POST", QStringLiteral("/_sim/faults"), R"({"status": 200})").first, 400);

        // Expired tokens are renewed by the client without the caller noticing.
        QCOMPARE(control("POST", QStringLiteral("/_sim/expire-tokens"), {}).first, 204);
        QVERIFY(runToResult<QList<ServiceSummary>>([&](QObject *c, auto d) {
            client.listServices(ref, c, d);
        }).ok());

        QCOMPARE(control("POST", QStringLiteral("/_sim/clock?advance=soon"), {}).first, 400);
        QCOMPARE(control("POST", QStringLiteral("/_sim/clock?advance=3600"), {}).first, 204);
        const auto state = control("GET", QStringLiteral("/_sim/state"), {});
        QCOMPARE(state.first, 200);
        QVERIFY(state.second.contains("\"clock_offset\":3600"));
        QCOMPARE(control("GET", QStringLiteral("/_sim/nothing"), {}).first, 404);
        stop(p);
    }

    void faultsFromTheCommandLineApply()
    {
        QProcess p;
        const QString url = start(p,
            {QStringLiteral("--fault"),
                QStringLiteral("POST /auth/providers/* status=503 count=1")});
        QVERIFY(!url.isEmpty());
        QNetworkAccessManager network;
        AdminApiClient client(&network, QUrl(url));
        const auto first = runToResult<AuthTokens>([&](QObject *c, auto done) {
            client.login(SimDefaults::publicKey(), SimDefaults::privateKey(), c, done);
        });
        QCOMPARE(first.error.httpStatus, 503);
        QVERIFY(login(client, SimDefaults::publicKey(), SimDefaults::privateKey()));
        stop(p);
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_simcli.moc"
