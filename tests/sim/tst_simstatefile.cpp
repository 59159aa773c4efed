// sync-console-sim --state FILE with a file it must not use: each is refused at once, in one
// sentence naming the file, the field and what is wrong, with exit code 1 and the file as it
// was, byte for byte and to the millisecond of its last change.
#include "ProcessRun.h"
#include "Scenarios.h"
#include "SimBackend.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

class TestSimStateFile : public QObject
{
    Q_OBJECT

    // What a state file looked like before the simulator saw it.
    struct Before
    {
        QByteArray bytes;
        QDateTime modified;
    };

    static ProcessRun run(const QString &path)
    {
        return ProcessRun::of(QStringLiteral(SIM_BINARY),
            {QStringLiteral("--state"), path, QStringLiteral("--port"), QStringLiteral("0")},
            QProcessEnvironment::systemEnvironment(), 20000);
    }

    static QJsonObject goodState()
    {
        SimBackend backend;
        Scenarios::load(Scenarios::defaultName(), backend);
        return backend.toJson();
    }

    // `value` put at `path` ("apps/0/clients/1/online") inside `node`.
    static QJsonValue withValue(const QJsonValue &node, QStringList path, const QJsonValue &value)
    {
        if (path.isEmpty())
            return value;
        const QString step = path.takeFirst();
        if (node.isArray()) {
            QJsonArray list = node.toArray();
            const int i = step.toInt();
            list.replace(i, withValue(list.at(i), path, value));
            return list;
        }
        QJsonObject object = node.toObject();
        object.insert(step, withValue(object.value(step), path, value));
        return object;
    }

    static Before write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        f.close();
        // Back in time, so that a rewrite within the same clock tick would still show.
        f.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime);
        return {bytes, QFileInfo(path).lastModified()};
    }

    static void verifyUntouched(const QString &path, const Before &before)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before.bytes);
        QCOMPARE(QFileInfo(path).lastModified(), before.modified);
        QVERIFY(!QFile::exists(path + QStringLiteral(".journal")));
    }

    static void verifyRefused(const ProcessRun &r, const QString &path, const QString &says)
    {
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one sentence, one line
        QVERIFY(r.out.isEmpty());
    }

private slots:
    void aFieldOfTheWrongTypeOrRangeIsRefused_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("says");
        const auto row = [](const char *name, const char *at, const QJsonValue &value,
                             const char *says) {
            QTest::newRow(name) << QString::fromUtf8(at) << value << QString::fromUtf8(says);
        };
        row("a client's flag", "apps/0/clients/1/online", QStringLiteral("yes"),
            "apps[0].clients[1].online is a string, not true or false");
        row("a client's count", "apps/0/clients/0/unsynced_changes", -4,
            "apps[0].clients[0].unsynced_changes is -4, not a whole number from 0");
        row("a client's reset mode", "apps/0/clients/0/client_reset_mode", QStringLiteral("wipe"),
            "apps[0].clients[0].client_reset_mode is \u201cwipe\u201d, not one of");
        row("a deployment", "apps/0/deployments",
            QJsonArray {QJsonObject {{QStringLiteral("_id"), QStringLiteral("d1")},
                {QStringLiteral("status"), QStringLiteral("successful")},
                {QStringLiteral("deployed_at"), QStringLiteral("yesterday")}}},
            "apps[0].deployments[0].deployed_at is a string, not a number");
        row("a log entry", "apps/0/logs/2/started", 17,
            "apps[0].logs[2].started is the number 17, not a time (ISO 8601)");
        row("a log entry's time", "apps/0/logs/0/started", QStringLiteral("soon"),
            "apps[0].logs[0].started is \u201csoon\u201d, not a time");
        row("deployed", "apps/0/deployed/block", QJsonArray {1},
            "apps[0].deployed.block is a list, not an object");
        row("deployed's mode", "apps/0/deployed/key", QStringLiteral("async"),
            "apps[0].deployed.key is \u201casync\u201d, not one of");
        row("an absurd clock_offset", "clock_offset", 1e15,
            "clock_offset is 1e+15, not a whole number from -3162240000 to 3162240000");
        row("1e300", "apps/0/lag_ms", 1e300, "apps[0].lag_ms is 1e+300, not a whole number");
        row("a fraction", "apps/0/sync_epoch", 1.5, "apps[0].sync_epoch is 1.5, not a whole number");
        row("next_id at the end", "next_id", QStringLiteral("18446744073709551615"),
            "next_id is \u201c18446744073709551615\u201d, not a whole number from 1 to "
            "9223372036854775808");
        row("next_id behind the ids", "next_id", QStringLiteral("3"),
            "next_id is 3, but the id 6560f0c0");
        row("next_id not a number", "next_id", QStringLiteral("twelve"),
            "next_id is \u201ctwelve\u201d, not a whole number");
        row("the scenario's start", "scenario_start/started_at", QStringLiteral("then"),
            "scenario_start.started_at is a string, not a number");
        row("the scenario start's world", "scenario_start/state/apps/0/clients/0/session", 1,
            "scenario_start.state: apps[0].clients[0].session is the number 1, not true or false");
    }

    void aFieldOfTheWrongTypeOrRangeIsRefused()
    {
        QFETCH(QString, at);
        QFETCH(QJsonValue, value);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        const QJsonObject state
            = withValue(goodState(), at.split(QLatin1Char('/')), value).toObject();
        const Before before = write(path, QJsonDocument(state).toJson());
        verifyRefused(run(path), path, says);
        verifyUntouched(path, before);
    }

    void aGoodStateStillLoads()
    {
        // The cases above refuse what is wrong, not everything.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        write(path, QJsonDocument(goodState()).toJson());
        QProcess p;
        p.start(QStringLiteral(SIM_BINARY), {QStringLiteral("--state"), path, QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(p.waitForReadyRead(20000));
        QVERIFY(p.readLine().startsWith("http://"));
        p.kill();
        p.waitForFinished();
    }

    void notARegularFileIsRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("directory") << QStringLiteral("directory");
#ifdef Q_OS_UNIX
        QTest::newRow("fifo") << QStringLiteral("fifo");
        QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
        QTest::newRow("/dev/full") << QStringLiteral("/dev/full");
#endif
    }

    void notARegularFileIsRefusedAtOnce()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        if (kind == QLatin1String("directory"))
            QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("state.json")));
#ifdef Q_OS_UNIX
        else if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else
            QVERIFY(QFile::link(kind, path));
#endif
        QElapsedTimer clock;
        clock.start();
        const ProcessRun r = run(path);
        verifyRefused(r, path, QStringLiteral("is not a regular file"));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!QFile::exists(path + QStringLiteral(".journal")));
    }

    void aHugeFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize((qint64(256) << 20) + 1)); // sparse: no disk taken
        }
        const QDateTime modified = QFileInfo(path).lastModified();
        verifyRefused(run(path), path, QStringLiteral("more than the 256 MiB"));
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QFileInfo(path).size(), (qint64(256) << 20) + 1);
    }

    void aDamagedJournalIsRefused_data()
    {
        QTest::addColumn<QByteArray>("journal");
        QTest::addColumn<QString>("says");
        const QByteArray header = "{\"format\":\"sync-console-sim-journal\",\"version\":1}\n";
        QTest::newRow("a damaged record before the last")
            << header + "{\"seq\":1,\"edits\":[{\"p\":[\"clock_offset\"],\"v\":5}]}\n{\"seq\":2,ed\n"
                          "{\"seq\":3,\"edits\":[]}\n"
            << QStringLiteral("its line 3 is damaged");
        QTest::newRow("a record missing")
            << header + "{\"seq\":1,\"edits\":[]}\n{\"seq\":3,\"edits\":[]}\n"
            << QStringLiteral("record 3 where 2 should follow");
        QTest::newRow("an edit that does not fit")
            << header + "{\"seq\":1,\"edits\":[{\"p\":[\"apps\",9,\"name\"],\"v\":\"x\"}]}\n"
            << QStringLiteral("record 1 cannot be applied");
        QTest::newRow("not a journal") << QByteArray("hello\n") << QStringLiteral("first line");
        QTest::newRow("a wrong type through the journal")
            << header + "{\"seq\":1,\"edits\":[{\"p\":[\"clock_offset\"],\"v\":\"late\"}]}\n"
            << QStringLiteral("clock_offset is a string, not a number");
    }

    void aDamagedJournalIsRefused()
    {
        QFETCH(QByteArray, journal);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        const Before state = write(path, QJsonDocument(goodState()).toJson());
        const QString journalPath = path + QStringLiteral(".journal");
        const Before before = write(journalPath, journal);
        const ProcessRun r = run(path);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QFile f(journalPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before.bytes);
        QCOMPARE(QFileInfo(journalPath).lastModified(), before.modified);
        QCOMPARE(QFileInfo(path).lastModified(), state.modified);
    }

    void aJournalWithoutItsStateFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        write(path + QStringLiteral(".journal"),
            "{\"format\":\"sync-console-sim-journal\",\"version\":1}\n{\"seq\":1,\"edits\":[]}\n");
        verifyRefused(run(path), path, QStringLiteral("has no state file"));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSimStateFile)
#include "tst_simstatefile.moc"
