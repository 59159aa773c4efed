// Every scenario as a trainer meets it: it loads, it has a title, a description and a briefing
// that names what to do, its consequences hold on the simulator (over HTTP where a fault or a
// route is the consequence), and a reset after the procedure puts it back exactly as it began.
#include "Checked.h"
#include "Scenarios.h"
#include "SimFixture.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>

namespace {

QJsonObject object(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray array(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).array();
}

// The app's log entries of `type` (any when empty) whose error_code is `code`.
int countLogs(const SimApp &app, const QString &type, const QString &code)
{
    int n = 0;
    for (const SimLogEntry &e : app.logs)
        if ((type.isEmpty() || e.json.value(str("type")).toString() == type)
            && e.json.value(str("error_code")).toString() == code)
            ++n;
    return n;
}

} // namespace

class TestScenarios : public QObject
{
    Q_OBJECT

    QString configPath(SimFixture &f) const
    {
        return QStringLiteral("/groups/%1/apps/%2/services/%3/config")
            .arg(f.backend.groupId(), f.app().id, f.serviceId());
    }
    QString appPath(SimFixture &f) const
    {
        return QStringLiteral("/groups/%1/apps/%2").arg(f.backend.groupId(), f.app().id);
    }

    // PATCH of the app's sync block through the Admin API.
    QPair<int, QByteArray> patchSync(SimFixture &f, const QJsonObject &block)
    {
        const QString key = SyncConfig::jsonKey(
            f.app().effectiveSync().mode == SyncConfig::Mode::None ? f.app().deployed.mode
                                                                   : f.app().effectiveSync().mode);
        return f.http("PATCH", configPath(f), QJsonDocument(QJsonObject {{key, block}}).toJson());
    }

    QString draftId(SimFixture &f)
    {
        return array(f.http("GET", appPath(f) + str("/drafts")).second)
            .first()
            .toObject()
            .value(str("_id"))
            .toString();
    }

    // Terminate and deploy at the backend level (faults are the server's, so none applies),
    // then wait for the deployment's end.
    void terminateAndDeploy(SimFixture &f)
    {
        SimApp &app = f.app();
        QVERIFY(
            !f.backend.changeSync(app, app.deployed.mode, {{str("state"), QString()}}).isRefused());
        const SimDeployment d = f.backend.deployDraft(app, QString(), QString());
        QTRY_COMPARE(f.app().deployments.last().status, str("successful"));
        QCOMPARE(f.app().deployments.last().id, d.id);
        QCOMPARE(f.app().deployed.mode, SyncConfig::Mode::None);
    }

    void enableWith(SimFixture &f, SyncConfig::Mode mode, QJsonObject block)
    {
        SimApp &app = f.app();
        block.insert(str("state"), str("enabled"));
        const SimBackend::Refusal r = f.backend.changeSync(app, mode, block);
        QVERIFY2(!r.isRefused(), qPrintable(r.error));
        f.backend.deployDraft(app, QString(), QString());
        QTRY_COMPARE(f.app().deployments.last().status, str("successful"));
        QCOMPARE(f.app().deployed.state(), SyncConfig::State::Enabled);
    }

    // The translator stopped: nothing a device writes reaches the cluster until Sync is
    // terminated and enabled again; then every device that synced before resets (208).
    void translatorStoppedUntilTerminated(SimFixture &f, const QString &code)
    {
        QVERIFY(!f.app().translatorError.isEmpty());
        QVERIFY(countLogs(f.app(), str("SYNC_ERROR"), code) >= 1);
        const int writesBefore = countLogs(f.app(), str("SYNC_CLIENT_WRITE"), QString());
        for (int step = 0; step < 5; ++step)
            f.backend.advanceClock(120); // Kotlin writes every two minutes
        QCOMPARE(f.app().clients[0].unsyncedChanges, 5);
        QCOMPARE(countLogs(f.app(), str("SYNC_CLIENT_WRITE"), QString()), writesBefore);
        const SyncConfig before = f.app().deployed;
        CHECKED(terminateAndDeploy(f));
        QVERIFY(f.app().translatorError.isEmpty());
        CHECKED(enableWith(f, before.mode, before.block));
        QCOMPARE(f.app().clients[0].resets.size(), 1);
        QCOMPARE(f.app().clients[0].resets[0].protocolError, 208);
        QCOMPARE(f.app().clients[0].unsyncedChanges, 0);
    }

    // One row per scenario: its name, and what its briefing's "what to do" must name.
    static void addRows()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("todo"); // what the briefing's "what to do" must name
        const QString terminate = str("Terminate Sync");
        const QStringList terminating {str("flexible"), str("partition"),
            str("shared-tier-upgrade"), str("region-move"), str("nvme-upgrade"),
            str("oplog-rollover"), str("support-troubleshooting"), str("sync-mode-switch"),
            str("breaking-change"), str("drill-deploy-fails"), str("drill-foreign-draft"),
            str("drill-session-expires"), str("drill-rate-limited"),
            str("drill-concurrent-deploy")};
        for (const QString &name : terminating)
            QTest::newRow(qPrintable(name)) << name << terminate;
        QTest::newRow("idle-auto-pause") << str("idle-auto-pause") << str("Resume Sync");
    }

private slots:
    void everyScenarioHasARow()
    {
        const QStringList listed = Scenarios::names();
        QCOMPARE(listed.size(), 15); // addRows() has one row for each
        QCOMPARE(listed.first(), Scenarios::defaultName());
        for (const QString &n : listed) {
            QVERIFY2(n == n.toLower() && !n.contains(QLatin1Char(' ')), qPrintable(n));
            QVERIFY(!n.isEmpty() && n.size() <= 24);
        }
        SimBackend backend;
        QVERIFY(!Scenarios::load(str("no-such-scenario"), backend));
        QVERIFY(Scenarios::title(str("no-such-scenario")).isEmpty());
    }

    void loadsWithTexts_data() { addRows(); }
    void loadsWithTexts()
    {
        QFETCH(QString, name);
        QFETCH(QString, todo);
        SimFixture f(name);
        QVERIFY(f.started);
        QCOMPARE(f.backend.scenario(), name);
        QVERIFY(f.backend.hasScenarioStart());
        QVERIFY(!f.backend.apps().isEmpty());
        QVERIFY(!f.app().clients.isEmpty());
        QVERIFY(!Scenarios::title(name).isEmpty());
        const QString description = Scenarios::description(name);
        QVERIFY(!description.isEmpty() && !description.contains(QLatin1Char('\n')));
        const ScenarioBriefing b = Scenarios::briefing(name);
        QVERIFY(!b.whatHappened.isEmpty());
        QVERIFY(!b.success.isEmpty());
        QVERIFY2(b.whatToDo.contains(todo), qPrintable(b.whatToDo));
        // The reasons and drills come with the weeks before them; the healthy apps stay bare.
        if (name != str("flexible") && name != str("partition")) {
            QVERIFY(f.app().deployments.size() >= 2);
            QVERIFY(f.app().deployments.size() <= 5);
        }
        if (name != str("flexible") && name != str("partition") && name != str("idle-auto-pause"))
            QVERIFY(f.app().logs.size() >= 50);
    }

    void consequences_data() { addRows(); }
    void consequences()
    {
        QFETCH(QString, name);
        SimFixture f(name);
        QVERIFY(f.started);
        SimApp &app = f.app();
        if (name == str("flexible") || name == str("partition")) {
            QCOMPARE(app.deployed.state(), SyncConfig::State::Enabled);
            QVERIFY(app.translatorError.isEmpty());
            QCOMPARE(app.deployments.size(), 0);
        } else if (name == str("shared-tier-upgrade")) {
            QCOMPARE(app.clusterTier, str("M10"));
            CHECKED(translatorStoppedUntilTerminated(f, str("ChangeStreamHistoryLost")));
        } else if (name == str("region-move")) {
            QCOMPARE(app.clusterProvider, str("GCP"));
            QCOMPARE(app.deployed.mode, SyncConfig::Mode::PartitionBased);
            CHECKED(translatorStoppedUntilTerminated(f, str("ChangeStreamHistoryLost")));
        } else if (name == str("nvme-upgrade")) {
            QCOMPARE(app.clusterTier, str("M40_NVME"));
            CHECKED(translatorStoppedUntilTerminated(f, str("ChangeStreamHistoryLost")));
        } else if (name == str("oplog-rollover")) {
            QCOMPARE(app.deployed.state(), SyncConfig::State::Paused);
            QCOMPARE(countLogs(app, str("SYNC_ERROR"), str("ChangeStreamHistoryLost")), 1);
            const auto r = patchSync(f, {{str("state"), str("enabled")}});
            QCOMPARE(r.first, 400);
            QCOMPARE(object(r.second).value(str("error_code")).toString(),
                str("SyncResumeOplogRolledOver"));
            const SyncConfig before = f.app().deployed;
            CHECKED(terminateAndDeploy(f));
            CHECKED(enableWith(f, before.mode, before.block));
        } else if (name == str("idle-auto-pause")) {
            QCOMPARE(app.clusterTier, str("M0"));
            QCOMPARE(app.deployed.state(), SyncConfig::State::Paused);
            const qint64 since = f.backend.now().toSecsSinceEpoch()
                - app.deployed.block.value(str("last_disabled")).toInteger();
            QVERIFY(since >= 30 * 86400);
            QVERIFY(countLogs(app, str("SYNC_ERROR"), str("DisabledSession")) >= 1); // 213
            // Resuming works; the devices, away past client_max_offline_days, reset with 222.
            CHECKED(enableWith(f, app.deployed.mode, {{str("state"), str("enabled")}}));
            QCOMPARE(f.app().clients[0].resets.size(), 1);
            QCOMPARE(f.app().clients[0].resets[0].protocolError, 222);
        } else if (name == str("support-troubleshooting")) {
            QCOMPARE(app.deployed.state(), SyncConfig::State::Enabled);
            QVERIFY(countLogs(app, str("SYNC_ERROR"), str("BadChangeset")) >= 7);
            QVERIFY(app.lagMs > 60000);
        } else if (name == str("sync-mode-switch")) {
            QCOMPARE(app.deployed.mode, SyncConfig::Mode::PartitionBased);
            const QJsonObject flexible {{str("state"), str("enabled")},
                {str("database_name"), str("todo")},
                {str("queryable_fields_names"), QJsonArray {str("owner_id")}}};
            const auto refused = f.http("PATCH", configPath(f),
                QJsonDocument(QJsonObject {{str("flexible_sync"), flexible}}).toJson());
            QCOMPARE(refused.first, 400);
            QCOMPARE(object(refused.second).value(str("error_code")).toString(),
                str("SyncModeChangeNotAllowed"));
            QVERIFY(!f.app().draft); // nothing staged
            CHECKED(terminateAndDeploy(f));
            CHECKED(enableWith(f, SyncConfig::Mode::Flexible, flexible));
            QCOMPARE(f.app().deployed.mode, SyncConfig::Mode::Flexible);
        } else if (name == str("breaking-change")) {
            QCOMPARE(countLogs(app, str("SYNC_ERROR"), str("ChangeStreamHistoryLost")), 1);
            const auto indexed = patchSync(
                f, {{str("indexed_queryable_fields_names"), QJsonArray {str("site_id")}}});
            QCOMPARE(indexed.first, 400);
            QCOMPARE(object(indexed.second).value(str("error_code")).toString(),
                str("SyncIndexedFieldChangeNotAllowed"));
            const auto ingest = patchSync(
                f, {{str("asymmetric_tables"), QJsonArray {str("Reading"), str("Event")}}});
            QCOMPARE(ingest.first, 400);
            QCOMPARE(object(ingest.second).value(str("error_code")).toString(),
                str("SyncAsymmetricChangeNotAllowed"));
            // Unchanged values pass, as a pause sends them back.
            QCOMPARE(patchSync(f,
                         {{str("state"), str("disabled")},
                             {str("indexed_queryable_fields_names"), QJsonArray {str("owner_id")}}})
                         .first,
                204);
            f.backend.discardDraft(f.app());
            QJsonObject next = f.app().deployed.block;
            next.insert(str("indexed_queryable_fields_names"), QJsonArray {str("site_id")});
            next.insert(str("asymmetric_tables"), QJsonArray {str("Reading"), str("Event")});
            CHECKED(translatorStoppedUntilTerminated(f, str("ChangeStreamHistoryLost")));
            // translatorStoppedUntilTerminated enabled the old block; terminate and enable anew.
            CHECKED(terminateAndDeploy(f));
            CHECKED(enableWith(f, SyncConfig::Mode::Flexible, next));
            QCOMPARE(f.app().deployed.block.value(str("indexed_queryable_fields_names")).toArray(),
                QJsonArray {str("site_id")});
        } else if (name == str("drill-deploy-fails")) {
            QCOMPARE(patchSync(f, {{str("state"), QString()}}).first, 204);
            const QString path = appPath(f) + str("/drafts/") + draftId(f) + str("/deployment");
            QCOMPARE(f.http("POST", path).first, 201);
            QTRY_COMPARE(f.app().deployments.last().status, str("failed"));
            QVERIFY(f.app().deployments.last().statusErrorMessage.contains(str("timed out")));
            QCOMPARE(f.app().deployed.state(), SyncConfig::State::Enabled); // nothing changed
            QCOMPARE(patchSync(f, {{str("state"), QString()}}).first, 204);
            QCOMPARE(f.http("POST", appPath(f) + str("/drafts/") + draftId(f) + str("/deployment"))
                         .first,
                201);
            QTRY_COMPARE(f.app().deployments.last().status, str("successful"));
            QCOMPARE(f.app().deployed.mode, SyncConfig::Mode::None);
        } else if (name == str("drill-foreign-draft")) {
            const QJsonArray drafts = array(f.http("GET", appPath(f) + str("/drafts")).second);
            QCOMPARE(drafts.size(), 1);
            QCOMPARE(drafts[0].toObject().value(str("user_id")).toString(),
                SimBackend::otherAdminUserId());
            QVERIFY(drafts[0].toObject().value(str("user_id")).toString()
                != f.backend.sessions().userId());
            QCOMPARE(f.http("POST", appPath(f) + str("/drafts")).first, 409);
            const QJsonObject diff = object(
                f.http("GET", appPath(f) + str("/drafts/") + draftId(f) + str("/diff")).second);
            QVERIFY(
                diff.value(str("diffs")).toArray().first().toString().contains(str("priority")));
            // The way out: discard theirs, then the terminate deploys alone.
            QCOMPARE(f.http("DELETE", appPath(f) + str("/drafts/") + draftId(f)).first, 204);
            CHECKED(terminateAndDeploy(f));
        } else if (name == str("drill-session-expires")) {
            QCOMPARE(f.backend.sessions().accessTokenLifetime(), 90);
            const SimSessions::Issued issued = f.backend.sessions().login(
                SimDefaults::publicKey(), SimDefaults::privateKey(), f.backend.now());
            QCOMPARE(f.backend.sessions().checkAccess(issued.accessToken, f.backend.now()),
                SimSessions::Check::Valid);
            f.backend.advanceClock(91);
            QCOMPARE(f.backend.sessions().checkAccess(issued.accessToken, f.backend.now()),
                SimSessions::Check::Expired);
            // The first renewal is refused, so the console must ask to sign in again.
            QCOMPARE(renew(f, issued.refreshToken), 401);
            QCOMPARE(renew(f, issued.refreshToken), 201);
        } else if (name == str("drill-rate-limited")) {
            QCOMPARE(f.http("GET", configPath(f)).first, 503);
            QCOMPARE(f.http("GET", configPath(f)).first, 503);
            QCOMPARE(f.http("GET", configPath(f)).first, 200);
            QCOMPARE(patchSync(f, {{str("state"), QString()}}).first, 429);
            QVERIFY(!f.app().draft); // refused, so nothing staged
            QCOMPARE(patchSync(f, {{str("state"), QString()}}).first, 204);
            const QString path = appPath(f) + str("/drafts/") + draftId(f) + str("/deployment");
            QCOMPARE(f.http("POST", path).first, 503);
            QVERIFY(f.app().draft); // the draft waits for the next try
            QCOMPARE(f.http("POST", path).first, 201);
            QTRY_COMPARE(f.app().deployments.last().status, str("successful"));
            QCOMPARE(f.app().deployed.mode, SyncConfig::Mode::None);
        } else if (name == str("drill-concurrent-deploy")) {
            const qsizetype history = app.deployments.size();
            QCOMPARE(patchSync(f, {{str("state"), QString()}}).first, 204);
            const QString diffPath = appPath(f) + str("/drafts/") + draftId(f) + str("/diff");
            const QString first = object(f.http("GET", diffPath).second)
                                      .value(str("diffs"))
                                      .toArray()
                                      .first()
                                      .toString();
            QVERIFY(!first.contains(str("priority")));
            QCOMPARE(f.app().deployments.size(), history + 1);
            QCOMPARE(f.app().deployments.last().userId, SimBackend::otherAdminUserId());
            QVERIFY(f.app().deployed.queryableFields().contains(str("priority")));
            const QString second = object(f.http("GET", diffPath).second)
                                       .value(str("diffs"))
                                       .toArray()
                                       .first()
                                       .toString();
            QVERIFY(second.contains(str("priority"))); // the review on screen was out of date
            QCOMPARE(f.app().deployments.size(), history + 1); // once only
        } else {
            QFAIL("a scenario without checks");
        }
    }

    // After the procedure (and the devices moving, a trainer's fault, a sign-in), a reset puts
    // back exactly the state the scenario started from. Only the clock offset differs: the
    // real clock moved on, and the reset puts the simulated clock back to the start moment.
    void resetRestoresTheStart_data() { addRows(); }
    void resetRestoresTheStart()
    {
        QFETCH(QString, name);
        SimFixture f(name);
        const QJsonObject start = f.backend.toJson();
        const QJsonArray startFaults
            = start.value(str("scenario_start")).toObject().value(str("faults")).toArray();
        const int lifetime = f.backend.sessions().accessTokenLifetime();
        const SimSessions::Issued signedIn = f.backend.sessions().login(
            SimDefaults::publicKey(), SimDefaults::privateKey(), f.backend.now());

        if (f.app().draft)
            f.backend.discardDraft(f.app());
        CHECKED(terminateAndDeploy(f));
        f.backend.advanceClock(3600);
        QVERIFY(f.inject(str("GET /groups/*/apps status=500")));
        f.backend.sessions().setAccessTokenLifetime(5);
        QVERIFY(f.backend.toJson() != start);

        QSignalSpy changed(&f.backend, &SimBackend::changed);
        QVERIFY(f.backend.resetScenario());
        QCOMPARE(changed.count(), 1);
        QJsonObject now = f.backend.toJson();
        QJsonObject expected = start;
        const qint64 startedAt
            = start.value(str("scenario_start")).toObject().value(str("started_at")).toInteger();
        QVERIFY(qAbs(f.backend.now().toSecsSinceEpoch() - startedAt) <= 1);
        now.remove(str("clock_offset"));
        expected.remove(str("clock_offset"));
        QCOMPARE(now, expected);
        QJsonArray faults;
        for (const FaultRule &r : f.backend.faults().rules())
            faults.append(r.toJson());
        QCOMPARE(faults, startFaults);
        QCOMPARE(f.backend.sessions().accessTokenLifetime(), lifetime);
        QCOMPARE(f.backend.sessions().checkAccess(signedIn.accessToken, f.backend.now()),
            SimSessions::Check::Valid); // still signed in

        // And again after a restart from a state file that kept the start.
        SimBackend restarted;
        restarted.setDeviceTickMs(0);
        QString problem;
        QVERIFY2(restarted.restore(f.backend.toJson(), &problem), qPrintable(problem));
        QCOMPARE(restarted.scenario(), name);
        QVERIFY(restarted.resetScenario());
        QJsonObject again = restarted.toJson();
        again.remove(str("clock_offset"));
        QCOMPARE(again, expected);
    }

    void resetOverTheControlApi()
    {
        SimFixture f(str("drill-foreign-draft"));
        f.backend.discardDraft(f.app());
        QVERIFY(!f.app().draft);
        const auto r = f.http("POST", str("/_sim/reset"), "{}");
        QCOMPARE(r.first, 200);
        QCOMPARE(object(r.second).value(str("scenario")).toString(), str("drill-foreign-draft"));
        QVERIFY(f.app().draft);
        QCOMPARE(f.app().draft->userId, SimBackend::otherAdminUserId());

        // A backend without a scenario start (an old state file) says so.
        f.backend.clear();
        const auto none = f.http("POST", str("/_sim/reset"), "{}");
        QCOMPARE(none.first, 409);
        QCOMPARE(object(none.second).value(str("error_code")).toString(), str("NoScenarioStart"));
    }

    void aDamagedScenarioStartIsRefused()
    {
        SimFixture f(str("oplog-rollover"));
        QJsonObject state = f.backend.toJson();
        QJsonObject start = state.value(str("scenario_start")).toObject();
        start.insert(str("state"), QJsonObject {{str("format"), str("something else")}});
        state.insert(str("scenario_start"), start);
        const QJsonObject before = f.backend.toJson();
        QString problem;
        QVERIFY(!f.backend.restore(state, &problem));
        QVERIFY2(problem.contains(str("scenario start")), qPrintable(problem));
        QCOMPARE(f.backend.toJson(), before);
    }

private:
    // POST /auth/session with the refresh token as bearer; the status.
    int renew(SimFixture &f, const QString &refreshToken)
    {
        QNetworkRequest request(QUrl(f.server.baseUrl().toString() + str("/auth/session")));
        request.setRawHeader("Authorization", "Bearer " + refreshToken.toLatin1());
        QNetworkReply *reply = f.network.post(request, QByteArray());
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
