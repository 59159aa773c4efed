#include "SessionKeeper.h"

#include "AdminApiClient.h"
#include "ApiCall.h"

SessionKeeper::SessionKeeper(AdminApiClient *client, const QString &publicKey, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_publicKey(publicKey)
{
    connect(
        client, &AdminApiClient::sessionExpired, this, [this] { emit signInNeeded(m_publicKey); });
}

void SessionKeeper::signIn(const QString &privateKey)
{
    if (!m_client)
        return;
    m_client->login(m_publicKey, privateKey, this, [this](const ApiResult<AuthTokens> &r) {
        if (r.ok())
            emit signedIn();
        else
            emit signInFailed(r.error);
    });
}

void SessionKeeper::signOut()
{
    if (!m_client)
        return;
    m_client->logout(this, [this](const ApiResult<Done> &) { emit signedOut(); });
}
