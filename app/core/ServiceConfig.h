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
