#pragma once

#include <QHash>
#include <QList>
#include <QString>

class HttpConnection;

// The simulator's connections, shared among its peers (PeerKey::forConnections) so that no
// peer starves the others: a peer holds at most `perPeer` connections and all of them
// together at most `total`. When a new connection needs room, idle keep-alive connections
// make it: first the longest idle one of the same peer, if that peer is at its share; then the
// longest idle one of the peer holding the most. Only when every connection in the way is
// busy with a request is the newcomer refused.
class ConnectionShares final
{
public:
    struct Limits
    {
        // Room for a classroom of 60 consoles with 6 connections each and a trainer (361),
        // and to spare.
        int total = 512;
        // No peer, however busy, holds more than a quarter of the room.
        int perPeer = 128;

        // The defaults, made smaller when the process may not hold `files` open files: the
        // connections stay `Reserve` short of the limit (the listener, the state file and its
        // journal, Qt's own), so the server closes idle connections before the system refuses
        // to accept.
        static Limits forFiles(quint64 files);
        static constexpr int Reserve = 64;
    };

    void setLimits(const Limits &limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    // Makes room for one more connection from `peer`, closing idle connections as needed.
    // False when there is no room: every connection in the way is busy.
    bool makeRoom(const QString &peer);
    // Closes the longest-idle connection of the peer holding the most, when one of its is idle
    // (to free a file when the system refused to accept); false when none is.
    bool closeOneIdle();
    void add(const QString &peer, HttpConnection *connection);
    void remove(const QString &peer, HttpConnection *connection);

    int count() const { return m_count; }
    int count(const QString &peer) const { return int(m_peers.value(peer).size()); }
    // Those reading or serving a request; for tests and diagnostics, it looks at each.
    int busyCount() const;

private:
    // The connection of `peer` idle the longest, or null.
    HttpConnection *longestIdle(const QString &peer) const;

    Limits m_limits;
    QHash<QString, QList<HttpConnection *>> m_peers;
    int m_count = 0;
};
