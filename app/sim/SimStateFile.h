#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class SimBackend;

// Keeps a SimBackend's state in a JSON file across restarts. Every change is written
// atomically (QSaveFile): a crash leaves the old file or the new one, never half of one.
class SimStateFile final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimStateFile)

public:
    SimStateFile(SimBackend *backend, const QString &path, QObject *parent = nullptr);

    // Loads the file if it exists. On a problem the backend and the file are left as they
    // were and `problem` says, in words a user understands, what is wrong.
    enum class Load { Loaded, Missing, Failed };
    Load load(QString *problem);
    bool save(QString *problem);
    // Saves after every change a client makes from now on, and within DeviceSaveDelayMs of
    // what the devices do on their own.
    void watch();
    static constexpr int DeviceSaveDelayMs = 5000;

signals:
    void saveFailed(const QString &problem);

private:
    SimBackend *m_backend;
    QString m_path;
    QTimer m_pendingSave;
};
