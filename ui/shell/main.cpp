#include "ConsoleApp.h"
#include "ConsoleOptions.h"
#include "ConsoleSettings.h"
#include "FontDatabaseWarmUp.h"
#include "KeychainSecretStore.h"
#include "PrivateFiles.h"
#include "Theme.h"
#include "Translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <ctime>

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

// What main() knows before the window's application exists.
struct Launch
{
    QStringList arguments;
    ConsoleOptions options;
    QString language;
    QString damagedSettings; // a settings file that could not be read...
    QString settingsAside; // ...and where it was set aside, if it could be moved
};

// The command line first, under an application that needs no display: --help, --version and
// option errors answer over ssh. The language: --lang, else the one chosen in Settings, else
// the system's; help and option errors speak it already.
Launch readCommandLine(int argc, char *argv[])
{
    Launch launch;
    QCoreApplication parsing(argc, argv);
    launch.arguments = QCoreApplication::arguments();
    // The settings come first: one that cannot be read is set aside before anything reads it.
    {
        QSettings probe;
        (void)probe.value(QStringLiteral("last_profile"));
        if (probe.status() == QSettings::FormatError) {
            launch.damagedSettings = probe.fileName();
            launch.settingsAside = PrivateFiles::setAside(launch.damagedSettings);
        }
    }
    QString wanted = Translations::fromArguments(launch.arguments);
    if (wanted.isEmpty())
        wanted = ConsoleSettings::load(QSettings()).language;
    launch.language = Translations::resolve(wanted);
    Translations::install(launch.language);
    launch.options = ConsoleOptions::parse(launch.arguments);
    return launch;
}

// A window needs a display, unless -platform or QT_QPA_PLATFORM names one that does not.
bool displayAvailable(const QStringList &arguments)
{
    bool platformGiven = false;
    ConsoleOptions::withoutQtOptions(arguments, &platformGiven);
    return platformGiven || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// A settings file that could not be read was set aside: what to tell the user.
QString settingsProblem(const Launch &launch)
{
    if (launch.damagedSettings.isEmpty())
        return {};
    return launch.settingsAside.isEmpty()
        ? QApplication::translate("main",
            "The settings file %1 is damaged and could not be read or moved; the console "
            "starts with default settings.")
              .arg(launch.damagedSettings)
        : QApplication::translate("main",
            "The settings file was damaged and could not be read; it was set aside as %1, and "
            "the console starts with default settings.")
              .arg(launch.settingsAside);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("sync-console"));
    QCoreApplication::setOrganizationName(QStringLiteral("SyncConsole"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QTextStream err(stderr);
    const Launch launch = readCommandLine(argc, argv);
    const ConsoleOptions &options = launch.options;
    if (options.exitNow) {
        QTextStream(options.exitCode == 0 ? stdout : stderr) << options.text << Qt::endl;
        return options.exitCode;
    }
    prepareForCapture(argc, argv);
    if (!displayAvailable(launch.arguments)) {
        err << QCoreApplication::translate("main",
            "sync-console: no display to open a window on (DISPLAY and WAYLAND_DISPLAY are "
            "unset). Start it in a desktop session, under xvfb-run, or with "
            "QT_QPA_PLATFORM=offscreen for scripted runs such as --autoplay terminate "
            "--exit-when-done.")
            << Qt::endl;
        return 1;
    }

    QApplication application(argc, argv);
    const FontDatabaseWarmUp fonts(Theme::font()); // read on another core while it signs in
    Translations::install(launch.language);
    Theme::apply(application);
    if (!options.captureDocsDir.isEmpty() && !QDir().mkpath(options.captureDocsDir)) {
        err << QApplication::translate("main", "sync-console: cannot create %1")
                   .arg(options.captureDocsDir)
            << Qt::endl;
        return 1;
    }
    const QString problem = settingsProblem(launch);
    if (!problem.isEmpty())
        err << "sync-console: " << problem << Qt::endl;
    QSettings settings;
    KeychainSecretStore keychain;
    ConsoleApp console(options, &settings, &keychain);
    console.setStartupNotice(problem);
    QObject::connect(
        &console, &ConsoleApp::finished, &application, [&err](int code, const QString &message) {
            if (!message.isEmpty())
                err << "sync-console: " << message << Qt::endl;
            QTimer::singleShot(0, qApp, [code] {
                // bench_startup's second figure: the time the window stands painted with the
                // first load's data, before the teardown. That paint's update request is
                // still queued here (posted at low priority, it is handled after this timer,
                // before the event loop ends): handled first, so that the mark follows it.
                if (qEnvironmentVariableIsSet("SYNC_CONSOLE_PAINTED_MARK")) {
                    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
                    timespec now {};
                    clock_gettime(CLOCK_MONOTONIC, &now);
                    std::printf("painted %lld\n", qint64(now.tv_sec) * 1000000000 + now.tv_nsec);
                    std::fflush(stdout);
                }
                QApplication::exit(code);
            });
        });
    console.start();
    return QApplication::exec();
}
