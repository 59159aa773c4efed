#include "SimWorldFile.h"

#include "JsonReader.h"
#include "SimStateCheck.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QSet>

namespace SimWorldFile {

QJsonObject toJson(const World &world, SimApp::Logs logs)
{
    QJsonArray apps;
    for (const SimApp &a : world.apps)
        apps.append(a.toJson(logs));
    return {{str("format"), str("sync-console-sim-state")}, {str("version"), 1},
        {str("group_id"), world.groupId}, {str("next_id"), QString::number(world.nextId)},
        {str("clock_offset"), world.clockOffset}, {str("apps"), apps}};
}

std::optional<World> fromJson(const QJsonObject &state, QString *problem)
{
    if (state.value(str("format")).toString() != str("sync-console-sim-state")) {
        *problem = str("it is not a Sync Console simulator state file");
        return std::nullopt;
    }
    if (state.value(str("version")).toInt() != 1) {
        *problem = QStringLiteral("its version %1 is not one this simulator reads (1)")
                       .arg(state.value(str("version")).toInt());
        return std::nullopt;
    }
    if (const QString field = SimStateCheck::worldProblem(state); !field.isEmpty()) {
        *problem = field;
        return std::nullopt;
    }
    QList<SimApp> apps;
    QSet<QString> ids;
    const QJsonArray items = state.value(str("apps")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        const QString id = o.value(str("_id")).toString();
        for (const QString &taken : {id, o.value(str("service_id")).toString()}) {
            if (ids.contains(taken)) {
                *problem = QStringLiteral("the id %1 is used twice").arg(taken);
                return std::nullopt;
            }
            ids.insert(taken);
        }
        apps.append(SimApp::fromJson(o));
    }
    World world;
    world.groupId = state.value(str("group_id")).toString();
    world.nextId = state.value(str("next_id")).isString()
        ? state.value(str("next_id")).toString().toULongLong()
        : 1; // checked: a whole number past every id in use
    world.clockOffset = JsonReader::toInt64(state.value(str("clock_offset")));
    world.apps = apps;
    return world;
}

} // namespace SimWorldFile
