#pragma once

#include <QCoreApplication>
#include <QString>

// The `error_code`s the console gives a meaning to: the service's, which it reacts to, and its
// own, which it puts on failures it finds itself. Their strings live in ApiError.cpp only.
enum class ApiErrorCode {
    // The service's for a draft that is gone; the console's too, when it finds the draft gone
    // before deploying it, so that both read alike.
    DraftNotFound,
    DraftChanged, // the console's: the draft changed since its diff was reviewed
    SyncResumeOplogRolledOver, // the service's: resuming was refused, terminate and re-enable
    NoScenarioStart, // the built-in simulator's: Reset Scenario has no start to go back to
    // The built-in simulator's (503): it could not make the change durable (a full or
    // read-only disk) and undid it; nothing changed.
    StateNotSaved,
};

// What went wrong with one Admin API call, in the server's words and in the user's.
// Every HTTP status and network failure is mapped to user text here, in one place.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Http, // the server answered with an error status
        Network, // connection refused, reset, DNS, TLS...
        Timeout, // no complete answer within the call's time limit
        Cancelled, // the caller cancelled the call
        MalformedReply, // the body was not the JSON the contract promises
        SessionExpired, // the refresh token was rejected: sign in again
        Redirected, // the server redirected; never followed, it would carry keys elsewhere
        ReplyTooLarge, // the reply grew past the limit; reading it was stopped
        InterimOnly, // a 1xx status ended the reply (Qt reads no further); the answer is lost
        HeaderUnreadable, // a status came without header fields: Qt dropped an oversized block
        UnusableToken, // a login or renewal handed a token that cannot go into a header
        AppGone, // the app answers 404: deleted, or out of this key's reach
        // This computer does not trust the server's certificate and no pin names it: the user
        // may compare its fingerprint (`detail`) and trust it (CertificatePin).
        CertificateUntrusted,
        // The server's certificate is not the one pinned for the connection (`detail`: the one
        // it presented; `error`: the pinned one). Never accepted.
        CertificateChanged,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString error; // the server's "error"
    QString errorCode; // the server's "error_code"
    QString detail; // what the transport or parser said, for the log
    int retryAfterSeconds = -1;
    qint64 limitBytes = 0; // ReplyTooLarge: the limit that was passed
    // A whole sentence saying which step the failure interrupted ("Saving the change into the
    // draft was interrupted."), put before the call's own message;
    // empty for a call on its own. Set by the procedure that made the call.
    QString step;
    // A change whose answer never came: the server may have made it all the same.
    bool maybeApplied = false;
    int attempts = 1; // how many times the request was sent (reads are retried, writes never)

    bool isError() const { return kind != Kind::None; }
    // A sentence a user understands; it includes the server's words and code when there are
    // any, the step that was interrupted, and whether the server may have acted already.
    QString message() const;
    // The same error, said to have happened during `step`; `write`: the call was a change.
    ApiError during(const QString &step, bool write) const;

    // The call's own failure, without the step.
    QString callMessage() const;
    bool hasCode(ApiErrorCode code) const { return errorCode == codeName(code); }

    static QString codeName(ApiErrorCode code);

    static ApiError http(int status, const QString &error, const QString &errorCode);
    static ApiError http(int status, const QString &error, ApiErrorCode code);
    static ApiError network(const QString &detail);
    // `attempts`: how often the request was sent before the console gave up.
    static ApiError timeout(int seconds, int attempts = 1);
    static ApiError cancelled();
    static ApiError malformed(const QString &detail);
    static ApiError sessionExpired(const QString &error);
    static ApiError redirected(int status, const QString &location);
    static ApiError replyTooLarge(qint64 limitBytes);
    static ApiError interimOnly(int status);
    static ApiError headerUnreadable(int status);
    // `field`: the reply's field that held it, "access_token" or "refresh_token".
    static ApiError unusableToken(const QString &field);
    // The app's own 404, said as the app being gone; keeps the server's words.
    static ApiError appGone(const ApiError &notFound);
    // `presented`: the fingerprint of the server's certificate; `pinned`: the profile's, or "".
    static ApiError certificate(const QString &presented, const QString &pinned);
};
