#include "ConnectionShares.h"

#include "HttpConnection.h"

HttpConnection *ConnectionShares::longestIdle(const QString &peer) const
{
    HttpConnection *found = nullptr;
    for (HttpConnection *c : m_peers.value(peer))
        if (c->isIdle() && (!found || c->idleSinceNs() < found->idleSinceNs()))
            found = c;
    return found;
}

ConnectionShares::Limits ConnectionShares::Limits::forFiles(quint64 files)
{
    Limits limits;
    const quint64 room = files > quint64(Reserve) + 16 ? files - quint64(Reserve) : 16;
    if (room < quint64(limits.total)) {
        limits.total = int(room);
        limits.perPeer = qMax(4, limits.total / 4);
    }
    return limits;
}

bool ConnectionShares::closeOneIdle()
{
    HttpConnection *victim = nullptr;
    qsizetype most = 0;
    for (auto it = m_peers.cbegin(); it != m_peers.cend(); ++it) {
        if (it.value().size() <= most)
            continue;
        if (HttpConnection *idle = longestIdle(it.key())) {
            victim = idle;
            most = it.value().size();
        }
    }
    if (!victim)
        return false;
    victim->closeIdle();
    return true;
}

bool ConnectionShares::makeRoom(const QString &peer)
{
    // Closing a connection removes it from the table at once (HttpConnection::closed).
    while (count(peer) >= m_limits.perPeer) {
        HttpConnection *idle = longestIdle(peer);
        if (!idle)
            return false;
        idle->closeIdle();
    }
    // The peer holding the most, among those with an idle connection to give up.
    while (m_count >= m_limits.total)
        if (!closeOneIdle())
            return false;
    return true;
}

void ConnectionShares::add(const QString &peer, HttpConnection *connection)
{
    m_peers[peer].append(connection);
    ++m_count;
}

void ConnectionShares::remove(const QString &peer, HttpConnection *connection)
{
    const auto it = m_peers.find(peer);
    if (it == m_peers.end() || !it->removeOne(connection))
        return;
    --m_count;
    if (it->isEmpty())
        m_peers.erase(it);
}

int ConnectionShares::busyCount() const
{
    int busy = 0;
    for (const QList<HttpConnection *> &connections : m_peers)
        for (const HttpConnection *c : connections)
            busy += c->isIdle() ? 0 : 1;
    return busy;
}
