#include "SimDraft.h"

#include "SimJson.h"

using SimJson::integer;
using SimJson::key;

QJsonObject SimDraft::toJson() const
{
    return {{key("_id"), id}, {key("user_id"), userId}, {key("created_at"), createdAt},
        {key("staged"), SimJson::syncToJson(staged)}};
}

SimDraft SimDraft::fromJson(const QJsonObject &o)
{
    SimDraft d;
    d.id = o.value(key("_id")).toString();
    d.userId = o.value(key("user_id")).toString();
    d.createdAt = integer(o, "created_at");
    d.staged = SimJson::syncFromJson(o.value(key("staged")).toObject());
    return d;
}
