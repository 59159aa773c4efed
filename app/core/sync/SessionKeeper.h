#pragma once

#include "ApiError.h"

#include <QObject>
#include <QPointer>

class AdminApiClient;

// Keeps the console signed in. An expired access token is renewed by the client silently;
// when the refresh token itself is refused, this asks for a new sign-in (signInNeeded) and
// signs in again with the key the person gives, leaving every open page and draft as it was.
class SessionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionKeeper)

public:
    SessionKeeper(AdminApiClient *client, const QString &publicKey, QObject *parent = nullptr);

    QString publicKey() const { return m_publicKey; }

public slots:
    void signIn(const QString &privateKey);
    void signOut();

signals:
    void signInNeeded(const QString &publicKey);
    void signedIn();
    void signInFailed(const ApiError &error);
    void signedOut();

private:
    QPointer<AdminApiClient> m_client;
    QString m_publicKey;
};
