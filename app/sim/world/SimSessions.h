#pragma once

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

// The simulator's admin sessions: one accepted API key pair, access tokens that expire,
// refresh tokens that renew them until the session is deleted. Sessions live in memory only:
// a restarted simulator asks everyone to sign in again, and no token reaches the state file.
//
// The tables stay bounded however many logins a room (or a script) makes: at most
// MaxSessions sessions, the least recently used one ending first, and each session keeps
// its latest MaxAccessTokens access tokens, dropping those that have expired (but its newest,
// so that a client holding it hears "expired" rather than "unknown").
class SimSessions final
{
public:
    enum class Check { Valid, Expired, Unknown };
    static constexpr int MaxSessions = 1024;
    static constexpr int MaxAccessTokens = 4;

    struct Issued
    {
        QString accessToken;
        QString refreshToken;
    };

    void setApiKey(const QString &publicKey, const QString &privateKey);
    QString publicKey() const { return m_publicKey; }
    QString privateKey() const { return m_privateKey; }
    void setAccessTokenLifetime(int seconds) { m_lifetimeSeconds = seconds; }
    int accessTokenLifetime() const { return m_lifetimeSeconds; }
    QString userId() const { return m_userId; }
    // The user id of another admin of the project, whose drafts and deployments drills show.
    static QString otherAdminUserId() { return QStringLiteral("5f0c1a2b3c4d5e6f70819277"); }

    // Empty tokens when the key pair is not the accepted one.
    Issued login(const QString &publicKey, const QString &privateKey, const QDateTime &now);
    Check checkAccess(const QString &token, const QDateTime &now) const;
    // A new access token for a known refresh token; empty otherwise.
    QString refresh(const QString &refreshToken, const QDateTime &now);
    // Ends the session: its refresh token and its access tokens.
    bool remove(const QString &refreshToken);
    bool isRefreshToken(const QString &token) const { return m_sessions.contains(token); }
    // For drills and tests that end sessions from the server's side.
    QStringList refreshTokensForTests() const { return m_sessions.keys(); }
    // The access tokens still known, for tests that look for them where they must not be.
    QStringList accessTokensForTests() const { return m_accessTokens.keys(); }
    // Makes every access token expired at once, for drills and tests of session renewal.
    void expireAccessTokens();
    int sessionCount() const { return int(m_sessions.size()); }
    int accessTokenCount() const { return int(m_accessTokens.size()); }

private:
    QString m_publicKey;
    QString m_privateKey;
    QString m_userId = QStringLiteral("5f0c1a2b3c4d5e6f70819203");
    int m_lifetimeSeconds = 30 * 60;
    struct Session
    {
        QStringList accessTokens; // the oldest first
        quint64 lastUse = 0; // its key in m_byUse
    };
    struct Access
    {
        QDateTime expiry;
        QString refreshToken; // its session
    };

    QString issueAccessToken(const QString &refreshToken, Session &session, const QDateTime &now);
    void touch(const QString &refreshToken, Session &session);
    void end(const QString &refreshToken);

    QHash<QString, Access> m_accessTokens;
    QHash<QString, Session> m_sessions; // by refresh token
    QMap<quint64, QString> m_byUse; // refresh tokens, the least recently used first
    quint64 m_uses = 0;
};
