#include "AppStateExport.h"

#include "SyncController.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

QByteArray AppStateExport::build(const SyncController &controller)
{
    const AppSummary &app = controller.app();
    QJsonObject files;
    files.insert(QStringLiteral("root_config.json"),
        QJsonObject {{QStringLiteral("app_id"), app.clientAppId},
            {QStringLiteral("name"), app.name},
            {QStringLiteral("location"), app.location},
            {QStringLiteral("deployment_model"), app.deploymentModel},
            {QStringLiteral("environment"), app.environment}});
    if (!controller.serviceName().isEmpty())
        files.insert(QStringLiteral("services/%1/config.json").arg(controller.serviceName()),
            controller.config().raw);
    QJsonObject out {{QStringLiteral("files"), files}};
    if (const auto &draft = controller.draft()) {
        QJsonObject pending {{QStringLiteral("_id"), draft->id}};
        if (controller.isDiffLoaded())
            pending.insert(
                QStringLiteral("diffs"), QJsonArray::fromStringList(controller.diff().diffs));
        out.insert(QStringLiteral("draft"), pending);
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
