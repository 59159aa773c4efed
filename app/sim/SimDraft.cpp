#include "SimDraft.h"

#include "SimSyncJson.h"

namespace {
QString key(const char *k)
{
    return QString::fromLatin1(k);
}

qint64 integer(const QJsonObject &o, const char *k)
{
    return static_cast<qint64>(o.value(key(k)).toDouble());
}
} // namespace

QJsonObject SimDraft::toJson() const
{
    return {{key("_id"), id}, {key("user_id"), userId}, {key("created_at"), createdAt},
        {key("staged"), SimSyncJson::toJson(staged)}};
}

SimDraft SimDraft::fromJson(const QJsonObject &o)
{
    SimDraft d;
    d.id = o.value(key("_id")).toString();
    d.userId = o.value(key("user_id")).toString();
    d.createdAt = integer(o, "created_at");
    d.staged = SimSyncJson::fromJson(o.value(key("staged")).toObject());
    return d;
}
