#include "SimDeployment.h"

#include "SimJson.h"

using SimJson::integer;
using SimJson::key;

struct SimDeployment::Written
{
    SimDeployment fields;
    QJsonObject json;
};

bool SimDeployment::operator==(const SimDeployment &o) const
{
    return id == o.id && name == o.name && draftId == o.draftId && userId == o.userId
        && origin == o.origin && status == o.status && statusErrorMessage == o.statusErrorMessage
        && deployedAt == o.deployedAt && config == o.config;
}

QJsonObject SimDeployment::toJson() const
{
    if (m_written && m_written->fields == *this)
        return m_written->json;
    auto written = std::make_shared<Written>();
    written->fields = *this;
    written->fields.m_written.reset();
    QJsonObject o = toApiJson(QString());
    o.remove(key("app_id"));
    o.insert(key("config"), SimJson::syncToJson(config));
    written->json = o;
    m_written = written;
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
