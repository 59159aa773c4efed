#include "SimDeployment.h"

#include "SimJson.h"

using SimJson::integer;
using SimJson::key;

QJsonObject SimDeployment::toJson() const
{
    QJsonObject o = toApiJson(QString());
    o.remove(key("app_id"));
    o.insert(key("config"), SimJson::syncToJson(config));
    return o;
}

QJsonObject SimDeployment::toApiJson(const QString &appId) const
{
    QJsonObject o {{key("_id"), id}, {key("name"), name}, {key("app_id"), appId},
        {key("user_id"), userId}, {key("deployed_at"), deployedAt}, {key("origin"), origin},
        {key("status"), status}};
    if (!draftId.isEmpty())
        o.insert(key("draft_id"), draftId);
    if (!statusErrorMessage.isEmpty())
        o.insert(key("status_error_message"), statusErrorMessage);
    return o;
}

SimDeployment SimDeployment::fromJson(const QJsonObject &o)
{
    SimDeployment d;
    d.id = o.value(key("_id")).toString();
    d.name = o.value(key("name")).toString();
    d.draftId = o.value(key("draft_id")).toString();
    d.userId = o.value(key("user_id")).toString();
    d.origin = o.value(key("origin")).toString();
    d.status = o.value(key("status")).toString();
    d.statusErrorMessage = o.value(key("status_error_message")).toString();
    d.deployedAt = integer(o, "deployed_at");
    d.config = SimJson::syncFromJson(o.value(key("config")).toObject());
    return d;
}
