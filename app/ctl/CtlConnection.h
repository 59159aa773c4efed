#pragma once

#include "AppRef.h"

#include <QObject>

class AdminApiClient;
class ConsoleSession;
class QSettings;
class SecretStore;
struct CtlOptions;

// Reaches the app as the console would: --base-url with the MONGODB_ATLAS_* keys, a saved
// profile (--profile, else the console's last one) with its key from the keychain or the
// environment, else the built-in simulator.
class CtlConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlConnection)

public:
    CtlConnection(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~CtlConnection() override;

    void start(const CtlOptions &options);
    AdminApiClient *client() const;
    bool isSimulated() const;
    // What the command line reached, for the report and the JSON: a URL or "built-in simulator".
    QString where() const { return m_where; }

signals:
    void ready(const AppRef &app);
    // `exitCode`: CtlExit's Usage (an unknown profile) or Unreachable.
    void failed(const QString &message, int exitCode);

private:
    void open(const QString &baseUrl, const QString &publicKey, const QString &privateKey,
        const QString &groupId, const QString &app, const QString &scenario,
        const QString &pin = QString());

    QSettings *m_settings;
    SecretStore *m_secrets;
    ConsoleSession *m_session;
    QString m_where;
};
