#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

// The simulator's admin sessions: one accepted API key pair, access tokens that expire,
// refresh tokens that renew them until the session is deleted. Sessions live in memory only:
// a restarted simulator asks everyone to sign in again, and no token reaches the state file.
class SimSessions final
{
public:
    enum class Check { Valid, Expired, Unknown };

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
    bool remove(const QString &refreshToken);
    bool isRefreshToken(const QString &token) const { return m_refreshTokens.contains(token); }
    // For drills and tests that end sessions from the server's side.
    QStringList refreshTokensForTests() const { return m_refreshTokens.keys(); }
    // Makes every access token expired at once, for drills and tests of session renewal.
    void expireAccessTokens();

private:
    QString m_publicKey;
    QString m_privateKey;
    QString m_userId = QStringLiteral("5f0c1a2b3c4d5e6f70819203");
    int m_lifetimeSeconds = 30 * 60;
    QHash<QString, QDateTime> m_accessTokens; // token -> expiry
    QHash<QString, QString> m_refreshTokens; // refresh token -> device id
};
