#pragma once

#include "ConfigLayout.h"

#include <QByteArray>
#include <QString>

class SyncController;

// "Export State" of the Deployment Draft dialog: the app's state as the console holds it, its
// files named and filled as the app's export lays them out, with the pending draft's changes
// beside them, as one indented JSON document ({"files": {path: content}, "draft": ...}). The
// layout is the one the draft's diff shows (ConfigLayouts::fromDiffs); with no diff to tell,
// the newer one, which the service exports today. The Admin API's own export (a zip) is not
// called: this is what the console read, written without waiting.
class AppStateExport final
{
public:
    static QByteArray build(const SyncController &controller);
    // The layout build() writes.
    static ConfigLayout layoutOf(const SyncController &controller);
    // Writes build() to `path`; false with `problem` set when it could not.
    static bool write(const SyncController &controller, const QString &path, QString *problem);
};
