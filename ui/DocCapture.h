#pragma once

#include <QString>

class MainWindow;

// Writes what a person sees (the main window, and a modal dialog over the dimmed window) as a
// PNG, for the training figures of --capture-docs.
namespace DocCapture {

bool write(MainWindow *window, const QString &path, QString *problem);

} // namespace DocCapture
