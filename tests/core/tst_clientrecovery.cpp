// The client-reset tally and the terminate preview: counted from devices and from logs, the
// two agreeing on the simulator, and the preview equal to what then happens.
#include "Checked.h"
#include "ClientResetPreview.h"
#include "ControllerFixture.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

class TestClientRecovery : public QObject
{
    Q_OBJECT

    static SyncDevice::Reset reset(
        const QDateTime &at, const char *outcome, int changes, bool resolved = true)
    {
        SyncDevice::Reset r;
        r.at = at;
        r.protocolError = 208;
        r.outcome = str(outcome);
        r.changes = changes;
        r.resolved = resolved;
        return r;
    }

    static SyncLogEntry entry(const QDateTime &at, SyncLogType type, const char *user,
        const QString &error = {}, const QStringList &messages = {})
    {
        SyncLogEntry e;
        e.id = QUuid::createUuid().toString();
        e.started = at;
        e.type = type;
        e.userId = str(user);
        e.platform = str("iOS");
        e.sdkName = str("Realm Swift");
        e.error = error;
        e.messages = messages;
        return e;
    }

    // Every Sync log entry of the app since `since`, through the client, paging 7 at a time.
    static QList<SyncLogEntry> readLogs(SimFixture &f, const QDateTime &since, bool *ok)
    {
        QList<SyncLogEntry> all;
        *ok = true;
        for (const bool errors : {false, true}) {
            SyncLogQuery q;
            q.errorsOnly = errors;
            q.startDate = since.addSecs(-1);
            q.limit = 7;
            for (int page = 0; page < 500; ++page) {
                const auto r = f.run<SyncLogPage>(
                    [&](QObject *c, auto done) { f.client->logs(f.appRef(), q, c, done); });
                if (!r.ok()) {
                    *ok = false;
                    return all;
                }
                all += r.value.entries;
                if (!r.value.hasMore())
                    break;
                q.endDate = r.value.nextEndDate;
                q.skip = r.value.nextSkip;
            }
        }
        return all;
    }

    static QList<SyncDevice> readDevices(ControllerFixture &f, bool *ok)
    {
        const auto r = f.sim.run<QList<SyncDevice>>(
            [&](QObject *c, auto done) { f.simulatorControl.devices(f.sim.app().id, c, done); });
        *ok = r.ok();
        return r.value;
    }

    static bool terminate(SimBackend &backend, SimApp &app)
    {
        return !backend.changeSync(app, SyncConfig::Mode::Flexible, {{str("state"), str("")}})
                    .isRefused();
    }

    // `block`: the sync block as it was before the terminate.
    static bool reenable(SimBackend &backend, SimApp &app, QJsonObject block, bool recoveryOff)
    {
        block.insert(str("is_recovery_mode_disabled"), recoveryOff);
        return !backend.changeSync(app, SyncConfig::Mode::Flexible, block).isRefused();
    }

    static bool terminateAndReenable(SimBackend &backend, SimApp &app, bool recoveryOff)
    {
        const QJsonObject block = app.deployed.block;
        return terminate(backend, app) && reenable(backend, app, block, recoveryOff);
    }

private slots:
    void tallyFromDevices()
    {
        const QDateTime since = QDateTime::currentDateTimeUtc();
        QList<SyncDevice> devices(8);
        devices[0].resets = {reset(since.addSecs(-86400), "discarded", 5)}; // an older reset
        devices[0].session = true;
        devices[1].resets = {reset(since.addSecs(3), "recovered", 7)};
        devices[2].resets = {reset(since.addSecs(4), "discarded", 2)};
        devices[3].resets = {reset(since.addSecs(5), "manual", 1, false)};
        devices[4].syncedBefore = true; // offline, has not come back
        devices[5].resets = {reset(since.addSecs(9), "manual", 3, true)}; // reset by its app
        devices[6].resets = {reset(since.addSecs(2), "recovered", 0)}; // nothing to recover
        // Refused before Sync came back and still waiting: stuck, not "not back".
        devices[7].resets = {reset(since.addSecs(-3600), "manual", 4, false)};
        devices[7].syncedBefore = true;
        const ClientRecoveryTally t = ClientRecoveryTally::fromDevices(devices, since);
        QCOMPARE(t.source, ClientRecoveryTally::Source::Devices);
        QCOMPARE(t.reconnected, 6); // the one waiting since the re-enable came back, refused
        QCOMPARE(t.reset, 5);
        QCOMPARE(t.recovered, 1);
        QCOMPARE(t.recoveredChanges, 7);
        QCOMPARE(t.discarded, 2);
        QCOMPARE(t.lostChanges, 5);
        QCOMPARE(t.stuck, 2);
        QCOMPARE(t.notBack, 1);
    }

    void tallyFromLogs()
    {
        const QDateTime since = QDateTime::currentDateTimeUtc();
        const QString e208 = str("client file not found (ProtocolErrorCode=208)");
        const QList<SyncLogEntry> entries {
            entry(since.addSecs(-60), SyncLogType::Error, "before", e208), // before: not counted
            entry(since.addSecs(1), SyncLogType::ConnectionStart, "a"),
            entry(since.addSecs(1), SyncLogType::Error, "a", e208),
            entry(since.addSecs(1), SyncLogType::Other, "a", {},
                {str("Client reset (recoverUnsyncedChanges): the client downloaded a fresh copy "
                     "and recovered 7 unsynced change(s)")}),
            entry(since.addSecs(1), SyncLogType::SessionStart, "a"),
            entry(since.addSecs(2), SyncLogType::ConnectionStart, "b"),
            entry(since.addSecs(2), SyncLogType::Error, "b", e208),
            entry(since.addSecs(2), SyncLogType::Other, "b", {},
                {str("Client reset (discardUnsyncedChanges): the client downloaded a fresh copy "
                     "and discarded 2 unsynced change(s)")}),
            entry(since.addSecs(2), SyncLogType::SessionStart, "b"),
            entry(since.addSecs(3), SyncLogType::ConnectionStart, "c"),
            entry(since.addSecs(3), SyncLogType::Error, "c", e208), // manual: never comes back
            entry(since.addSecs(4), SyncLogType::ConnectionStart, "d"),
            entry(since.addSecs(4), SyncLogType::SessionStart, "d"), // resumed without a reset
            // The service's own logs: a reset, and no entry saying how it ended.
            entry(since.addSecs(5), SyncLogType::ConnectionStart, "e"),
            entry(since.addSecs(5), SyncLogType::Error, "e", e208),
            entry(since.addSecs(6), SyncLogType::SessionStart, "e"),
        };
        const ClientRecoveryTally t = ClientRecoveryTally::fromLogs(entries, since);
        QCOMPARE(t.source, ClientRecoveryTally::Source::Logs);
        QCOMPARE(t.reconnected, 5);
        QCOMPARE(t.reset, 4);
        QCOMPARE(t.recovered, 1);
        QCOMPARE(t.recoveredChanges, 7);
        QCOMPARE(t.discarded, 1);
        QCOMPARE(t.unknownOutcome, 1);
        QCOMPARE(t.lostChanges, ClientRecoveryTally::Unknown); // device e's is not in the logs
        QCOMPARE(t.stuck, 1);
        QCOMPARE(t.notBack, ClientRecoveryTally::Unknown);
        // Without device e every reset's end is known, and so is what was lost.
        QList<SyncLogEntry> known = entries;
        known.erase(known.end() - 3, known.end());
        QCOMPARE(ClientRecoveryTally::fromLogs(known, since).lostChanges, 2);
    }

    void previewSentence()
    {
        QList<SyncDevice> devices(5);
        const char *sdks[] = {"Kotlin", "Swift", "Node.js", ".NET", "Flutter"};
        const char *modes[] = {"recoverUnsyncedChanges", "recoverUnsyncedChanges",
            "recoverOrDiscardUnsyncedChanges", "discardUnsyncedChanges",
            "recoverOrDiscardUnsyncedChanges"};
        const int unsynced[] = {0, 7, 0, 2, 0};
        for (int i = 0; i < 5; ++i) {
            devices[i].sdk = str(sdks[i]);
            devices[i].resetMode = str(modes[i]);
            devices[i].unsyncedChanges = unsynced[i];
            devices[i].syncedBefore = true;
        }
        const ClientResetPreview on = ClientResetPreview::from(devices, true);
        QCOMPARE(on.willReset, 5);
        QCOMPARE(on.holders, 2);
        QCOMPARE(on.changes, 9);
        QCOMPARE(on.willRecover, 1);
        QCOMPARE(on.losses.size(), 1);
        QCOMPARE(on.losses[0].sdk, str(".NET"));
        QCOMPARE(on.text(),
            str("5 device(s) will need a client reset. 2 of them hold(s) unsynced changes, 9 in "
                "all. With client recovery on, 1 of them will recover their changes. The .NET "
                "device (discard mode) will lose 2 change(s)."));
        // Recovery off: the Swift device (recover only) waits in error instead.
        const ClientResetPreview off = ClientResetPreview::from(devices, false);
        QCOMPARE(off.willRecover, 0);
        QCOMPARE(off.waits.size(), 2);
        QVERIFY(off.text().contains(str("Swift device (recover mode) will stop syncing")));
        QVERIFY(off.text().contains(str("Client recovery is off for this app.")));

        // Kotlin and Node.js hold nothing now, but their users write every few minutes: after
        // the ten minutes' wait they reset holding changes, and recover them.
        devices[0].writeEverySeconds = 120;
        devices[2].writeEverySeconds = 180;
        devices[4].writeEverySeconds = 3600; // not within the wait
        const ClientResetPreview writing = ClientResetPreview::from(devices, true);
        QCOMPARE(writing.holders, 2);
        QCOMPARE(writing.willHold, 2);
        QCOMPARE(writing.willRecover, 3);
        QVERIFY2(writing.text().contains(str("2 of them will hold changes by the time they reset")),
            qPrintable(writing.text()));
        QVERIFY(writing.text().contains(str("With client recovery on, 3 of them will recover")));
        devices[3].unsyncedChanges = 0;
        devices[3].writeEverySeconds = 60;
        QVERIFY(ClientResetPreview::from(devices, true)
                    .text()
                    .contains(str("The .NET device (discard mode) will lose the changes its user "
                                  "makes until then.")));
    }

    // Terminate and re-enable on the simulator by mode and recovery setting: the preview made
    // before is what happens, and the devices' history and the logs count it alike.
    void previewDevicesAndLogsAgree_data()
    {
        QTest::addColumn<bool>("recoveryOff");
        QTest::newRow("recovery on") << false;
        QTest::newRow("recovery off") << true;
    }

    void previewDevicesAndLogsAgree()
    {
        QFETCH(bool, recoveryOff);
        ControllerFixture f;
        QVERIFY(f.loggedIn);
        SimApp &app = f.sim.app();
        f.sim.backend.setUiDraftsDisabled(app, true);
        // A sixth device in manual mode, holding changes.
        SimClient manual = app.clients.first();
        manual.id = str("device-manual-06");
        manual.userId = str("6560a1f0c0ffee0000000006");
        manual.platform = str("Windows");
        manual.resetMode = SimClient::ResetMode::Manual;
        manual.unsyncedChanges = 4;
        manual.session = false;
        app.clients.append(manual);

        bool ok = false;
        const QList<SyncDevice> before = readDevices(f, &ok);
        QVERIFY(ok);
        const ClientResetPreview preview = ClientResetPreview::from(before, !recoveryOff);
        QCOMPARE(preview.willReset, 6);

        // Terminated, the ten minutes support recommends (the users keep working), re-enabled.
        const QJsonObject block = app.deployed.block;
        QVERIFY(terminate(f.sim.backend, app));
        f.sim.backend.advanceClock(10 * 60);
        const QDateTime since = f.sim.backend.now().addSecs(-1);
        QVERIFY(reenable(f.sim.backend, app, block, recoveryOff));
        f.sim.backend.advanceClock(15 * 60); // Swift and .NET come back

        const QList<SyncDevice> after = readDevices(f, &ok);
        QVERIFY(ok);
        const ClientRecoveryTally devices = ClientRecoveryTally::fromDevices(after, since);
        const QList<SyncLogEntry> entries = readLogs(f.sim, since, &ok);
        QVERIFY(ok);
        const ClientRecoveryTally logs = ClientRecoveryTally::fromLogs(entries, since);

        // The preview's numbers are what happened: the devices exactly; the changes are those
        // held when it was shown, and the devices whose users kept working hold more.
        QCOMPARE(devices.reset, preview.willReset);
        QCOMPARE(devices.recovered, preview.willRecover);
        QCOMPARE(devices.discarded, int(preview.losses.size()));
        int recoveredHolders = 0;
        int recoveredHeld = 0;
        int lost = 0;
        for (const SyncDevice &d : after)
            for (const SyncDevice::Reset &r : d.resets)
                if (r.changes > 0 && r.resolved && r.outcome == str("recovered")) {
                    ++recoveredHolders;
                    recoveredHeld += r.changes;
                } else if (r.changes > 0 && r.resolved) {
                    lost += r.changes;
                }
        QCOMPARE(recoveredHolders, preview.willRecover);
        QVERIFY(recoveredHeld >= preview.recoverChanges);
        int previewLost = 0;
        for (const ClientResetPreview::Loss &l : preview.losses)
            previewLost += l.changes;
        QVERIFY(lost >= previewLost);
        QCOMPARE(devices.lostChanges, lost);
        QCOMPARE(devices.stuck, int(preview.waits.size()));

        // Both ways of counting agree where the logs can tell.
        QCOMPARE(logs.reconnected, devices.reconnected);
        QCOMPARE(logs.reset, devices.reset);
        QCOMPARE(logs.recovered, devices.recovered);
        QCOMPARE(logs.recoveredChanges, devices.recoveredChanges);
        QCOMPARE(logs.discarded, devices.discarded);
        QCOMPARE(logs.stuck, devices.stuck);
        QCOMPARE(devices.notBack, 0);
    }

    // The trainer's run: the preview is read while Sync is paused, then come the terminate, the
    // ten minutes' wait and the re-enable. The devices' users keep working all along, so a
    // device that held nothing when the preview was shown holds changes when it resets: the
    // preview must count it as the tally then does.
    void thePreviewAgreesWithTheTallyAfterTheWait()
    {
        ControllerFixture f(str("oplog-rollover"));
        QVERIFY(f.loggedIn);
        f.sim.backend.setUiDraftsDisabled(f.sim.app(), true);
        QVERIFY(f.load());
        bool ok = false;
        const QList<SyncDevice> before = readDevices(f, &ok);
        QVERIFY(ok);
        const bool recoveryOn = !f.controller->config().sync.recoveryDisabled();
        const ClientResetPreview preview = ClientResetPreview::from(before, recoveryOn);
        f.controller->terminate();
        QVERIFY(f.idle());
        QCOMPARE(f.controller->status(), SyncController::Status::Disabled);
        f.sim.backend.advanceClock(10 * 60); // the wait support recommends
        const QDateTime since = f.sim.backend.now().addSecs(-1);
        QVERIFY(f.controller->snapshot().has_value());
        f.controller->enable(f.controller->snapshot()->sync);
        QVERIFY(f.idle());
        QCOMPARE(f.controller->status(), SyncController::Status::Enabled);
        f.sim.backend.advanceClock(15 * 60); // every device comes back

        const QList<SyncDevice> after = readDevices(f, &ok);
        QVERIFY(ok);
        const ClientRecoveryTally tally = ClientRecoveryTally::fromDevices(after, since);
        QCOMPARE(tally.reset, preview.willReset);
        QCOMPARE(tally.recovered, preview.willRecover);
        QCOMPARE(tally.discarded, int(preview.losses.size()));
        QCOMPARE(tally.stuck, int(preview.waits.size()));
    }

    // Against a real service the logs are the only source: each poll reads the four streams
    // the tally needs from where the last one stopped, not everything since the re-enable.
    void logsAreReadIncrementally()
    {
        ControllerFixture f;
        QVERIFY(f.loggedIn);
        SimApp &app = f.sim.app();
        f.sim.backend.setUiDraftsDisabled(app, true);
        const QDateTime since
            = QDateTime::fromSecsSinceEpoch(f.sim.backend.now().toSecsSinceEpoch(), Qt::UTC);
        QVERIFY(terminateAndReenable(f.sim.backend, app, false));

        QList<QString> urls;
        connect(f.sim.client.get(), &AdminApiClient::callRecorded, this,
            [&urls](const ApiCallRecord &r) { urls.append(r.url); });
        ClientRecoveryMonitor monitor(f.sim.client.get(), f.sim.appRef());
        monitor.setPollIntervalMs(3600 * 1000); // polls only when asked here
        monitor.start(since, ClientRecoveryMonitor::Cause::ReEnabled);
        QTRY_VERIFY(monitor.tally().has_value());
        QCOMPARE(monitor.tally()->reset, 3);
        QCOMPARE(urls.size(), 4); // one page of each stream
        for (const QString &url : urls)
            QVERIFY2(url.contains(QStringLiteral("type=SYNC_")), qPrintable(url));

        f.sim.backend.advanceClock(15 * 60); // Swift and .NET come back
        urls.clear();
        monitor.poll();
        QTRY_COMPARE(monitor.tally()->reset, 5);
        QCOMPARE(monitor.tally()->recoveredChanges, 7);
        QCOMPARE(urls.size(), 4);
        // Nothing new: four small reads, and the same tally.
        const ClientRecoveryTally before = *monitor.tally();
        urls.clear();
        QSignalSpy changed(&monitor, &ClientRecoveryMonitor::tallyChanged);
        monitor.poll();
        QVERIFY(monitor.isReading());
        QTRY_VERIFY(!monitor.isReading());
        QCOMPARE(urls.size(), 4);
        QCOMPARE(*monitor.tally(), before);
        QCOMPARE(changed.count(), 0);
        for (const QString &url : urls) {
            const QDateTime start
                = QDateTime::fromString(QUrlQuery(QUrl(url)).queryItemValue(
                                            QStringLiteral("start_date"), QUrl::FullyDecoded),
                    Qt::ISODateWithMs);
            QVERIFY2(start > since.addSecs(60), qPrintable(url)); // from the newest entry read
        }
    }

    // A busy app's logs: past MaxLogEntries the count stops reading and says so, rather than
    // skipping entries or reading on forever.
    void countingFromHugeLogsStops()
    {
        ControllerFixture f;
        QVERIFY(f.loggedIn);
        SimApp &app = f.sim.app();
        const qint64 now = f.sim.backend.now().toMSecsSinceEpoch();
        const QDateTime since = QDateTime::fromMSecsSinceEpoch(now - 600000, Qt::UTC);
        QList<SimLogEntry> entries;
        for (int i = 0; i < ClientRecoveryMonitor::MaxLogEntries + 100; ++i)
            entries.append({now - 500000 + i * 10,
                QJsonObject {{str("_id"), QStringLiteral("busy-%1").arg(i)},
                    {str("type"), str("SYNC_SESSION_START")}, {str("user_id"), str("u")},
                    {str("started"),
                        QDateTime::fromMSecsSinceEpoch(now - 500000 + i * 10, Qt::UTC)
                            .toString(Qt::ISODateWithMs)}}});
        f.sim.backend.appendLogs(app, entries);

        int requests = 0;
        connect(f.sim.client.get(), &AdminApiClient::callRecorded, this,
            [&requests](const ApiCallRecord &) { ++requests; });
        ClientRecoveryMonitor monitor(f.sim.client.get(), f.sim.appRef());
        monitor.setPollIntervalMs(3600 * 1000);
        monitor.start(since, ClientRecoveryMonitor::Cause::Resumed);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.tally().has_value(), 30000);
        QVERIFY(monitor.truncated());
        QCOMPARE(monitor.tally()->reconnected, 3); // the scenario's three online devices
        const int read = requests;
        QVERIFY(read >= ClientRecoveryMonitor::MaxLogEntries / 100);
        monitor.poll();
        QVERIFY(monitor.stopped());
        QVERIFY(!monitor.isReading());
        QCOMPARE(requests, read);
    }

    void controllerWatchesAfterReEnableAndResume()
    {
        ControllerFixture f;
        QVERIFY(f.loggedIn);
        f.sim.backend.setUiDraftsDisabled(f.sim.app(), true);
        QVERIFY(f.load());
        ClientRecoveryMonitor *recovery = f.controller->recovery();
        QVERIFY(!recovery->isActive());

        f.controller->pause();
        QVERIFY(f.idle());
        QTRY_COMPARE(f.controller->status(), SyncController::Status::Paused);
        QVERIFY(!recovery->isActive());
        f.controller->resume();
        QVERIFY(f.idle());
        QTRY_VERIFY(recovery->isActive());
        QCOMPARE(recovery->cause(), ClientRecoveryMonitor::Cause::Resumed);
        QTRY_VERIFY(recovery->tally().has_value());
        QCOMPARE(recovery->tally()->reset, 0);
        QCOMPARE(recovery->tally()->reconnected, 3);

        f.controller->terminate();
        QVERIFY(f.idle());
        QTRY_COMPARE(f.controller->status(), SyncController::Status::Disabled);
        QVERIFY(!recovery->isActive());
        f.controller->enable(f.controller->snapshot()->sync);
        QVERIFY(f.idle());
        QTRY_VERIFY(recovery->isActive());
        QCOMPARE(recovery->cause(), ClientRecoveryMonitor::Cause::ReEnabled);
        QTRY_COMPARE(recovery->tally() ? recovery->tally()->reset : -1, 3);
        // The clock moves on: the two offline devices come back, reset, and the tally follows.
        f.sim.backend.advanceClock(15 * 60);
        QTRY_COMPARE(recovery->tally()->reset, 5);
        QCOMPARE(recovery->tally()->recoveredChanges, 7);
        QCOMPARE(recovery->tally()->lostChanges, 2);
        QCOMPARE(recovery->devices().size(), 5);

        // Without the simulator's devices it counts from the logs, and agrees.
        ClientRecoveryMonitor fromLogs(f.sim.client.get(), f.sim.appRef());
        fromLogs.setPollIntervalMs(50);
        fromLogs.start(recovery->since(), ClientRecoveryMonitor::Cause::ReEnabled);
        QTRY_VERIFY(fromLogs.tally().has_value());
        QCOMPARE(fromLogs.tally()->source, ClientRecoveryTally::Source::Logs);
        QCOMPARE(fromLogs.tally()->reset, 5);
        QCOMPARE(fromLogs.tally()->recoveredChanges, 7);
        QCOMPARE(fromLogs.tally()->discarded, 1);
    }

    // Issue 19: with drafts on, the re-enable's draft made at once after the terminate's
    // deployment (a trainer clicking on) drops the read that would have shown Sync off; the
    // controller must still know Sync was off, or the tally never starts after the re-enable.
    void controllerWatchesAfterReEnableMadeRightAfterTheTerminate()
    {
        ControllerFixture f;
        QVERIFY(f.loggedIn);
        QVERIFY(f.load());
        QVERIFY(f.controller->draftsEnabled());
        QCOMPARE(f.controller->status(), SyncController::Status::Enabled);
        ClientRecoveryMonitor *recovery = f.controller->recovery();
        const auto deployDraft = [&f] {
            if (!QTest::qWaitFor([&f] { return f.controller->hasDraft() && f.idle(); }, 10000))
                return false;
            f.controller->loadDiff();
            if (!QTest::qWaitFor([&f] { return f.controller->isDiffLoaded() && f.idle(); }, 10000))
                return false;
            QSignalSpy done(f.controller.get(), &SyncController::deploymentSucceeded);
            f.controller->deploy();
            return done.wait(10000);
        };
        f.controller->terminate();
        QVERIFY(deployDraft());
        // The read after the deployment is still on its way: the re-enable starts now.
        QCOMPARE(f.controller->activity(), SyncController::Activity::Loading);
        QCOMPARE(f.controller->status(), SyncController::Status::Disabled);
        f.controller->enable(f.controller->snapshot()->sync);
        QVERIFY(deployDraft());
        QVERIFY(f.idle());
        QTRY_VERIFY(recovery->isActive());
        QCOMPARE(recovery->cause(), ClientRecoveryMonitor::Cause::ReEnabled);
        QTRY_VERIFY(recovery->tally().has_value());
    }
};

QTEST_MAIN(TestClientRecovery)
#include "tst_clientrecovery.moc"
