#include "ConsoleApp.h"

#include "ActivityLog.h"
#include "AppPickerDialog.h"
#include "ConnectionDialog.h"
#include "ConsoleSession.h"
#include "DisplayTime.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "ResultBanner.h"
#include "ScenarioCatalog.h"
#include "SecretStore.h"
#include "SessionKeeper.h"
#include "SettingsDialog.h"
#include "SimulatorControlClient.h"
#include "SyncController.h"
#include "SyncLogModel.h"
#include "TrainingSession.h"
#include "Translations.h"
#include "UrlPolicy.h"

#include <QCryptographicHash>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>
#include <QUrl>

ConsoleApp::ConsoleApp(
    const ConsoleOptions &options, QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_profiles(settings)
    , m_preferences(ConsoleSettings::load(*settings))
{
    applySettings();
}

ConsoleApp::~ConsoleApp()
{
    m_window.reset();
    m_controller.reset();
    m_keeper.reset();
    m_session.reset();
}

ConnectionDialog *ConsoleApp::connectionDialog() const
{
    return m_connectionDialog;
}

bool ConsoleApp::scripted() const
{
    return !m_options.autoplay.isEmpty() || !m_options.captureDocsDir.isEmpty()
        || m_options.exitWhenDone;
}

QString ConsoleApp::activityPath(const QString &profileId) const
{
    const QByteArray id
        = QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/activity/") + QString::fromLatin1(id) + QStringLiteral(".jsonl");
}

void ConsoleApp::start()
{
    const QString envPublic = qEnvironmentVariable("MONGODB_ATLAS_PUBLIC_API_KEY");
    const QString envPrivate = qEnvironmentVariable("MONGODB_ATLAS_PRIVATE_API_KEY");
    if (!m_options.baseUrl.isEmpty()) {
        ConnectionProfile p;
        p.id = ConnectionProfile::commandLineId();
        p.name = tr("Command line");
        p.kind = ConnectionProfile::Kind::AppServices;
        p.baseUrl = m_options.baseUrl;
        p.publicKey = envPublic;
        p.groupId = m_options.groupId;
        return connectTo(p, envPrivate, false);
    }
    const auto last = m_profiles.profile(m_profiles.lastProfile());
    if (scripted() || m_options.scenarioGiven || !last) {
        ConnectionProfile p;
        p.id = ConnectionProfile::builtinSimulatorId();
        p.name = tr("Built-in simulator");
        p.scenario = !m_options.captureDocsDir.isEmpty() && !m_options.scenarioGiven
            ? QStringLiteral("partition")
            : m_options.scenario;
        const bool firstStart = !scripted() && m_profiles.profiles().isEmpty()
            && !m_settings->value(QStringLiteral("first_start_done")).toBool();
        connectTo(p, QString(), false);
        if (firstStart) {
            // The console opens on the simulator and offers, once, to connect elsewhere.
            m_settings->setValue(QStringLiteral("first_start_done"), true);
            connect(
                this, &ConsoleApp::appOpened, this, [this] { showConnectionDialog(); },
                Qt::SingleShotConnection);
        }
        return;
    }
    if (last->kind == ConnectionProfile::Kind::Simulator)
        return connectTo(*last, QString(), false);
    if (!envPrivate.isEmpty()) {
        ConnectionProfile p = *last;
        if (!envPublic.isEmpty())
            p.publicKey = envPublic;
        return connectTo(p, envPrivate, false);
    }
    m_secrets->read(last->id, this, [this, profile = *last](const SecretStore::Result &r) {
        if (r.ok && !r.secret.isEmpty())
            return connectTo(profile, r.secret, false);
        m_profile = profile;
        showConnectionDialog(r.unavailable
                ? r.problem
                : tr("Enter the private API key for \u201c%1\u201d.").arg(profile.name));
    });
}

void ConsoleApp::showConnectionDialog(const QString &message)
{
    if (m_connectionDialog)
        return m_connectionDialog->raise();
    auto *dialog = new ConnectionDialog(
        m_profiles.profiles(), Scenarios::names(), m_profile.id, m_window.get());
    m_connectionDialog = dialog;
    dialog->describeScenarios(TrainingSession::scenarioChoices());
    if (!message.isEmpty())
        dialog->showResult(message, false);
    connect(dialog, &ConnectionDialog::connectRequested, this,
        [this](const ConnectionProfile &p, const QString &key, bool save) {
            connectTo(p, key, save);
        });
    connect(dialog, &ConnectionDialog::testRequested, this,
        [this, dialog](const ConnectionProfile &p, const QString &key) {
            // A test is a connection that is not kept: sign in, list the apps, report.
            auto *probe = new ConsoleSession(dialog);
            connect(
                probe, &ConsoleSession::failed, dialog, [dialog, probe](const QString &message) {
                    dialog->showResult(message, false);
                    probe->deleteLater();
                });
            const auto report = [dialog, probe](int apps) {
                dialog->showResult(tr("Signed in: %n app(s) in the project.", nullptr, apps), true);
                probe->deleteLater();
            };
            connect(probe, &ConsoleSession::appChoiceNeeded, dialog,
                [report](
                    const QString &, const QList<AppSummary> &apps) { report(int(apps.size())); });
            connect(probe, &ConsoleSession::ready, dialog, [report] { report(1); });
            ConsoleSession::Target t;
            t.baseUrl = p.kind == ConnectionProfile::Kind::AppServices ? p.baseUrl : QString();
            t.publicKey = p.publicKey;
            t.privateKey = key.isEmpty() ? m_privateKey : key;
            t.groupId = p.groupId;
            t.scenario = p.scenario;
            t.chooseApp = true;
            probe->start(t);
        });
    dialog->open();
}

void ConsoleApp::connectTo(
    const ConnectionProfile &profile, const QString &privateKey, bool saveKey)
{
    if (profile.kind == ConnectionProfile::Kind::AppServices) {
        const QString problem = UrlPolicy::check(QUrl(profile.baseUrl));
        if (!problem.isEmpty()) {
            if (scripted() || !m_connectionDialog)
                return emit finished(1, problem);
            return m_connectionDialog->showResult(problem, false);
        }
    }
    const QString key
        = privateKey.isEmpty() && profile.id == m_profile.id ? m_privateKey : privateKey;
    auto session = std::make_unique<ConsoleSession>();
    auto log = std::make_unique<ActivityLog>();
    QString problem;
    if (!scripted() && !log->attachFile(activityPath(profile.id), &problem))
        QTextStream(stderr) << "sync-console: " << problem << Qt::endl;
    if (!log->notice().isEmpty())
        m_startupNotice = log->notice();
    ConsoleSession *raw = session.get();
    ActivityLog *rawLog = log.get();
    // The new connection replaces the old one only once it works; until then it is pending.
    m_pendingSession = std::move(session);
    m_pendingLog = std::move(log);
    connect(raw, &ConsoleSession::failed, this, [this, raw](const QString &message) {
        if (m_pendingSession.get() == raw) {
            m_pendingSession->deleteLater();
            (void)m_pendingSession.release();
            m_pendingLog.reset();
        }
        if (scripted())
            return emit finished(1, message);
        if (m_connectionDialog)
            return m_connectionDialog->showResult(message, false);
        showConnectionDialog(message);
    });
    const auto connected = [this, raw, profile, key, saveKey] {
        if (m_pendingSession.get() == raw) {
            m_window.reset(); // its controller talks to the session being replaced
            m_controller.reset();
            m_syncLogs.reset();
            m_keeper.reset();
            m_session = std::move(m_pendingSession);
            m_log = std::move(m_pendingLog);
        }
        m_profile = profile;
        m_privateKey = key;
        m_briefingDue = m_options.showBriefings && !scripted() && m_session->isSimulated();
        if (profile.kind == ConnectionProfile::Kind::AppServices
            || profile.id != ConnectionProfile::builtinSimulatorId()) {
            m_profiles.save(profile);
            m_profiles.setLastProfile(profile.id);
            if (saveKey && !key.isEmpty())
                m_secrets->write(profile.id, key, this, [this](const SecretStore::Result &r) {
                    if (r.ok)
                        return;
                    if (m_window)
                        m_window->banner()->showError(r.problem);
                    else
                        QTextStream(stderr) << "sync-console: " << r.problem << Qt::endl;
                });
        }
        if (m_connectionDialog)
            m_connectionDialog->accept();
    };
    connect(raw, &ConsoleSession::ready, this, [this, connected](const AppRef &app) {
        connected();
        openApp(app);
    });
    connect(raw, &ConsoleSession::appChoiceNeeded, this,
        [this, connected](const QString &groupId, const QList<AppSummary> &apps) {
            connected();
            chooseApp(groupId, apps);
        });

    ConsoleSession::Target t;
    t.baseUrl = profile.kind == ConnectionProfile::Kind::AppServices ? profile.baseUrl : QString();
    t.publicKey = profile.publicKey;
    t.privateKey = key;
    t.groupId = profile.groupId;
    t.app = m_options.app.isEmpty() ? profile.lastAppId : m_options.app;
    t.scenario = profile.scenario;
    t.chooseApp = !scripted() && profile.kind == ConnectionProfile::Kind::AppServices;
    raw->start(t);
    if (raw->client())
        connect(raw->client(), &AdminApiClient::callRecorded, rawLog, &ActivityLog::append);
}

void ConsoleApp::chooseApp(const QString &groupId, const QList<AppSummary> &apps)
{
    auto *picker = new AppPickerDialog(apps, m_profile.lastAppId, m_window.get());
    connect(picker, &AppPickerDialog::appChosen, this, [this, groupId](const QString &appId) {
        openApp({groupId, appId});
    });
    picker->open();
}

void ConsoleApp::showAppPicker()
{
    if (!m_session || !m_controller)
        return;
    const QString groupId = m_controller->appRef().groupId;
    m_session->client()->listApps(
        groupId, this, [this, groupId](const ApiResult<QList<AppSummary>> &r) {
            if (r.ok())
                chooseApp(groupId, r.value);
        });
}

void ConsoleApp::openApp(AppRef app)
{
    // By value: a caller may pass what the controller replaced below holds (Reset Scenario
    // passes the old controller's own AppRef).
    if (!m_session)
        return;
    m_profiles.setLastApp(m_profile.id, app.appId);
    m_profile.lastAppId = app.appId;
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    m_window.reset();
    m_controller = std::make_unique<SyncController>(m_session->client(), app, &m_snapshots);
    m_syncLogs = std::make_unique<SyncLogModel>(m_session->client(), app);
    m_simulatorControl.reset();
    if (m_session->isSimulated()) {
        m_simulatorControl = std::make_unique<SimulatorControlClient>(m_session->client());
        m_controller->setSimulatorControl(m_simulatorControl.get());
    }
    m_keeper = std::make_unique<SessionKeeper>(m_session->client(), m_session->publicKey());
    m_window = std::make_unique<MainWindow>(m_controller.get(), m_log.get());
    m_window->setSyncLogs(m_syncLogs.get());
    applySettings();
    m_window->setSessionKeeper(m_keeper.get(), m_session->builtinPrivateKey());
    connect(
        m_window.get(), &MainWindow::connectRequested, this, [this] { showConnectionDialog(); });
    connect(m_window.get(), &MainWindow::switchAppRequested, this, &ConsoleApp::showAppPicker);
    addSettingsAction();
    auto *training = new TrainingSession(m_window.get(), m_controller.get(), m_window.get());
    connect(training, &TrainingSession::scenarioChosen, this, &ConsoleApp::switchScenario);
    connect(training, &TrainingSession::resetRequested, this, &ConsoleApp::resetScenario);
    connect(training, &TrainingSession::finished, this, &ConsoleApp::finished);
    if (geometry.isEmpty())
        m_window->resize(1420, 760);
    else
        m_window->restoreGeometry(geometry);
    m_window->show();
    if (!m_startupNotice.isEmpty())
        m_window->banner()->showError(std::exchange(m_startupNotice, QString()));
    if (scripted())
        training->play({m_options.autoplay, m_options.autoplayDelayMs, m_options.captureDocsDir,
            m_options.exitWhenDone});
    m_controller->refresh();
    if (m_session->isSimulated())
        training->offerScenario(m_session->scenario(), m_briefingDue);
    if (std::exchange(m_briefingDue, false))
        training->showBriefing();
    emit appOpened();
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
        m_preferences = dialog->settings();
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
    if (m_window)
        m_window->setTerminateConfirmation(m_options.typeToConfirm || m_preferences.typeToConfirm
                ? TerminateDialog::Confirmation::TypePhrase
                : TerminateDialog::Confirmation::Checkbox);
}

void ConsoleApp::switchScenario(const QString &name)
{
    if (!m_session || !m_session->isSimulated() || !Scenarios::names().contains(name))
        return;
    ConnectionProfile p = m_profile;
    p.scenario = name;
    p.lastAppId.clear(); // another scenario, other apps
    connectTo(p, QString(), false);
}

void ConsoleApp::resetScenario()
{
    if (!m_session || !m_simulatorControl || !m_controller)
        return;
    m_simulatorControl->resetScenario(this, [this](const ApiResult<QString> &r) {
        if (!m_window || !m_controller)
            return;
        if (!r.ok())
            return m_window->banner()->showError(r.error.message());
        // Everything the console holds about the app is out of date: open it afresh.
        openApp(m_controller->appRef());
        m_window->statusBar()->showMessage(
            tr("The scenario \u201c%1\u201d is back at its start.").arg(Scenarios::title(r.value)),
            8000);
    });
}
