#include "AdminApiClient.h"

#include "ApiCall.h"
#include "ApiParsers.h"
#include "ApiRequests.h"
#include "OpenSslExit.h"

#include <QNetworkAccessManager>

namespace {

// Adapts a typed callback to the raw reply: parse on success, pass the error on otherwise.
template<typename T, typename Parser>
std::function<void(const ApiReply &)> typed(AdminApiClient::Callback<T> done, Parser parse)
{
    return [done = std::move(done), parse](const ApiReply &reply) {
        if (!done)
            return;
        if (!reply.ok())
            return done(ApiResult<T>::failure(reply.error));
        done(parse(reply.body));
    };
}

std::function<void(const ApiReply &)> noContent(AdminApiClient::Callback<Done> done)
{
    return typed<Done>(
        std::move(done), [](const QByteArray &) { return ApiResult<Done>::success({}); });
}

} // namespace

AdminApiClient::AdminApiClient(QNetworkAccessManager *network, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(baseUrl)
{
    // Before Qt's TLS backend first initialises OpenSSL (see OpenSslExit.h).
    if (baseUrl.scheme() == QLatin1String("https"))
        OpenSslExit::leaveCleanupToTheSystem();
}

AdminApiClient::~AdminApiClient() = default;

QUrl AdminApiClient::urlFor(const ApiRequest &request) const
{
    QUrl url = m_baseUrl;
    QString base = request.atServerRoot ? QString() : url.path(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + request.path, QUrl::TolerantMode);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

QString AdminApiClient::bearerFor(ApiRequest::Auth auth) const
{
    switch (auth) {
    case ApiRequest::Auth::AccessToken:
        return m_accessToken;
    case ApiRequest::Auth::RefreshToken:
        return m_refreshToken;
    case ApiRequest::Auth::None:
        break;
    }
    return {};
}

ApiCall *AdminApiClient::send(
    const ApiRequest &request, QObject *context, std::function<void(const ApiReply &)> done)
{
    auto *call = new ApiCall(this, request, m_policy);
    if (context) {
        const QMetaObject::Connection callback
            = connect(call, &ApiCall::finished, context, std::move(done));
        // `destroyed` comes while the context still receives: cut the callback, then cancel.
        connect(context, &QObject::destroyed, call, [call, callback] {
            QObject::disconnect(callback);
            call->cancel();
        });
    } else if (done) {
        connect(call, &ApiCall::finished, this, std::move(done));
    }
    call->start();
    return call;
}

void AdminApiClient::record(const ApiRequest &request, const ApiReply &reply)
{
    ApiCallRecord r;
    r.at = now().addMSecs(-reply.elapsedMs); // the simulator's time when it was moved
    r.method = request.method;
    r.url = urlFor(request).toString();
    r.status = reply.httpStatus;
    r.durationMs = reply.elapsedMs;
    r.attempts = reply.attempts;
    r.error = reply.ok() ? QString() : reply.error.message();
    r.body = ApiCallRecord::redacted(request.body);
    r.auth = request.auth;
    emit callRecorded(r);
}

void AdminApiClient::renewSession(ApiCall *call, const QString &usedToken)
{
    if (m_refreshToken.isEmpty()) {
        call->failAfterRefresh(ApiError::sessionExpired(QString()));
        return;
    }
    // Another call renewed the session since this one was sent: just replay with the new token.
    if (!m_renewing && usedToken != m_accessToken) {
        call->replayAfterRefresh();
        return;
    }
    m_waitingForSession.append(call);
    if (m_renewing)
        return;
    m_renewing = true;
    send(ApiRequests::refreshSession(), this, [this](const ApiReply &reply) { onRenewed(reply); });
}

void AdminApiClient::onRenewed(const ApiReply &reply)
{
    m_renewing = false;
    const QList<QPointer<ApiCall>> waiting = std::exchange(m_waitingForSession, {});
    ApiResult<QString> token = reply.ok() ? ApiParsers::accessToken(reply.body)
                                          : ApiResult<QString>::failure(reply.error);
    if (token.ok()) {
        m_accessToken = token.value;
        for (const QPointer<ApiCall> &call : waiting)
            if (call)
                call->replayAfterRefresh();
        return;
    }
    const bool rejected = token.error.kind == ApiError::Kind::Http
        && (token.error.httpStatus == 401 || token.error.httpStatus == 403);
    const ApiError error = rejected ? ApiError::sessionExpired(token.error.error) : token.error;
    if (rejected) {
        clearSession();
        emit sessionExpired();
    }
    for (const QPointer<ApiCall> &call : waiting)
        if (call)
            call->failAfterRefresh(error);
}

void AdminApiClient::clearSession()
{
    const bool was = isSignedIn();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_userId.clear();
    if (was)
        emit signedInChanged(false);
}

ApiCall *AdminApiClient::login(const QString &publicKey, const QString &privateKey,
    QObject *context, Callback<AuthTokens> done)
{
    return send(ApiRequests::login(publicKey, privateKey), context,
        [this, done = std::move(done)](const ApiReply &reply) {
            ApiResult<AuthTokens> result = reply.ok() ? ApiParsers::tokens(reply.body)
                                                      : ApiResult<AuthTokens>::failure(reply.error);
            if (result.ok()) {
                m_accessToken = result.value.accessToken;
                m_refreshToken = result.value.refreshToken;
                m_userId = result.value.userId;
                emit signedInChanged(true);
            }
            if (done)
                done(result);
        });
}

ApiCall *AdminApiClient::logout(QObject *context, Callback<Done> done)
{
    return send(ApiRequests::deleteSession(), context,
        [this, done = std::move(done)](const ApiReply &reply) {
            // Whatever the server said, this console no longer holds a session.
            clearSession();
            if (done)
                done(reply.ok() ? ApiResult<Done>::success({})
                                : ApiResult<Done>::failure(reply.error));
        });
}

ApiCall *AdminApiClient::profile(QObject *context, Callback<AdminProfile> done)
{
    return send(ApiRequests::profile(), context, typed(std::move(done), &ApiParsers::profile));
}

ApiCall *AdminApiClient::listApps(
    const QString &groupId, QObject *context, Callback<QList<AppSummary>> done)
{
    return send(ApiRequests::listApps(groupId), context, typed(std::move(done), &ApiParsers::apps));
}

ApiCall *AdminApiClient::appInfo(const AppRef &app, QObject *context, Callback<AppSummary> done)
{
    return send(ApiRequests::appInfo(app), context, typed(std::move(done), &ApiParsers::app));
}

ApiCall *AdminApiClient::listServices(
    const AppRef &app, QObject *context, Callback<QList<ServiceSummary>> done)
{
    return send(
        ApiRequests::listServices(app), context, typed(std::move(done), &ApiParsers::services));
}

ApiCall *AdminApiClient::serviceConfig(
    const AppRef &app, const QString &serviceId, QObject *context, Callback<ServiceConfig> done)
{
    return send(ApiRequests::serviceConfig(app, serviceId), context,
        typed(std::move(done), &ApiParsers::serviceConfig));
}

ApiCall *AdminApiClient::patchServiceConfig(const AppRef &app, const QString &serviceId,
    const QJsonObject &body, QObject *context, Callback<Done> done)
{
    return send(
        ApiRequests::patchServiceConfig(app, serviceId, body), context, noContent(std::move(done)));
}

ApiCall *AdminApiClient::deployConfig(
    const AppRef &app, QObject *context, Callback<DeployConfig> done)
{
    return send(
        ApiRequests::deployConfig(app), context, typed(std::move(done), &ApiParsers::deployConfig));
}

ApiCall *AdminApiClient::setUiDraftsDisabled(const AppRef &app, const DeployConfig &current,
    bool disabled, QObject *context, Callback<Done> done)
{
    return send(ApiRequests::patchDeployConfig(app, current, disabled), context,
        noContent(std::move(done)));
}

ApiCall *AdminApiClient::currentDraft(
    const AppRef &app, QObject *context, Callback<std::optional<Draft>> done)
{
    return send(
        ApiRequests::listDrafts(app), context, typed(std::move(done), &ApiParsers::currentDraft));
}

ApiCall *AdminApiClient::createDraft(const AppRef &app, QObject *context, Callback<Draft> done)
{
    return send(ApiRequests::createDraft(app), context, typed(std::move(done), &ApiParsers::draft));
}

ApiCall *AdminApiClient::discardDraft(
    const AppRef &app, const QString &draftId, QObject *context, Callback<Done> done)
{
    return send(ApiRequests::deleteDraft(app, draftId), context, noContent(std::move(done)));
}

ApiCall *AdminApiClient::draftDiff(
    const AppRef &app, const QString &draftId, QObject *context, Callback<DraftDiff> done)
{
    return send(ApiRequests::draftDiff(app, draftId), context,
        typed(std::move(done), &ApiParsers::draftDiff));
}

ApiCall *AdminApiClient::deployDraft(const AppRef &app, const QString &draftId, const QString &name,
    QObject *context, Callback<Deployment> done)
{
    return send(ApiRequests::deployDraft(app, draftId, name), context,
        typed(std::move(done), &ApiParsers::deployment));
}

ApiCall *AdminApiClient::listDeployments(
    const AppRef &app, QObject *context, Callback<QList<Deployment>> done)
{
    return send(ApiRequests::listDeployments(app), context,
        typed(std::move(done), &ApiParsers::deployments));
}

ApiCall *AdminApiClient::deployment(
    const AppRef &app, const QString &deploymentId, QObject *context, Callback<Deployment> done)
{
    return send(ApiRequests::deployment(app, deploymentId), context,
        typed(std::move(done), &ApiParsers::deployment));
}

ApiCall *AdminApiClient::redeploy(
    const AppRef &app, const QString &deploymentId, QObject *context, Callback<Done> done)
{
    return send(ApiRequests::redeploy(app, deploymentId), context, noContent(std::move(done)));
}

ApiCall *AdminApiClient::metrics(const AppRef &app, const QDateTime &start, const QDateTime &end,
    const QString &granularity, const QStringList &names, QObject *context,
    Callback<AppMetrics> done)
{
    return send(ApiRequests::metrics(app, start, end, granularity, names), context,
        typed(std::move(done), &ApiParsers::metrics));
}

ApiCall *AdminApiClient::logs(
    const AppRef &app, const SyncLogQuery &query, QObject *context, Callback<SyncLogPage> done)
{
    return send(
        ApiRequests::logs(app, query), context, typed(std::move(done), &ApiParsers::logPage));
}
