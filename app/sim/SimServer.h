#pragma once

#include "FaultInjector.h"
#include "SimApi.h"

#include <QAbstractHttpServer>
#include <QUrl>

class SimBackend;

// Serves a SimBackend over HTTP: the Admin API under /api/admin/v3.0, with the fault rules
// in force applied to it, and a small control API under /_sim (loopback clients only) that
// trainers and tests use to inject faults and move the simulation along at run time.
class SimServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)

public:
    static constexpr const char *ApiPrefix = "/api/admin/v3.0";

    explicit SimServer(SimBackend *backend, QObject *parent = nullptr);
    ~SimServer() override;

    // Listens on `address`:`port` (0: a free port). Returns false when the port is taken.
    bool start(const QHostAddress &address, quint16 port);
    QUrl baseUrl() const { return m_baseUrl; }

    SimBackend *backend() const { return m_backend; }
    FaultInjector &faults() { return m_faults; }

signals:
    // Every Admin API exchange the server served, for contract checks and demos; a reply
    // that a fault dropped has status 0.
    void exchanged(const SimRequest &request, const SimReply &reply);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    SimReply control(const QHttpServerRequest &request, const QString &path);
    void respond(
        const QHttpServerRequest &request, QTcpSocket *socket, const SimReply &reply, int delayMs);

    SimBackend *m_backend;
    SimApi m_api;
    FaultInjector m_faults;
    QUrl m_baseUrl;
};
