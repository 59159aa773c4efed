#pragma once

#include "SimReply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <optional>

struct HttpRequest;

// Who may use the control API (/_sim): the simulator's own machine, asking the simulator by
// one of its own names. A web page can make a browser send requests to loopback; the browser
// then names the page's origin, and a DNS name rebound to 127.0.0.1 shows in Host. Only the
// simulator's own addresses pass, and a change must say it is JSON, which no page can send
// across sites without asking first.
class ControlGuard final
{
public:
    // `listening`, `port`: where the server listens.
    ControlGuard(const QHostAddress &listening, quint16 port);

    // Why the request must be refused, or nothing.
    std::optional<SimReply> refuse(const HttpRequest &request) const;
    // A request that changes something must say it is JSON (415 otherwise); nothing when it does.
    static std::optional<SimReply> refuseChange(const HttpRequest &request);

private:
    QList<QByteArray> m_hosts; // host:port forms that name the simulator
};
