#include "SimStateFile.h"

#include "SimBackend.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

SimStateFile::SimStateFile(SimBackend *backend, const QString &path, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_path(path)
{ }

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
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *problem
            = QStringLiteral("cannot write the state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    file.write(QJsonDocument(m_backend->toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *problem
            = QStringLiteral("cannot write the state file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

void SimStateFile::watch()
{
    const auto saveNow = [this] {
        m_pendingSave.stop();
        QString problem;
        if (!save(&problem))
            emit saveFailed(problem);
    };
    // A client's change is on disk before its answer goes out; what the devices do on their
    // own is saved at most every few seconds (the whole state, logs included, is rewritten).
    connect(m_backend, &SimBackend::changed, this, saveNow);
    m_pendingSave.setSingleShot(true);
    m_pendingSave.setInterval(DeviceSaveDelayMs);
    connect(&m_pendingSave, &QTimer::timeout, this, saveNow);
    connect(m_backend, &SimBackend::devicesStepped, this, [this] {
        if (!m_pendingSave.isActive())
            m_pendingSave.start();
    });
}
