#include "ChartModule.h"

#include "ChartPlotter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

namespace {
struct Loaded
{
    const ChartPlotter *plotter = nullptr;
    QString error;
};

Loaded load()
{
    Loaded loaded;
    const QStringList candidates = ChartModule::candidates();
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: the charts it made live as long as their page.
        QPluginLoader loader(path);
        QObject *instance = loader.instance();
        if (const ChartPlotter *plotter = qobject_cast<ChartPlotter *>(instance)) {
            loaded.plotter = plotter;
            return loaded;
        }
        loaded.error = instance
            ? QCoreApplication::translate("ChartModule", "%1 is not a charts module").arg(path)
            : loader.errorString();
        return loaded;
    }
    loaded.error = QCoreApplication::translate("ChartModule", "not found in %1")
                       .arg(candidates.join(QStringLiteral(", ")));
    return loaded;
}

const Loaded &loaded()
{
    static const Loaded module = [] {
        Loaded l = load();
        if (!l.plotter) // a packaging defect: the install checks look for this line
            qWarning("sync-console: the charts module could not be loaded: %s", qPrintable(l.error));
        return l;
    }();
    return module;
}
} // namespace

const ChartPlotter *ChartModule::plotter()
{
    return loaded().plotter;
}

QString ChartModule::error()
{
    return loaded().error;
}

QStringList ChartModule::candidates()
{
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral(SYNC_CONSOLE_CHARTS_MODULE);
    return {QDir::cleanPath(bin.filePath(QStringLiteral(SYNC_CONSOLE_MODULE_DIR) + u'/' + name)),
        bin.filePath(name)};
}
