#pragma once

#include "ConnectionShares.h"
#include "HttpConnection.h"
#include "LoginThrottle.h"
#include "SimApi.h"
#include "SimClassroom.h"
#include "SimControlApi.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>
#include <memory>
#include <optional>

class FaultInjector;
class FaultPipeline;
class QTcpServer;
class SimBackend;
class SimClassroomControl;
class SimStateFile;

// Serves a SimBackend over HTTP: the Admin API under /api/admin/v3.0, with the fault rules
// in force applied to it (FaultPipeline), and the control API under /_sim (SimControlApi,
// loopback clients only, as ControlGuard checks) that trainers and tests use to inject faults
// and move the simulation along at run time.
//
// A training room shares one simulator, so no client may knock it over for the others: the
// server reads requests itself (HttpRequestParser) within HttpLimits, refusing a body past
// the limit with 413 before reading it or checking who sent it, closes idle and stalled
// connections, and shares its connections among the peers (ConnectionShares): idle ones make
// room for newcomers, and only a newcomer that finds every connection in its way busy is
// answered 503.
class SimServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    explicit SimServer(SimBackend *backend, QObject *parent = nullptr);
    ~SimServer() override;

    // Listens on `address`:`port` (0: a free port). Returns false when the port is taken.
    bool start(const QHostAddress &address, quint16 port);
    QUrl baseUrl() const { return m_baseUrl; }
    quint16 port() const;
    // Serves TLS with this certificate from the next start() on.
    void sslSetup(const QSslCertificate &certificate, const QSslKey &key);

    void setTimeouts(const HttpConnection::Timeouts &timeouts) { m_timeouts = timeouts; }
    void setConnectionLimits(const ConnectionShares::Limits &limits)
    {
        m_connections.setLimits(limits);
    }
    ConnectionShares::Limits connectionLimits() const { return m_connections.limits(); }
    // Failed logins allowed per peer (PeerKey::forLogins) within the window before logins from
    // it are refused (429).
    void setLoginThrottle(int maxFailures, qint64 windowMs)
    {
        m_throttle = LoginThrottle(maxFailures, windowMs);
    }
    const LoginThrottle &loginThrottle() const { return m_throttle; }
    int connectionCount() const { return m_connections.count(); }
    int busyConnectionCount() const { return m_connections.busyCount(); }
    // The connections of the peer `address` belongs to.
    int connectionCount(const QHostAddress &address) const;

    SimBackend *backend() const { return m_backend; }
    // Serves a class as well (sync-console-sim --classroom): a login with a seat's public key,
    // and every request with a token a seat issued, go to that seat; the rest to the backend.
    // The control API gains /_sim/classroom (SimClassroomControl).
    void setClassroom(SimClassroom *classroom);
    // The answer to a request that changed the state waits until the change is on disk, so an
    // acknowledged change survives a crash; answers that changed nothing never wait. When the
    // write fails the change is undone and the answer is a 503 that says so.
    void setStateFile(SimStateFile *file) { m_stateFile = file; }
    // The backend's: faults belong to the simulated world, so a scenario can arm them.
    FaultInjector &faults();

signals:
    // Every Admin API exchange the server served, for contract checks and demos; a reply
    // that a fault dropped has status 0.
    void exchanged(const SimRequest &request, const SimReply &reply);

private:
    void accept();
    // The system refused to accept a connection (out of files, most likely): Qt stops
    // listening then, so this frees a file and listens again.
    void acceptFailed(QAbstractSocket::SocketError error);
    void handle(const HttpRequest &request, HttpConnection *connection);
    void handleControl(const HttpRequest &request, HttpConnection *connection);
    void handleApi(SimRequest request, const HttpRequest &http, HttpConnection *connection);
    // The classroom seat `request` is for (by the login's public key or the token), or null.
    SimClassroom::Seat *seatFor(const SimRequest &request, bool login);
    // The seat whose project a request of the instructor (a valid token of the main key pair)
    // is about, or null.
    SimClassroom::Seat *instructorSeat(const SimRequest &request);
    // The classroom's instructor endpoints (/_sim/classroom and below) answer a peer off
    // loopback too, when it signs its request with an access token of the main key pair (the
    // instructor's): why `request` must be refused (401 without a valid token, 403 with a
    // seat's), or nothing. Not asked for loopback peers, nor for the rest of /_sim.
    std::optional<SimReply> refuseInstructor(const HttpRequest &request);
    // Applies the fault rule in force to the served reply and sends it; `changed`: serving
    // the request changed the state.
    void deliver(const SimRequest &request, SimReply reply, const FaultPipeline &fault,
        bool changed, HttpConnection *connection);
    // The 429 for a login from an address with too many failed ones, or nothing.
    std::optional<SimReply> refuseLogin(const SimRequest &request, const QHostAddress &peer);

    // Answers now, or once the change the request made is on disk; reports the exchange when
    // `report` is given.
    void answer(HttpConnection *connection, const SimReply &reply, int delayMs = 0,
        const std::optional<SimRequest> &report = std::nullopt);

    SimBackend *m_backend;
    SimStateFile *m_stateFile = nullptr;
    SimStateFile *m_seatFile = nullptr; // the file the answer being sent waits for, if a seat's
    bool m_changed = false; // the request being handled changed the state
    SimApi m_api;
    SimClassroom *m_classroom = nullptr;
    std::unique_ptr<SimClassroomControl> m_classroomControl;
    SimControlApi m_control;
    QUrl m_baseUrl;
    QTcpServer *m_listener = nullptr;
    // Only when TLS is asked for: a certificate, even an empty one, loads the TLS library,
    // which the console's start-up (serving plain HTTP on loopback) should not wait for.
    std::optional<QSslCertificate> m_certificate;
    std::optional<QSslKey> m_key;
    const HttpLimits m_limits; // the defaults suit every Admin API request
    HttpConnection::Timeouts m_timeouts;
    ConnectionShares m_connections;
    LoginThrottle m_throttle;
    int m_acceptFailures = 0; // since the last connection accepted
};
