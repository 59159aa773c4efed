#include "ConsoleApp.h"

#include "ActivityLog.h"
#include "AppPickerDialog.h"
#include "ClassroomClient.h"
#include "ClassroomModel.h"
#include "ClassroomView.h"
#include "ConnectionFlow.h"
#include "ConsoleSession.h"
#include "DisplayTime.h"
#include "GuidePanel.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "ResultBanner.h"
#include "ScenarioCatalog.h"
#include "SessionKeeper.h"
#include "SettingsDialog.h"
#include "SimulatorControlClient.h"
#include "SyncController.h"
#include "SyncLogModel.h"
#include "Theme.h"
#include "TrainingSession.h"
#include "Translations.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTextStream>
#include <algorithm>

ConsoleApp::ConsoleApp(
    const ConsoleOptions &options, QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_preferences(ConsoleSettings::load(*settings))
    , m_connection(std::make_unique<ConnectionFlow>(options, settings, secrets))
{
    applySettings();
    connect(m_connection.get(), &ConnectionFlow::replacing, this, &ConsoleApp::dropApp);
    connect(m_connection.get(), &ConnectionFlow::ready, this, [this](const AppRef &app) {
        m_briefingDue = m_options.showBriefings && !m_connection->scripted()
            && m_connection->session()->isSimulated();
        openApp(app, m_connection->session()->listedApp(app.appId));
    });
    connect(m_connection.get(), &ConnectionFlow::appChoiceNeeded, this,
        [this](const QString &groupId, const QList<AppSummary> &apps) {
            m_briefingDue = m_options.showBriefings && !m_connection->scripted()
                && m_connection->session()->isSimulated();
            chooseApp(groupId, apps);
        });
    connect(m_connection.get(), &ConnectionFlow::failed, this,
        [this](const QString &message) { emit finished(1, message); });
    connect(m_connection.get(), &ConnectionFlow::notice, this,
        [this](const QString &message) { m_startupNotice = message; });
    connect(m_connection.get(), &ConnectionFlow::problem, this, [this](const QString &message) {
        if (m_window)
            m_window->banner()->showError(message);
        else
            QTextStream(stderr) << "sync-console: " << message << Qt::endl;
    });
}

ConsoleApp::~ConsoleApp()
{
    dropApp();
    m_connection.reset();
}

void ConsoleApp::start()
{
    m_connection->start();
}

ActivityLog *ConsoleApp::activity() const
{
    return m_connection->activity();
}

ConnectionDialog *ConsoleApp::connectionDialog() const
{
    return m_connection->dialog();
}

const ConnectionProfile &ConsoleApp::profile() const
{
    return m_connection->profile();
}

void ConsoleApp::showConnectionDialog(const QString &message)
{
    m_connection->showDialog(m_window.get(), message);
}

// The window is about to be replaced (another scenario, Reset, another app): a Guide the
// trainer has open stays open in the next one.
void ConsoleApp::closeWindow()
{
    if (const GuidePanel *guide = GuidePanel::of(m_window.get()))
        m_guideOpen = guide->isVisible();
    m_classroomView.reset(); // the new window asks the server again
    m_classroomClient.reset();
    m_window.reset();
}

// The session these talk to is going away.
void ConsoleApp::dropApp()
{
    closeWindow();
    m_controller.reset();
    m_syncLogs.reset();
    m_keeper.reset();
    m_simulatorControl.reset();
}

void ConsoleApp::chooseApp(const QString &groupId, const QList<AppSummary> &apps)
{
    auto *picker = new AppPickerDialog(apps, profile().lastAppId, m_window.get());
    connect(picker, &AppPickerDialog::appChosen, this, [this, groupId, apps](const QString &appId) {
        const auto chosen = std::find_if(
            apps.cbegin(), apps.cend(), [&appId](const AppSummary &a) { return a.id == appId; });
        openApp({groupId, appId}, chosen != apps.cend() ? *chosen : AppSummary());
    });
    picker->open();
}

void ConsoleApp::showAppPicker()
{
    ConsoleSession *session = m_connection->session();
    if (!session || !m_controller)
        return;
    const QString groupId = m_controller->appRef().groupId;
    session->client()->listApps(
        groupId, this, [this, groupId](const ApiResult<QList<AppSummary>> &r) {
            if (r.ok())
                chooseApp(groupId, r.value);
        });
}

void ConsoleApp::openApp(AppRef app, AppSummary listed)
{
    // By value: a caller may pass what the controller replaced below holds (Reset Scenario
    // passes the old controller's own AppRef).
    ConsoleSession *session = m_connection->session();
    if (!session)
        return;
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    closeWindow();
    m_controller = std::make_unique<SyncController>(session->client(), app, &m_snapshots);
    m_controller->setListedApp(listed);
    m_syncLogs = std::make_unique<SyncLogModel>(session->client(), app);
    m_simulatorControl.reset();
    if (session->isSimulated()) {
        m_simulatorControl = std::make_unique<SimulatorControlClient>(session->client());
        m_controller->setSimulatorControl(m_simulatorControl.get());
        m_simulatorControl->readClock(this, {}); // Activity and the Guide on its clock
    }
    m_keeper = std::make_unique<SessionKeeper>(session->client(), session->publicKey());
    openWindow(geometry);
    m_connection->appOpened(app.appId, m_window.get());
    emit appOpened();
}

void ConsoleApp::openWindow(const QByteArray &geometry)
{
    ConsoleSession *session = m_connection->session();
    m_window = std::make_unique<MainWindow>(m_controller.get(), m_connection->activity());
    m_window->setSyncLogs(m_syncLogs.get());
    applySettings();
    m_window->setSessionKeeper(m_keeper.get(), session->builtinPrivateKey());
    connect(
        m_window.get(), &MainWindow::connectRequested, this, [this] { showConnectionDialog(); });
    connect(m_window.get(), &MainWindow::switchAppRequested, this, &ConsoleApp::showAppPicker);
    connect(m_window.get(), &MainWindow::presenterScaleRequested, this, [this](int percent) {
        m_preferences.presenterScale = percent;
        m_preferences.save(m_settings);
        applySettings();
    });
    addSettingsAction();
    auto *training = new TrainingSession(m_window.get(), m_controller.get(), m_window.get());
    connect(training, &TrainingSession::scenarioChosen, this, &ConsoleApp::switchScenario);
    connect(training, &TrainingSession::resetRequested, this, &ConsoleApp::resetScenario);
    connect(training, &TrainingSession::finished, this, &ConsoleApp::finished);
    if (m_options.captureDocsDir.isEmpty())
        m_window->placeFirst(geometry);
    else // the figures are the reference pictures' size, whatever the (offscreen) screen's
        m_window->resize(MainWindow::firstSize(QSize()));
    m_window->setPresenterScale(m_preferences.presenterScale); // scaled up: the whole screen
    m_window->show();
    if (!m_startupNotice.isEmpty())
        m_window->banner()->showError(std::exchange(m_startupNotice, QString()));
    if (m_connection->scripted())
        training->play({m_options.autoplay, m_options.autoplayDelayMs, m_options.captureDocsDir,
            m_options.exitWhenDone});
    m_controller->refresh();
    const bool keepGuide = std::exchange(m_guideOpen, false);
    if (session->isSimulated())
        training->offerScenario(session->scenario(), m_briefingDue || keepGuide);
    if (keepGuide)
        training->guide()->show();
    if (std::exchange(m_briefingDue, false))
        training->showBriefing();
    offerClassroom();
    // Showing the window posts layout requests (a combo box's, each shown child's); left in the
    // queue they were handled after the first paint and moved the page by a few pixels, so the
    // whole window was painted twice. Settled now, before the first paint (as DocCapture does).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

// A classroom simulator (sync-console-sim --classroom N) answers GET /_sim/classroom on
// loopback, and from another machine to the instructor's token (the main key pair's); then
// View ▸ Classroom opens the instructor's view. Asked of every server once per session, with
// the session's token: one GET that a server that is no classroom (or a seat's token, 403)
// answers with an error. Never of the real service (mongodb.com), whose Activity shows only
// the user's calls. Not of the built-in
// simulator, which is never a classroom.
void ConsoleApp::offerClassroom()
{
    ConsoleSession *session = m_connection->session();
    if (!session || session->isSimulated() || m_classroomClient)
        return;
    if (!m_options.classroomView
        && !ClassroomClient::mayBeClassroom(QUrl(m_connection->profile().baseUrl)))
        return;
    m_classroomClient = std::make_unique<ClassroomClient>(session->client());
    m_classroomClient->seats(this, [this](const ApiResult<ClassroomState> &r) {
        if (!r.ok() || !m_window || !m_classroomClient) {
            if (m_options.classroomView && m_window)
                m_window->banner()->showError(
                    tr("This server is not a classroom simulator: %1").arg(r.error.message()));
            return;
        }
        m_classroomView = std::make_unique<ClassroomView>(m_classroomClient.get());
        m_classroomView->model()->setState(r.value);
        QAction *action = m_window->viewMenu()->addAction(
            tr("&Classroom…"), this, &ConsoleApp::showClassroom);
        action->setObjectName(ObjectName::classroomAction);
        emit classroomFound();
        if (m_options.classroomView)
            showClassroom();
    });
}

void ConsoleApp::showClassroom()
{
    if (!m_classroomView)
        return;
    m_classroomView->show();
    m_classroomView->raise();
    m_classroomView->activateWindow();
}

void ConsoleApp::addSettingsAction()
{
    auto *connection = m_window->menuBar()->findChild<QMenu *>(ObjectName::connectionMenu);
    if (!connection)
        return;
    connection->addSeparator();
    QAction *settings = connection->addAction(tr("&Settings…"), this, &ConsoleApp::showSettings);
    settings->setObjectName(ObjectName::settingsAction);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
}

void ConsoleApp::showSettings()
{
    if (!m_window)
        return;
    auto *dialog = new SettingsDialog(
        m_preferences, Translations::available(), Translations::current(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int presenterScale = m_preferences.presenterScale; // not the dialog's to change
        const UiGeneration before = m_preferences.uiGeneration;
        m_preferences = dialog->settings();
        m_preferences.presenterScale = presenterScale;
        if (m_preferences.uiGeneration != before)
            m_options.uiGeneration.reset(); // chosen now: it outranks --ui from here on
        m_preferences.save(m_settings);
        applySettings();
    });
    dialog->open();
}

// --capture-docs keeps the documented dates of the reference figures, and --type-to-confirm
// overrides the saved confirmation for this run.
void ConsoleApp::applySettings()
{
    DisplayTime::setStyle(m_options.captureDocsDir.isEmpty() ? m_preferences.dateStyle
                                                             : DisplayTime::Style::Documented);
    if (m_controller)
        m_controller->setPollIntervalMs(m_preferences.deploymentPollMs);
    if (m_syncLogs)
        m_syncLogs->setFollowIntervalMs(m_preferences.logFollowMs);
    if (Theme::scalePercent() != m_preferences.presenterScale)
        Theme::apply(*qApp, m_preferences.presenterScale);
    if (m_window)
        m_window->setPresenterScale(m_preferences.presenterScale);
    // The procedures autoplay and doc capture play are those of the classic page; --ui says
    // otherwise for this run, and the 2023 figures switch generation themselves.
    const bool scripted = !m_options.autoplay.isEmpty() || !m_options.captureDocsDir.isEmpty();
    if (m_window)
        m_window->setUiGeneration(m_options.uiGeneration.value_or(
            scripted ? UiGeneration::Classic2021 : m_preferences.uiGeneration));
    if (m_window)
        m_window->setTerminateConfirmation(m_options.typeToConfirm || m_preferences.typeToConfirm
                ? TerminateDialog::Confirmation::TypePhrase
                : TerminateDialog::Confirmation::Checkbox);
}

void ConsoleApp::switchScenario(const QString &name)
{
    ConsoleSession *session = m_connection->session();
    if (!session || !session->isSimulated() || !Scenarios::names().contains(name))
        return;
    m_connection->switchScenario(name);
}

void ConsoleApp::resetScenario()
{
    if (!m_simulatorControl || !m_controller)
        return;
    m_simulatorControl->resetScenario(this, [this](const ApiResult<QString> &r) {
        if (!m_window || !m_controller)
            return;
        if (r.error.hasCode(ApiErrorCode::NoScenarioStart))
            return m_window->banner()->showError(
                tr("This simulator has no scenario start to go back to."));
        if (!r.ok())
            return m_window->banner()->showError(r.error.message());
        // Everything the console holds about the app is out of date: open it afresh.
        openApp(m_controller->appRef());
        m_window->statusBar()->showMessage(
            tr("The scenario \u201c%1\u201d is back at its start.").arg(Scenarios::title(r.value)),
            8000);
    });
}
