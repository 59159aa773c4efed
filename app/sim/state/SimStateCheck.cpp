#include "SimStateCheck.h"

#include "SimClient.h"
#include "SimLogEntry.h"
#include "SimWorld.h"
#include "SyncConfig.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QStringList>
#include <cmath>

namespace {

// The largest whole number a JSON number (a double) holds exactly.
constexpr qint64 MaxExact = qint64(1) << 53;
constexpr qint64 MaxCount = 1000000000;

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return str("null");
    case QJsonValue::Bool:
        return str("true/false");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(v.toDouble());
    case QJsonValue::String:
        return str("a string");
    case QJsonValue::Array:
        return str("a list");
    case QJsonValue::Object:
        return str("an object");
    case QJsonValue::Undefined:
        break;
    }
    return str("missing");
}

// Walks a world and keeps the first problem found; every later check is then skipped.
class Checker final
{
public:
    QString problem;
    quint64 highestId = 0; // the counter of the newest id the simulator handed out
    QString highestIdText;

    bool ok() const { return problem.isEmpty(); }

    static QString at(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString at(const QString &path, qsizetype index)
    {
        return QStringLiteral("%1[%2]").arg(path).arg(index);
    }

    void fail(const QString &field, const QString &what)
    {
        if (ok())
            problem = QStringLiteral("%1 is %2").arg(field, what);
    }

    // The value of an optional field, or undefined when it is absent or null.
    QJsonValue value(const QJsonObject &o, const QString &path, const char *key,
        QJsonValue::Type type, const char *wanted, bool required = false)
    {
        const QJsonValue v = o.value(str(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(at(path, str(key)), str("missing"));
            return QJsonValue::Undefined;
        }
        if (v.type() != type) {
            fail(at(path, str(key)), QStringLiteral("%1, not %2").arg(typeName(v), str(wanted)));
            return QJsonValue::Undefined;
        }
        return v;
    }

    void strings(const QJsonObject &o, const QString &path, std::initializer_list<const char *> keys)
    {
        for (const char *k : keys)
            value(o, path, k, QJsonValue::String, "a string");
    }
    void booleans(const QJsonObject &o, const QString &path, std::initializer_list<const char *> keys)
    {
        for (const char *k : keys)
            value(o, path, k, QJsonValue::Bool, "true or false");
    }

    void integer(const QJsonObject &o, const QString &path, const char *key, qint64 low, qint64 high,
        bool required = false)
    {
        const QJsonValue v = value(o, path, key, QJsonValue::Double, "a number", required);
        if (v.isUndefined())
            return;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < double(low) || d > double(high))
            fail(at(path, str(key)),
                QStringLiteral("%1, not a whole number from %2 to %3").arg(d).arg(low).arg(high));
    }
    void seconds(const QJsonObject &o, const QString &path, std::initializer_list<const char *> keys)
    {
        for (const char *k : keys)
            integer(o, path, k, SimStateCheck::MinSeconds, SimStateCheck::MaxSeconds);
    }

    void oneOf(const QJsonObject &o, const QString &path, const char *key, const QStringList &words,
        bool required = false)
    {
        const QJsonValue v = value(o, path, key, QJsonValue::String, "a string", required);
        if (!v.isUndefined() && !words.contains(v.toString()))
            fail(at(path, str(key)),
                QStringLiteral("\u201c%1\u201d, not one of %2")
                    .arg(v.toString().left(100), words.join(str(", "))));
    }

    // An id the simulator hands out: a string, and when it has the simulator's form, one that
    // next_id must be past.
    void id(const QJsonObject &o, const QString &path, const char *key, bool required = false)
    {
        const QString text
            = value(o, path, key, QJsonValue::String, "a string", required).toString();
        quint64 counter = 0;
        if (SimWorld::idCount(text, &counter) && counter >= highestId) {
            highestId = counter;
            highestIdText = text;
        }
    }

    QJsonObject object(const QJsonObject &o, const QString &path, const char *key)
    {
        return value(o, path, key, QJsonValue::Object, "an object").toObject();
    }
    // The entries of a list that must all be objects.
    QJsonArray objects(const QJsonObject &o, const QString &path, const char *key,
        qsizetype most = MaxCount, bool required = false)
    {
        const QJsonArray list
            = value(o, path, key, QJsonValue::Array, "a list", required).toArray();
        if (list.size() > most)
            fail(at(path, str(key)), QStringLiteral("a list of %1 entries, more than the %2 kept")
                                         .arg(list.size())
                                         .arg(most));
        for (qsizetype i = 0; i < list.size() && ok(); ++i)
            if (!list[i].isObject())
                fail(at(at(path, str(key)), i),
                    QStringLiteral("%1, not an object").arg(typeName(list[i])));
        return ok() ? list : QJsonArray();
    }

    void sync(const QJsonObject &o, const QString &path, const char *key)
    {
        const QJsonValue v = value(o, path, key, QJsonValue::Object, "an object");
        if (v.isUndefined())
            return;
        const QString here = at(path, str(key));
        oneOf(v.toObject(), here, "key",
            {QString(), SyncConfig::jsonKey(SyncConfig::Mode::Flexible),
                SyncConfig::jsonKey(SyncConfig::Mode::PartitionBased)});
        object(v.toObject(), here, "block");
    }

    void app(const QJsonObject &a, const QString &path);
    void client(const QJsonObject &c, const QString &path);
    void deployment(const QJsonObject &d, const QString &path);
    void logEntry(const QJsonObject &e, const QString &path);
};

QStringList resetModes()
{
    QStringList modes;
    for (auto mode : {SimClient::ResetMode::Recover, SimClient::ResetMode::RecoverOrDiscard,
             SimClient::ResetMode::Discard, SimClient::ResetMode::Manual})
        modes.append(SimClient::modeName(mode));
    return modes;
}

void Checker::app(const QJsonObject &a, const QString &path)
{
    id(a, path, "_id", true);
    id(a, path, "service_id", true);
    id(a, path, "domain_id");
    strings(a, path,
        {"client_app_id", "name", "group_id", "location", "deployment_model", "provider_region",
            "environment", "product", "service_name", "cluster_name", "cluster_tier",
            "cluster_provider", "cluster_region", "read_preference", "translator_error",
            "data_source_name"});
    booleans(a, path,
        {"wire_protocol_enabled", "legacy_layout", "ui_drafts_disabled", "sync_metadata_present"});
    seconds(a, path,
        {"last_modified", "last_used", "paused_at", "latest_sync_event",
            "last_cluster_event_processed"});
    integer(a, path, "oplog_window_hours", 0, 24 * 366 * 100);
    integer(a, path, "lag_ms", 0, MaxExact);
    integer(a, path, "sync_epoch", 1, MaxCount);
    object(a, path, "foreign_change_on_diff");
    sync(a, path, "deployed");
    const QJsonValue draft = value(a, path, "draft", QJsonValue::Object, "an object");
    if (!draft.isUndefined()) {
        const QString here = at(path, str("draft"));
        id(draft.toObject(), here, "_id", true);
        strings(draft.toObject(), here, {"user_id"});
        seconds(draft.toObject(), here, {"created_at"});
        sync(draft.toObject(), here, "staged");
    }
    const QJsonArray deployments = objects(a, path, "deployments");
    for (qsizetype i = 0; i < deployments.size() && ok(); ++i)
        deployment(deployments[i].toObject(), at(at(path, str("deployments")), i));
    const QJsonArray clients = objects(a, path, "clients");
    for (qsizetype i = 0; i < clients.size() && ok(); ++i)
        client(clients[i].toObject(), at(at(path, str("clients")), i));
    const QJsonArray logs = objects(a, path, "logs", SimLogEntry::MaxPerApp);
    for (qsizetype i = 0; i < logs.size() && ok(); ++i)
        logEntry(logs[i].toObject(), at(at(path, str("logs")), i));
}

void Checker::client(const QJsonObject &c, const QString &path)
{
    value(c, path, "id", QJsonValue::String, "a string", true);
    strings(c, path,
        {"sdk", "sdk_version", "user_id", "platform", "platform_version", "remote_ip_address"});
    id(c, path, "connection_id");
    static const QStringList modes = resetModes();
    oneOf(c, path, "client_reset_mode", modes);
    integer(c, path, "unsynced_changes", 0, MaxCount);
    integer(c, path, "write_every_s", 0, 86400 * 365);
    integer(c, path, "file_epoch", -1, MaxCount);
    integer(c, path, "stuck_error", 0, 65535);
    booleans(c, path, {"online", "session", "refused_while_paused", "needs_client_reset"});
    seconds(c, path, {"last_seen", "offline_until", "next_write_at"});
    const QJsonArray resets = objects(c, path, "resets");
    for (qsizetype i = 0; i < resets.size() && ok(); ++i) {
        const QJsonObject r = resets[i].toObject();
        const QString here = at(at(path, str("resets")), i);
        seconds(r, here, {"at"});
        integer(r, here, "protocol_error", 0, 65535);
        oneOf(r, here, "mode", modes);
        strings(r, here, {"outcome"});
        integer(r, here, "changes", 0, MaxCount);
        booleans(r, here, {"resolved"});
    }
}

void Checker::deployment(const QJsonObject &d, const QString &path)
{
    id(d, path, "_id", true);
    strings(d, path, {"name", "user_id", "origin", "status_error_message"});
    id(d, path, "draft_id");
    oneOf(d, path, "status",
        {str("created"), str("pending"), str("successful"), str("failed")}, true);
    seconds(d, path, {"deployed_at"});
    sync(d, path, "config");
}

void Checker::logEntry(const QJsonObject &e, const QString &path)
{
    const QJsonValue started
        = value(e, path, "started", QJsonValue::String, "a time (ISO 8601)", true);
    if (!started.isUndefined() && SimLogEntry::parseTime(started.toString()) < 0)
        fail(at(path, str("started")),
            QStringLiteral("\u201c%1\u201d, not a time (ISO 8601)").arg(started.toString().left(40)));
    value(e, path, "type", QJsonValue::String, "a string", true);
    if (e.value(str("_id")).isString())
        id(e, path, "_id");
}

} // namespace

namespace SimStateCheck {

QString worldProblem(const QJsonObject &state)
{
    Checker c;
    c.value(state, {}, "group_id", QJsonValue::String, "a string", true);
    c.integer(state, {}, "clock_offset", -MaxClockOffsetSeconds, MaxClockOffsetSeconds);
    const QJsonArray apps = c.objects(state, {}, "apps", MaxCount, true);
    for (qsizetype i = 0; i < apps.size() && c.ok(); ++i)
        c.app(apps[i].toObject(), Checker::at(str("apps"), i));
    const QJsonValue next = c.value(state, {}, "next_id", QJsonValue::String, "a string");
    if (!c.ok())
        return c.problem;
    // Absent in files from before ids were counted: they start at 1.
    quint64 nextId = 1;
    if (!next.isUndefined()) {
        bool digits = !next.toString().isEmpty();
        for (const QChar ch : next.toString())
            digits = digits && ch >= QLatin1Char('0') && ch <= QLatin1Char('9');
        nextId = digits ? next.toString().toULongLong(&digits) : 0;
        if (!digits || nextId < 1 || nextId > MaxNextId)
            return QStringLiteral("next_id is \u201c%1\u201d, not a whole number from 1 to %2")
                .arg(next.toString().left(40))
                .arg(MaxNextId);
    }
    if (!c.highestIdText.isEmpty() && nextId <= c.highestId)
        return QStringLiteral("next_id is %1, but the id %2 is in use already, so new ids would "
                              "repeat it")
            .arg(nextId)
            .arg(c.highestIdText);
    return {};
}

QString scenarioStartProblem(const QJsonObject &start)
{
    Checker c;
    c.value(start, {}, "state", QJsonValue::Object, "an object", true);
    c.integer(start, {}, "started_at", MinSeconds, MaxSeconds);
    c.integer(start, {}, "token_lifetime_s", 0, 2147483647);
    c.objects(start, {}, "faults");
    return c.ok() ? QString() : QStringLiteral("scenario_start.%1").arg(c.problem);
}

} // namespace SimStateCheck
