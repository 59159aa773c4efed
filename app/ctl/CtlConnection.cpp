#include "CtlConnection.h"

#include "ConsoleSession.h"
#include "CtlExit.h"
#include "CtlOptions.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "UrlPolicy.h"

#include <QSettings>
#include <QUrl>

CtlConnection::CtlConnection(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_session(new ConsoleSession(this))
{
    connect(m_session, &ConsoleSession::ready, this, &CtlConnection::ready);
    connect(m_session, &ConsoleSession::failed, this,
        [this](const QString &message) { emit failed(message, CtlExit::Unreachable); });
}

CtlConnection::~CtlConnection() = default;

AdminApiClient *CtlConnection::client() const
{
    return m_session->client();
}

bool CtlConnection::isSimulated() const
{
    return m_session->isSimulated();
}

void CtlConnection::start(const CtlOptions &o)
{
    const QString envPublic = qEnvironmentVariable("MONGODB_ATLAS_PUBLIC_API_KEY");
    const QString envPrivate = qEnvironmentVariable("MONGODB_ATLAS_PRIVATE_API_KEY");
    if (!o.baseUrl.isEmpty())
        return open(o.baseUrl, envPublic, envPrivate, o.groupId, o.app, QString(), o.pin);
    const ProfileStore profiles(m_settings);
    std::optional<ConnectionProfile> profile;
    if (!o.profile.isEmpty()) {
        profile = profiles.profile(o.profile);
        if (!profile)
            return emit failed(tr("There is no connection profile \u201c%1\u201d.").arg(o.profile),
                CtlExit::Usage);
    } else if (!o.scenarioGiven) {
        profile = profiles.profile(profiles.lastProfile());
    }
    if (!profile || profile->kind == ConnectionProfile::Kind::Simulator) {
        const QString scenario = o.scenarioGiven || !profile ? o.scenario : profile->scenario;
        return open(QString(), QString(), QString(), QString(), o.app, scenario);
    }
    const QString group = o.groupId.isEmpty() ? profile->groupId : o.groupId;
    const QString app = o.app.isEmpty() ? profile->lastAppId : o.app;
    const QString publicKey = envPublic.isEmpty() ? profile->publicKey : envPublic;
    const QString pin = o.pin.isEmpty() ? profile->pinnedCertificate : o.pin;
    if (!envPrivate.isEmpty())
        return open(profile->baseUrl, publicKey, envPrivate, group, app, QString(), pin);
    m_secrets->read(profile->id, this,
        [this, profile = *profile, publicKey, group, app, pin](const SecretStore::Result &r) {
            if (!r.ok || r.secret.isEmpty())
                return emit failed(r.unavailable || !r.problem.isEmpty()
                        ? r.problem
                        : tr("No private API key is saved for \u201c%1\u201d; set "
                             "MONGODB_ATLAS_PRIVATE_API_KEY.")
                              .arg(profile.name),
                    CtlExit::Unreachable);
            open(profile.baseUrl, publicKey, r.secret, group, app, QString(), pin);
        });
}

void CtlConnection::open(const QString &baseUrl, const QString &publicKey,
    const QString &privateKey, const QString &groupId, const QString &app, const QString &scenario,
    const QString &pin)
{
    if (!baseUrl.isEmpty()) {
        const QString problem = UrlPolicy::check(QUrl(baseUrl));
        if (!problem.isEmpty())
            return emit failed(problem, CtlExit::Unreachable);
    }
    ConsoleSession::Target t;
    t.baseUrl = baseUrl;
    t.publicKey = publicKey;
    t.privateKey = privateKey;
    t.groupId = groupId;
    t.app = app;
    t.scenario = scenario;
    t.pinnedCertificate = pin;
    m_where = baseUrl.isEmpty() ? QStringLiteral("built-in simulator") : baseUrl;
    m_session->start(t);
}
