#include "SimStateFile.h"

#include "SimBackend.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

// Text and disk: the part of a save that may run on another thread.
QString write(const QString &path, const QJsonObject &state)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write the state file %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(state).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return QStringLiteral("cannot write the state file %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

SimStateFile::SimStateFile(SimBackend *backend, const QString &path, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_path(path)
{
    m_writer.setMaxThreadCount(1);
}

SimStateFile::~SimStateFile()
{
    m_writer.waitForDone();
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
    return Load::Loaded;
}

bool SimStateFile::save(QString *problem)
{
    *problem = write(m_path, m_backend->toJson());
    return problem->isEmpty();
}

void SimStateFile::watch()
{
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

void SimStateFile::whenSaved(std::function<void()> then)
{
    if (m_dirty)
        m_afterNextWrite.append(std::move(then));
    else if (m_writing)
        m_afterThisWrite.append(std::move(then));
    else
        then();
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
    const QJsonObject state = m_backend->toJson(); // values, shared with nobody who changes them
    m_writer.start([this, state, path = m_path] {
        const QString problem = write(path, state);
        QMetaObject::invokeMethod(
            this, [this, problem] { writeEnded(problem); }, Qt::QueuedConnection);
    });
}

void SimStateFile::writeEnded(const QString &problem)
{
    m_writing = false;
    if (!problem.isEmpty())
        emit saveFailed(problem);
    for (const auto &then : std::exchange(m_afterThisWrite, {}))
        then();
    if (m_dirty)
        startWrite();
}
