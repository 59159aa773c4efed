#pragma once

#include "SyncConfig.h"

#include <QList>
#include <QString>

struct SimApp;

// The app's configuration files as `realm-cli pull` writes them, for the draft diff:
// services/<name>/config.json and, for newer apps, sync/config.json. Keys come in the order
// the real files use, four-space indented.
namespace ConfigFiles {

struct File
{
    QString path;
    QString text; // empty when the file does not exist
};

QList<File> render(const SimApp &app, const SyncConfig &sync);
// One unified diff per file that differs between the two configs, as GET .../diff answers.
QStringList diff(const SimApp &app, const SyncConfig &from, const SyncConfig &to);
// The same, of files rendered already: a pure function, safe on any thread.
QStringList diff(const QList<File> &before, const QList<File> &after);

} // namespace ConfigFiles
