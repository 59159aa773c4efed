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
    const QString refreshToken = randomToken(32);
    Session &session = m_sessions[refreshToken];
    touch(refreshToken, session);
    const Issued issued {issueAccessToken(refreshToken, session, now), refreshToken};
    while (m_sessions.size() > MaxSessions)
        end(m_byUse.first());
    return issued;
}

QString SimSessions::issueAccessToken(
    const QString &refreshToken, Session &session, const QDateTime &now)
{
    const QString token = randomToken(32);
    m_accessTokens.insert(token, {now.addSecs(m_lifetimeSeconds), refreshToken});
    session.accessTokens.append(token);
    // The expired ones go, and past the limit the oldest, but never the one just issued.
    for (qsizetype i = 0; i + 1 < session.accessTokens.size();) {
        const QString &old = session.accessTokens[i];
        if (session.accessTokens.size() > MaxAccessTokens
            || m_accessTokens.value(old).expiry <= now) {
            m_accessTokens.remove(old);
            session.accessTokens.removeAt(i);
        } else {
            ++i;
        }
    }
    return token;
}

void SimSessions::touch(const QString &refreshToken, Session &session)
{
    if (session.lastUse != 0)
        m_byUse.remove(session.lastUse);
    session.lastUse = ++m_uses;
    m_byUse.insert(session.lastUse, refreshToken);
}

void SimSessions::end(const QString &refreshToken)
{
    const auto it = m_sessions.find(refreshToken);
    if (it == m_sessions.end())
        return;
    for (const QString &token : std::as_const(it->accessTokens))
        m_accessTokens.remove(token);
    m_byUse.remove(it->lastUse);
    m_sessions.erase(it);
}

SimSessions::Check SimSessions::checkAccess(const QString &token, const QDateTime &now) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.constEnd())
        return Check::Unknown;
    return it->expiry > now ? Check::Valid : Check::Expired;
}

QString SimSessions::refresh(const QString &refreshToken, const QDateTime &now)
{
    const auto it = m_sessions.find(refreshToken);
    if (it == m_sessions.end())
        return {};
    touch(refreshToken, *it);
    return issueAccessToken(refreshToken, *it, now);
}

bool SimSessions::remove(const QString &refreshToken)
{
    if (!m_sessions.contains(refreshToken))
        return false;
    end(refreshToken);
    return true;
}

void SimSessions::expireAccessTokens()
{
    const QDateTime past = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    for (auto it = m_accessTokens.begin(); it != m_accessTokens.end(); ++it)
        it->expiry = past;
}
