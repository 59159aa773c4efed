#include "SoakLedger.h"

void SoakLedger::deviceCreated(const QString &id, Outcome outcome)
{
    if (outcome == Outcome::Acknowledged)
        ++m_acknowledged;
    m_devices[id] = outcome == Outcome::Acknowledged ? Device::Present
        : outcome == Outcome::Refused                ? Device::Absent
                                                     : Device::Either;
}

void SoakLedger::deviceRemoved(const QString &id, Outcome outcome)
{
    if (outcome == Outcome::Acknowledged)
        ++m_acknowledged;
    if (outcome == Outcome::Acknowledged)
        m_devices[id] = Device::Absent;
    else if (outcome == Outcome::NoAnswer)
        m_devices[id] = Device::Either;
    // Refused: as it was.
}

void SoakLedger::deploymentCreated(const QString &id)
{
    ++m_acknowledged;
    m_deployments.insert(id);
}

void SoakLedger::draftIs(const QString &id)
{
    ++m_acknowledged;
    m_draft = id;
    m_draftKnown = true;
}

void SoakLedger::draftInDoubt()
{
    m_draftKnown = false;
}

QStringList SoakLedger::check(const QSet<QString> &deviceIds, const QStringList &draftIds) const
{
    QStringList wrong;
    for (auto it = m_devices.cbegin(); it != m_devices.cend(); ++it) {
        if (it.value() == Device::Present && !deviceIds.contains(it.key()))
            wrong << QStringLiteral("device %1: its creation was acknowledged, it is gone")
                         .arg(it.key());
        else if (it.value() == Device::Absent && deviceIds.contains(it.key()))
            wrong << QStringLiteral("device %1: removed or refused, it is there").arg(it.key());
    }
    if (m_draftKnown) {
        const QString now = draftIds.value(0);
        if (now != m_draft)
            wrong << QStringLiteral("draft: acknowledged \u201c%1\u201d, found \u201c%2\u201d")
                         .arg(m_draft, now);
    }
    return wrong;
}
