#include "SimClient.h"

#include "SimJson.h"

using SimJson::key;

QJsonObject SimClient::toJson() const
{
    return {{key("id"), id}, {key("sdk"), sdk}, {key("unsynced_changes"), unsyncedChanges},
        {key("needs_client_reset"), needsClientReset}};
}

SimClient SimClient::fromJson(const QJsonObject &o)
{
    SimClient c;
    c.id = o.value(key("id")).toString();
    c.sdk = o.value(key("sdk")).toString();
    c.unsyncedChanges = o.value(key("unsynced_changes")).toInt();
    c.needsClientReset = o.value(key("needs_client_reset")).toBool();
    return c;
}
