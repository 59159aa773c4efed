#include "ConsoleSession.h"

#include "ApiCall.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
{ }

ConsoleSession::~ConsoleSession()
{
    m_client.reset(); // its calls go before the server they talk to
}

void ConsoleSession::start(const Target &target)
{
    Target t = target;
    if (t.baseUrl.isEmpty()) {
        m_backend = std::make_unique<SimBackend>();
        m_backend->sessions().setApiKey(SimDefaults::publicKey(), SimDefaults::privateKey());
        if (t.frozenClockAt >= 0)
            m_backend->freezeClock(t.frozenClockAt);
        const QString scenario = t.scenario.isEmpty() ? Scenarios::defaultName() : t.scenario;
        if (Scenarios::load(scenario, *m_backend))
            m_scenario = scenario;
        m_server = std::make_unique<SimServer>(m_backend.get());
        if (!m_server->start(QHostAddress::LocalHost, 0)) {
            emit failed(tr("The built-in simulator could not listen on the loopback interface."));
            return;
        }
        t.baseUrl = m_server->baseUrl().toString();
        t.publicKey = SimDefaults::publicKey();
        t.privateKey = SimDefaults::privateKey();
    } else if (t.publicKey.isEmpty() || t.privateKey.isEmpty()) {
        emit failed(tr("Set MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY to the "
                       "API key pair "
                       "for %1.")
                        .arg(t.baseUrl));
        return;
    }
    m_publicKey = t.publicKey;
    m_client = std::make_unique<AdminApiClient>(&m_network, QUrl(t.baseUrl));
    m_client->setPinnedCertificate(t.pinnedCertificate);
    m_client->login(t.publicKey, t.privateKey, this, [this, t](const ApiResult<AuthTokens> &r) {
        if (r.error.kind == ApiError::Kind::CertificateUntrusted
            || r.error.kind == ApiError::Kind::CertificateChanged)
            emit certificateRefused(r.error.detail, m_client->pinnedCertificate());
        if (!r.ok())
            return emit failed(tr("Signing in to %1 failed: %2").arg(t.baseUrl, r.error.message()));
        if (!t.groupId.isEmpty())
            return pickApp(t.groupId, t.app, t.chooseApp);
        m_client->profile(this, [this, t](const ApiResult<AdminProfile> &p) {
            if (!p.ok())
                return emit failed(tr("Reading your profile failed: %1").arg(p.error.message()));
            if (p.value.groupIds.isEmpty())
                return emit failed(
                    tr("Your API key holds no project role; give the project id with --group."));
            pickApp(p.value.groupIds.first(), t.app, t.chooseApp);
        });
    });
}

QString ConsoleSession::builtinPrivateKey() const
{
    return isSimulated() ? SimDefaults::privateKey() : QString();
}

AppSummary ConsoleSession::listedApp(const QString &appId) const
{
    for (const AppSummary &a : m_listedApps)
        if (a.id == appId)
            return a;
    return {};
}

void ConsoleSession::pickApp(const QString &groupId, const QString &wanted, bool choose)
{
    m_client->listApps(
        groupId, this, [this, groupId, wanted, choose](const ApiResult<QList<AppSummary>> &r) {
            if (!r.ok())
                return emit failed(tr("Listing the apps of project %1 failed: %2")
                                       .arg(groupId, r.error.message()));
            m_listedApps = r.value;
            for (const AppSummary &a : r.value)
                if ((wanted.isEmpty() && !choose) || a.id == wanted || a.clientAppId == wanted
                    || a.name == wanted)
                    return emit ready({groupId, a.id});
            if (choose && !r.value.isEmpty())
                return emit appChoiceNeeded(groupId, r.value);
            // Another scenario has other apps: the one remembered from the last is not there.
            if (isSimulated() && !r.value.isEmpty())
                return emit ready({groupId, r.value.first().id});
            emit failed(wanted.isEmpty()
                    ? tr("Project %1 has no apps.").arg(groupId)
                    : tr("Project %1 has no app \u201c%2\u201d.").arg(groupId, wanted));
        });
}
