#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// What the simulator acknowledged, so that what it shows after a kill -9 can be held against
// it: a device whose creation was answered 201 must be there, one whose removal was answered
// 204 (or whose creation was refused) must not; a deployment answered 201 must be listed; the
// draft must be the one last acknowledged. A write that got no answer (the connection died
// with the process) may have happened or not, and is not held against it.
class SoakLedger
{
public:
    enum class Outcome { Acknowledged, Refused, NoAnswer };

    void deviceCreated(const QString &id, Outcome outcome);
    void deviceRemoved(const QString &id, Outcome outcome);
    void deploymentCreated(const QString &id);
    // The app's draft after an acknowledged write: its id, or empty for none.
    void draftIs(const QString &id);
    void draftInDoubt();

    const QSet<QString> &deployments() const { return m_deployments; }
    bool draftKnown() const { return m_draftKnown; }

    // What the restarted simulator lost or kept wrongly, a sentence each, from its device ids
    // and drafts; missing deployments are added by the caller, which asks for each.
    QStringList check(const QSet<QString> &deviceIds, const QStringList &draftIds) const;

    int acknowledgedWrites() const { return m_acknowledged; }

private:
    enum class Device { Present, Absent, Either };
    QHash<QString, Device> m_devices;
    QSet<QString> m_deployments;
    QString m_draft;
    bool m_draftKnown = true;
    int m_acknowledged = 0;
};
