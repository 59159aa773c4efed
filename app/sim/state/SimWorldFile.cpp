#include "SimWorldFile.h"

#include "JsonReader.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QSet>

namespace {

// The first field of a saved app whose type is not the one the simulator writes.
QString wrongAppField(const QJsonObject &app)
{
    const struct
    {
        const char *key;
        QJsonValue::Type type;
    } fields[] = {
        {"client_app_id", QJsonValue::String},
        {"name", QJsonValue::String},
        {"group_id", QJsonValue::String},
        {"location", QJsonValue::String},
        {"deployment_model", QJsonValue::String},
        {"provider_region", QJsonValue::String},
        {"environment", QJsonValue::String},
        {"last_modified", QJsonValue::Double},
        {"service_name", QJsonValue::String},
        {"cluster_name", QJsonValue::String},
        {"cluster_tier", QJsonValue::String},
        {"cluster_provider", QJsonValue::String},
        {"cluster_region", QJsonValue::String},
        {"translator_error", QJsonValue::String},
        {"foreign_change_on_diff", QJsonValue::Object},
        {"read_preference", QJsonValue::String},
        {"wire_protocol_enabled", QJsonValue::Bool},
        {"legacy_layout", QJsonValue::Bool},
        {"ui_drafts_disabled", QJsonValue::Bool},
        {"deployed", QJsonValue::Object},
        {"draft", QJsonValue::Object},
        {"deployments", QJsonValue::Array},
        {"paused_at", QJsonValue::Double},
        {"oplog_window_hours", QJsonValue::Double},
        {"latest_sync_event", QJsonValue::Double},
        {"last_cluster_event_processed", QJsonValue::Double},
        {"lag_ms", QJsonValue::Double},
        {"sync_metadata_present", QJsonValue::Bool},
        {"clients", QJsonValue::Array},
        {"sync_epoch", QJsonValue::Double},
        {"logs", QJsonValue::Array},
    };
    for (const auto &f : fields) {
        const QJsonValue v = app.value(str(f.key));
        if (!v.isUndefined() && !v.isNull() && v.type() != f.type)
            return str(f.key);
    }
    for (const char *list : {"deployments", "clients", "logs"})
        for (const QJsonValue &entry : app.value(str(list)).toArray())
            if (!entry.isObject())
                return str(list);
    return {};
}

} // namespace

namespace SimWorldFile {

QJsonObject toJson(const World &world)
{
    QJsonArray apps;
    for (const SimApp &a : world.apps)
        apps.append(a.toJson());
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
    if (!state.value(str("group_id")).isString() || !state.value(str("apps")).isArray()) {
        *problem = str("it has no group_id or no apps list");
        return std::nullopt;
    }
    QList<SimApp> apps;
    QSet<QString> ids;
    const QJsonArray items = state.value(str("apps")).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        if (!item.isObject() || !o.value(str("_id")).isString()
            || !o.value(str("service_id")).isString()) {
            *problem = str("an app in it has no _id or service_id");
            return std::nullopt;
        }
        const QString id = o.value(str("_id")).toString();
        if (const QString field = wrongAppField(o); !field.isEmpty()) {
            *problem
                = QStringLiteral("the app %1 has \u201c%2\u201d of the wrong type").arg(id, field);
            return std::nullopt;
        }
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
    world.nextId = qMax<quint64>(state.value(str("next_id")).toString().toULongLong(), 1);
    world.clockOffset = JsonReader::toInt64(state.value(str("clock_offset")));
    world.apps = apps;
    return world;
}

} // namespace SimWorldFile
