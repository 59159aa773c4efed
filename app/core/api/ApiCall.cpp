#include "ApiCall.h"

#include "AdminApiClient.h"
#include "ApiParsers.h"
#include "CertificatePin.h"
#include "ReplyHead.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace {
bool isTransientStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

// What the header Qt has handed over says; Read while there is no status yet.
ReplyHead::Verdict verdictOf(const QNetworkReply *reply, qint64 maxReplyBytes)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status > 0 ? ReplyHead::classify(status, reply->rawHeaderPairs(), maxReplyBytes)
                      : ReplyHead::Verdict::Read;
}
} // namespace

ApiCall::ApiCall(AdminApiClient *client, ApiRequest request, const RetryPolicy &policy)
    : QObject(client)
    , m_client(client)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_timeout(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire before Retry-After
    connect(m_timeout, &QTimer::timeout, this, &ApiCall::onTimeout);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiCall::send);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::start()
{
    m_clock.start();
    send();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_retryTimer->stop();
    ApiReply reply;
    reply.error = ApiError::cancelled();
    finish(reply);
}

void ApiCall::send()
{
    if (m_finished || !m_client)
        return;
    ++m_attempts;
    m_timedOut = false;
    m_tooLarge = false;
    m_headerLost = false;
    m_refusedCertificate.clear();

    QNetworkRequest request(m_client->urlFor(m_request));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    // The Admin API does not redirect. A followed redirect would carry the private key, the
    // access token or the refresh token to wherever it points: a 3xx ends the call instead.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    m_tokenUsed = m_client->bearerFor(m_request.auth);
    if (m_request.auth != ApiRequest::Auth::None)
        request.setRawHeader("Authorization", "Bearer " + m_tokenUsed.toUtf8());

    m_reply
        = m_client->networkManager()->sendCustomRequest(request, m_request.method, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &ApiCall::onSslErrors);
    connect(m_reply, &QNetworkReply::encrypted, this, &ApiCall::onEncrypted);
    // Stop reading as soon as the reply announces or reaches more than the limit, before it
    // is held in memory.
    const auto checkSize = [this](qint64 received, qint64 total) {
        if (!m_reply || m_tooLarge || m_headerLost)
            return;
        if (received > m_policy.maxReplyBytes || total > m_policy.maxReplyBytes) {
            m_tooLarge = true;
            m_reply->abort(); // finished() follows, where the size is reported
        }
    };
    // The header is judged as soon as Qt has it: an unreadable one (see ReplyHead) would
    // otherwise keep the call waiting for the server to close, until its time limit.
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (!m_reply || m_tooLarge || m_headerLost)
            return;
        switch (verdictOf(m_reply, m_policy.maxReplyBytes)) {
        case ReplyHead::Verdict::HeaderUnreadable:
            m_headerLost = true;
            m_reply->abort(); // finished() follows, where the lost header is reported
            break;
        case ReplyHead::Verdict::TooLarge:
            m_tooLarge = true;
            m_reply->abort();
            break;
        case ReplyHead::Verdict::Read:
        case ReplyHead::Verdict::InterimOnly:
        case ReplyHead::Verdict::Redirected:
            break; // judged when the reply has finished
        }
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, checkSize);
    m_timeout->start(m_policy.timeoutMs);
}

void ApiCall::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort(); // finished() follows, where the timeout is reported
}

void ApiCall::onSslErrors(const QList<QSslError> &errors)
{
    if (!m_reply || !m_client)
        return;
    QSslCertificate presented = m_reply->sslConfiguration().peerCertificate();
    for (const QSslError &e : errors)
        if (presented.isNull() && !e.certificate().isNull())
            presented = e.certificate();
    const QString pin = m_client->pinnedCertificate();
    if (!pin.isEmpty() && CertificatePin::matches(pin, presented)) {
        // Qt goes on only when every error raised is one of these, for this certificate.
        m_reply->ignoreSslErrors(CertificatePin::acceptedErrors(presented));
        return;
    }
    m_refusedCertificate = CertificatePin::fingerprint(presented);
}

void ApiCall::onEncrypted()
{
    // A pin holds even against a certificate this computer trusts.
    if (!m_reply || !m_client || m_client->pinnedCertificate().isEmpty())
        return;
    const QSslCertificate presented = m_reply->sslConfiguration().peerCertificate();
    if (!CertificatePin::matches(m_client->pinnedCertificate(), presented)) {
        m_refusedCertificate = CertificatePin::fingerprint(presented);
        m_reply->abort();
    }
}

void ApiCall::onReplyFinished()
{
    m_timeout->stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray(); // not when aborted
    const bool retriable = m_request.isRetriable() && m_attempts < m_policy.maxAttempts;

    if (m_tooLarge) {
        ApiReply out;
        out.httpStatus = status;
        out.error = ApiError::replyTooLarge(m_policy.maxReplyBytes);
        return finish(out);
    }

    if (!m_refusedCertificate.isEmpty() && status == 0) {
        ApiReply out;
        out.error = ApiError::certificate(
            m_refusedCertificate, m_client ? m_client->pinnedCertificate() : QString());
        return finish(out);
    }

    if (m_headerLost) {
        ApiReply out;
        out.httpStatus = status;
        out.error = ApiError::headerUnreadable(status);
        return finish(out);
    }

    const ReplyHead::Verdict verdict = verdictOf(reply, m_policy.maxReplyBytes);
    // Qt 6.4 skips only "100 Continue" (QHttpProtocolHandler::_q_receiveReply); any other 1xx,
    // such as "103 Early Hints", ends the reply there, empty, and the final answer that follows
    // on the connection is thrown away with it. It cannot be read: say so, not "empty reply".
    if (verdict == ReplyHead::Verdict::InterimOnly) {
        ApiReply out;
        out.httpStatus = status;
        out.error = ApiError::interimOnly(status);
        return finish(out);
    }

    if (verdict == ReplyHead::Verdict::Redirected) {
        ApiReply out;
        out.httpStatus = status;
        out.error = ApiError::redirected(
            status, QString::fromUtf8(reply->rawHeader("Location")).left(500));
        return finish(out);
    }

    if (m_timedOut) {
        if (retriable)
            return scheduleRetry(backoffDelay());
        ApiReply out;
        out.error = ApiError::timeout(m_policy.timeoutMs / 1000, m_attempts);
        return finish(out);
    }

    if (status == 0) {
        if (retriable)
            return scheduleRetry(backoffDelay());
        ApiReply out;
        out.error = ApiError::network(reply->errorString());
        return finish(out);
    }

    if (status == 401 && m_request.auth == ApiRequest::Auth::AccessToken && !m_replayed) {
        m_replayed = true;
        m_client->renewSession(this, m_tokenUsed);
        return;
    }

    if (status >= 400) {
        ApiError error = ApiParsers::httpError(status, body);
        error.retryAfterSeconds = ReplyHead::retryAfterSeconds(reply->rawHeader("Retry-After"));
        if (retriable && isTransientStatus(status)) {
            const int delay = error.retryAfterSeconds >= 0
                ? int(qMin<qint64>(qint64(error.retryAfterSeconds) * 1000, m_policy.maxDelayMs))
                : backoffDelay();
            return scheduleRetry(delay);
        }
        ApiReply out;
        out.httpStatus = status;
        out.body = body;
        out.error = error;
        return finish(out);
    }

    ApiReply out;
    out.httpStatus = status;
    out.body = body;
    finish(out);
}

int ApiCall::backoffDelay() const
{
    const int shift = qBound(0, m_attempts - 1, 16);
    return qMin(m_policy.initialDelayMs << shift, m_policy.maxDelayMs);
}

void ApiCall::scheduleRetry(int delayMs)
{
    m_retryTimer->start(delayMs);
}

void ApiCall::replayAfterRefresh()
{
    if (!m_finished)
        send();
}

void ApiCall::failAfterRefresh(const ApiError &error)
{
    ApiReply out;
    out.httpStatus = 401;
    out.error = error;
    finish(out);
}

void ApiCall::finish(ApiReply reply)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout->stop();
    m_retryTimer->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    reply.attempts = m_attempts;
    reply.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_client)
        m_client->record(m_request, reply);
    emit finished(reply);
    deleteLater();
}
