#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <list>
#include <vector>

class QHostAddress;

// Limits failed logins per peer (PeerKey::forLogins: an IPv4 address, all of 127/8 as one, an
// IPv6 /64), so that a simulator listening beyond loopback cannot have its key pair guessed:
// past `maxFailures` failures within `windowMs`, every login from that peer is refused until
// the oldest of them leaves the window. Other peers are never held back.
//
// A failure and a check cost O(1): each peer keeps a ring of its last `maxFailures` failure
// times, and peers are ordered by their last failure, so the table drops the peers whose
// failures have left the window, and past `maxPeers` the peer that failed longest ago.
class LoginThrottle final
{
public:
    explicit LoginThrottle(int maxFailures = 10, qint64 windowMs = 60000, int maxPeers = 4096);

    // 0 when a login from `peer` may be tried now; otherwise the seconds to wait.
    int secondsToWait(const QHostAddress &peer);
    void failed(const QHostAddress &peer);
    // The peers with failures on record; never more than maxPeers.
    int peerCount() const { return int(m_peers.size()); }

private:
    struct Peer
    {
        std::vector<qint64> failures; // a ring of the last maxFailures failure times
        int next = 0; // where the next failure goes; with a full ring, the oldest
        int count = 0;
        std::list<QString>::iterator order;
        qint64 newest() const;
    };

    void forget(QHash<QString, Peer>::iterator it);
    void forgetOld(qint64 now);

    int m_maxFailures;
    qint64 m_windowMs;
    int m_maxPeers;
    QElapsedTimer m_clock;
    QHash<QString, Peer> m_peers;
    std::list<QString> m_order; // by last failure, the longest ago first
};
