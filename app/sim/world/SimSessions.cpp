#include "SimSessions.h"

#include <QRandomGenerator>

namespace {
QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(raw.begin(), raw.end());
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

void SimSessions::setApiKey(const QString &publicKey, const QString &privateKey)
{
    m_publicKey = publicKey;
    m_privateKey = privateKey;
}

SimSessions::Issued SimSessions::login(
    const QString &publicKey, const QString &privateKey, const QDateTime &now)
{
    if (publicKey != m_publicKey || privateKey != m_privateKey || m_publicKey.isEmpty())
        return {};
    Issued issued {randomToken(32), randomToken(32)};
    m_accessTokens.insert(issued.accessToken, now.addSecs(m_lifetimeSeconds));
    m_refreshTokens.insert(issued.refreshToken, randomToken(12));
    return issued;
}

SimSessions::Check SimSessions::checkAccess(const QString &token, const QDateTime &now) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd())
        return Check::Unknown;
    return it.value() > now ? Check::Valid : Check::Expired;
}

QString SimSessions::refresh(const QString &refreshToken, const QDateTime &now)
{
    if (!m_refreshTokens.contains(refreshToken))
        return {};
    // Forget tokens that expired long ago, so a long-running training room stays small.
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end();)
        it = it.value().secsTo(now) > 24 * 3600 ? m_accessTokens.erase(it) : std::next(it);
    const QString token = randomToken(32);
    m_accessTokens.insert(token, now.addSecs(m_lifetimeSeconds));
    return token;
}

bool SimSessions::remove(const QString &refreshToken)
{
    return m_refreshTokens.remove(refreshToken) > 0;
}

void SimSessions::expireAccessTokens()
{
    const QDateTime past = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it.value() = past;
}
