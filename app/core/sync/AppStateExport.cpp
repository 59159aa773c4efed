#include "AppStateExport.h"

#include "SyncController.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

// services/<service>/config.json of config_version 20180301: the linked cluster with its sync
// block inside `config`, as the service config reads.
QJsonObject servicesFile(const SyncController &controller)
{
    return {{str("id"), controller.serviceId()}, {str("name"), controller.serviceName()},
        {str("type"), str("mongodb-atlas")}, {str("config"), controller.config().raw},
        {str("version"), 1}};
}

// data_sources/<service>/config.json: the linked cluster without Sync.
QJsonObject dataSourceFile(const SyncController &controller)
{
    QJsonObject cluster = controller.config().raw;
    cluster.remove(SyncConfig::jsonKey(SyncConfig::Mode::Flexible));
    cluster.remove(SyncConfig::jsonKey(SyncConfig::Mode::PartitionBased));
    return {{str("name"), controller.serviceName()}, {str("type"), str("mongodb-atlas")},
        {str("config"), cluster}};
}

// sync/config.json: the sync block at the top level, with its type and the data source it
// syncs. A draft exists only while UI drafts are on, which Development Mode turns off.
QJsonObject syncFile(const SyncController &controller)
{
    const SyncConfig &sync = controller.config().sync;
    QJsonObject file = sync.block;
    file.insert(str("type"),
        sync.mode == SyncConfig::Mode::Flexible ? str("flexible") : str("partition"));
    file.insert(str("service_name"), controller.serviceName());
    if (controller.draftsEnabled())
        file.insert(str("development_mode_enabled"), false);
    return file;
}

} // namespace

ConfigLayout AppStateExport::layoutOf(const SyncController &controller)
{
    if (controller.hasDraft() && controller.isDiffLoaded())
        return ConfigLayouts::fromDiffs(controller.diff().diffs)
            .value_or(ConfigLayout::SyncDirectory);
    return ConfigLayout::SyncDirectory;
}

QByteArray AppStateExport::build(const SyncController &controller)
{
    const AppSummary &app = controller.app();
    const bool linked = !controller.serviceName().isEmpty();
    QJsonObject files;
    if (layoutOf(controller) == ConfigLayout::Services) {
        files.insert(str("config.json"),
            QJsonObject {{str("app_id"), app.clientAppId}, {str("name"), app.name},
                {str("config_version"), 20180301}, {str("location"), app.location},
                {str("deployment_model"), app.deploymentModel}});
        if (linked)
            files.insert(str("services/%1/config.json").arg(controller.serviceName()),
                servicesFile(controller));
    } else {
        files.insert(str("root_config.json"),
            QJsonObject {{str("name"), app.name}, {str("deployment_model"), app.deploymentModel},
                {str("provider_region"), app.providerRegion},
                {str("environment"), app.environment}});
        if (linked)
            files.insert(str("data_sources/%1/config.json").arg(controller.serviceName()),
                dataSourceFile(controller));
        if (linked && controller.mode() != SyncConfig::Mode::None)
            files.insert(str("sync/config.json"), syncFile(controller));
    }
    QJsonObject out {{str("files"), files}};
    if (const auto &draft = controller.draft()) {
        QJsonObject pending {{str("_id"), draft->id}};
        if (controller.isDiffLoaded())
            pending.insert(str("diffs"), QJsonArray::fromStringList(controller.diff().diffs));
        out.insert(str("draft"), pending);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

bool AppStateExport::write(const SyncController &controller, const QString &path, QString *problem)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(build(controller)) < 0 || !file.commit()) {
        *problem = file.errorString();
        return false;
    }
    return true;
}
