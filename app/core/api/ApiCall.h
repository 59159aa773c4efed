#pragma once

#include "ApiReply.h"
#include "ApiRequest.h"
#include "RetryPolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class AdminApiClient;
class QNetworkReply;
class QSslError;
class QTimer;

// One Admin API operation on the wire: sends the request, applies the time limit, retries
// reads with backoff (honouring Retry-After), asks the client to renew an expired session once
// and then replays, and emits finished() exactly once. It deletes itself after finishing.
// cancel() aborts it; destroying it aborts the reply too.
class ApiCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ApiCall(AdminApiClient *client, ApiRequest request, const RetryPolicy &policy);
    ~ApiCall() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }

    void start();
    void cancel();

signals:
    void finished(const ApiReply &reply);

private:
    friend class AdminApiClient;

    void send();
    void onReplyFinished();
    void onTimeout();
    // Accepts the profile's pinned certificate despite the errors it raises, and only it.
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void scheduleRetry(int delayMs);
    int backoffDelay() const;
    void finish(ApiReply reply);
    // Called by the client once a session renewal it was asked for has ended.
    void replayAfterRefresh();
    void failAfterRefresh(const ApiError &error);

    QPointer<AdminApiClient> m_client;
    ApiRequest m_request;
    RetryPolicy m_policy;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_timeout = nullptr;
    QTimer *m_retryTimer = nullptr;
    QElapsedTimer m_clock;
    QString m_tokenUsed;
    int m_attempts = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_headerLost = false; // Qt dropped the reply's header block (see send())
    bool m_replayed = false;
    // The fingerprint of a certificate refused for not being trusted, or not the pinned one.
    QString m_refusedCertificate;
    bool m_finished = false;
};
