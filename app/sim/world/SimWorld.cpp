#include "SimWorld.h"

#include <utility>

QString SimWorld::newId()
{
    return QStringLiteral("6560f0c0%1").arg(m_nextId++, 16, 16, QLatin1Char('0'));
}

bool SimWorld::idCount(const QString &id, quint64 *count)
{
    if (id.size() != 24 || !id.startsWith(QLatin1String("6560f0c0")))
        return false;
    bool hex = false;
    *count = QStringView(id).mid(8).toULongLong(&hex, 16);
    return hex;
}

SimApp *SimWorld::app(const QString &appId)
{
    for (SimApp &a : m_apps)
        if (a.id == appId)
            return &a;
    return nullptr;
}

SimApp &SimWorld::addApp(SimApp app)
{
    if (app.id.isEmpty())
        app.id = newId();
    if (app.serviceId.isEmpty())
        app.serviceId = newId();
    app.groupId = m_groupId;
    m_apps.append(std::move(app));
    return m_apps.last();
}

void SimWorld::clear()
{
    m_apps.clear();
    ++m_generation;
}

void SimWorld::replace(const QString &groupId, quint64 nextId, const QList<SimApp> &apps)
{
    m_groupId = groupId;
    m_nextId = nextId;
    m_apps = apps;
    ++m_generation;
}
