#include "SimServer.h"

#include "SimBackend.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

QString str(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

SimServer::SimServer(SimBackend *backend, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_backend(backend)
    , m_api(backend)
{ }

SimServer::~SimServer() = default;

bool SimServer::start(const QHostAddress &address, quint16 port)
{
    const quint16 bound = listen(address, port);
    if (bound == 0)
        return false;
    QUrl url;
    url.setScheme(str("http"));
    url.setHost(address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            ? str("127.0.0.1")
            : address.toString());
    url.setPort(bound);
    url.setPath(QString::fromLatin1(ApiPrefix));
    m_baseUrl = url;
    return true;
}

bool SimServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path.startsWith(str("/_sim/"))) {
        const bool local = request.remoteAddress().isLoopback();
        respond(request, socket,
            local ? control(request, path.mid(6))
                  : SimReply::error(
                      403, str("the control API answers loopback clients only"), str("Forbidden")),
            0);
        return true;
    }
    const QString prefix = QString::fromLatin1(ApiPrefix);
    if (!path.startsWith(prefix + QLatin1Char('/')))
        return false;

    SimRequest simRequest;
    simRequest.method = methodName(request.method());
    simRequest.path = path.mid(prefix.size());
    simRequest.query = request.query();
    simRequest.authorization = request.value("Authorization");
    simRequest.body = request.body();

    const std::optional<FaultRule> fault = m_faults.take(simRequest.method, simRequest.path);
    if (fault && !fault->redirect.isEmpty()) {
        // What a hostile or misconfigured proxy would do: send the client, keys and all,
        // elsewhere. The Admin API itself never redirects.
        SimReply reply = SimReply::error(
            fault->status > 0 ? fault->status : 307, str("moved elsewhere"), str("Redirect"));
        reply.headers.append({"Location", fault->redirect.toUtf8()});
        emit exchanged(simRequest, reply);
        respond(request, socket, reply, fault->latencyMs);
        return true;
    }
    if (fault && fault->status > 0) {
        SimReply reply = SimReply::error(fault->status,
            fault->status == 429 ? str("too many requests") : str("injected server error"),
            fault->status == 429 ? str("TooManyRequests") : str("InternalServerError"));
        if (fault->retryAfter >= 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault->retryAfter)});
        emit exchanged(simRequest, reply);
        respond(request, socket, reply, fault->latencyMs);
        return true;
    }
    if (fault)
        simRequest.deploymentError = fault->deploymentError;

    SimReply reply = m_api.handle(simRequest);
    if (fault && fault->drop) {
        // The request was served; only its reply is lost, as when a connection breaks.
        SimReply lost = reply;
        lost.status = 0;
        emit exchanged(simRequest, lost);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->latencyMs, this, [guard] {
            if (guard)
                guard->abort();
        });
        return true;
    }
    if (fault && fault->malformed) {
        reply.status = 200;
        reply.body = QByteArrayLiteral("{\"_id\": \"6560f0c0\", \"status\": [tru");
    } else if (fault && fault->oversizeBytes > reply.body.size()) {
        // Valid JSON still, only far bigger than any Admin API reply: white space after it.
        reply.body.append(QByteArray(fault->oversizeBytes - reply.body.size(), ' '));
        emit exchanged(simRequest, reply);
    } else {
        emit exchanged(simRequest, reply);
    }
    respond(request, socket, reply, fault ? fault->latencyMs : 0);
    return true;
}

void SimServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket,
        SimReply::error(404,
            QStringLiteral("%1 is not an Admin API path; the API is under %2")
                .arg(request.url().path(), QString::fromLatin1(ApiPrefix)),
            str("NotFound")),
        0);
}

void SimServer::respond(
    const QHttpServerRequest &request, QTcpSocket *socket, const SimReply &reply, int delayMs)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    const auto write = [responder, guard, reply] {
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        for (const auto &header : reply.headers)
            responder->writeHeader(header.first, header.second);
        if (reply.status == 204) {
            responder->writeHeader("Content-Length", "0");
            responder->writeBody(QByteArray());
            return;
        }
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder->writeBody(reply.body);
    };
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, write);
    else
        write();
}

SimReply SimServer::control(const QHttpServerRequest &request, const QString &path)
{
    const QByteArray method = methodName(request.method());
    if (path == str("faults")) {
        if (method == "GET") {
            QJsonArray rules;
            for (const FaultRule &r : m_faults.rules())
                rules.append(r.toJson());
            return SimReply::json(200, rules);
        }
        if (method == "DELETE") {
            m_faults.clear();
            return SimReply::noContent();
        }
        if (method == "POST") {
            QString problem = str("the body must be a JSON fault rule");
            const QJsonDocument body = QJsonDocument::fromJson(request.body());
            const std::optional<FaultRule> rule
                = body.isObject() ? FaultRule::fromJson(body.object(), &problem) : std::nullopt;
            if (!rule)
                return SimReply::error(400, problem, str("BadRequest"));
            m_faults.add(*rule);
            return SimReply::json(201, rule->toJson());
        }
    } else if (path == str("expire-tokens") && method == "POST") {
        m_backend->sessions().expireAccessTokens();
        return SimReply::noContent();
    } else if (path == str("clock") && method == "POST") {
        bool ok = false;
        const qint64 seconds = request.query().queryItemValue(str("advance")).toLongLong(&ok);
        if (!ok || seconds < 0)
            return SimReply::error(400, str("use /_sim/clock?advance=SECONDS"), str("BadRequest"));
        m_backend->advanceClock(seconds);
        return SimReply::noContent();
    } else if (path.startsWith(str("apps/")) && path.endsWith(str("/devices")) && method == "GET") {
        const QString appId = path.section(QLatin1Char('/'), 1, 1);
        const SimApp *app = m_backend->app(appId);
        if (!app)
            return SimReply::error(404, str("app not found"), str("AppNotFound"));
        QJsonArray devices;
        for (const SimClient &c : app->clients)
            devices.append(c.toJson());
        return SimReply::json(200, devices);
    } else if (path == str("state") && method == "GET") {
        return SimReply::json(200, m_backend->toJson());
    } else if (path == str("settings") && method == "POST") {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        if (body.contains(str("deployment_delay_ms")))
            m_backend->setDeploymentDelayMs(body.value(str("deployment_delay_ms")).toInt());
        if (body.contains(str("token_lifetime_s")))
            m_backend->sessions().setAccessTokenLifetime(
                body.value(str("token_lifetime_s")).toInt());
        return SimReply::noContent();
    }
    return SimReply::error(
        404, str("unknown control path; see sync-console-sim --help"), str("NotFound"));
}
