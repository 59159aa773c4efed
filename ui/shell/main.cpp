#include "ConsoleApp.h"
#include "ConsoleOptions.h"
#include "ConsoleSettings.h"
#include "KeychainSecretStore.h"
#include "PrivateFiles.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
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
    QCoreApplication::setApplicationName(QStringLiteral("sync-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("SyncConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QTextStream out(stdout);
    QTextStream err(stderr);

    // The command line first, under an application that needs no display: --help, --version
    // and option errors answer over ssh. The window's application comes after.
    // The language: --lang, else the one chosen in Settings, else the system's. Help and
    // option errors speak it already.
    QStringList arguments;
    ConsoleOptions options;
    QString language;
    QString damagedSettings;
    QString settingsAside;
    {
        QCoreApplication parsing(argc, argv);
        arguments = QCoreApplication::arguments();
        // The settings come first: one that cannot be read is set aside before anything
        // reads it.
        {
            QSettings probe;
            (void)probe.value(QStringLiteral("last_profile"));
            if (probe.status() == QSettings::FormatError) {
                damagedSettings = probe.fileName();
                settingsAside = PrivateFiles::setAside(damagedSettings);
            }
        }
        QString wanted = Translations::fromArguments(arguments);
        if (wanted.isEmpty())
            wanted = ConsoleSettings::load(QSettings()).language;
        language = Translations::resolve(wanted);
        Translations::install(language);
        options = ConsoleOptions::parse(arguments);
    }
    if (options.exitNow) {
        (options.exitCode == 0 ? out : err) << options.text << Qt::endl;
        return options.exitCode;
    }
    prepareForCapture(argc, argv);
    bool platformGiven = false;
    ConsoleOptions::withoutQtOptions(arguments, &platformGiven);
    if (!platformGiven && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        err << QCoreApplication::translate("main",
            "sync-console: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are "
            "unset). Start it in a desktop session, under xvfb-run, or with "
            "QT_QPA_PLATFORM=offscreen for scripted runs such as --autoplay terminate "
            "--exit-when-done.")
            << Qt::endl;
        return 1;
    }

    QApplication application(argc, argv);
    Translations::install(language);
    Theme::apply(application);
    if (!options.captureDocsDir.isEmpty() && !QDir().mkpath(options.captureDocsDir)) {
        err << QApplication::translate("main", "sync-console: cannot create %1")
                   .arg(options.captureDocsDir)
            << Qt::endl;
        return 1;
    }

    // A settings file that could not be read was set aside: say so, and start afresh.
    QString settingsProblem;
    if (!damagedSettings.isEmpty()) {
        settingsProblem = settingsAside.isEmpty()
            ? QApplication::translate("main",
                "The settings file %1 is damaged and could not be read or moved; the "
                "console starts with default settings.")
                  .arg(damagedSettings)
            : QApplication::translate("main",
                "The settings file was damaged and could not be read; it was set aside as "
                "%1, and the console starts with default settings.")
                  .arg(settingsAside);
        err << "sync-console: " << settingsProblem << Qt::endl;
    }
    QSettings settings;
    KeychainSecretStore keychain;
    ConsoleApp console(options, &settings, &keychain);
    console.setStartupNotice(settingsProblem);
    QObject::connect(
        &console, &ConsoleApp::finished, &application, [&err](int code, const QString &message) {
            if (!message.isEmpty())
                err << "sync-console: " << message << Qt::endl;
            QTimer::singleShot(0, qApp, [code] { QApplication::exit(code); });
        });
    console.start();
    return QApplication::exec();
}
