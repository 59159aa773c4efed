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

class SimBackend;

// Keeps a SimBackend's state in a JSON file across restarts. Every change is written
// atomically (QSaveFile): a crash leaves the old file or the new one, never half of one.
//
// Writing happens on a thread of its own, so that no reader waits behind the disk: the state is
// taken as JSON values on the backend's thread, and turned into text and written on the other.
// Changes that arrive while a write is under way go into the next one (a group commit): under
// load the file is rewritten back to back, never once per change. whenSaved() tells a change's
// author when it is on disk; SimServer holds the answer to a change until then.
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
    // `writer`: how the text gets to disk; QSaveFile when none is given.
    SimStateFile(SimBackend *backend, const QString &path, QObject *parent = nullptr,
        std::unique_ptr<SimStateWriter> writer = {});
    ~SimStateFile() override; // waits for a write under way

    // Takes FILE.lock, so that no second simulator writes the same file and loses the first
    // one's acknowledged changes; held until this object goes. A lock left by a process that is
    // gone is taken over. On LockFailedError another process holds it: `pid` and `host` say
    // which (0 and empty when it cannot be told).
    QLockFile::LockError lock(qint64 *pid, QString *host);

    // Loads the file if it exists. On a problem the backend and the file are left as they
    // were and `problem` says, in words a user understands, what is wrong.
    enum class Load { Loaded, Missing, Failed };
    Load load(QString *problem);
    bool save(QString *problem);
    // Saves after every change a client makes from now on, and within DeviceSaveDelayMs of
    // what the devices do on their own. What the backend holds now counts as on disk unless
    // load() or save() said what is.
    void watch();
    static constexpr int DeviceSaveDelayMs = 5000;
    // Calls `then` once every change made so far is on disk, with an empty problem, or once
    // its write failed and it was undone, with what went wrong: at once when nothing is waiting
    // to be written. Only after watch().
    void whenSaved(std::function<void(const QString &problem)> then);
    bool failing() const { return m_failing; }

signals:
    // The first failed write since the last one that succeeded, with what went wrong.
    void saveFailed(const QString &problem);
    // A write succeeded after saveFailed().
    void saveRecovered();

private:
    void startWrite();
    void writeEnded(const QString &problem);

    SimBackend *m_backend;
    QString m_path;
    QLockFile m_lock;
    std::unique_ptr<SimStateWriter> m_diskWriter; // used on m_writer's thread only
    QJsonObject m_onDisk; // the state the file holds, to go back to when a write fails
    QJsonObject m_inWrite; // the state the write under way puts there
    bool m_failing = false;
    QTimer m_pendingSave;
    QThreadPool m_writer; // one thread
    bool m_dirty = false; // changes not yet in a write
    bool m_writing = false;
    bool m_writeQueued = false;
    using Then = std::function<void(const QString &problem)>;
    QList<Then> m_afterThisWrite;
    QList<Then> m_afterNextWrite;
};
