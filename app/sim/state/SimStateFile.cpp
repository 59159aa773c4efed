#include "SimStateFile.h"

#include "SimBackend.h"
#include "SimJournal.h"
#include "SimJsonPatch.h"
#include "SimStateEdits.h"
#include "Utf8.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace {

// The state file's own field: the number of the last journal record it holds.
const char *const JournalSeq = "journal_seq";

QByteArray fileText(QJsonObject state, quint64 seq)
{
    state.insert(str(JournalSeq), double(seq));
    return QJsonDocument(state).toJson(QJsonDocument::Indented);
}

enum class Read { Done, Missing, Failed };

// Reads a regular file of at most MaxFileBytes, without opening anything else (a pipe would
// block, a device never end).
Read readFile(const QString &path, const QString &what, QByteArray *bytes, QString *problem)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Read::Missing;
    if (!info.isFile()) {
        *problem = QStringLiteral("%1 %2 is not a regular file (it is a directory, a device, a "
                                  "pipe or a broken link); it was left as it is")
                       .arg(what, path);
        return Read::Failed;
    }
    if (info.size() > SimStateFile::MaxFileBytes) {
        *problem = QStringLiteral("%1 %2 holds %3 bytes, more than the %4 MiB the simulator "
                                  "reads; it was left as it is")
                       .arg(what, path)
                       .arg(info.size())
                       .arg(SimStateFile::MaxFileBytes >> 20);
        return Read::Failed;
    }
    QFile file(path);
    const auto cannotRead = [&] {
        *problem = QStringLiteral("cannot read %1 %2: %3").arg(what, path, file.errorString());
        return Read::Failed;
    };
    if (!file.open(QIODevice::ReadOnly))
        return cannotRead();
    // Straight into a buffer of the size measured and one byte more, so that a file that grew
    // since is seen; it grows by 1 MiB at a time, to one byte past the limit at most.
    // (QIODevice::read(n) would allocate all n bytes first, whatever the file holds.)
    constexpr qint64 step = qint64(1) << 20;
    constexpr qint64 most = SimStateFile::MaxFileBytes + 1;
    qint64 filled = 0;
    bytes->resize(qsizetype(qMin(info.size() + 1, most)));
    for (;;) {
        const qint64 got = file.read(bytes->data() + filled, bytes->size() - filled);
        if (got < 0)
            return cannotRead();
        if (got == 0)
            break;
        filled += got;
        if (filled == bytes->size()) {
            if (filled == most)
                break;
            bytes->resize(qsizetype(qMin(filled + step, most)));
        }
    }
    bytes->resize(qsizetype(filled));
    if (bytes->size() > SimStateFile::MaxFileBytes) {
        *problem = QStringLiteral("%1 %2 holds more than the %3 MiB the simulator reads; it was "
                                  "left as it is")
                       .arg(what, path)
                       .arg(SimStateFile::MaxFileBytes >> 20);
        return Read::Failed;
    }
    return Read::Done;
}

} // namespace

// What one write did, told back to the backend's thread.
struct SimStateFile::Written
{
    QString problem;
    qint64 journalSize = 0;
    qint64 fileSize = -1; // the whole file was written, this long
    QByteArray record; // the journal record appended, if any
    bool journalRestarted = false;
    QJsonObject state; // what the files hold now (as before, when the write failed)
    bool wholeNeeded = false; // the logs' edits did not fit: the state is to be written whole
    bool whole = false; // the state file was written whole (or tried to be)
};

SimStateFile::SimStateFile(SimBackend *backend, const QString &path, QObject *parent,
    std::unique_ptr<SimStateWriter> writer)
    : QObject(parent)
    , m_backend(backend)
    , m_path(path)
    , m_journalPath(path + QStringLiteral(".journal"))
    , m_lock(path + QStringLiteral(".lock"))
    , m_diskWriter(writer ? std::move(writer) : SimStateWriter::saveFile())
{
    m_writer.setMaxThreadCount(1);
    m_compactor.setMaxThreadCount(1);
}

SimStateFile::~SimStateFile()
{
    m_compactor.waitForDone();
    m_writer.waitForDone();
}

QLockFile::LockError SimStateFile::lock(qint64 *pid, QString *host)
{
    // A simulator runs for hours: its lock never goes stale by age, only when its process is
    // gone.
    m_lock.setStaleLockTime(0);
    if (m_lock.tryLock())
        return QLockFile::NoError;
    QString application;
    if (m_lock.error() != QLockFile::LockFailedError
        || !m_lock.getLockInfo(pid, host, &application)) {
        *pid = 0;
        host->clear();
    }
    return m_lock.error();
}

SimStateFile::Load SimStateFile::load(QString *problem)
{
    QByteArray text;
    QByteArray journalText;
    const Read file = readFile(m_path, str("the state file"), &text, problem);
    if (file == Read::Failed)
        return Load::Failed;
    const Read journal = readFile(m_journalPath, str("the journal"), &journalText, problem);
    if (journal == Read::Failed)
        return Load::Failed;
    if (file == Read::Missing) {
        if (journal == Read::Missing || journalText.isEmpty())
            return Load::Missing;
        *problem = QStringLiteral("the journal %1 has no state file %2 beside it; it was left as "
                                  "it is (move it away to start afresh)")
                       .arg(m_journalPath, m_path);
        return Load::Failed;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem
            = QStringLiteral("the state file %1 is damaged (%2 at byte %3); it was left as it is")
                  .arg(m_path,
                      error.error != QJsonParseError::NoError ? error.errorString()
                                                              : QStringLiteral("not a JSON object"))
                  .arg(error.offset);
        return Load::Failed;
    }
    QJsonObject state = document.object();
    const QJsonValue seqValue = state.take(str(JournalSeq));
    const double seq = seqValue.isUndefined() ? 0 : seqValue.toDouble(-1);
    if (!(seq >= 0 && seq <= 9007199254740992.0 && seq == double(quint64(seq)))) {
        *problem = QStringLiteral("the state file %1 cannot be used: %2 is not a whole number "
                                  "from 0 to 2^53; it was left as it is")
                       .arg(m_path, str(JournalSeq));
        return Load::Failed;
    }
    quint64 last = quint64(seq);
    const SimJournal::Contents records = SimJournal::read(journalText);
    QString why = records.problem;
    if (why.isEmpty())
        SimJournal::replay(records, &state, &last, &why);
    if (!why.isEmpty()) {
        *problem = QStringLiteral("the journal %1 cannot be used: %2; it and the state file were "
                                  "left as they are")
                       .arg(m_journalPath, why);
        return Load::Failed;
    }
    if (!m_backend->restore(state, &why)) {
        *problem = QStringLiteral("the state file %1 cannot be used: %2; it was left as it is")
                       .arg(m_path, why);
        return Load::Failed;
    }
    m_onDisk = m_backend->toJson();
    m_backend->forgetLogEdits();
    m_seq = last;
    m_journalSize = records.validSize; // a record cut short is written over
    m_fileSize = text.size();
    // Edits apply to what the files hold: when the backend spells the state otherwise (a file
    // from an older simulator), the next write is the whole file.
    m_wholeFileNext = m_onDisk != state;
    return Load::Loaded;
}

bool SimStateFile::save(QString *problem)
{
    const QJsonObject state = m_backend->toJson();
    const QByteArray text = fileText(state, m_seq);
    *problem = m_diskWriter->write(m_path, text);
    if (!problem->isEmpty())
        return false;
    // The file holds every record now; a journal that cannot start over is read past.
    if (m_diskWriter->write(m_journalPath, SimJournal::header()).isEmpty())
        m_journalSize = SimJournal::header().size();
    m_onDisk = state;
    m_backend->forgetLogEdits();
    m_fileSize = text.size();
    m_wholeFileNext = false;
    return true;
}

void SimStateFile::watch()
{
    if (m_onDisk.isEmpty()) {
        m_onDisk = m_backend->toJson();
        m_backend->forgetLogEdits();
    }
    // What the devices do on their own is saved at most every few seconds; a client's change
    // at once, and its answer waits for it.
    connect(m_backend, &SimBackend::changed, this, [this] {
        m_dirty = true;
        // After the request that made the change has made all of it.
        if (!std::exchange(m_writeQueued, true))
            QMetaObject::invokeMethod(this, &SimStateFile::startWrite, Qt::QueuedConnection);
    });
    m_pendingSave.setSingleShot(true);
    m_pendingSave.setInterval(DeviceSaveDelayMs);
    connect(&m_pendingSave, &QTimer::timeout, this, [this] {
        m_dirty = true;
        startWrite();
    });
    connect(m_backend, &SimBackend::devicesStepped, this, [this] {
        if (!m_pendingSave.isActive())
            m_pendingSave.start();
    });
}

void SimStateFile::whenSaved(Then then)
{
    if (m_dirty)
        m_afterNextWrite.append(std::move(then));
    else if (m_writing)
        m_afterThisWrite.append(std::move(then));
    else
        then({});
}

void SimStateFile::startWrite()
{
    m_writeQueued = false;
    if (m_writing || (!m_dirty && !m_journalRestartDue))
        return; // the write under way ends by starting the next one
    const bool whole = m_wholeFileNext;
    if (whole && m_compacting)
        return; // the compaction's end starts it: one writer of the file at a time
    m_writing = true;
    const bool changes = m_dirty;
    // The state without the apps' logs, and what changed in those: taking the logs whole would
    // cost each write the whole state (200,000 entries an app).
    QJsonObject state;
    QJsonArray logEdits;
    if (m_dirty) {
        m_pendingSave.stop(); // this write holds what the devices did, too
        m_dirty = false;
        m_afterThisWrite = std::exchange(m_afterNextWrite, {});
        if (whole) {
            state = m_backend->toJson();
            m_backend->forgetLogEdits();
        } else {
            state = m_backend->toJson(SimApp::Logs::Without);
            logEdits = m_backend->takeLogEdits(SimStateEdits::appIds(m_onDisk));
        }
    }
    // After a new file, the journal starts over with the records it does not hold.
    std::optional<QByteArray> restart;
    if (std::exchange(m_journalRestartDue, false))
        restart = SimJournal::header() + std::exchange(m_sinceCompaction, {});
    // The state on disk goes to the writer, which edits it in place once the record is on disk
    // and gives it back: held here too, every edit would copy the logs it touches.
    m_writer.start([this, whole, changes, restart, base = std::move(m_onDisk), state, logEdits,
                       seq = m_seq, size = m_journalSize, path = m_path,
                       journal = m_journalPath]() mutable {
        Written w;
        w.journalSize = size;
        w.whole = whole;
        if (whole) {
            const QJsonObject written = changes ? state : base;
            const QByteArray text = fileText(written, seq);
            w.problem = m_diskWriter->write(path, text);
            w.state = w.problem.isEmpty() ? written : std::move(base);
            if (w.problem.isEmpty()) {
                w.fileSize = text.size();
                w.journalRestarted = m_diskWriter->write(journal, SimJournal::header()).isEmpty();
                if (w.journalRestarted)
                    w.journalSize = SimJournal::header().size();
            }
        } else {
            if (restart && m_diskWriter->write(journal, *restart).isEmpty()) {
                w.journalRestarted = true;
                w.journalSize = restart->size();
            }
            QJsonArray edits;
            if (changes && !SimStateEdits::between(base, state, logEdits, &edits))
                w.wholeNeeded = true;
            if (!edits.isEmpty()) {
                const QByteArray record = (w.journalSize == 0 ? SimJournal::header() : QByteArray())
                    + SimJournal::record(seq + 1, edits);
                w.problem = m_diskWriter->append(journal, record, w.journalSize);
                QString unfit;
                if (w.problem.isEmpty()) {
                    w.journalSize += record.size();
                    w.record = record;
                    // Edits made from this very state fit it; if one did not, the whole file
                    // is written next and the journal starts over without it.
                    w.wholeNeeded = !SimJsonPatch::apply(&base, edits, &unfit);
                }
            }
            w.state = std::move(base);
        }
        QMetaObject::invokeMethod(
            this, [this, w = std::move(w)]() mutable { writeEnded(std::move(w)); },
            Qt::QueuedConnection);
    });
}

void SimStateFile::writeEnded(Written w)
{
    m_writing = false;
    m_journalSize = w.journalSize;
    m_onDisk = std::move(w.state); // held once, so that the next write edits it in place
    QList<Then> waiting = std::exchange(m_afterThisWrite, {});
    if (w.wholeNeeded && w.problem.isEmpty()) {
        // What the backend said of its logs did not fit what is on disk: the state goes to
        // disk whole, and the changes' authors hear once it is there.
        qWarning("sync-console-sim: the journal's edits of the logs did not fit; the state "
                 "file is written whole");
        if (!w.record.isEmpty())
            ++m_seq;
        m_wholeFileNext = true;
        m_dirty = true;
        m_afterNextWrite = waiting + std::exchange(m_afterNextWrite, {});
        startWrite();
        return;
    }
    if (w.problem.isEmpty()) {
        m_backend->logEditsSaved();
        if (w.fileSize >= 0) {
            m_fileSize = w.fileSize;
            m_wholeFileNext = false;
        }
        if (w.journalRestarted && w.fileSize < 0)
            emit compacted();
        if (!w.record.isEmpty()) {
            ++m_seq;
            // Records the new file does not hold, until the journal starts over with them.
            if (m_compacting || m_journalRestartDue)
                m_sinceCompaction += w.record;
        }
        if (std::exchange(m_failing, false))
            emit saveRecovered();
        if (!m_compacting && !m_journalRestartDue && !m_wholeFileNext
            && m_journalSize
                > (m_compactionBytes > 0 ? m_compactionBytes
                                         : qMax(CompactionMinBytes, m_fileSize)))
            startCompaction();
    } else {
        // Back to what the files hold. The changes made since this write began were made on
        // top of the lost ones, so they go too, and their authors hear it as well.
        waiting += std::exchange(m_afterNextWrite, {});
        m_dirty = false;
        m_pendingSave.stop();
        // After a whole write the logs cannot tell what changed since the disk: read whole.
        m_backend->rollBack(m_onDisk, !w.whole);
        if (!std::exchange(m_failing, true))
            emit saveFailed(w.problem);
    }
    for (const auto &then : std::as_const(waiting))
        then(w.problem);
    if (m_dirty || m_journalRestartDue)
        startWrite();
}

void SimStateFile::startCompaction()
{
    m_compacting = true;
    m_sinceCompaction.clear();
    m_compactor.start([this, state = m_onDisk, seq = m_seq, path = m_path] {
        const QByteArray text = fileText(state, seq);
        const QString problem = m_diskWriter->write(path, text);
        const qint64 size = text.size();
        QMetaObject::invokeMethod(
            this, [this, problem, size] { compactionEnded(problem, size); }, Qt::QueuedConnection);
    });
}

void SimStateFile::compactionEnded(const QString &problem, qint64 size)
{
    m_compacting = false;
    if (!problem.isEmpty()) {
        // Nothing is lost: the old file and the whole journal still hold every change. The
        // next record tries again.
        m_sinceCompaction.clear();
        return;
    }
    m_fileSize = size;
    m_journalRestartDue = true;
    startWrite();
}
