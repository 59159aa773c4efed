#include "ConsoleApp.h"
#include "ConsoleOptions.h"
#include "KeychainSecretStore.h"
#include "Theme.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {
// The figures are taken offscreen at the reference pictures' scale, whatever the display.
void prepareForCapture(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "--capture-docs") == 0
            || qstrncmp(argv[i], "--capture-docs=", 15) == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            if (qEnvironmentVariableIsEmpty("QT_SCALE_FACTOR"))
                qputenv("QT_SCALE_FACTOR", "1.5");
        }
}
} // namespace

int main(int argc, char *argv[])
{
    prepareForCapture(argc, argv);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("sync-console"));
    QApplication::setOrganizationName(QStringLiteral("SyncConsole"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);

    const ConsoleOptions options = ConsoleOptions::parse(QApplication::arguments());
    if (options.exitNow) {
        (options.exitCode == 0 ? out : err) << options.text << Qt::endl;
        return options.exitCode;
    }
    Theme::apply(application);
    if (!options.captureDocsDir.isEmpty() && !QDir().mkpath(options.captureDocsDir)) {
        err << QApplication::translate("main", "sync-console: cannot create %1")
                   .arg(options.captureDocsDir)
            << Qt::endl;
        return 1;
    }

    QSettings settings;
    KeychainSecretStore keychain;
    ConsoleApp console(options, &settings, &keychain);
    QObject::connect(
        &console, &ConsoleApp::finished, &application, [&err](int code, const QString &message) {
            if (!message.isEmpty())
                err << "sync-console: " << message << Qt::endl;
            QTimer::singleShot(0, qApp, [code] { QApplication::exit(code); });
        });
    console.start();
    return QApplication::exec();
}
