#pragma once

#include "AdminProfile.h"
#include "ApiCallRecord.h"
#include "ApiReply.h"
#include "ApiRequest.h"
#include "ApiResult.h"
#include "AppMetrics.h"
#include "AppRef.h"
#include "AppSummary.h"
#include "AuthTokens.h"
#include "CertificatePin.h"
#include "DeployConfig.h"
#include "Deployment.h"
#include "Draft.h"
#include "DraftDiff.h"
#include "RetryPolicy.h"
#include "ServiceConfig.h"
#include "ServiceSummary.h"
#include "SyncLogPage.h"
#include "SyncLogQuery.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QDateTime>
#include <QUrl>
#include <functional>
#include <optional>

class ApiCall;
class QNetworkAccessManager;

// The typed, asynchronous App Services Admin API v3.0 client. The network manager and the
// base URL (ending in /api/admin/v3.0) are injected, so the embedded simulator, the tests and
// the real service all go through this same code.
//
// Every operation returns the ApiCall (to cancel it) and later calls `done` with a typed
// result, in `context`'s thread, unless `context` was destroyed first (which cancels the call).
class AdminApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminApiClient)

public:
    template<typename T> using Callback = std::function<void(const ApiResult<T> &)>;

    AdminApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent = nullptr);
    ~AdminApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    // Where `request` goes (Help ▸ About the Simulator shows its control API's address).
    QUrl urlFor(const ApiRequest &request) const;
    QNetworkAccessManager *networkManager() const { return m_network; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    RetryPolicy retryPolicy() const { return m_policy; }

    // The server's time: the local clock, or the built-in simulator's when it was moved
    // (Scenario ▸ Time…). Activity stamps its calls with it, and the Guide's wait counts by it.
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs); }
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    void setClockOffsetMs(qint64 ms) { m_clockOffsetMs = ms; }

    // Trust on first use: the SHA-256 fingerprint (CertificatePin) of the one certificate
    // accepted although this computer does not trust it; "" accepts none.
    void setPinnedCertificate(const QString &fingerprint)
    {
        m_pinnedCertificate = CertificatePin::normalize(fingerprint);
    }
    QString pinnedCertificate() const { return m_pinnedCertificate; }

    bool isSignedIn() const { return !m_refreshToken.isEmpty(); }
    QString userId() const { return m_userId; }

    ApiCall *login(const QString &publicKey, const QString &privateKey, QObject *context,
        Callback<AuthTokens> done);
    // Ends the session on the server (DELETE /auth/session) and forgets the tokens.
    ApiCall *logout(QObject *context, Callback<Done> done);
    ApiCall *profile(QObject *context, Callback<AdminProfile> done);

    ApiCall *listApps(const QString &groupId, QObject *context, Callback<QList<AppSummary>> done);
    ApiCall *appInfo(const AppRef &app, QObject *context, Callback<AppSummary> done);
    ApiCall *listServices(
        const AppRef &app, QObject *context, Callback<QList<ServiceSummary>> done);
    ApiCall *serviceConfig(const AppRef &app, const QString &serviceId, QObject *context,
        Callback<ServiceConfig> done);
    ApiCall *patchServiceConfig(const AppRef &app, const QString &serviceId,
        const QJsonObject &body, QObject *context, Callback<Done> done);

    ApiCall *deployConfig(const AppRef &app, QObject *context, Callback<DeployConfig> done);
    // Switches UI drafts on or off, keeping the rest of `current` (GET deploy/config).
    ApiCall *setUiDraftsDisabled(const AppRef &app, const DeployConfig &current, bool disabled,
        QObject *context, Callback<Done> done);

    ApiCall *currentDraft(const AppRef &app, QObject *context, Callback<std::optional<Draft>> done);
    ApiCall *createDraft(const AppRef &app, QObject *context, Callback<Draft> done);
    ApiCall *discardDraft(
        const AppRef &app, const QString &draftId, QObject *context, Callback<Done> done);
    ApiCall *draftDiff(
        const AppRef &app, const QString &draftId, QObject *context, Callback<DraftDiff> done);
    ApiCall *deployDraft(const AppRef &app, const QString &draftId, const QString &name,
        QObject *context, Callback<Deployment> done);

    ApiCall *listDeployments(const AppRef &app, QObject *context, Callback<QList<Deployment>> done);
    ApiCall *deployment(const AppRef &app, const QString &deploymentId, QObject *context,
        Callback<Deployment> done);
    ApiCall *redeploy(
        const AppRef &app, const QString &deploymentId, QObject *context, Callback<Done> done);

    ApiCall *metrics(const AppRef &app, const QDateTime &start, const QDateTime &end,
        const QString &granularity, const QStringList &names, QObject *context,
        Callback<AppMetrics> done);

    // One page of the app's logs, newest first; see SyncLogPage for the next page.
    ApiCall *logs(
        const AppRef &app, const SyncLogQuery &query, QObject *context, Callback<SyncLogPage> done);

    // The lower level every operation above uses; also for requests built elsewhere.
    ApiCall *send(
        const ApiRequest &request, QObject *context, std::function<void(const ApiReply &)> done);

signals:
    // The refresh token was rejected: the user must sign in again. Open work is kept by the
    // callers; only the calls that needed the session failed (with Kind::SessionExpired).
    void sessionExpired();
    void signedInChanged(bool signedIn);
    // Every call, once it has ended, for the activity log: redacted, without tokens.
    void callRecorded(const ApiCallRecord &record);

private:
    friend class ApiCall;

    void record(const ApiRequest &request, const ApiReply &reply);
    QString bearerFor(ApiRequest::Auth auth) const;
    // An ApiCall got 401 with `usedToken`: renew the session once for all such calls.
    void renewSession(ApiCall *call, const QString &usedToken);
    void onRenewed(const ApiReply &reply);
    void clearSession();

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    RetryPolicy m_policy;
    QString m_accessToken;
    QString m_refreshToken;
    QString m_userId;
    QString m_pinnedCertificate;
    bool m_renewing = false;
    qint64 m_clockOffsetMs = 0; // how far the server's clock is ahead of ours
    QList<QPointer<ApiCall>> m_waitingForSession;
};
