#include "SimSyncRules.h"

#include "SimApp.h"
#include "Utf8.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>

namespace {

// Client Maximum Offline Time: the UI offers days; a hundred years is past any device.
constexpr int MaxOfflineDays = 36500;

// What a block must hold before Sync can be enabled from scratch.
QString missingForEnable(SyncConfig::Mode mode, const QJsonObject &block)
{
    // Partition-Based Sync names a database only for Development Mode; Flexible Sync always.
    if (mode == SyncConfig::Mode::Flexible
        && block.value(str("database_name")).toString().isEmpty())
        return str("database_name");
    if (mode == SyncConfig::Mode::PartitionBased) {
        const QJsonObject partition = block.value(str("partition")).toObject();
        if (partition.value(str("key")).toString().isEmpty())
            return str("partition.key");
        if (partition.value(str("type")).toString().isEmpty())
            return str("partition.type");
    } else if (!block.value(str("queryable_fields_names")).isArray()) {
        return str("queryable_fields_names");
    }
    return {};
}

QString wrongType(const QJsonObject &block)
{
    const struct
    {
        const char *key;
        QJsonValue::Type type;
    } fields[] = {
        {"state", QJsonValue::String},
        {"database_name", QJsonValue::String},
        {"partition", QJsonValue::Object},
        {"queryable_fields_names", QJsonValue::Array},
        {"indexed_queryable_fields_names", QJsonValue::Array},
        {"permissions", QJsonValue::Object},
        {"client_max_offline_days", QJsonValue::Double},
        {"is_recovery_mode_disabled", QJsonValue::Bool},
        {"asymmetric_tables", QJsonValue::Array},
    };
    for (const auto &f : fields) {
        const QJsonValue v = block.value(str(f.key));
        if (!v.isUndefined() && v.type() != f.type)
            return str(f.key);
    }
    return {};
}

// A list of names (fields, collections) that holds something else: a number, an object, null.
QString notNames(const QJsonObject &block)
{
    for (const char *key :
        {"queryable_fields_names", "indexed_queryable_fields_names", "asymmetric_tables"}) {
        const QJsonArray names = block.value(str(key)).toArray();
        if (std::any_of(
                names.begin(), names.end(), [](const QJsonValue &v) { return !v.isString(); }))
            return str(key);
    }
    return {};
}

SimRefusal refuseMalformed(const QJsonObject &block)
{
    if (const QString field = wrongType(block); !field.isEmpty())
        return {400,
            QStringLiteral("invalid sync config: \u201c%1\u201d has the wrong type").arg(field),
            str("InvalidSyncConfig")};
    if (const QString field = notNames(block); !field.isEmpty())
        return {400,
            QStringLiteral("invalid sync config: \u201c%1\u201d must be a list of names, each "
                           "a string")
                .arg(field),
            str("InvalidSyncConfig")};
    if (const QJsonValue days = block.value(str("client_max_offline_days")); !days.isUndefined()) {
        // Whole days, at least one; the service refuses fractions, zero and absurd spans.
        const double d = days.toDouble();
        if (d < 1 || d > MaxOfflineDays || d != double(qint64(d)))
            return {400,
                QStringLiteral("invalid sync config: client_max_offline_days must be a whole "
                               "number of days from 1 to %1")
                    .arg(MaxOfflineDays),
                str("InvalidSyncConfig")};
    }
    return {};
}

SimRefusal refuseChangeWhileOn(const SyncConfig &current, const QJsonObject &block)
{
    // Sync's metadata is built on these: the service refuses to change them under it.
    const auto changes = [&](const char *field) {
        const QJsonValue wanted = block.value(str(field));
        if (wanted.isUndefined())
            return false;
        const QJsonValue now = current.block.value(str(field));
        return wanted.toArray() != (now.isUndefined() ? QJsonArray() : now.toArray());
    };
    if (changes("indexed_queryable_fields_names"))
        return {400,
            str("cannot change the indexed queryable field while Sync is enabled or paused; "
                "terminate Sync, then enable it with the new field"),
            str("SyncIndexedFieldChangeNotAllowed")};
    if (changes("asymmetric_tables"))
        return {400,
            str("cannot change the data ingest (asymmetric) collections while Sync is enabled or "
                "paused; terminate Sync, then enable it with the new collections"),
            str("SyncAsymmetricChangeNotAllowed")};
    return {};
}

// What a change from `from` to `to` may not do while Sync is on (enabled or paused).
SimRefusal refuseWhileOn(const SyncConfig &current, SyncConfig::Mode mode, SyncConfig::State from,
    SyncConfig::State to, const QJsonObject &block)
{
    if (from == SyncConfig::State::Terminated || to == SyncConfig::State::Terminated)
        return {};
    if (current.mode != SyncConfig::Mode::None && current.mode != mode)
        return {400,
            str("cannot change the sync mode while Sync is enabled or paused; terminate "
                "Sync first"),
            str("SyncModeChangeNotAllowed")};
    return refuseChangeWhileOn(current, block);
}

// Enabling from scratch takes the block as it is; resuming or changing merges it in.
SimRefusal enable(const SimApp &app, const SyncConfig &current, SyncConfig::Mode mode,
    SyncConfig::State from, const QJsonObject &block, qint64 now, SyncConfig *next)
{
    if (from == SyncConfig::State::Terminated) {
        if (const QString missing = missingForEnable(mode, block); !missing.isEmpty())
            return {400,
                QStringLiteral("cannot enable Sync: the configuration needs \u201c%1\u201d")
                    .arg(missing),
                str("InvalidSyncConfig")};
        next->block = block;
        next->block.remove(str("last_disabled"));
    } else {
        if (from == SyncConfig::State::Paused)
            if (const SimRefusal refusal = SimSyncRules::refuseResume(app, now);
                refusal.isRefused())
                return refusal;
        next->block = SimSyncRules::merged(current.block, block);
    }
    next->block.insert(str("state"), str("enabled"));
    return {};
}

} // namespace

namespace SimSyncRules {

SimRefusal next(
    const SimApp &app, SyncConfig::Mode mode, const QJsonObject &block, qint64 now, SyncConfig *out)
{
    if (const SimRefusal refusal = refuseMalformed(block); refusal.isRefused())
        return refusal;
    const SyncConfig current = app.effectiveSync();
    const SyncConfig::State from
        = current.mode == SyncConfig::Mode::None ? SyncConfig::State::Terminated : current.state();
    const QString stateText = block.value(str("state")).toString(current.stateText());
    if (stateText != str("enabled") && stateText != str("disabled") && !stateText.isEmpty())
        return {400,
            QStringLiteral("invalid sync state \u201c%1\u201d: use \u201cenabled\u201d, "
                           "\u201cdisabled\u201d or \u201c\u201d")
                .arg(stateText),
            str("InvalidSyncConfig")};
    const SyncConfig::State to = SyncConfig::stateFromString(stateText);
    if (const SimRefusal refusal = refuseWhileOn(current, mode, from, to, block);
        refusal.isRefused())
        return refusal;

    SyncConfig next;
    next.mode = mode;
    switch (to) {
    case SyncConfig::State::Terminated:
        next = SyncConfig(); // the whole block goes, and with it the sync metadata on deploy
        break;
    case SyncConfig::State::Paused:
        if (from == SyncConfig::State::Terminated)
            return {400, str("cannot pause Sync: Sync is not enabled"), str("SyncNotEnabled")};
        next.block = merged(current.block, block);
        next.block.insert(str("state"), str("disabled"));
        if (from == SyncConfig::State::Enabled)
            next.block.insert(str("last_disabled"), now);
        break;
    case SyncConfig::State::Enabled:
        if (const SimRefusal refusal = enable(app, current, mode, from, block, now, &next);
            refusal.isRefused())
            return refusal;
        break;
    }
    *out = next;
    return {};
}

SimRefusal refuseResume(const SimApp &app, qint64 now)
{
    if (app.pausedAt <= 0)
        return {};
    const qint64 pausedFor = now - app.pausedAt;
    if (pausedFor <= qint64(app.oplogWindowHours) * 3600)
        return {};
    const QString when = QDateTime::fromSecsSinceEpoch(app.pausedAt, Qt::UTC)
                             .toString(str("MM/dd/yyyy HH:mm:ss 'UTC'"));
    return {400,
        QStringLiteral("cannot resume Sync: the oplog of cluster %1 no longer reaches back to "
                       "%2, when Sync was paused; terminate Sync and enable it again")
            .arg(app.clusterName, when),
        str("SyncResumeOplogRolledOver")};
}

QJsonObject merged(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.begin(); it != changes.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

} // namespace SimSyncRules
