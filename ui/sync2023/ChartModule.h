#pragma once

#include <QString>
#include <QStringList>

class ChartPlotter;

// The charts module (ui/charts, linking Qt Charts), loaded with QPluginLoader the first time a
// Dashboard chart is built, so that a console that never shows the 2023 Dashboard never maps
// Qt Charts. It is looked for beside the program's libraries as installed
// (<bindir>/../<libdir>/sync-console, which is also where the build tree puts it), then in the
// program's own folder.
class ChartModule final
{
public:
    ChartModule() = delete;

    // The module's plotter, loaded on the first call; null when it could not be loaded.
    static const ChartPlotter *plotter();
    // Why the module could not be loaded (empty when it was).
    static QString error();
    // Where it is looked for, in order.
    static QStringList candidates();
};
