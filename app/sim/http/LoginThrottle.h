#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>

// Limits failed logins per source address, so that a simulator listening beyond loopback
// cannot have its key pair guessed: past `maxFailures` failures within `windowMs`, every
// login from that address is refused until the oldest failure leaves the window.
class LoginThrottle final
{
public:
    explicit LoginThrottle(int maxFailures = 10, qint64 windowMs = 60000);

    // 0 when a login from `peer` may be tried now; otherwise the seconds to wait.
    int secondsToWait(const QHostAddress &peer);
    void failed(const QHostAddress &peer);

private:
    void forgetOld(QList<qint64> &failures) const;

    int m_maxFailures;
    qint64 m_windowMs;
    QElapsedTimer m_clock;
    QHash<QString, QList<qint64>> m_failures; // address -> when each failure happened
};
