#include "LoginThrottle.h"

#include "PeerKey.h"

#include <QHostAddress>

LoginThrottle::LoginThrottle(int maxFailures, qint64 windowMs, int maxPeers)
    : m_maxFailures(qMax(1, maxFailures))
    , m_windowMs(windowMs)
    , m_maxPeers(qMax(1, maxPeers))
{
    m_clock.start();
}

qint64 LoginThrottle::Peer::newest() const
{
    const int size = int(failures.size());
    return failures[size_t((next + size - 1) % size)];
}

void LoginThrottle::forget(QHash<QString, Peer>::iterator it)
{
    m_order.erase(it->order);
    m_peers.erase(it);
}

void LoginThrottle::forgetOld(qint64 now)
{
    // The longest-ago failure first: each peer is looked at once more than it failed, so the
    // cost is O(1) per failure however many peers there are.
    while (!m_order.empty()) {
        const auto it = m_peers.find(m_order.front());
        if (now - it->newest() < m_windowMs && m_peers.size() <= m_maxPeers)
            break;
        forget(it);
    }
}

int LoginThrottle::secondsToWait(const QHostAddress &address)
{
    const auto it = m_peers.find(PeerKey::forLogins(address));
    if (it == m_peers.end() || it->count < m_maxFailures)
        return 0;
    const qint64 oldest = it->failures[size_t(it->next)];
    const qint64 waitMs = m_windowMs - (m_clock.elapsed() - oldest);
    if (waitMs <= 0)
        return 0;
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

void LoginThrottle::failed(const QHostAddress &address)
{
    const qint64 now = m_clock.elapsed();
    const QString key = PeerKey::forLogins(address);
    auto it = m_peers.find(key);
    if (it == m_peers.end()) {
        it = m_peers.insert(key, Peer());
        it->failures.resize(size_t(m_maxFailures));
        it->order = m_order.insert(m_order.end(), key);
    } else {
        m_order.splice(m_order.end(), m_order, it->order); // now the latest to fail
    }
    it->failures[size_t(it->next)] = now;
    it->next = (it->next + 1) % m_maxFailures;
    it->count = qMin(it->count + 1, m_maxFailures);
    forgetOld(now);
}
