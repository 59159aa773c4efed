#include "SimStateFile.h"

#include "SimBackend.h"

#include <QFile>
#include <QJsonDocument>

namespace {

QByteArray text(const QJsonObject &state)
{
    return QJsonDocument(state).toJson(QJsonDocument::Indented);
}

} // namespace

SimStateFile::SimStateFile(SimBackend *backend, const QString &path, QObject *parent,
    std::unique_ptr<SimStateWriter> writer)
    : QObject(parent)
    , m_backend(backend)
    , m_path(path)
    , m_lock(path + QStringLiteral(".lock"))
    , m_diskWriter(writer ? std::move(writer) : SimStateWriter::saveFile())
{
    m_writer.setMaxThreadCount(1);
}

SimStateFile::~SimStateFile()
{
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
    QFile file(m_path);
    if (!file.exists())
        return Load::Missing;
    if (!file.open(QIODevice::ReadOnly)) {
        *problem
            = QStringLiteral("cannot read the state file %1: %2").arg(m_path, file.errorString());
        return Load::Failed;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem
            = QStringLiteral("the state file %1 is damaged (%2 at byte %3); it was left as it is")
                  .arg(m_path,
                      error.error != QJsonParseError::NoError ? error.errorString()
                                                              : QStringLiteral("not a JSON object"))
                  .arg(error.offset);
        return Load::Failed;
    }
    QString why;
    if (!m_backend->restore(document.object(), &why)) {
        *problem = QStringLiteral("the state file %1 cannot be used: %2; it was left as it is")
                       .arg(m_path, why);
        return Load::Failed;
    }
    m_onDisk = m_backend->toJson();
    return Load::Loaded;
}

bool SimStateFile::save(QString *problem)
{
    const QJsonObject state = m_backend->toJson();
    *problem = m_diskWriter->write(m_path, text(state));
    if (!problem->isEmpty())
        return false;
    m_onDisk = state;
    return true;
}

void SimStateFile::watch()
{
    if (m_onDisk.isEmpty())
        m_onDisk = m_backend->toJson();
    // What the devices do on their own is saved at most every few seconds (the whole state,
    // logs included, is rewritten); a client's change at once, and its answer waits for it.
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
    if (m_writing || !m_dirty)
        return; // the write under way ends by starting the next one
    m_pendingSave.stop(); // this write holds what the devices did, too
    m_dirty = false;
    m_writing = true;
    m_afterThisWrite = std::exchange(m_afterNextWrite, {});
    m_inWrite = m_backend->toJson(); // values, shared with nobody who changes them
    m_writer.start([this, state = m_inWrite, path = m_path] {
        const QString problem = m_diskWriter->write(path, text(state));
        QMetaObject::invokeMethod(
            this, [this, problem] { writeEnded(problem); }, Qt::QueuedConnection);
    });
}

void SimStateFile::writeEnded(const QString &problem)
{
    m_writing = false;
    QList<Then> waiting = std::exchange(m_afterThisWrite, {});
    if (problem.isEmpty()) {
        m_onDisk = std::exchange(m_inWrite, {});
        if (std::exchange(m_failing, false))
            emit saveRecovered();
    } else {
        // Back to what the file holds. The changes made since this write began were made on
        // top of the lost ones, so they go too, and their authors hear it as well.
        m_inWrite = {};
        waiting += std::exchange(m_afterNextWrite, {});
        m_dirty = false;
        m_pendingSave.stop();
        QString unused;
        m_backend->restore(m_onDisk, &unused); // it was the backend's own state, so it restores
        if (!std::exchange(m_failing, true))
            emit saveFailed(problem);
    }
    for (const auto &then : std::as_const(waiting))
        then(problem);
    if (m_dirty)
        startWrite();
}
