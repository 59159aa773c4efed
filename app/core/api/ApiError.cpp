#include "ApiError.h"

#include "Sentences.h"

#include <QCoreApplication>

namespace {
QString statusSentence(int status)
{
    switch (status) {
    case 400:
        return ApiError::tr("The server rejected the request as invalid.");
    case 401:
        return ApiError::tr("The server did not accept the credentials.");
    case 403:
        return ApiError::tr("Your API key is not allowed to do this.");
    case 404:
        return ApiError::tr("The server could not find what was asked for.");
    case 409:
        return ApiError::tr("The request conflicts with the current state on the server.");
    case 429:
        return ApiError::tr("The server is receiving too many requests.");
    case 500:
        return ApiError::tr("The server had an internal error.");
    case 502:
    case 504:
        return ApiError::tr("A gateway in front of the server failed.");
    case 503:
        return ApiError::tr("The service is temporarily unavailable.");
    default:
        return ApiError::tr("The server answered with HTTP status %1.").arg(status);
    }
}
} // namespace

QString ApiError::message() const
{
    const QString what = callMessage();
    if (step.isEmpty() || kind == Kind::None)
        return what;
    if (maybeApplied)
        return Sentences::join({step, what,
            tr("The server may already have made this change; the console is reading its "
               "state again.")});
    return Sentences::join({step, what});
}

ApiError ApiError::during(const QString &what, bool write) const
{
    ApiError e = *this;
    e.step = what;
    // A lost or unreadable answer to a change: the server may have made it all the same.
    e.maybeApplied = write
        && (kind == Kind::Network || kind == Kind::Timeout || kind == Kind::InterimOnly
            || kind == Kind::HeaderUnreadable);
    return e;
}

QString ApiError::callMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Http: {
        QStringList parts {hasCode(ApiErrorCode::StateNotSaved)
                ? tr("The server could not store the change on its disk and undid it; nothing "
                     "changed. Try again later.")
                : statusSentence(httpStatus)};
        if (!error.isEmpty())
            parts << tr("The server said: \u201c%1\u201d").arg(error);
        if (!errorCode.isEmpty())
            parts << tr("(code %1).").arg(errorCode);
        if (httpStatus == 429 && retryAfterSeconds >= 0)
            parts << tr("Try again in %n second(s).", nullptr, retryAfterSeconds);
        return Sentences::join(parts);
    }
    case Kind::Network:
        return tr("Could not reach the server: %1").arg(detail);
    case Kind::Timeout:
        if (attempts > 1)
            return tr("The server did not answer in time, after %n attempts. Refresh to "
                      "see the current state.",
                "more than one attempt", attempts);
        return tr("The server did not answer in time. The request was not sent again, as it may "
                  "already have changed something; refresh to see the current state.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::MalformedReply:
        return tr("The server sent a reply this console cannot read: %1").arg(detail);
    case Kind::SessionExpired:
        return tr("Your session has expired and could not be renewed. Please sign in again.");
    case Kind::Redirected:
        return tr("The server redirected the request to %1. Sync Console does not "
                  "follow redirects, because it would send your keys or tokens there. "
                  "Check the base URL of the connection.")
            .arg(detail.isEmpty() ? tr("an address it did not give") : detail);
    case Kind::ReplyTooLarge:
        return tr("The server's reply was larger than %1 MB, more than any Admin API "
                  "reply; Sync Console stopped reading it.")
            .arg(double(limitBytes) / (1024 * 1024), 0, 'g', 3);
    case Kind::InterimOnly:
        return tr("The server sent only an interim answer (HTTP %1) where the Admin API sends "
                  "its final one. The HTTP client Sync Console uses stops reading at such an "
                  "answer, so the server's real answer was lost.")
            .arg(httpStatus);
    case Kind::HeaderUnreadable:
        return tr("The server answered (HTTP %1) with a header Sync Console cannot read: it had "
                  "no fields at all, or more than its HTTP client accepts (100 fields, 8 KB a "
                  "field). Sync Console stopped reading the reply.")
            .arg(httpStatus);
    case Kind::AppGone: {
        QStringList parts {tr("This app is gone: it was deleted, or this API key can no longer "
                              "reach it. Sync Console shows no Sync state for it.")};
        if (!error.isEmpty())
            parts << tr("The server said: \u201c%1\u201d").arg(error);
        if (!errorCode.isEmpty())
            parts << tr("(code %1).").arg(errorCode);
        parts << tr("Choose another app, or check the key's access to this project.");
        return Sentences::join(parts);
    }
    case Kind::CertificateUntrusted:
        return tr("This computer does not trust the server's certificate. Its SHA-256 "
                  "fingerprint is %1. If this is your class's simulator, compare the fingerprint "
                  "with the one your trainer shows, character by character, and trust the "
                  "certificate only if they are the same.")
            .arg(detail);
    case Kind::CertificateChanged:
        return tr("The server's certificate is not the one you trusted for this connection, so "
                  "Sync Console did not connect: someone may be pretending to be the server. "
                  "Trusted: %1. Presented now: %2. If your trainer made a new certificate, "
                  "compare its fingerprint with theirs, then forget the old one in the "
                  "connection dialog.")
            .arg(error, detail);
    case Kind::UnusableToken: {
        const QString what = detail == QLatin1String("refresh_token")
            ? tr("The server sent a refresh token the console cannot use.")
            : tr("The server sent an access token the console cannot use.");
        return Sentences::join({what,
            tr("It holds characters no token may have, such as a line break, which would "
               "corrupt every request it went into. Nothing was sent with it; sign in again, "
               "and if this repeats, check the base URL of the connection.")});
    }
    }
    return {};
}

ApiError ApiError::http(int status, const QString &error, const QString &errorCode)
{
    ApiError e;
    e.kind = Kind::Http;
    e.httpStatus = status;
    e.error = error;
    e.errorCode = errorCode;
    return e;
}

ApiError ApiError::http(int status, const QString &error, ApiErrorCode code)
{
    return http(status, error, codeName(code));
}

QString ApiError::codeName(ApiErrorCode code)
{
    switch (code) {
    case ApiErrorCode::DraftNotFound:
        return QStringLiteral("DraftNotFound");
    case ApiErrorCode::DraftChanged:
        return QStringLiteral("DraftChanged");
    case ApiErrorCode::SyncResumeOplogRolledOver:
        return QStringLiteral("SyncResumeOplogRolledOver");
    case ApiErrorCode::NoScenarioStart:
        return QStringLiteral("NoScenarioStart");
    case ApiErrorCode::StateNotSaved:
        return QStringLiteral("StateNotSaved");
    }
    return {};
}

ApiError ApiError::network(const QString &detail)
{
    ApiError e;
    e.kind = Kind::Network;
    e.detail = detail;
    return e;
}

ApiError ApiError::certificate(const QString &presented, const QString &pinned)
{
    ApiError e;
    e.kind = pinned.isEmpty() ? Kind::CertificateUntrusted : Kind::CertificateChanged;
    e.detail = presented;
    e.error = pinned;
    return e;
}

ApiError ApiError::timeout(int seconds, int attempts)
{
    ApiError e;
    e.kind = Kind::Timeout;
    e.attempts = attempts;
    e.detail = QStringLiteral("no reply within %1 s").arg(seconds);
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.kind = Kind::Cancelled;
    return e;
}

ApiError ApiError::malformed(const QString &detail)
{
    ApiError e;
    e.kind = Kind::MalformedReply;
    e.detail = detail;
    return e;
}

ApiError ApiError::sessionExpired(const QString &error)
{
    ApiError e;
    e.kind = Kind::SessionExpired;
    e.httpStatus = 401;
    e.error = error;
    return e;
}

ApiError ApiError::redirected(int status, const QString &location)
{
    ApiError e;
    e.kind = Kind::Redirected;
    e.httpStatus = status;
    e.detail = location;
    return e;
}

ApiError ApiError::replyTooLarge(qint64 limitBytes)
{
    ApiError e;
    e.kind = Kind::ReplyTooLarge;
    e.limitBytes = limitBytes;
    return e;
}

ApiError ApiError::interimOnly(int status)
{
    ApiError e;
    e.kind = Kind::InterimOnly;
    e.httpStatus = status;
    return e;
}

ApiError ApiError::headerUnreadable(int status)
{
    ApiError e;
    e.kind = Kind::HeaderUnreadable;
    e.httpStatus = status;
    return e;
}

ApiError ApiError::unusableToken(const QString &field)
{
    ApiError e;
    e.kind = Kind::UnusableToken;
    e.detail = field;
    return e;
}

ApiError ApiError::appGone(const ApiError &notFound)
{
    ApiError e = notFound;
    e.kind = Kind::AppGone;
    e.httpStatus = 404;
    e.step.clear();
    e.maybeApplied = false;
    return e;
}
