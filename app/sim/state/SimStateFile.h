#pragma once

#include "SimStateWriter.h"

#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class SimBackend;

// Keeps a SimBackend's state across restarts in a JSON file and its journal beside it
// (FILE.journal). The file holds the whole state as it was at some moment; the journal, the
// changes since, each one appended and on disk (fsync) before it counts as saved, so that a
// change costs what it changed, not the whole state. When the journal outgrows the file (or
// CompactionMinBytes) the state is written whole again on a thread of its own (a temporary
// file, fsync, rename) and the journal starts over; a crash at any point leaves a file and a
// journal that load to every change acknowledged. See docs/simulator.md for the format.
//
// Writing happens on a thread of its own, so that no reader waits behind the disk: the state is
// taken as JSON values on the backend's thread, and compared, turned into text and written on
// the other. Changes that arrive while a write is under way go into the next one (a group
// commit). whenSaved() tells a change's author when it is on disk; SimServer holds the answer
// to a change until then.
//
// A write that fails (a full disk, a read-only one) must not leave the simulator serving what
// is not on disk: the backend goes back to the state last written, the authors of the changes
// undone hear that theirs were not saved, and saveFailed() says so once until a write succeeds
// again (saveRecovered()). Rolling back keeps the rule simple: what is served is what a restart
// would load, and every later change tries the disk again.
class SimStateFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimStateFile)

public:
    // The most a state file or its journal may hold; a larger one is refused unread.
    static constexpr qint64 MaxFileBytes = qint64(256) << 20;
    // The journal is folded into the file once it is larger than the file and than this.
    static constexpr qint64 CompactionMinBytes = qint64(4) << 20;

    // `writer`: how the text gets to disk; QSaveFile and fsync when none is given.
    SimStateFile(SimBackend *backend, const QString &path, QObject *parent = nullptr,
        std::unique_ptr<SimStateWriter> writer = {});
    ~SimStateFile() override; // waits for the writes under way

    QString journalPath() const { return m_journalPath; }

    // Takes FILE.lock, so that no second simulator writes the same file and loses the first
    // one's acknowledged changes; held until this object goes. A lock left by a process that is
    // gone is taken over. On LockFailedError another process holds it: `pid` and `host` say
    // which (0 and empty when it cannot be told).
    QLockFile::LockError lock(qint64 *pid, QString *host);

    // Loads the file and its journal if the file exists. On a problem the backend and both
    // files are left as they were and `problem` says, in one sentence a user understands,
    // which file and what is wrong with it. Only regular files are read (a pipe, device or
    // directory is refused without opening it), at most MaxFileBytes each.
    enum class Load { Loaded, Missing, Failed };
    Load load(QString *problem);
    // Writes the whole state to the file and empties the journal, on the calling thread.
    bool save(QString *problem);
    // Saves after every change a client makes from now on, and within DeviceSaveDelayMs of
    // what the devices do on their own. What the backend holds now counts as on disk unless
    // load() or save() said what is (and then the first write is the whole file).
    void watch();
    static constexpr int DeviceSaveDelayMs = 5000;
    // Calls `then` once every change made so far is on disk, with an empty problem, or once
    // its write failed and it was undone, with what went wrong: at once when nothing is waiting
    // to be written. Only after watch().
    void whenSaved(std::function<void(const QString &problem)> then);
    bool failing() const { return m_failing; }
    // The journal is folded into the file once larger than this, whatever the file's size
    // (tests make it small).
    void setCompactionBytes(qint64 bytes) { m_compactionBytes = bytes; }

signals:
    // The first failed write since the last one that succeeded, with what went wrong.
    void saveFailed(const QString &problem);
    // A write succeeded after saveFailed().
    void saveRecovered();
    // The journal was folded into a new state file (tests wait for it).
    void compacted();

private:
    struct Written;
    void startWrite();
    void writeEnded(Written written);
    void startCompaction();
    void compactionEnded(const QString &problem, qint64 size);

    SimBackend *m_backend;
    QString m_path;
    QString m_journalPath;
    QLockFile m_lock;
    std::unique_ptr<SimStateWriter> m_diskWriter; // used on m_writer's and m_compactor's threads
    // What the state file and journal hold, to go back to when a write fails; with the writer
    // while a write is under way.
    QJsonObject m_onDisk;
    quint64 m_seq = 0; // the last journal record on disk (or the file's, when none follows)
    qint64 m_journalSize = 0; // the journal's bytes up to its last whole record
    qint64 m_fileSize = 0;
    qint64 m_compactionBytes = 0; // 0: the larger of the file and CompactionMinBytes
    bool m_wholeFileNext = true; // no file holds the state yet: the next write is the file
    bool m_failing = false;
    QTimer m_pendingSave;
    QThreadPool m_writer; // one thread
    QThreadPool m_compactor; // one thread
    bool m_compacting = false;
    bool m_journalRestartDue = false; // a new file was written: the journal starts over
    QByteArray m_sinceCompaction; // the records appended since the compacted state was taken
    bool m_dirty = false; // changes not yet in a write
    bool m_writing = false;
    bool m_writeQueued = false;
    using Then = std::function<void(const QString &problem)>;
    QList<Then> m_afterThisWrite;
    QList<Then> m_afterNextWrite;
};
