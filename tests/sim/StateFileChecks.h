#pragma once

#include "SimBackend.h"
#include "SimStateFile.h"

#include <QJsonObject>
#include <QString>
#include <QTest>
#include <optional>

// What the state file tests ask of the files: their contents as a restart loads them, and
// whether the changes made so far reached the disk.
namespace StateFileChecks {

// Loads the files at `path` into a backend of its own, as a restart does.
inline std::optional<QJsonObject> loaded(const QString &path, QString *problem)
{
    SimBackend backend;
    backend.setDeviceTickMs(0);
    SimStateFile file(&backend, path);
    if (file.load(problem) != SimStateFile::Load::Loaded)
        return std::nullopt;
    return backend.toJson();
}

// True once every change so far is on disk; false when its write failed (or after 20 s).
inline bool saved(SimStateFile &file)
{
    bool done = false;
    QString heard = QStringLiteral("nothing");
    file.whenSaved([&](const QString &problem) {
        done = true;
        heard = problem;
    });
    return QTest::qWaitFor([&] { return done; }, 20000) && heard.isEmpty();
}

} // namespace StateFileChecks
