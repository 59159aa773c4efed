#include "SimServer.h"

#include "ControlGuard.h"
#include "FaultPipeline.h"
#include "PeerKey.h"
#include "SimBackend.h"
#include "SimClassroom.h"
#include "SimClassroomControl.h"
#include "SimStateFile.h"
#include "Utf8.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

SimServer::SimServer(SimBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_api(backend)
    , m_control(*backend)
{
    connect(m_backend, &SimBackend::changed, this, [this] { m_changed = true; });
}

SimServer::~SimServer() = default;

void SimServer::setClassroom(SimClassroom *classroom)
{
    m_classroom = classroom;
    m_classroomControl = std::make_unique<SimClassroomControl>(*classroom);
    connect(classroom, &SimClassroom::changed, this, [this] { m_changed = true; });
}

SimClassroom::Seat *SimServer::seatFor(const SimRequest &request, bool login)
{
    if (!m_classroom)
        return nullptr;
    if (login) {
        bool ok = false;
        return m_classroom->seatForKey(
            request.bodyObject(&ok).value(QStringLiteral("username")).toString());
    }
    const QByteArray header = request.authorization.trimmed();
    if (!header.startsWith("Bearer "))
        return nullptr;
    return m_classroom->seatForToken(QString::fromLatin1(header.mid(7).trimmed()));
}

SimClassroom::Seat *SimServer::instructorSeat(const SimRequest &request)
{
    if (!m_classroom)
        return nullptr;
    const QStringList segments = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() < 2 || segments[0] != QLatin1String("groups"))
        return nullptr;
    SimClassroom::Seat *seat = m_classroom->seatForGroup(segments[1]);
    const QByteArray header = request.authorization.trimmed();
    if (!seat || !header.startsWith("Bearer "))
        return nullptr;
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    return m_backend->sessions().checkAccess(token, m_backend->now()) == SimSessions::Check::Valid
        ? seat
        : nullptr;
}

std::optional<SimReply> SimServer::refuseInstructor(const HttpRequest &request)
{
    const QByteArray header = request.header("authorization").trimmed();
    const QString token = header.startsWith("Bearer ")
        ? QString::fromLatin1(header.mid(7).trimmed())
        : QString();
    if (!token.isEmpty() && m_classroom->seatForToken(token))
        return SimReply::error(403,
            str("a seat's token does not open the classroom; the instructor signs in with the "
                "main key pair"),
            str("Forbidden"));
    if (token.isEmpty()
        || m_backend->sessions().checkAccess(token, m_backend->now())
            != SimSessions::Check::Valid)
        return SimReply::error(401,
            str("off the simulator's machine the classroom answers the instructor only: sign in "
                "with the main key pair and send its access token (Authorization: Bearer)"),
            str("Unauthorized"));
    // The token is what a page of another site cannot send; Host and Origin, which guard the
    // loopback-only control API against such pages, name the room's address here.
    return ControlGuard::refuseChange(request);
}

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
    // Connections past the cap are still accepted, to be told so. The kernel's queue of
    // connections not yet accepted holds a class starting at once (60 consoles open some 360
    // in a second): with Qt's 50, the rest waited for their clients to send again, a second
    // and more later (tst_simpeers).
    m_listener->setListenBacklogSize(1024);
    connect(m_listener, &QTcpServer::pendingConnectionAvailable, this, &SimServer::accept);
    connect(m_listener, &QTcpServer::acceptError, this, &SimServer::acceptFailed);
    if (!m_listener->listen(address, port))
        return false;
    QUrl url;
    url.setScheme(m_certificate && !m_certificate->isNull() ? str("https") : str("http"));
    url.setHost(address == QHostAddress::Any || address == QHostAddress::AnyIPv4
            ? str("127.0.0.1")
            : address.toString());
    url.setPort(m_listener->serverPort());
    url.setPath(QString::fromLatin1(SimRequest::ApiPrefix));
    m_baseUrl = url;
    return true;
}

int SimServer::connectionCount(const QHostAddress &address) const
{
    return m_connections.count(PeerKey::forConnections(address));
}

void SimServer::acceptFailed(QAbstractSocket::SocketError error)
{
    ++m_acceptFailures;
    if (m_acceptFailures == 1)
        qWarning("sync-console-sim: cannot accept a connection (%s); closing idle connections "
                 "to make room",
            qPrintable(m_listener->errorString()));
    // A connection reset before it was accepted costs nothing: listen again at once. Out of
    // files, an idle connection gives one back; when none is idle, listen again a moment later
    // (the 503s on their way out and the busy connections end soon) rather than spin.
    const bool freed = error == QAbstractSocket::NetworkError || m_connections.closeOneIdle();
    QTimer::singleShot(
        freed ? 0 : 100, m_listener, [listener = m_listener] { listener->resumeAccepting(); });
}

void SimServer::accept()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        m_acceptFailures = 0;
        const QString peer = PeerKey::forConnections(socket->peerAddress());
        if (!m_connections.makeRoom(peer)) {
            // Refused politely: the room's other clients keep being served.
            SimReply busy = SimReply::error(503,
                QStringLiteral("the simulator is busy serving %1 requests from %2 and others; "
                               "try again shortly")
                    .arg(m_connections.count(peer))
                    .arg(peer),
                str("TooManyConnections"));
            busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
            socket->write(HttpConnection::serialize(busy, true));
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->disconnectFromHost();
            continue;
        }
        auto *connection = new HttpConnection(socket, m_limits, m_timeouts, this);
        m_connections.add(peer, connection);
        connect(connection, &HttpConnection::closed, this,
            [this, peer, connection] { m_connections.remove(peer, connection); });
        connect(connection, &HttpConnection::requestReceived, this,
            [this, connection](const HttpRequest &request) { handle(request, connection); });
    }
}

void SimServer::handle(const HttpRequest &request, HttpConnection *connection)
{
    if (request.path().startsWith(
            QString::fromLatin1(SimRequest::ControlPrefix) + QLatin1Char('/')))
        return handleControl(request, connection);
    if (const std::optional<SimRequest> api = SimRequest::fromHttp(request))
        return handleApi(*api, request, connection);
    connection->respond(SimReply::error(404,
        QStringLiteral("%1 is not an Admin API path; the API is under %2")
            .arg(request.path(), QString::fromLatin1(SimRequest::ApiPrefix)),
        str("NotFound")));
}

void SimServer::handleControl(const HttpRequest &request, HttpConnection *connection)
{
    const ControlGuard guard(m_listener ? m_listener->serverAddress() : QHostAddress(), port());
    const QString classroom = QString::fromLatin1(SimRequest::ControlPrefix) + str("/classroom");
    const QString path = request.path();
    const bool instructor = m_classroom && !request.peer.isLoopback()
        && (path == classroom || path.startsWith(classroom + QLatin1Char('/')));
    const std::optional<SimReply> refused
        = instructor ? refuseInstructor(request) : guard.refuse(request);
    m_changed = false;
    if (refused)
        return answer(connection, *refused);
    const SimRequest control = *SimRequest::fromHttp(request, SimRequest::ControlPrefix);
    if (m_classroomControl)
        if (std::optional<SimReply> reply = m_classroomControl->handle(control))
            return answer(connection, *reply);
    answer(connection, m_control.handle(control));
}

std::optional<SimReply> SimServer::refuseLogin(const SimRequest &request, const QHostAddress &peer)
{
    const int wait = m_throttle.secondsToWait(peer);
    if (wait <= 0)
        return std::nullopt;
    SimReply busy = SimReply::error(429,
        QStringLiteral("too many failed logins from %1; try again in %2 s")
            .arg(PeerKey::forLogins(peer))
            .arg(wait),
        str("TooManyRequests"));
    busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
    emit exchanged(request, busy);
    return busy;
}

void SimServer::handleApi(SimRequest request, const HttpRequest &http, HttpConnection *connection)
{
    const bool login = request.method == "POST"
        && request.path == QLatin1String("/auth/providers/mongodb-cloud/login");
    if (login)
        if (const std::optional<SimReply> busy = refuseLogin(request, http.peer))
            return connection->respond(*busy);

    const FaultPipeline fault(faults().take(request.method, request.path));
    if (const std::optional<SimReply> instead = fault.instead()) {
        emit exchanged(request, *instead);
        return connection->respond(*instead, fault.latencyMs());
    }
    fault.before(request);
    m_changed = false;
    SimClassroom::Seat *seat = seatFor(request, login);
    SimClassroom::Seat *watched = seat ? nullptr : instructorSeat(request);
    SimReply reply;
    if (watched) {
        // The instructor's request of a seat's project, served with a token of the seat's own;
        // not the trainee's step, so not in the seat's progress.
        SimRequest asSeat = request;
        asSeat.authorization = "Bearer " + m_classroom->instructorToken(*watched).toLatin1();
        reply = watched->api->handle(asSeat);
        seat = watched;
    } else {
        reply = (seat ? *seat->api : m_api).handle(request);
        if (seat)
            m_classroom->observe(*seat, request, reply);
    }
    if (login && reply.status == 401)
        m_throttle.failed(http.peer);
    SimStateFile *seatFile = seat ? seat->file.get() : nullptr;
    if (!reply.later) {
        m_seatFile = seatFile;
        return deliver(request, reply, fault, m_changed, connection);
    }
    // Heavy work runs on the thread pool while everyone else is served; the connection waits
    // for it (and is dropped with it if the client goes away meanwhile).
    auto *watcher = new QFutureWatcher<SimReply>(connection);
    connect(watcher, &QFutureWatcherBase::finished, this,
        [this, watcher, request, fault, changed = m_changed, connection, seatFile] {
            watcher->deleteLater();
            m_seatFile = seatFile;
            deliver(request, watcher->result(), fault, changed, connection);
        });
    watcher->setFuture(QtConcurrent::run(reply.later));
}

void SimServer::deliver(const SimRequest &request, SimReply reply, const FaultPipeline &fault,
    bool changed, HttpConnection *connection)
{
    m_changed = changed;
    switch (fault.after(reply)) {
    case FaultPipeline::Delivery::Drop: {
        SimReply lost = reply;
        lost.status = 0;
        emit exchanged(request, lost);
        return connection->drop(fault.latencyMs());
    }
    case FaultPipeline::Delivery::Send:
        return answer(connection, reply, fault.latencyMs(), request);
    case FaultPipeline::Delivery::SendUnreported:
        break;
    }
    answer(connection, reply, fault.latencyMs());
}

void SimServer::answer(HttpConnection *connection, const SimReply &reply, int delayMs,
    const std::optional<SimRequest> &report)
{
    // A seat's change waits for the seat's own file.
    SimStateFile *file = std::exchange(m_seatFile, nullptr);
    if (!file)
        file = m_stateFile;
    if (!m_changed || !file) {
        if (report)
            emit exchanged(*report, reply);
        return connection->respond(reply, delayMs);
    }
    file->whenSaved([self = QPointer<SimServer>(this),
                        connection = QPointer<HttpConnection>(connection), reply, delayMs,
                        report](const QString &problem) {
        // 503, not 507: a read-only disk is not short of space, and the state went back to the
        // file's, so the same request may simply be tried again later.
        const SimReply sent = problem.isEmpty() ? reply
                                                : SimReply::error(503,
                                                    QStringLiteral("the change was not saved and "
                                                                   "has been undone: %1")
                                                        .arg(problem),
                                                    str("StateNotSaved"));
        if (self && report)
            emit self->exchanged(*report, sent);
        if (connection)
            connection->respond(sent, delayMs);
    });
}
