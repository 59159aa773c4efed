#include "ConnectionFlow.h"

#include "ActivityLog.h"
#include "ConnectionDialog.h"
#include "ConsoleSession.h"
#include "DocCapture.h"
#include "ScenarioCatalog.h"
#include "SecretStore.h"
#include "TrainingSession.h"
#include "UrlPolicy.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>
#include <QUrl>

namespace {

ConsoleSession::Target targetOf(const ConnectionProfile &profile, const QString &key)
{
    ConsoleSession::Target t;
    t.baseUrl = profile.kind == ConnectionProfile::Kind::AppServices ? profile.baseUrl : QString();
    t.publicKey = profile.publicKey;
    t.privateKey = key;
    t.groupId = profile.groupId;
    t.scenario = profile.scenario;
    t.pinnedCertificate = t.baseUrl.isEmpty() ? QString() : profile.pinnedCertificate;
    return t;
}

} // namespace

ConnectionFlow::ConnectionFlow(
    const ConsoleOptions &options, QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_profiles(settings)
{ }

ConnectionFlow::~ConnectionFlow() = default;

bool ConnectionFlow::scripted() const
{
    return !m_options.autoplay.isEmpty() || !m_options.captureDocsDir.isEmpty()
        || m_options.exitWhenDone;
}

QString ConnectionFlow::activityPath(const QString &profileId) const
{
    const QByteArray id
        = QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/activity/") + QString::fromLatin1(id) + QStringLiteral(".jsonl");
}

void ConnectionFlow::start()
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
        // The console opens on the simulator and offers, once, to connect elsewhere.
        // A scenario asked for on the command line is where the user wants to be: the
        // dialog would only cover its briefing.
        const bool firstStart = !scripted() && m_profiles.profiles().isEmpty()
            && !m_settings->value(QStringLiteral("first_start_done")).toBool();
        m_offerDialog = firstStart && !m_options.scenarioGiven;
        if (firstStart)
            m_settings->setValue(QStringLiteral("first_start_done"), true);
        return connectTo(p, QString(), false);
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
        showDialog(m_window,
            r.unavailable ? r.problem
                          : tr("Enter the private API key for \u201c%1\u201d.").arg(profile.name));
    });
}

void ConnectionFlow::appOpened(const QString &appId, QWidget *window)
{
    m_window = window;
    // Written (and synced to disk) only when it changed, and never for the built-in simulator:
    // its profile is not stored, so nothing reads its last app (each start opens the scenario's
    // first). A first start on it wrote it and waited for two fdatasync on the GUI thread,
    // which the embedded simulator's first answers waited for.
    const bool builtin = m_profile.kind != ConnectionProfile::Kind::AppServices
        && m_profile.id == ConnectionProfile::builtinSimulatorId(); // as saveProfile() skips it
    if (appId != m_profile.lastAppId && !builtin)
        m_profiles.setLastApp(m_profile.id, appId);
    m_profile.lastAppId = appId;
    if (std::exchange(m_offerDialog, false))
        showDialog(window);
}

void ConnectionFlow::switchScenario(const QString &name)
{
    ConnectionProfile p = m_profile;
    p.scenario = name;
    p.lastAppId.clear(); // another scenario, other apps
    connectTo(p, QString(), false);
}

void ConnectionFlow::showDialog(QWidget *parent, const QString &message)
{
    if (m_dialog)
        return m_dialog->raise();
    auto *dialog
        = new ConnectionDialog(m_profiles.profiles(), Scenarios::names(), m_profile.id, parent);
    m_dialog = dialog;
    dialog->describeScenarios(TrainingSession::scenarioChoices());
    // The scenario running now, not the list's first: Connect must not switch it unasked.
    if (m_profile.kind == ConnectionProfile::Kind::Simulator && !m_profile.scenario.isEmpty())
        dialog->setScenario(m_profile.scenario);
    if (!message.isEmpty())
        dialog->showResult(message, false);
    connect(dialog, &ConnectionDialog::connectRequested, this,
        [this](const ConnectionProfile &p, const QString &key, bool save) {
            connectTo(p, key, save);
        });
    connect(dialog, &ConnectionDialog::testRequested, this,
        [this, dialog](const ConnectionProfile &p, const QString &key) { test(dialog, p, key); });
    dialog->open();
}

// A test is a connection that is not kept: sign in, list the apps, report.
void ConnectionFlow::test(
    ConnectionDialog *dialog, const ConnectionProfile &profile, const QString &key)
{
    auto *probe = new ConsoleSession(dialog);
    connect(probe, &ConsoleSession::certificateRefused, dialog,
        [dialog](const QString &presented, const QString &pinned) {
            dialog->askToTrust(presented, !pinned.isEmpty());
        });
    connect(probe, &ConsoleSession::failed, dialog, [dialog, probe](const QString &message) {
        dialog->showResult(message, false);
        probe->deleteLater();
    });
    const auto report = [dialog, probe](int apps) {
        dialog->showResult(tr("Signed in: %n app(s) in the project.", nullptr, apps), true);
        probe->deleteLater();
    };
    connect(probe, &ConsoleSession::appChoiceNeeded, dialog,
        [report](const QString &, const QList<AppSummary> &apps) { report(int(apps.size())); });
    connect(probe, &ConsoleSession::ready, dialog, [report] { report(1); });
    ConsoleSession::Target t = targetOf(profile, key.isEmpty() ? m_privateKey : key);
    t.chooseApp = true;
    probe->start(t);
}

void ConnectionFlow::refuse(const QString &message)
{
    const auto certificate = std::exchange(m_refusedCertificate, std::nullopt);
    if (scripted())
        return emit failed(message);
    const auto refused = std::exchange(m_attempt, std::nullopt);
    if (m_dialog) {
        m_dialog->showResult(message, false);
    } else {
        showDialog(m_window, message);
        // A connection the user did not pick in the dialog (the command line's): the dialog
        // offers that server again, not the one it would open on.
        if (m_dialog && refused && refused->first.kind == ConnectionProfile::Kind::AppServices
            && !m_profiles.profile(refused->first.id))
            m_dialog->fillIn(refused->first, refused->second);
    }
    // Trust on first use: the dialog shows the fingerprint and asks.
    if (m_dialog && certificate)
        m_dialog->askToTrust(certificate->first, certificate->second);
}

void ConnectionFlow::connectTo(
    const ConnectionProfile &profile, const QString &privateKey, bool saveKey)
{
    if (profile.kind == ConnectionProfile::Kind::AppServices) {
        const QString problem = UrlPolicy::check(QUrl(profile.baseUrl));
        if (!problem.isEmpty()) {
            if (scripted() || !m_dialog)
                return emit failed(problem);
            return m_dialog->showResult(problem, false);
        }
    }
    const QString key
        = privateKey.isEmpty() && profile.id == m_profile.id ? m_privateKey : privateKey;
    auto log = std::make_unique<ActivityLog>();
    QString problem;
    if (!scripted() && !log->attachFile(activityPath(profile.id), &problem))
        QTextStream(stderr) << "sync-console: " << problem << Qt::endl;
    if (!log->notice().isEmpty())
        emit notice(log->notice());
    // The new connection replaces the old one only once it works; until then it is pending.
    m_pendingSession = std::make_unique<ConsoleSession>();
    m_pendingLog = std::move(log);
    ConsoleSession *raw = m_pendingSession.get();
    m_attempt = std::make_pair(profile, key);
    connect(raw, &ConsoleSession::certificateRefused, this,
        [this](const QString &presented, const QString &pinned) {
            m_refusedCertificate = std::make_pair(presented, !pinned.isEmpty());
        });
    connect(raw, &ConsoleSession::failed, this, [this, raw](const QString &message) {
        if (m_pendingSession.get() == raw) {
            m_pendingSession->deleteLater();
            (void)m_pendingSession.release();
            m_pendingLog.reset();
        }
        refuse(message);
    });
    connect(
        raw, &ConsoleSession::ready, this, [this, raw, profile, key, saveKey](const AppRef &app) {
            adopt(raw, profile, key, saveKey);
            emit ready(app);
        });
    connect(raw, &ConsoleSession::appChoiceNeeded, this,
        [this, raw, profile, key, saveKey](const QString &groupId, const QList<AppSummary> &apps) {
            adopt(raw, profile, key, saveKey);
            emit appChoiceNeeded(groupId, apps);
        });
    ConsoleSession::Target t = targetOf(profile, key);
    t.app = m_options.app.isEmpty() ? profile.lastAppId : m_options.app;
    t.chooseApp = !scripted() && profile.kind == ConnectionProfile::Kind::AppServices;
    // The figures show the reference figures' moment, 07/15/2021 15:04:37 UTC, on every run.
    if (!m_options.captureDocsDir.isEmpty())
        t.frozenClockAt = DocCapture::ReferenceMoment;
    raw->start(t);
    if (raw->client())
        connect(
            raw->client(), &AdminApiClient::callRecorded, m_pendingLog.get(), &ActivityLog::append);
}

// The pending session works: it becomes the current one.
void ConnectionFlow::adopt(
    ConsoleSession *session, const ConnectionProfile &profile, const QString &key, bool saveKey)
{
    m_attempt.reset();
    if (m_pendingSession.get() == session) {
        emit replacing();
        m_session = std::move(m_pendingSession);
        m_log = std::move(m_pendingLog);
    }
    m_profile = profile;
    m_privateKey = key;
    saveProfile(profile, key, saveKey);
    if (m_dialog)
        m_dialog->accept();
}

void ConnectionFlow::saveProfile(const ConnectionProfile &profile, const QString &key, bool saveKey)
{
    if (profile.kind != ConnectionProfile::Kind::AppServices
        && profile.id == ConnectionProfile::builtinSimulatorId())
        return;
    // Each save is synced to disk (two fdatasync on the GUI thread): a profile reopened as it
    // was stored, and already the last one, has nothing to write.
    if (m_profiles.profile(profile.id) != profile || m_profiles.lastProfile() != profile.id) {
        m_profiles.save(profile);
        m_profiles.setLastProfile(profile.id);
    }
    if (saveKey && !key.isEmpty())
        m_secrets->write(profile.id, key, this, [this](const SecretStore::Result &r) {
            if (!r.ok)
                emit problem(r.problem);
        });
}
