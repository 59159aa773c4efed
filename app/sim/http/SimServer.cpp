#include "SimServer.h"

#include "SimBackend.h"
#include "SimDeviceControl.h"
#include "SimStateFile.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

// An injected error looks like the service's own: its status's error code and words.
QString injectedCode(int status)
{
    switch (status) {
    case 400:
        return str("BadRequest");
    case 401:
        return str("InvalidSession");
    case 403:
        return str("Forbidden");
    case 404:
        return str("NotFound");
    case 409:
        return str("Conflict");
    case 429:
        return str("TooManyRequests");
    case 502:
        return str("BadGateway");
    case 503:
        return str("ServiceUnavailable");
    case 504:
        return str("GatewayTimeout");
    default:
        return status >= 500 ? str("InternalServerError") : str("BadRequest");
    }
}

QString injectedMessage(int status)
{
    switch (status) {
    case 401:
        return str("invalid session: valid authentication required");
    case 403:
        return str("forbidden");
    case 404:
        return str("not found");
    case 409:
        return str("conflict with the current state");
    case 429:
        return str("too many requests");
    case 503:
        return str("service unavailable");
    default:
        return status >= 500 ? str("injected server error") : str("injected client error");
    }
}

// The longest the clock may be moved in one call: ten years, far past any window it drives.
constexpr qint64 MaxClockAdvanceSeconds = 10LL * 366 * 24 * 3600;
} // namespace

SimServer::SimServer(SimBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_api(backend)
{
    connect(m_backend, &SimBackend::changed, this, [this] { m_changed = true; });
}

SimServer::~SimServer() = default;

FaultInjector &SimServer::faults()
{
    return m_backend->faults();
}

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
    if (!m_certificate || m_certificate->isNull()) {
        m_listener = new QTcpServer(this);
    } else {
        auto *tls = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(*m_certificate);
        config.setPrivateKey(*m_key);
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
        if (!request.peer.isLoopback()) {
            connection->respond(SimReply::error(
                403, str("the control API answers loopback clients only"), str("Forbidden")));
            return;
        }
        const std::optional<SimReply> refused = refuseControl(request);
        m_changed = false;
        answer(connection, refused ? *refused : control(request, path.mid(6)));
        return;
    }
    const std::optional<SimRequest> api = SimRequest::fromHttp(request);
    if (!api) {
        connection->respond(SimReply::error(404,
            QStringLiteral("%1 is not an Admin API path; the API is under %2")
                .arg(path, QString::fromLatin1(ApiPrefix)),
            str("NotFound")));
        return;
    }
    SimRequest simRequest = *api;

    const bool login = simRequest.method == "POST"
        && simRequest.path == QLatin1String("/auth/providers/mongodb-cloud/login");
    if (login) {
        if (const int wait = m_throttle.secondsToWait(request.peer); wait > 0) {
            SimReply busy = SimReply::error(429,
                QStringLiteral("too many failed logins from %1; try again in %2 s")
                    .arg(request.peer.toString())
                    .arg(wait),
                str("TooManyRequests"));
            busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
            emit exchanged(simRequest, busy);
            connection->respond(busy);
            return;
        }
    }

    const std::optional<FaultRule> fault = faults().take(simRequest.method, simRequest.path);
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
    if (fault && fault->html) {
        // A proxy or load balancer in front of the service answers for it, in HTML.
        SimReply reply;
        reply.status = fault->status > 0 ? fault->status : 502;
        reply.body = QByteArrayLiteral("<html><head><title>502 Bad Gateway</title></head><body>"
                                       "<center><h1>502 Bad Gateway</h1></center><hr>"
                                       "<center>nginx</center></body></html>\n");
        reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")});
        emit exchanged(simRequest, reply);
        connection->respond(reply, fault->latencyMs);
        return;
    }
    if (fault && fault->status > 0) {
        SimReply reply = SimReply::error(
            fault->status, injectedMessage(fault->status), injectedCode(fault->status));
        if (fault->retryAfter >= 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault->retryAfter)});
        emit exchanged(simRequest, reply);
        connection->respond(reply, fault->latencyMs);
        return;
    }
    if (fault)
        simRequest.deploymentError = fault->deploymentError;

    m_changed = false;
    SimReply reply = m_api.handle(simRequest);
    if (login && reply.status == 401)
        m_throttle.failed(request.peer);
    if (fault && fault->drop) {
        // The request was served; only its reply is lost, as when a connection breaks.
        SimReply lost = reply;
        lost.status = 0;
        emit exchanged(simRequest, lost);
        connection->drop(fault->latencyMs);
        return;
    }
    if (fault && fault->empty) {
        reply.status = 200;
        reply.body.clear();
    } else if (fault && fault->malformed) {
        reply.status = 200;
        reply.body = QByteArrayLiteral("{\"_id\": \"6560f0c0\", \"status\": [tru");
    } else if (fault && fault->oversizeBytes > reply.body.size()) {
        // Valid JSON still, only far bigger than any Admin API reply: white space after it.
        reply.body.append(QByteArray(fault->oversizeBytes - reply.body.size(), ' '));
        emit exchanged(simRequest, reply);
    } else {
        emit exchanged(simRequest, reply);
    }
    answer(connection, reply, fault ? fault->latencyMs : 0);
}

void SimServer::answer(HttpConnection *connection, const SimReply &reply, int delayMs)
{
    if (!m_changed || !m_stateFile)
        return connection->respond(reply, delayMs);
    m_stateFile->whenSaved([connection = QPointer<HttpConnection>(connection), reply, delayMs] {
        if (connection)
            connection->respond(reply, delayMs);
    });
}

SimReply SimServer::control(const HttpRequest &request, const QString &path)
{
    const QByteArray &method = request.method;
    if (path == str("faults")) {
        if (method == "GET") {
            QJsonArray rules;
            for (const FaultRule &r : faults().rules())
                rules.append(r.toJson());
            return SimReply::json(200, rules);
        }
        if (method == "DELETE") {
            faults().clear();
            return SimReply::noContent();
        }
        if (method == "POST") {
            QString problem = str("the body must be a JSON fault rule");
            const QJsonDocument body = QJsonDocument::fromJson(request.body);
            const std::optional<FaultRule> rule
                = body.isObject() ? FaultRule::fromJson(body.object(), &problem) : std::nullopt;
            if (!rule)
                return SimReply::error(400, problem, str("BadRequest"));
            faults().add(*rule);
            return SimReply::json(201, rule->toJson());
        }
    } else if (path == str("reset") && method == "POST") {
        if (!m_backend->resetScenario())
            return SimReply::error(409,
                str("there is no scenario start to go back to (the state file was written "
                    "before the simulator kept one)"),
                str("NoScenarioStart"));
        return SimReply::json(200, QJsonObject {{str("scenario"), m_backend->scenario()}});
    } else if (path == str("expire-tokens") && method == "POST") {
        m_backend->sessions().expireAccessTokens();
        return SimReply::noContent();
    } else if (path == str("clock") && method == "POST") {
        bool ok = false;
        const qint64 seconds = request.query().queryItemValue(str("advance")).toLongLong(&ok);
        if (!ok || seconds < 0 || seconds > MaxClockAdvanceSeconds)
            return SimReply::error(400,
                QStringLiteral("use /_sim/clock?advance=SECONDS, from 0 to %1")
                    .arg(MaxClockAdvanceSeconds),
                str("BadRequest"));
        m_backend->advanceClock(seconds);
        return SimReply::noContent();
    } else if (path.startsWith(str("apps/"))) {
        const QStringList parts = path.split(QLatin1Char('/'));
        SimApp *app = m_backend->app(parts.value(1));
        if (!app)
            return SimReply::error(404, str("app not found"), str("AppNotFound"));
        return SimDeviceControl(*m_backend).handle(method, *app, parts.mid(2), request.body);
    } else if (path == str("state") && method == "GET") {
        return SimReply::json(200, m_backend->toJson());
    } else if (path == str("settings") && method == "POST") {
        const QJsonDocument document = QJsonDocument::fromJson(request.body);
        const QJsonObject body = document.object();
        // Whole numbers in range only; anything else changes nothing.
        const auto number = [&body](const char *key, int low, int high, int *out) {
            const QJsonValue v = body.value(QLatin1String(key));
            if (v.isUndefined())
                return true;
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d < low || d > high || d != double(qint64(d)))
                return false;
            *out = int(d);
            return true;
        };
        int delay = m_backend->deploymentDelayMs();
        int lifetime = m_backend->sessions().accessTokenLifetime();
        bool known = document.isObject();
        for (auto it = body.begin(); it != body.end() && known; ++it)
            known = it.key() == str("deployment_delay_ms") || it.key() == str("token_lifetime_s");
        if (!known || !number("deployment_delay_ms", 0, 600000, &delay)
            || !number("token_lifetime_s", 1, 30 * 86400, &lifetime))
            return SimReply::error(400,
                str("the settings are a JSON object with deployment_delay_ms (0 to 600000) "
                    "and token_lifetime_s (1 to 2592000)"),
                str("BadRequest"));
        m_backend->setDeploymentDelayMs(delay);
        m_backend->sessions().setAccessTokenLifetime(lifetime);
        return SimReply::noContent();
    }
    return SimReply::error(
        404, str("unknown control path; see sync-console-sim --help"), str("NotFound"));
}

std::optional<SimReply> SimServer::refuseControl(const HttpRequest &request) const
{
    // A web page can make the browser send requests here; the browser then names the page's
    // origin, and a name rebound to 127.0.0.1 shows in Host. Only the simulator's own
    // addresses pass, and a change must say it is JSON, which no page can send across sites
    // without asking first.
    const QByteArray port = QByteArray::number(m_listener ? m_listener->serverPort() : 0);
    QList<QByteArray> hosts {"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port};
    const QHostAddress listening = m_listener ? m_listener->serverAddress() : QHostAddress();
    if (!listening.isNull() && listening != QHostAddress::Any && listening != QHostAddress::AnyIPv4
        && listening != QHostAddress::AnyIPv6)
        hosts.append(listening.toString().toUtf8() + ':' + port);
    const QByteArray host = request.header("host").toLower();
    if (!host.isEmpty() && !hosts.contains(host))
        return SimReply::error(403,
            QStringLiteral("the control API answers requests addressed to the simulator itself, "
                           "not to %1")
                .arg(QString::fromUtf8(host)),
            str("Forbidden"));
    const QByteArray origin = request.header("origin").toLower();
    if (!origin.isEmpty() && !hosts.contains(origin.mid(origin.indexOf("://") + 3)))
        return SimReply::error(403,
            QStringLiteral("the control API does not answer pages of other sites (%1)")
                .arg(QString::fromUtf8(origin)),
            str("Forbidden"));
    const bool changes = request.method != "GET" && request.method != "HEAD";
    if (changes && !request.header("content-type").toLower().startsWith("application/json"))
        return SimReply::error(415,
            str("control requests that change something must be sent with Content-Type: "
                "application/json"),
            str("UnsupportedMediaType"));
    return std::nullopt;
}
