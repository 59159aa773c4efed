#pragma once

#include <QByteArray>
#include <QString>

class SyncController;

// "Export State" of the Deployment Draft dialog: the app's state as the console holds it, laid
// out as an app export names its files (root_config.json, services/<service>/config.json),
// with the pending draft's changes beside them, as one indented JSON document. The Admin API's
// own export (a zip) is not called: this is what the console read, written without waiting.
class AppStateExport final
{
public:
    static QByteArray build(const SyncController &controller);
    // Writes build() to `path`; false with `problem` set when it could not.
    static bool write(const SyncController &controller, const QString &path, QString *problem);
};
