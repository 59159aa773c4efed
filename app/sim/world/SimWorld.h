#pragma once

#include "SimApp.h"

#include <QList>
#include <QString>

// The simulated project: its id, its apps and the ids handed out so far. Replacing it (a
// scenario load, a restored state) starts a new generation, so that work scheduled for the old
// world (a deployment's timer) knows it is gone even where the new world reuses its ids.
class SimWorld final
{
public:
    QString groupId() const { return m_groupId; }
    // Before any app is added (a classroom gives each seat a project of its own).
    void setGroupId(const QString &groupId) { m_groupId = groupId; }

    // ObjectId-shaped and stable across runs, so recorded demos and tests read the same.
    QString newId();
    quint64 nextId() const { return m_nextId; }
    // The count in an id of newId()'s form; false for any other id.
    static bool idCount(const QString &id, quint64 *count);

    QList<SimApp> &apps() { return m_apps; }
    const QList<SimApp> &apps() const { return m_apps; }
    SimApp *app(const QString &appId);
    // Adds an app to the project, with ids of its own where it has none.
    SimApp &addApp(SimApp app);

    void clear();
    void replace(const QString &groupId, quint64 nextId, const QList<SimApp> &apps);
    quint64 generation() const { return m_generation; }

private:
    QString m_groupId = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");
    quint64 m_nextId = 1;
    QList<SimApp> m_apps;
    quint64 m_generation = 0;
};
