#include "LoginThrottle.h"

LoginThrottle::LoginThrottle(int maxFailures, qint64 windowMs)
    : m_maxFailures(maxFailures)
    , m_windowMs(windowMs)
{
    m_clock.start();
}

void LoginThrottle::forgetOld(QList<qint64> &failures) const
{
    const qint64 now = m_clock.elapsed();
    while (!failures.isEmpty() && now - failures.first() >= m_windowMs)
        failures.removeFirst();
}

int LoginThrottle::secondsToWait(const QHostAddress &peer)
{
    const auto it = m_failures.find(peer.toString());
    if (it == m_failures.end())
        return 0;
    forgetOld(*it);
    if (it->isEmpty()) {
        m_failures.erase(it);
        return 0;
    }
    if (it->size() < m_maxFailures)
        return 0;
    const qint64 waitMs = m_windowMs - (m_clock.elapsed() - it->first());
    return int(qMax<qint64>(1, (waitMs + 999) / 1000));
}

void LoginThrottle::failed(const QHostAddress &peer)
{
    // Addresses whose failures have all left the window are forgotten, so the table stays
    // as small as the minute's failures.
    if (m_failures.size() > 1024)
        for (auto it = m_failures.begin(); it != m_failures.end();) {
            forgetOld(*it);
            it = it->isEmpty() ? m_failures.erase(it) : std::next(it);
        }
    QList<qint64> &failures = m_failures[peer.toString()];
    forgetOld(failures);
    failures.append(m_clock.elapsed());
    // An address never holds more than the limit's worth of entries.
    while (failures.size() > m_maxFailures)
        failures.removeFirst();
}
