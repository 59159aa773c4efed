#pragma once

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

// One Admin API request, before it meets the network: built by ApiRequests, sent by ApiCall.
struct ApiRequest
{
    enum class Auth { None, AccessToken, RefreshToken };

    QByteArray method;
    QString path; // below the base URL, starting with '/', segments percent-encoded
    QUrlQuery query;
    QByteArray body; // JSON; empty when the request has none
    Auth auth = Auth::AccessToken;
    // The simulator's own control API lives beside the Admin API, at the server's root.
    bool atServerRoot = false;

    // Only reads may be repeated without asking: a write that may have reached the server is
    // never sent twice blindly.
    bool isRetriable() const { return method == "GET"; }

    // A request to the simulator's own API (`/_sim/…`), at the server's root.
    static ApiRequest atRoot(const QByteArray &method, const QString &path, Auth auth)
    {
        ApiRequest r;
        r.method = method;
        r.path = path;
        r.auth = auth;
        r.atServerRoot = true;
        return r;
    }
};
