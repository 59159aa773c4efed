#pragma once

#include "AdminApiClient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <memory>

class SimBackend;
class SimServer;

// Brings the console to an app: starts the embedded simulator when no base URL is given,
// signs in, finds the project (the first of the profile unless given) and the app (by _id,
// client app id or name; the first unless given).
class ConsoleSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)

public:
    struct Target
    {
        QString baseUrl;
        QString publicKey;
        QString privateKey;
        QString groupId;
        QString app;
        QString scenario;
        // Ask (appChoiceNeeded) instead of opening the first app when `app` is not found.
        bool chooseApp = false;
        // The SHA-256 fingerprint of the one certificate accepted although this computer does
        // not trust it (trust on first use, CertificatePin); "": none.
        QString pinnedCertificate;
        // The built-in simulator's clock stands still at this moment (seconds since the
        // epoch) from before its scenario is set up; negative: it runs. --capture-docs uses it,
        // so that its figures come out the same on every run.
        qint64 frozenClockAt = -1;
    };

    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    void start(const Target &target);
    AdminApiClient *client() const { return m_client.get(); }
    bool isSimulated() const { return m_server != nullptr; }
    // The built-in simulator's scenario, as it was started; empty on a real service. The
    // console reaches the simulator itself only over HTTP (SimulatorControlClient).
    QString scenario() const { return m_scenario; }
    // The public key the session signed in with, and the built-in simulator's well-known
    // private key (empty on a real service), for signing in again when the session ends.
    QString publicKey() const { return m_publicKey; }
    QString builtinPrivateKey() const;
    // The app of that _id as the project's list of apps (read while signing in) gave it; an
    // empty one if the list did not hold it.
    AppSummary listedApp(const QString &appId) const;

signals:
    void ready(const AppRef &app);
    void failed(const QString &message);
    // Signing in was refused for the server's certificate, before failed(): this computer
    // does not trust it and no pin names it (`pinned` empty), or it is not the pinned one.
    // `presented`: its SHA-256 fingerprint.
    void certificateRefused(const QString &presented, const QString &pinned);
    void appChoiceNeeded(const QString &groupId, const QList<AppSummary> &apps);

private:
    void pickApp(const QString &groupId, const QString &wanted, bool choose);

    QNetworkAccessManager m_network;
    std::unique_ptr<SimBackend> m_backend;
    std::unique_ptr<SimServer> m_server;
    std::unique_ptr<AdminApiClient> m_client;
    QList<AppSummary> m_listedApps;
    QString m_scenario;
    QString m_publicKey;
};
