#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QTimer>
#include <functional>

class SimBackend;

// Keeps a SimBackend's state in a JSON file across restarts. Every change is written
// atomically (QSaveFile): a crash leaves the old file or the new one, never half of one.
//
// Writing happens on a thread of its own, so that no reader waits behind the disk: the state is
// taken as JSON values on the backend's thread, and turned into text and written on the other.
// Changes that arrive while a write is under way go into the next one (a group commit): under
// load the file is rewritten back to back, never once per change. whenSaved() tells a change's
// author when it is on disk; SimServer holds the answer to a change until then.
class SimStateFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimStateFile)

public:
    SimStateFile(SimBackend *backend, const QString &path, QObject *parent = nullptr);
    ~SimStateFile() override; // waits for a write under way

    // Loads the file if it exists. On a problem the backend and the file are left as they
    // were and `problem` says, in words a user understands, what is wrong.
    enum class Load { Loaded, Missing, Failed };
    Load load(QString *problem);
    bool save(QString *problem);
    // Saves after every change a client makes from now on, and within DeviceSaveDelayMs of
    // what the devices do on their own.
    void watch();
    static constexpr int DeviceSaveDelayMs = 5000;
    // Calls `then` once every change made so far is on disk (or its write failed): at once when
    // nothing is waiting to be written. Only after watch().
    void whenSaved(std::function<void()> then);

signals:
    void saveFailed(const QString &problem);

private:
    void startWrite();
    void writeEnded(const QString &problem);

    SimBackend *m_backend;
    QString m_path;
    QTimer m_pendingSave;
    QThreadPool m_writer; // one thread
    bool m_dirty = false; // changes not yet in a write
    bool m_writing = false;
    bool m_writeQueued = false;
    QList<std::function<void()>> m_afterThisWrite;
    QList<std::function<void()>> m_afterNextWrite;
};
