// The simulated devices: sessions, pause and resume, and the client resets a terminate and
// re-enable forces, by client reset mode and recovery setting; the logs they leave.
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDeviceRunner.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QTest>

using Mode = SyncConfig::Mode;
using ResetMode = SimClient::ResetMode;

class TestSimDevices : public QObject
{
    Q_OBJECT

    // A backend whose one app has drafts off, so that each change is live at once, and the
    // given devices instead of the scenario's.
    static void setUp(SimBackend &backend, const QList<SimClient> &devices)
    {
        backend.setDeviceTickMs(0);
        Scenarios::load(str("flexible"), backend);
        SimApp &app = backend.apps().first();
        backend.setUiDraftsDisabled(app, true);
        app.clients = devices;
        app.logs.clear();
        backend.stepDevices();
    }

    static SimClient device(const char *id, ResetMode mode, int unsynced, bool online = true)
    {
        SimClient c;
        c.id = str(id);
        c.sdk = str(".NET");
        c.userId = str("user-") + str(id);
        c.resetMode = mode;
        c.unsyncedChanges = unsynced;
        c.online = online;
        c.fileEpoch = 1;
        return c;
    }

    static QJsonObject flexibleBlock(bool recoveryOff)
    {
        return {{str("state"), str("enabled")}, {str("database_name"), str("todo")},
            {str("queryable_fields_names"), QJsonArray {str("owner_id")}},
            {str("client_max_offline_days"), 30}, {str("is_recovery_mode_disabled"), recoveryOff}};
    }

    static bool terminateAndReenable(SimBackend &backend, bool recoveryOff)
    {
        SimApp &app = backend.apps().first();
        if (backend.changeSync(app, Mode::Flexible, {{str("state"), str("")}}).isRefused())
            return false;
        return !backend.changeSync(app, Mode::Flexible, flexibleBlock(recoveryOff)).isRefused();
    }

    // The app's log entries of `type` (and protocol error, for SYNC_ERROR) of one user.
    static int count(const SimApp &app, const QString &userId, const char *type, int code = 0)
    {
        int n = 0;
        for (const SimLogEntry &e : app.logs) {
            if (e.json.value(str("type")).toString() != str(type)
                || e.json.value(str("user_id")).toString() != userId)
                continue;
            if (code == 0
                || e.json.value(str("error"))
                       .toString()
                       .contains(QStringLiteral("ProtocolErrorCode=%1").arg(code)))
                ++n;
        }
        return n;
    }

private slots:
    void resetOutcomeByModeAndRecovery_data()
    {
        QTest::addColumn<ResetMode>("mode");
        QTest::addColumn<bool>("recoveryOff");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("stuck");
        QTest::addColumn<int>("unsyncedAfter");
        QTest::addColumn<bool>("uploaded");

        QTest::newRow("recover") << ResetMode::Recover << false << str("recovered") << false << 0
                                 << true;
        QTest::newRow("recover, recovery off")
            << ResetMode::Recover << true << str("failed") << true << 3 << false;
        QTest::newRow("recover-or-discard")
            << ResetMode::RecoverOrDiscard << false << str("recovered") << false << 0 << true;
        QTest::newRow("recover-or-discard, recovery off")
            << ResetMode::RecoverOrDiscard << true << str("discarded") << false << 0 << false;
        QTest::newRow("discard") << ResetMode::Discard << false << str("discarded") << false << 0
                                 << false;
        QTest::newRow("discard, recovery off")
            << ResetMode::Discard << true << str("discarded") << false << 0 << false;
        QTest::newRow("manual") << ResetMode::Manual << false << str("manual") << true << 3
                                << false;
        QTest::newRow("manual, recovery off")
            << ResetMode::Manual << true << str("manual") << true << 3 << false;
    }

    void resetOutcomeByModeAndRecovery()
    {
        QFETCH(ResetMode, mode);
        QFETCH(bool, recoveryOff);
        QFETCH(QString, outcome);
        QFETCH(bool, stuck);
        QFETCH(int, unsyncedAfter);
        QFETCH(bool, uploaded);

        SimBackend backend;
        // Online but holding three changes: they were made while Sync was off.
        setUp(backend, {device("d1", mode, 0)});
        SimApp &app = backend.apps().first();
        QVERIFY(app.clients[0].session);
        QVERIFY(!backend.changeSync(app, Mode::Flexible, {{str("state"), str("")}}).isRefused());
        QVERIFY(!app.clients[0].session);
        QCOMPARE(count(app, str("user-d1"), "SYNC_SESSION_END"), 1);
        app.clients[0].unsyncedChanges = 3;
        QVERIFY(app.needsClientReset(app.clients[0]));

        QVERIFY(!backend.changeSync(app, Mode::Flexible, flexibleBlock(recoveryOff)).isRefused());
        backend.advanceClock(60);
        const SimClient &c = app.clients[0];
        QCOMPARE(count(app, str("user-d1"), "SYNC_ERROR", 208), 1);
        QCOMPARE(c.resets.size(), 1);
        QCOMPARE(c.resets[0].protocolError, 208);
        QCOMPARE(c.resets[0].outcome, outcome);
        QCOMPARE(c.resets[0].changes, 3);
        QCOMPARE(c.resets[0].resolved, !stuck);
        QCOMPARE(c.stuckError != 0, stuck);
        QCOMPARE(c.session, !stuck);
        QCOMPARE(c.unsyncedChanges, unsyncedAfter);
        QCOMPARE(app.needsClientReset(c), stuck);
        // A device that reset opens a session again; one in error stays out, and says nothing
        // more however long it waits.
        QCOMPARE(count(app, str("user-d1"), "SYNC_SESSION_START"), stuck ? 1 : 2);
        QCOMPARE(count(app, str("user-d1"), "SYNC_OTHER"), stuck ? 0 : 1);
        bool upload = false;
        for (const SimLogEntry &e : app.logs)
            upload = upload
                || (e.json.value(str("type")).toString() == str("SYNC_CLIENT_WRITE")
                    && e.json.value(str("sync_session_metrics"))
                            .toObject()
                            .value(str("changesets"))
                            .toInt()
                        == 3);
        QCOMPARE(upload, uploaded);
        backend.advanceClock(3600);
        QCOMPARE(count(app, str("user-d1"), "SYNC_ERROR", 208), 1);

        if (stuck) {
            // The app's code resets it: what it held is lost, and it syncs from scratch.
            backend.deviceRunner(app).resetManually(app.clients[0]);
            backend.stepDevices();
            QVERIFY(app.clients[0].session);
            QCOMPARE(app.clients[0].unsyncedChanges, 0);
            QVERIFY(app.clients[0].resets[0].resolved);
            QVERIFY(!app.needsClientReset(app.clients[0]));
        }
    }

    // A device waiting in error (manual mode) through a second terminate and re-enable: it
    // still waits, says nothing more, and when its app resets it the log says what it lost.
    void aStuckDeviceWaitsThroughAnotherTerminate()
    {
        SimBackend backend;
        setUp(backend, {device("m", ResetMode::Manual, 0)});
        SimApp &app = backend.apps().first();
        QVERIFY(!backend.changeSync(app, Mode::Flexible, {{str("state"), str("")}}).isRefused());
        app.clients[0].unsyncedChanges = 2; // written while Sync was off
        QVERIFY(!backend.changeSync(app, Mode::Flexible, flexibleBlock(false)).isRefused());
        QCOMPARE(app.clients[0].stuckError, 208);
        QVERIFY(terminateAndReenable(backend, false));
        backend.advanceClock(60);
        QCOMPARE(app.clients[0].resets.size(), 1);
        QCOMPARE(count(app, str("user-m"), "SYNC_ERROR", 208), 1);
        QCOMPARE(count(app, str("user-m"), "SYNC_ERROR", 213), 0);
        QVERIFY(app.needsClientReset(app.clients[0]));
        backend.deviceRunner(app).resetManually(app.clients[0]);
        backend.stepDevices();
        QCOMPARE(app.clients[0].resets[0].changes, 2);
        QVERIFY(app.clients[0].session);
        bool said = false;
        for (const SimLogEntry &e : app.logs)
            said = said
                || e.json.value(str("messages"))
                       .toArray()
                       .first()
                       .toString()
                       .contains(str("deleted its local file and discarded 2 unsynced change(s)"));
        QVERIFY(said);
    }

    void aRemovedOrDepartedDeviceEndsItsSession()
    {
        SimBackend backend;
        setUp(backend,
            {device("gone", ResetMode::Recover, 0), device("away", ResetMode::Recover, 0)});
        SimApp &app = backend.apps().first();
        QVERIFY(app.clients[0].session && app.clients[1].session);
        backend.deviceRunner(app).disconnect(app.clients[0], str("removed"));
        app.clients.removeFirst();
        QCOMPARE(count(app, str("user-gone"), "SYNC_SESSION_END"), 1);
        QCOMPARE(count(app, str("user-gone"), "SYNC_CONNECTION_END"), 1);
        app.clients[0].online = false;
        backend.stepDevices();
        QCOMPARE(count(app, str("user-away"), "SYNC_SESSION_END"), 1);
        QVERIFY(!app.clients[0].session);
    }

    // A state file read back: logs in any order come out in order; a day count out of range
    // does not overflow; a file from before generations keeps who needs a reset.
    void restoredStateIsSane()
    {
        SimBackend backend;
        setUp(backend, {device("d", ResetMode::Recover, 0)});
        QJsonObject state = backend.toJson();
        QJsonArray apps = state.value(str("apps")).toArray();
        QJsonObject app = apps[0].toObject();
        QJsonArray logs;
        const qint64 now = backend.now().toMSecsSinceEpoch();
        for (int i : {5, 1, 4, 2, 3})
            logs.append(
                QJsonObject {{str("_id"), QString::number(i)}, {str("type"), str("SYNC_OTHER")},
                    {str("started"),
                        QDateTime::fromMSecsSinceEpoch(now - 1000 * (10 - i), Qt::UTC)
                            .toString(Qt::ISODateWithMs)}});
        app.insert(str("logs"), logs);
        QJsonObject deployed = app.value(str("deployed")).toObject();
        QJsonObject block = deployed.value(str("block")).toObject();
        block.insert(str("client_max_offline_days"), 1e15);
        deployed.insert(str("block"), block);
        app.insert(str("deployed"), deployed);
        QJsonArray clients = app.value(str("clients")).toArray();
        QJsonObject old = clients[0].toObject();
        old.remove(str("file_epoch"));
        old.insert(str("needs_client_reset"), true);
        old.insert(str("session"), false);
        clients[0] = old;
        QJsonObject expired = old; // current, but last seen four hundred years ago
        expired.insert(str("id"), str("e"));
        expired.insert(str("needs_client_reset"), false);
        expired.insert(
            str("last_seen"), double(backend.now().toSecsSinceEpoch() - 400LL * 365 * 86400));
        clients.append(expired);
        app.insert(str("clients"), clients);
        apps[0] = app;
        state.insert(str("apps"), apps);

        SimBackend restored;
        restored.setDeviceTickMs(0);
        QString problem;
        QVERIFY2(restored.restore(state, &problem), qPrintable(problem));
        SimApp &a = restored.apps().first();
        QStringList order;
        for (const SimLogEntry &e : a.logs)
            order.append(e.json.value(str("_id")).toString());
        QCOMPARE(order, (QStringList {str("1"), str("2"), str("3"), str("4"), str("5")}));
        QVERIFY(a.needsClientReset(a.clients[0]));
        QVERIFY(!a.needsClientReset(a.clients[1]));
        restored.stepDevices();
        QCOMPARE(a.clients[0].resets.size(), 1);
        QCOMPARE(a.clients[0].resets[0].protocolError, 208);
        QCOMPARE(a.clients[1].resets.size(), 1);
        QCOMPARE(a.clients[1].resets[0].protocolError, 222); // 1e15 days read as 36500
    }

    void stagedLogsInAnyOrderAreMergedInOrder()
    {
        SimBackend backend;
        setUp(backend, {});
        SimApp &app = backend.apps().first();
        const qint64 now = backend.now().toMSecsSinceEpoch();
        QList<SimLogEntry> batch;
        for (int i = 0; i < 5000; ++i) {
            // A scrambled hour, and some entries past the ten days that are dropped.
            const qint64 at
                = i % 100 == 0 ? now - 11LL * 86400 * 1000 : now - (qint64(i) * 7919 % 3600000);
            batch.append({at, QJsonObject {{str("_id"), QString::number(i)}}});
        }
        backend.appendLog(app, {now - 5000, QJsonObject {{str("_id"), str("single")}}});
        backend.appendLogs(app, batch);
        QCOMPARE(app.logs.size(), 5000 - 50 + 1);
        for (qsizetype i = 1; i < app.logs.size(); ++i)
            QVERIFY(app.logs[i - 1].startedMs <= app.logs[i].startedMs);
    }

    void pauseRefusesAndResumeUploads()
    {
        SimBackend backend;
        SimClient writer = device("w", ResetMode::Recover, 0);
        writer.writeEverySeconds = 60;
        writer.nextWriteAt = backend.now().toSecsSinceEpoch() + 60;
        setUp(backend, {writer});
        SimApp &app = backend.apps().first();
        QVERIFY(app.clients[0].session);

        QVERIFY(!backend.changeSync(app, Mode::Flexible, {{str("state"), str("disabled")}})
                     .isRefused());
        QVERIFY(!app.clients[0].session);
        QCOMPARE(count(app, str("user-w"), "SYNC_SESSION_END"), 1);
        QCOMPARE(count(app, str("user-w"), "SYNC_ERROR", 213), 1);
        // The user keeps writing while Sync is paused; the refusal is logged once.
        for (int minute = 0; minute < 3; ++minute)
            backend.advanceClock(61);
        QCOMPARE(app.clients[0].unsyncedChanges, 3);
        QCOMPARE(count(app, str("user-w"), "SYNC_ERROR", 213), 1);

        QVERIFY(
            !backend.changeSync(app, Mode::Flexible, {{str("state"), str("enabled")}}).isRefused());
        QVERIFY(app.clients[0].session);
        QCOMPARE(app.clients[0].unsyncedChanges, 0);
        QVERIFY(app.clients[0].resets.isEmpty()); // resuming resets nobody
        QCOMPARE(count(app, str("user-w"), "SYNC_ERROR", 208), 0);
        QCOMPARE(count(app, str("user-w"), "SYNC_CLIENT_WRITE"), 1);
    }

    void offlinePastMaxOfflineDaysExpires()
    {
        SimBackend backend;
        SimClient away = device("away", ResetMode::RecoverOrDiscard, 4, false);
        setUp(backend, {away});
        SimApp &app = backend.apps().first();
        app.clients[0].lastSeen = backend.now().toSecsSinceEpoch() - 31 * 86400;
        app.clients[0].online = true;
        backend.stepDevices();
        QCOMPARE(count(app, str("user-away"), "SYNC_ERROR", 222), 1);
        QCOMPARE(app.clients[0].resets.size(), 1);
        QCOMPARE(app.clients[0].resets[0].protocolError, 222);
        QCOMPARE(app.clients[0].resets[0].outcome, str("recovered"));
        QVERIFY(app.clients[0].session);

        // Within the limit it just reconnects.
        SimBackend other;
        setUp(other, {away});
        SimApp &fresh = other.apps().first();
        fresh.clients[0].lastSeen = other.now().toSecsSinceEpoch() - 29 * 86400;
        fresh.clients[0].online = true;
        other.stepDevices();
        QVERIFY(fresh.clients[0].resets.isEmpty());
        QVERIFY(fresh.clients[0].session);
    }

    void offlineDeviceResetsWhenItComesBack()
    {
        SimBackend backend;
        SimClient phone = device("phone", ResetMode::Discard, 2, false);
        phone.offlineUntil = backend.now().toSecsSinceEpoch() + 600;
        setUp(backend, {phone});
        SimApp &app = backend.apps().first();
        QVERIFY(terminateAndReenable(backend, false));
        QVERIFY(app.clients[0].resets.isEmpty());
        QVERIFY(app.needsClientReset(app.clients[0]));
        backend.advanceClock(300);
        QVERIFY(app.clients[0].resets.isEmpty());
        backend.advanceClock(301);
        QCOMPARE(app.clients[0].resets.size(), 1);
        QCOMPARE(app.clients[0].resets[0].outcome, str("discarded"));
        QCOMPARE(app.clients[0].resets[0].changes, 2);
        QCOMPARE(app.clients[0].unsyncedChanges, 0);
    }

    void scenarioMatchesTheDocumentedExample()
    {
        // Five devices; Swift (7 changes, recover) and .NET (2, discard) come back within
        // minutes: terminated and re-enabled before then, they reset when they return.
        SimBackend backend;
        backend.setDeviceTickMs(0);
        Scenarios::load(str("flexible"), backend);
        SimApp &app = backend.apps().first();
        backend.setUiDraftsDisabled(app, true);
        QCOMPARE(app.clients.size(), 5);
        QVERIFY(terminateAndReenable(backend, false));
        backend.advanceClock(10 * 60);
        int resets = 0;
        int recovered = 0;
        int lost = 0;
        for (const SimClient &c : app.clients) {
            QCOMPARE(c.resets.size(), 1);
            resets += 1;
            recovered += c.resets[0].outcome == str("recovered") ? c.resets[0].changes : 0;
            lost += c.resets[0].outcome == str("discarded") ? c.resets[0].changes : 0;
        }
        QCOMPARE(resets, 5);
        QCOMPARE(recovered, 7); // Swift's seven
        QCOMPARE(lost, 2); // .NET's two
    }

    void logsAreKeptTenDays()
    {
        SimBackend backend;
        setUp(backend, {device("d", ResetMode::Recover, 0)});
        SimApp &app = backend.apps().first();
        QVERIFY(!app.logs.isEmpty());
        backend.advanceClock(9 * 86400);
        backend.trimLogs(app);
        QVERIFY(!app.logs.isEmpty());
        const qsizetype early = app.logs.size();
        backend.advanceClock(86400 + 1);
        backend.trimLogs(app);
        QVERIFY(app.logs.size() < early);
        for (const SimLogEntry &e : app.logs)
            QVERIFY(e.startedMs >= backend.now().toMSecsSinceEpoch() - 10LL * 86400 * 1000);
    }

    void entriesHaveTheDocumentedShape()
    {
        SimBackend backend;
        setUp(backend, {device("d", ResetMode::Recover, 1)});
        QVERIFY(terminateAndReenable(backend, false));
        const SimApp &app = backend.apps().first();
        for (const SimLogEntry &e : app.logs) {
            for (const char *field : {"_id", "co_id", "app_id", "group_id", "type", "started",
                     "completed", "user_id", "remote_ip_address", "platform", "sdk_name"})
                QVERIFY2(e.json.contains(str(field)), field);
            QCOMPARE(e.json.value(str("group_id")).toString(), backend.groupId());
            if (e.json.value(str("type")).toString() == str("SYNC_ERROR")) {
                QVERIFY(!e.json.value(str("error")).toString().isEmpty());
                QCOMPARE(e.json.value(str("error_code")).toString(), str("BadClientFileIdent"));
                QVERIFY(e.json.value(str("error"))
                            .toString()
                            .contains(str("terminating and re-enabling sync")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSimDevices)
#include "tst_simdevices.moc"
