// The apps' logs in the state file's journal: what changed in them is told by the logs
// themselves (SimLogs), not found by comparing 200,000 entries at each write, so it must be
// exact: whatever was inserted, merged, dropped past retention or the cap, copied or replaced
// whole, a restart loads the very logs the simulator served.
#include "FullDisk.h"
#include "LogStaging.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimClient.h"
#include "SimDeployment.h"
#include "SimLogs.h"
#include "SimStateFile.h"
#include "StateFileChecks.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

namespace {

SimLogEntry logAt(qint64 ms, int n)
{
    return {ms, QJsonObject {{QStringLiteral("_id"), QStringLiteral("e%1").arg(n)},
                    {QStringLiteral("started"), SimLogEntry::iso(ms)}}};
}

QStringList ids(const QList<SimLogEntry> &entries)
{
    QStringList out;
    for (const SimLogEntry &e : entries)
        out.append(e.json.value(QStringLiteral("_id")).toString());
    return out;
}

// What the journal does with a change: the entries taken before, less those dropped, as many
// as were kept, and the rest of the entries now.
QStringList replayed(const QStringList &before, const SimLogs::Change &change, const SimLogs &now)
{
    if (change.whole)
        return ids(now.entries());
    if (change.kept < 0)
        return before;
    if (change.dropped + change.kept > before.size())
        return {QStringLiteral("the change does not fit what was taken")};
    QStringList out = before.mid(change.dropped, change.kept);
    out += ids(now.entries().mid(change.kept));
    return out;
}

using StateFileChecks::loaded;
using StateFileChecks::saved;

qint64 journalBytes(const SimStateFile &file)
{
    return QFileInfo(file.journalPath()).size();
}

} // namespace

class TestSimLogJournal : public QObject
{
    Q_OBJECT

private slots:
    void everyChangeIsToldExactly()
    {
        // Ten thousand random edits, taken at random moments: replaying each change on what was
        // taken before gives the entries as they are.
        QRandomGenerator random(20261203);
        SimLogs logs;
        QStringList taken = ids(logs.entries());
        logs.take();
        int n = 0;
        qint64 now = 1000000;
        for (int step = 0; step < 10000; ++step) {
            const int what = random.bounded(100);
            if (what < 45) {
                now += random.bounded(5);
                logs.insert(logAt(now, n++)); // now
            } else if (what < 60) {
                logs.insert(logAt(now - random.bounded(2000), n++)); // from the past
            } else if (what < 70) {
                QList<SimLogEntry> batch;
                for (int i = random.bounded(1, 20); i > 0; --i)
                    batch.append(logAt(now - random.bounded(3000), n++));
                logs.merge(batch);
            } else if (what < 85) {
                logs.dropOldest(random.bounded(8));
            } else if (what < 86) {
                logs.clear();
            } else if (what < 87) {
                SimLogs copy = logs;
                logs = copy; // a copy put back: told whole
            }
            if (random.bounded(4) == 0) {
                const SimLogs::Change change = logs.take();
                taken = replayed(taken, change, logs);
                QCOMPARE(taken, ids(logs.entries()));
            }
        }
        const SimLogs::Change change = logs.take();
        QCOMPARE(replayed(taken, change, logs), ids(logs.entries()));
        QCOMPARE(logs.take().kept, -1); // nothing since
    }

    void aFailedWriteGoesBackToTheDisk()
    {
        // Changes taken for a write, more made while it runs, and the write failing: the logs
        // go back to what the disk holds, keeping the entries still in place; or it succeeds,
        // and the disk holds what was taken.
        QRandomGenerator random(42);
        SimLogs logs;
        logs.take();
        logs.saved();
        QList<SimLogEntry> disk;
        std::optional<QList<SimLogEntry>> inWrite;
        int n = 0;
        qint64 now = 1000000;
        for (int step = 0; step < 6000; ++step) {
            const int what = random.bounded(100);
            if (what < 50) {
                now += random.bounded(5);
                logs.insert(logAt(now, n++));
            } else if (what < 65) {
                logs.insert(logAt(now - random.bounded(2000), n++));
            } else if (what < 72) {
                QList<SimLogEntry> batch;
                for (int i = random.bounded(1, 10); i > 0; --i)
                    batch.append(logAt(now - random.bounded(3000), n++));
                logs.merge(batch);
            } else if (what < 88) {
                logs.dropOldest(random.bounded(6));
            } else if (what < 89) {
                logs.clear();
            }
            const int event = random.bounded(10);
            if (!inWrite && event == 0) {
                const SimLogs::Change change = logs.take();
                QList<SimLogEntry> written = logs.entries();
                if (!change.whole && change.kept >= 0) {
                    QVERIFY(change.dropped + change.kept <= disk.size());
                    written = disk.mid(change.dropped, change.kept) + logs.entries().mid(change.kept);
                } else if (!change.whole) {
                    written = disk;
                }
                QCOMPARE(ids(written), ids(logs.entries()));
                inWrite = written;
            } else if (inWrite && event == 1) {
                logs.saved();
                disk = *inWrite;
                inWrite.reset();
            } else if (inWrite && event == 2) {
                QJsonArray onDisk;
                for (const SimLogEntry &e : disk)
                    onDisk.append(e.json);
                logs.rollBack(onDisk);
                QCOMPARE(ids(logs.entries()), ids(disk));
                for (qsizetype i = 0; i < disk.size(); ++i)
                    QCOMPARE(logs.at(i).startedMs, disk.at(i).startedMs);
                inWrite.reset();
            }
        }
    }

    void aFullDiskUndoesTheLogsAsServed()
    {
        // A busy app's writes refused by a full disk: what was added since the disk is undone,
        // what the disk holds stays, and writes go on once there is room.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        auto full = std::make_shared<std::atomic<bool>>(false);
        SimBackend backend;
        backend.setDeviceTickMs(0);
        Scenarios::load(Scenarios::defaultName(), backend);
        SimApp &app = backend.apps().first();
        LogStaging::stage(backend, app, 5000);
        SimStateFile file(&backend, path, nullptr, std::make_unique<FullDisk>(full));
        QString problem;
        QVERIFY(file.save(&problem));
        file.watch();
        LogStaging::stage(backend, backend.apps().first(), 30, 5000);
        emit backend.changed();
        QVERIFY(saved(file));
        const QJsonObject onDisk = backend.toJson();
        *full = true;
        LogStaging::stage(backend, backend.apps().first(), 30, 5030);
        emit backend.changed();
        QVERIFY(!saved(file));
        QCOMPARE(backend.toJson(), onDisk);
        *full = false;
        LogStaging::stage(backend, backend.apps().first(), 30, 5060);
        emit backend.changed();
        QVERIFY(saved(file));
        const std::optional<QJsonObject> restarted = loaded(path, &problem);
        QVERIFY2(restarted, qPrintable(problem));
        QCOMPARE(*restarted, backend.toJson());
    }

    void theCapDropsTheOldestAndSaysSo()
    {
        SimLogs logs;
        QList<SimLogEntry> many;
        for (int i = 0; i < SimLogEntry::MaxPerApp; ++i)
            many.append(logAt(i, i));
        logs.merge(many);
        QStringList taken = ids(logs.entries());
        QVERIFY(logs.take().whole);
        logs.insert(logAt(SimLogEntry::MaxPerApp + 5, -1));
        logs.insert(logAt(SimLogEntry::MaxPerApp + 6, -2));
        QCOMPARE(logs.size(), SimLogEntry::MaxPerApp);
        const SimLogs::Change change = logs.take();
        QCOMPARE(change.dropped, 2);
        QCOMPARE(change.kept, SimLogEntry::MaxPerApp - 2);
        QCOMPARE(replayed(taken, change, logs), ids(logs.entries()));
    }

    void logsReadBackGrowWithoutMovingEveryEntry()
    {
        // Logs read from the state file (a restarted simulator) hold exactly as many entries as
        // were read; each merge then reserved room for exactly one more, which moved all of them
        // (200,000 entries moved for each log entry a device wrote, ~0.3 s each). Growing by
        // half when full moves them a handful of times over 200 merges.
        QJsonArray onDisk;
        for (int i = 0; i < 10000; ++i)
            onDisk.append(logAt(i, i).json);
        SimLogs logs;
        logs.rollBack(onDisk);
        QCOMPARE(logs.size(), 10000);
        int moved = 0;
        for (int i = 0; i < 200; ++i) {
            const SimLogEntry *before = logs.entries().constData();
            logs.merge({logAt(20000 + i, 20000 + i)});
            if (logs.entries().constData() != before)
                ++moved;
        }
        QCOMPARE(logs.size(), 10200);
        QVERIFY2(moved <= 10, qPrintable(QStringLiteral("moved %1 times in 200 merges").arg(moved)));
    }

    void aBusyAppsLogsCostWhatWasAdded()
    {
        // A busy app: each write's record holds the entries added, not the 10,000 there; the
        // oldest dropped past their retention are told too, and a restart loads the logs as
        // served.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SimBackend backend;
        backend.setDeviceTickMs(0);
        Scenarios::load(Scenarios::defaultName(), backend);
        SimApp &app = backend.apps().first();
        constexpr int Staged = 10000;
        LogStaging::stage(backend, app, Staged);
        SimStateFile file(&backend, path);
        QString problem;
        QVERIFY(file.save(&problem));
        file.watch();
        const qint64 before = journalBytes(file);
        for (int i = 0; i < 20; ++i) {
            LogStaging::stage(backend, app, 3, Staged + 3 * i);
            emit backend.changed();
            QVERIFY(saved(file));
        }
        const qint64 written = journalBytes(file) - before;
        QVERIFY2(written > 0 && written < 20 * 3 * 2000,
            qPrintable(QStringLiteral("%1 bytes for 60 entries").arg(written)));
        // Past the retention of the first half of the entries (staged over the last hour).
        const qsizetype served = app.logs.size();
        backend.advanceClock(qint64(SimLogEntry::RetentionDays) * 24 * 3600 - 1800);
        emit backend.changed();
        QVERIFY(saved(file));
        QVERIFY2(app.logs.size() < served - Staged / 3, qPrintable(QString::number(app.logs.size())));
        const std::optional<QJsonObject> restarted = loaded(path, &problem);
        QVERIFY2(restarted, qPrintable(problem));
        QCOMPARE(*restarted, backend.toJson());
    }

    void logsPutInWholeAreWrittenWhole()
    {
        // A scenario's reset puts back apps with the same ids and other logs; a scenario
        // switched replaces the apps: the journal says so, and a restart loads them.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SimBackend backend;
        backend.setDeviceTickMs(0);
        QVERIFY(Scenarios::load(QStringLiteral("oplog-rollover"), backend));
        SimStateFile file(&backend, path);
        QString problem;
        QVERIFY(file.save(&problem));
        file.watch();
        LogStaging::stage(backend, backend.apps().first(), 50, 1);
        emit backend.changed();
        QVERIFY(saved(file));
        QVERIFY(backend.resetScenario());
        emit backend.changed();
        QVERIFY(saved(file));
        std::optional<QJsonObject> restarted = loaded(path, &problem);
        QVERIFY2(restarted, qPrintable(problem));
        QCOMPARE(*restarted, backend.toJson());

        for (const QString &name : Scenarios::names()) {
            QVERIFY(Scenarios::load(name, backend));
            backend.advanceClock(3600); // the devices add to the logs
            emit backend.changed();
            QVERIFY(saved(file));
            restarted = loaded(path, &problem);
            QVERIFY2(restarted, qPrintable(name + QLatin1Char(' ') + problem));
            QCOMPARE(*restarted, backend.toJson());
        }
    }

    void aDeviceIsWrittenAgainWhenAnyFieldChanges()
    {
        // A device's JSON is made once and reused while its fields stay the same: every field
        // the state file keeps must count in that comparison, or a change would not be saved.
        SimClient device = SimClient::fromJson(QJsonObject {{QStringLiteral("id"), QStringLiteral("d1")},
            {QStringLiteral("sdk"), QStringLiteral("Kotlin")},
            {QStringLiteral("sdk_version"), QStringLiteral("1.16.0")},
            {QStringLiteral("user_id"), QStringLiteral("u1")},
            {QStringLiteral("platform"), QStringLiteral("Android")},
            {QStringLiteral("platform_version"), QStringLiteral("14")},
            {QStringLiteral("remote_ip_address"), QStringLiteral("203.0.113.9")},
            {QStringLiteral("client_reset_mode"), QStringLiteral("recoverUnsyncedChanges")},
            {QStringLiteral("unsynced_changes"), 3}, {QStringLiteral("online"), true},
            {QStringLiteral("last_seen"), 100}, {QStringLiteral("offline_until"), 0},
            {QStringLiteral("write_every_s"), 10}, {QStringLiteral("file_epoch"), 1},
            {QStringLiteral("session"), true}, {QStringLiteral("connection_id"), QStringLiteral("c1")},
            {QStringLiteral("next_write_at"), 110}, {QStringLiteral("refused_while_paused"), false},
            {QStringLiteral("stuck_error"), 0}, {QStringLiteral("resets"), QJsonArray {}}});
        const QJsonObject json = device.toJson();
        QCOMPARE(device.toJson(), json); // the same, made once
        for (auto it = json.begin(); it != json.end(); ++it) {
            QJsonObject changed = json;
            const QJsonValue v = it.value();
            if (v.isBool())
                changed.insert(it.key(), !v.toBool());
            else if (v.isDouble())
                changed.insert(it.key(), v.toInteger() + 1);
            else if (it.key() == QLatin1String("client_reset_mode"))
                changed.insert(it.key(), QStringLiteral("discardUnsyncedChanges"));
            else if (v.isString())
                changed.insert(it.key(), v.toString() + QLatin1Char('x'));
            else if (v.isArray())
                changed.insert(it.key(), QJsonArray {QJsonObject {{QStringLiteral("at"), 5},
                                             {QStringLiteral("protocol_error"), 208}}});
            const SimClient other = SimClient::fromJson(changed);
            QVERIFY2(other.toJson() != json, qPrintable(it.key())); // the change is read
            QVERIFY2(!(other == device), qPrintable(it.key() + QStringLiteral(" is not compared")));
            SimClient moved = device; // shares what was written ...
            moved = other; // ... until its fields change
            QCOMPARE(moved.toJson(), other.toJson());
        }
    }

    void aDeploymentIsWrittenAgainWhenAnyFieldChanges()
    {
        SimDeployment deployment;
        deployment.id = QStringLiteral("dep1");
        deployment.name = QStringLiteral("Pause Sync");
        deployment.draftId = QStringLiteral("draft1");
        deployment.userId = QStringLiteral("u1");
        deployment.origin = QStringLiteral("UI");
        deployment.status = QStringLiteral("failed");
        deployment.statusErrorMessage = QStringLiteral("it failed");
        deployment.deployedAt = 1700000000;
        deployment.config.mode = SyncConfig::Mode::Flexible;
        deployment.config.block = QJsonObject {{QStringLiteral("state"), QStringLiteral("enabled")},
            {QStringLiteral("database_name"), QStringLiteral("todo")}};
        const QJsonObject json = deployment.toJson();
        QCOMPARE(deployment.toJson(), json);
        for (auto it = json.begin(); it != json.end(); ++it) {
            QJsonObject changed = json;
            const QJsonValue v = it.value();
            if (v.isDouble())
                changed.insert(it.key(), v.toInteger() + 1);
            else if (v.isString())
                changed.insert(it.key(), v.toString() + QLatin1Char('x'));
            else if (v.isObject())
                changed.insert(it.key(), QJsonObject {{QStringLiteral("sync"), QJsonObject {
                                             {QStringLiteral("state"), QStringLiteral("disabled")}}}});
            const SimDeployment other = SimDeployment::fromJson(changed);
            QVERIFY2(other.toJson() != json, qPrintable(it.key()));
            QVERIFY2(!(other == deployment), qPrintable(it.key() + QStringLiteral(" is not compared")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimLogJournal)
#include "tst_simlogjournal.moc"
