#include "SimServer.h"

#include "SimBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
QString str(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

SimServer::SimServer(SimBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_api(backend)
{ }

SimServer::~SimServer() = default;

void SimServer::sslSetup(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

quint16 SimServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

bool SimServer::start(const QHostAddress &address, quint16 port)
{
    delete m_listener;
    if (m_certificate.isNull()) {
        m_listener = new QTcpServer(this);
    } else {
        auto *tls = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        tls->setSslConfiguration(config);
        m_listener = tls;
    }
    // Connections past the cap are still accepted, to be told so; the backlog stays Qt's.
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &SimServer::accept);
    if (!m_listener->listen(address, port))
        return false;
    QUrl url;
    url.setScheme(str("http"));
    url.setHost(address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            ? str("127.0.0.1")
            : address.toString());
    url.setPort(m_listener->serverPort());
    url.setPath(QString::fromLatin1(ApiPrefix));
    m_baseUrl = url;
    return true;
}

void SimServer::accept()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        if (m_connections >= m_maxConnections) {
            // Refused politely: the room's other clients keep being served.
            SimReply busy = SimReply::error(503,
                QStringLiteral("the simulator serves %1 connections at once; try again shortly")
                    .arg(m_maxConnections),
                str("TooManyConnections"));
            busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
            socket->write(HttpConnection::serialize(busy, true));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        ++m_connections;
        auto *connection = new HttpConnection(socket, m_limits, m_timeouts, this);
        connect(connection, &HttpConnection::closed, this, [this] { --m_connections; });
        connect(connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest &request) { handle(request, connection); });
    }
}

void SimServer::handle(const HttpRequest &request, HttpConnection *connection)
{
    const QString path = request.path();
    if (path.startsWith(str("/_sim/"))) {
        const bool local = request.peer.isLoopback();
        connection->respond(local
                ? control(request, path.mid(6))
                : SimReply::error(
                    403, str("the control API answers loopback clients only"), str("Forbidden")));
        return;
    }
    const QString prefix = QString::fromLatin1(ApiPrefix);
    if (!path.startsWith(prefix + QLatin1Char('/'))) {
        connection->respond(SimReply::error(404,
            QStringLiteral("%1 is not an Admin API path; the API is under %2").arg(path, prefix),
            str("NotFound")));
        return;
    }

    SimRequest simRequest;
    simRequest.method = request.method;
    simRequest.path = path.mid(prefix.size());
    simRequest.query = request.query();
    simRequest.authorization = request.header("authorization");
    simRequest.body = request.body;

    const std::optional<FaultRule> fault = m_faults.take(simRequest.method, simRequest.path);
    if (fault && !fault->redirect.isEmpty()) {
        // What a hostile or misconfigured proxy would do: send the client, keys and all,
        // elsewhere. The Admin API itself never redirects.
        SimReply reply = SimReply::error(
            fault->status > 0 ? fault->status : 307, str("moved elsewhere"), str("Redirect"));
        reply.headers.append({"Location", fault->redirect.toUtf8()});
        emit exchanged(simRequest, reply);
        connection->respond(reply, fault->latencyMs);
        return;
    }
    if (fault && fault->status > 0) {
        SimReply reply = SimReply::error(fault->status,
            fault->status == 429 ? str("too many requests") : str("injected server error"),
            fault->status == 429 ? str("TooManyRequests") : str("InternalServerError"));
        if (fault->retryAfter >= 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault->retryAfter)});
        emit exchanged(simRequest, reply);
        connection->respond(reply, fault->latencyMs);
        return;
    }
    if (fault)
        simRequest.deploymentError = fault->deploymentError;

    SimReply reply = m_api.handle(simRequest);
    if (fault && fault->drop) {
        // The request was served; only its reply is lost, as when a connection breaks.
        SimReply lost = reply;
        lost.status = 0;
        emit exchanged(simRequest, lost);
        connection->drop(fault->latencyMs);
        return;
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
    connection->respond(reply, fault ? fault->latencyMs : 0);
}

SimReply SimServer::control(const HttpRequest &request, const QString &path)
{
    const QByteArray &method = request.method;
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
            const QJsonDocument body = QJsonDocument::fromJson(request.body);
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
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
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
