#pragma once

#include "SyncConfig.h"

#include <QJsonObject>

// The config of a linked cluster service (GET .../services/{id}/config).
struct ServiceConfig
{
    QString clusterName;
    QString readPreference;
    bool wireProtocolEnabled = false;
    SyncConfig sync;
    QJsonObject raw;
};

inline bool operator==(const ServiceConfig &a, const ServiceConfig &b)
{
    return a.clusterName == b.clusterName && a.readPreference == b.readPreference
        && a.wireProtocolEnabled == b.wireProtocolEnabled && a.sync == b.sync && a.raw == b.raw;
}
inline bool operator!=(const ServiceConfig &a, const ServiceConfig &b)
{
    return !(a == b);
}
