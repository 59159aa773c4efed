// The state file's journal: each acknowledged change appended, replayed at the next start,
// folded into the file in the background; a record cut short by a crash dropped, and nothing
// acknowledged ever lost, wherever a crash falls.
#include "FullDisk.h"
#include "LogStaging.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDeviceControl.h"
#include "SimStateFile.h"
#include "StateFileChecks.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The real disk, counting the bytes given to it for each file.
class CountingDisk final : public SimStateWriter
{
public:
    explicit CountingDisk(std::shared_ptr<QHash<QString, qint64>> bytes)
        : m_bytes(std::move(bytes))
    { }
    QString write(const QString &path, const QByteArray &text) override
    {
        count(path, text.size());
        return m_disk->write(path, text);
    }
    QString append(const QString &path, const QByteArray &text, qint64 at) override
    {
        count(path, text.size());
        return m_disk->append(path, text, at);
    }

private:
    void count(const QString &path, qint64 n)
    {
        const QMutexLocker locker(&m_mutex);
        (*m_bytes)[path] += n;
    }
    QMutex m_mutex;
    std::shared_ptr<QHash<QString, qint64>> m_bytes;
    std::unique_ptr<SimStateWriter> m_disk = SimStateWriter::saveFile();
};

// What a crash right after each write would leave: both files as they are at that moment, and
// how many changes had been acknowledged by then.
struct CrashImage
{
    QByteArray file;
    QByteArray journal;
    qint64 acknowledged = 0;
};

class CrashImages final : public SimStateWriter
{
public:
    CrashImages(QString path, std::shared_ptr<std::atomic<qint64>> acknowledged)
        : m_path(std::move(path))
        , m_acknowledged(std::move(acknowledged))
    { }
    QString write(const QString &path, const QByteArray &text) override
    {
        const QString problem = m_disk->write(path, text);
        capture();
        return problem;
    }
    QString append(const QString &path, const QByteArray &text, qint64 at) override
    {
        // Half of the record first: a crash in the middle of an append.
        m_disk->append(path, text.left(text.size() / 2), at);
        capture();
        const QString problem = m_disk->append(path, text, at);
        capture();
        return problem;
    }
    QList<CrashImage> images()
    {
        const QMutexLocker locker(&m_mutex);
        return m_images;
    }

private:
    void capture()
    {
        const qint64 acknowledged = *m_acknowledged; // before the files: never more than then
        CrashImage image {contents(m_path), contents(m_path + QStringLiteral(".journal")),
            acknowledged};
        const QMutexLocker locker(&m_mutex);
        m_images.append(image);
    }
    QString m_path;
    std::shared_ptr<std::atomic<qint64>> m_acknowledged;
    QMutex m_mutex;
    QList<CrashImage> m_images;
    std::unique_ptr<SimStateWriter> m_disk = SimStateWriter::saveFile();
};

using StateFileChecks::loaded;
using StateFileChecks::saved;

} // namespace

class TestSimJournal : public QObject
{
    Q_OBJECT

private slots:
    void aChangeSurvivesARestartThroughTheJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SimBackend backend;
        backend.setDeviceTickMs(0);
        Scenarios::load(Scenarios::defaultName(), backend);
        SimStateFile file(&backend, path);
        QString problem;
        QVERIFY(file.save(&problem));
        file.watch();
        const QByteArray before = contents(path);
        backend.advanceClock(90);
        backend.createDraft(backend.apps().first());
        QVERIFY(saved(file));
        QCOMPARE(contents(path), before); // the file is not rewritten ...
        QVERIFY(contents(file.journalPath()).count('\n') >= 2); // ... the journal holds it
        const std::optional<QJsonObject> restarted = loaded(path, &problem);
        QVERIFY2(restarted, qPrintable(problem));
        QCOMPARE(*restarted, backend.toJson());
    }

    void aTornLastRecordIsDroppedAndTheRestLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        SimBackend backend;
        backend.setDeviceTickMs(0);
        Scenarios::load(Scenarios::defaultName(), backend);
        QJsonObject acknowledged;
        {
            SimStateFile file(&backend, path);
            QString problem;
            QVERIFY(file.save(&problem));
            file.watch();
            for (int i = 0; i < 3; ++i) {
                backend.advanceClock(60);
                QVERIFY(saved(file));
            }
            acknowledged = backend.toJson();
        }
        // What kill -9 in the middle of the next append leaves.
        const QString journal = path + QStringLiteral(".journal");
        const QByteArray whole = contents(journal);
        {
            QFile f(journal);
            QVERIFY(f.open(QIODevice::Append));
            f.write(R"({"seq":4,"edits":[{"p":["clock_offset"],"v":9)");
        }
        QString problem;
        std::optional<QJsonObject> restarted = loaded(path, &problem);
        QVERIFY2(restarted, qPrintable(problem));
        QCOMPARE(*restarted, acknowledged);
        QCOMPARE(restarted->value(QStringLiteral("clock_offset")).toInt(), 180);

        // The next change is written over the torn record, and loads too.
        SimBackend again;
        again.setDeviceTickMs(0);
        SimStateFile file(&again, path);
        QCOMPARE(file.load(&problem), SimStateFile::Load::Loaded);
        file.watch();
        again.advanceClock(5);
        QVERIFY(saved(file));
        QVERIFY(contents(journal).startsWith(whole));
        QVERIFY(!contents(journal).contains("\"v\":9"));
        restarted = loaded(path, &problem);
        QVERIFY2(restarted, qPrintable(problem));
        QCOMPARE(*restarted, again.toJson());
    }

    void aCrashAnywhereLosesNothingAcknowledged()
    {
        // Crash images taken after every write, half-written appends and the moments between
        // a compaction's new file and its journal starting over included: each loads, and holds
        // every change acknowledged before it was taken.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        auto acknowledged = std::make_shared<std::atomic<qint64>>(0);
        auto writer = std::make_unique<CrashImages>(path, acknowledged);
        CrashImages *images = writer.get();
        SimBackend backend;
        backend.setDeviceTickMs(0);
        Scenarios::load(Scenarios::defaultName(), backend);
        SimStateFile file(&backend, path, nullptr, std::move(writer));
        file.setCompactionBytes(2000); // folded every few changes
        QString problem;
        QVERIFY(file.save(&problem));
        file.watch();
        QSignalSpy compacted(&file, &SimStateFile::compacted);
        SimDeviceControl devices(backend);
        for (int i = 1; i <= 40; ++i) {
            backend.advanceClock(1); // clock_offset counts the changes
            if (i % 4 == 0)
                QCOMPARE(devices
                             .add(backend.apps().first(),
                                 QStringLiteral(R"({"id": "d%1"})").arg(i).toUtf8())
                             .status,
                    201);
            QVERIFY(saved(file));
            *acknowledged = i;
        }
        QVERIFY(compacted.size() >= 3);
        const QList<CrashImage> taken = images->images();
        QVERIFY(taken.size() > 80);
        for (qsizetype i = 0; i < taken.size(); ++i) {
            QTemporaryDir crash;
            const QString at = crash.filePath(QStringLiteral("state.json"));
            QFile f(at);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(taken[i].file);
            f.close();
            QFile j(at + QStringLiteral(".journal"));
            QVERIFY(j.open(QIODevice::WriteOnly));
            j.write(taken[i].journal);
            j.close();
            const std::optional<QJsonObject> state = loaded(at, &problem);
            QVERIFY2(state, qPrintable(QStringLiteral("image %1: %2").arg(i).arg(problem)));
            const qint64 clock = qint64(state->value(QStringLiteral("clock_offset")).toDouble());
            QVERIFY2(clock >= taken[i].acknowledged,
                qPrintable(QStringLiteral("image %1: %2 acknowledged, %3 loaded")
                               .arg(i)
                               .arg(taken[i].acknowledged)
                               .arg(clock)));
        }
        const std::optional<QJsonObject> last = loaded(path, &problem);
        QVERIFY2(last, qPrintable(problem));
        QCOMPARE(*last, backend.toJson());
    }

    void addingDevicesNoLongerRewritesTheState()
    {
        // A large state (a day of logs): each device added costs a journal record of its own
        // size, not the whole state.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        auto bytes = std::make_shared<QHash<QString, qint64>>();
        SimBackend backend;
        backend.setDeviceTickMs(0);
        Scenarios::load(Scenarios::defaultName(), backend);
        LogStaging::stage(backend, backend.apps().first(), 10000);
        SimStateFile file(&backend, path, nullptr, std::make_unique<CountingDisk>(bytes));
        QString problem;
        QVERIFY(file.save(&problem));
        file.watch();
        const qint64 stateBytes = bytes->value(path);
        QVERIFY2(stateBytes > 5000000, qPrintable(QString::number(stateBytes)));
        bytes->clear();

        SimDeviceControl devices(backend);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(devices
                         .add(backend.apps().first(),
                             QStringLiteral(R"({"id": "phone-%1", "unsynced_changes": 3})")
                                 .arg(i)
                                 .toUtf8())
                         .status,
                201);
            QVERIFY(saved(file));
        }
        QCOMPARE(bytes->value(path), 0); // the state file was not written
        const qint64 journalBytes = bytes->value(file.journalPath());
        QVERIFY2(journalBytes > 0 && journalBytes < 20 * 4000,
            qPrintable(QStringLiteral("%1 bytes for 20 devices").arg(journalBytes)));
        const std::optional<QJsonObject> restarted = loaded(path, &problem);
        QVERIFY2(restarted, qPrintable(problem));
        QCOMPARE(*restarted, backend.toJson());
    }

    void aFailedAppendIsUndoneAndWrittenOver()
    {
        // A full disk in the middle of an append: the change is refused and undone, and the
        // half record it left is written over by the next one.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("state.json"));
        auto full = std::make_shared<std::atomic<bool>>(false);
        SimBackend backend;
        backend.setDeviceTickMs(0);
        Scenarios::load(Scenarios::defaultName(), backend);
        SimStateFile file(&backend, path, nullptr, std::make_unique<FullDisk>(full));
        QString problem;
        QVERIFY(file.save(&problem));
        file.watch();
        backend.advanceClock(10);
        QVERIFY(saved(file));
        *full = true;
        backend.advanceClock(1000);
        QVERIFY(!saved(file));
        QCOMPARE(backend.toJson().value(QStringLiteral("clock_offset")).toInt(), 10);
        QVERIFY(!contents(file.journalPath()).endsWith('\n')); // the half record is there
        *full = false;
        backend.advanceClock(20);
        QVERIFY(saved(file));
        const std::optional<QJsonObject> restarted = loaded(path, &problem);
        QVERIFY2(restarted, qPrintable(problem));
        QCOMPARE(restarted->value(QStringLiteral("clock_offset")).toInt(), 30);
        QCOMPARE(*restarted, backend.toJson());
    }
};

QTEST_GUILESS_MAIN(TestSimJournal)
#include "tst_simjournal.moc"
