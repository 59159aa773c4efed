#include "ConsoleSettings.h"
#include "CtlOptions.h"
#include "CtlRun.h"
#include "CtlStdTerminal.h"
#include "KeychainSecretStore.h"
#include "Translations.h"

#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <memory>

int main(int argc, char *argv[])
{
    // The console's names: its settings, profiles, keychain entries and snapshots are shared.
    QCoreApplication::setApplicationName(QStringLiteral("sync-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("SyncConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    // A PDF needs fonts, so a QGuiApplication, on the offscreen platform: no display is needed
    // and none is touched. Every other command starts as a bare QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    if (CtlOptions::wantsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    const QStringList arguments = QCoreApplication::arguments();
    QString language = Translations::fromArguments(arguments);
    if (language.isEmpty())
        language = ConsoleSettings::load(QSettings()).language;
    Translations::install(Translations::resolve(language));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const CtlOptions options = CtlOptions::parse(arguments);
    if (options.exitNow) {
        (options.exitCode == 0 || options.json ? out : err) << options.text << Qt::endl;
        return options.exitCode;
    }
    QSettings settings;
    KeychainSecretStore keychain;
    CtlStdTerminal terminal;
    CtlRun run(options, &settings, &keychain, &terminal, &out, &err);
    QObject::connect(&run, &CtlRun::finished, application.get(),
        [app = application.get()](int code) {
            QTimer::singleShot(0, app, [code] { QCoreApplication::exit(code); });
        });
    run.start();
    return QCoreApplication::exec();
}
