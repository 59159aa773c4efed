#include "Autoplay.h"
#include "ConsoleOptions.h"
#include "ConsoleSession.h"
#include "DocCapture.h"
#include "MainWindow.h"
#include "SyncController.h"
#include "SyncSnapshotStore.h"
#include "Theme.h"

#include <QApplication>
#include <QDir>
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

const char *figureFor(const QString &step)
{
    if (step == QLatin1String("click-terminate-sync-button"))
        return "click-terminate-sync-button.png";
    if (step == QLatin1String("terminate-sync-model"))
        return "terminate-sync-model.png";
    if (step == QLatin1String("terminating-sync-review-and-deploy"))
        return "terminating-sync-review-and-deploy.png";
    if (step == QLatin1String("terminating-sync-deploy-button"))
        return "terminating-sync-deploy-button.png";
    if (step == QLatin1String("terminating-sync-deployment-successful"))
        return "terminating-sync-deployment-successful.png";
    return nullptr;
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
    const bool capturing = !options.captureDocsDir.isEmpty();
    if (capturing && !QDir().mkpath(options.captureDocsDir)) {
        err << QApplication::translate("main", "sync-console: cannot create %1")
                   .arg(options.captureDocsDir)
            << Qt::endl;
        return 1;
    }

    ConsoleSession session;
    SyncSnapshotStore snapshots;
    std::unique_ptr<SyncController> controller;
    std::unique_ptr<MainWindow> window;
    const auto quitWith = [&err](int code, const QString &message) {
        if (!message.isEmpty())
            err << "sync-console: " << message << Qt::endl;
        QTimer::singleShot(0, qApp, [code] { QApplication::exit(code); });
    };

    QObject::connect(&session, &ConsoleSession::failed, &application,
        [&](const QString &message) { quitWith(1, message); });
    QObject::connect(
        &session, &ConsoleSession::ready, &application, [&](const ApiRequests::AppRef &app) {
            controller = std::make_unique<SyncController>(session.client(), app, &snapshots);
            controller->setDevicesFromSimulator(session.isSimulated());
            window = std::make_unique<MainWindow>(controller.get());
            window->setTerminateConfirmation(options.typeToConfirm
                    ? TerminateDialog::Confirmation::TypePhrase
                    : TerminateDialog::Confirmation::Checkbox);
            window->resize(1420, 760);
            window->show();

            const QString procedure = capturing ? QStringLiteral("terminate") : options.autoplay;
            if (!procedure.isEmpty()) {
                // Play once the page shows the server's state.
                auto started = std::make_shared<bool>(false);
                QObject::connect(controller.get(), &SyncController::changed, window.get(),
                    [&, procedure, started] {
                        if (*started || !controller->isLoaded()
                            || controller->activity() != SyncController::Activity::Idle)
                            return;
                        *started = true;
                        auto *autoplay = new Autoplay(window.get(), controller.get(),
                            Autoplay::fromName(procedure), window.get());
                        autoplay->setDelayMs(capturing ? 150 : options.autoplayDelayMs);
                        autoplay->setHighlight(!capturing);
                        if (capturing)
                            autoplay->setBeforeStep([&](const QString &step) {
                                if (const char *figure = figureFor(step)) {
                                    QString problem;
                                    const QString path = QDir(options.captureDocsDir)
                                                             .filePath(QString::fromLatin1(figure));
                                    if (DocCapture::write(window.get(), path, &problem))
                                        out << path << Qt::endl;
                                    else
                                        err << "sync-console: " << problem << Qt::endl;
                                }
                            });
                        QObject::connect(autoplay, &Autoplay::finished, window.get(),
                            [&](bool ok, const QString &message) {
                                if (ok && (options.exitWhenDone || capturing))
                                    quitWith(0, QString());
                                else if (!ok && (options.exitWhenDone || capturing))
                                    quitWith(1, message);
                                else if (!ok)
                                    err << "sync-console: " << message << Qt::endl;
                            });
                        autoplay->start();
                    });
            }
            controller->refresh();
        });

    ConsoleSession::Target target;
    target.baseUrl = options.baseUrl;
    target.publicKey = qEnvironmentVariable("MONGODB_ATLAS_PUBLIC_API_KEY");
    target.privateKey = qEnvironmentVariable("MONGODB_ATLAS_PRIVATE_API_KEY");
    target.groupId = options.groupId;
    target.app = options.app;
    target.scenario
        = capturing && !options.scenarioGiven ? QStringLiteral("partition") : options.scenario;
    session.start(target);
    const int code = QApplication::exec();
    window.reset();
    controller.reset();
    return code;
}
