#include "ControlGuard.h"

#include "HttpRequest.h"
#include "Utf8.h"

ControlGuard::ControlGuard(const QHostAddress &listening, quint16 port)
{
    const QByteArray p = QByteArray::number(port);
    m_hosts = {"127.0.0.1:" + p, "localhost:" + p, "[::1]:" + p};
    if (!listening.isNull() && listening != QHostAddress::Any && listening != QHostAddress::AnyIPv4
        && listening != QHostAddress::AnyIPv6)
        m_hosts.append(listening.toString().toUtf8() + ':' + p);
}

std::optional<SimReply> ControlGuard::refuse(const HttpRequest &request) const
{
    if (!request.peer.isLoopback())
        return SimReply::error(
            403, str("the control API answers loopback clients only"), str("Forbidden"));
    const QByteArray host = request.header("host").toLower();
    if (!host.isEmpty() && !m_hosts.contains(host))
        return SimReply::error(403,
            QStringLiteral("the control API answers requests addressed to the simulator itself, "
                           "not to %1")
                .arg(QString::fromUtf8(host)),
            str("Forbidden"));
    const QByteArray origin = request.header("origin").toLower();
    if (!origin.isEmpty() && !m_hosts.contains(origin.mid(origin.indexOf("://") + 3)))
        return SimReply::error(403,
            QStringLiteral("the control API does not answer pages of other sites (%1)")
                .arg(QString::fromUtf8(origin)),
            str("Forbidden"));
    return refuseChange(request);
}

std::optional<SimReply> ControlGuard::refuseChange(const HttpRequest &request)
{
    const bool changes = request.method != "GET" && request.method != "HEAD";
    if (changes && !request.header("content-type").toLower().startsWith("application/json"))
        return SimReply::error(415,
            str("control requests that change something must be sent with Content-Type: "
                "application/json"),
            str("UnsupportedMediaType"));
    return std::nullopt;
}
