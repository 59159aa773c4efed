#include "ConfigFiles.h"

#include "SimApp.h"
#include "UnifiedDiff.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ConfigFiles {
namespace {

    // The order the service writes keys in; keys it does not list follow alphabetically.
    const QStringList &keyOrder()
    {
        static const QStringList order = {
            QStringLiteral("id"),
            QStringLiteral("name"),
            QStringLiteral("key"),
            QStringLiteral("type"),
            QStringLiteral("config"),
            QStringLiteral("clusterName"),
            QStringLiteral("readPreference"),
            QStringLiteral("state"),
            QStringLiteral("database_name"),
            QStringLiteral("partition"),
            QStringLiteral("required"),
            QStringLiteral("queryable_fields_names"),
            QStringLiteral("indexed_queryable_fields_names"),
            QStringLiteral("collection_queryable_fields_names"),
            QStringLiteral("permissions"),
            QStringLiteral("read"),
            QStringLiteral("write"),
            QStringLiteral("last_disabled"),
            QStringLiteral("client_max_offline_days"),
            QStringLiteral("is_recovery_mode_disabled"),
            QStringLiteral("asymmetric_tables"),
            QStringLiteral("development_mode_enabled"),
            QStringLiteral("service_name"),
            QStringLiteral("sync"),
            QStringLiteral("flexible_sync"),
            QStringLiteral("wireProtocolEnabled"),
            QStringLiteral("version"),
        };
        return order;
    }

    QStringList orderedKeys(const QJsonObject &object)
    {
        QStringList keys = object.keys(); // alphabetical
        std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
            const qsizetype ia = keyOrder().indexOf(a);
            const qsizetype ib = keyOrder().indexOf(b);
            if (ia < 0 || ib < 0)
                return ia >= 0 && ib < 0;
            return ia < ib;
        });
        return keys;
    }

    QString scalar(const QJsonValue &value)
    {
        // Let Qt escape strings and format numbers exactly as JSON wants them.
        const QByteArray json = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }

    void write(const QJsonValue &value, int depth, QString &out)
    {
        const QString indent(4 * (depth + 1), QLatin1Char(' '));
        const QString closing(4 * depth, QLatin1Char(' '));
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.isEmpty()) {
                out += QStringLiteral("{}");
                return;
            }
            out += QStringLiteral("{\n");
            const QStringList keys = orderedKeys(object);
            for (qsizetype i = 0; i < keys.size(); ++i) {
                out += indent + scalar(keys[i]) + QStringLiteral(": ");
                write(object.value(keys[i]), depth + 1, out);
                out += i + 1 < keys.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
            }
            out += closing + QLatin1Char('}');
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            if (array.isEmpty()) {
                out += QStringLiteral("[]");
                return;
            }
            out += QStringLiteral("[\n");
            for (qsizetype i = 0; i < array.size(); ++i) {
                out += indent;
                write(array.at(i), depth + 1, out);
                out += i + 1 < array.size() ? QStringLiteral(",\n") : QStringLiteral("\n");
            }
            out += closing + QLatin1Char(']');
        } else {
            out += scalar(value);
        }
    }

    QString document(const QJsonObject &object)
    {
        QString out;
        write(object, 0, out);
        return out + QLatin1Char('\n');
    }

} // namespace

QList<File> render(const SimApp &app, const SyncConfig &sync)
{
    QJsonObject cluster {{QStringLiteral("clusterName"), app.clusterName},
        {QStringLiteral("readPreference"), app.readPreference},
        {QStringLiteral("wireProtocolEnabled"), app.wireProtocolEnabled}};
    if (app.legacyLayout && sync.mode != SyncConfig::Mode::None)
        cluster.insert(SyncConfig::jsonKey(sync.mode), sync.block);
    const QJsonObject service {{QStringLiteral("id"), app.serviceId},
        {QStringLiteral("name"), app.serviceName},
        {QStringLiteral("type"), QStringLiteral("mongodb-atlas")},
        {QStringLiteral("config"), cluster}, {QStringLiteral("version"), 1}};
    QList<File> files {
        {QStringLiteral("services/%1/config.json").arg(app.serviceName), document(service)}};
    if (!app.legacyLayout) {
        File syncFile {QStringLiteral("sync/config.json"), QString()};
        if (sync.mode != SyncConfig::Mode::None) {
            QJsonObject block = sync.block;
            block.insert(QStringLiteral("development_mode_enabled"), false);
            block.insert(QStringLiteral("service_name"),
                app.dataSourceName.isEmpty() ? app.serviceName : app.dataSourceName);
            syncFile.text = document(block);
        }
        files.append(syncFile);
    }
    return files;
}

QStringList diff(const SimApp &app, const SyncConfig &from, const SyncConfig &to)
{
    return diff(render(app, from), render(app, to));
}

QStringList diff(const QList<File> &before, const QList<File> &after)
{
    QStringList out;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const QString d = UnifiedDiff::compute(before[i].path, before[i].text, after[i].text);
        if (!d.isEmpty())
            out.append(d);
    }
    return out;
}

} // namespace ConfigFiles
