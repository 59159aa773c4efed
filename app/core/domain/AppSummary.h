#pragma once

#include <QString>

// One App Services app of a project. `id` (the API's `_id`) addresses it in the Admin API;
// `clientAppId` is what SDKs use.
struct AppSummary
{
    QString id;
    QString clientAppId;
    QString name;
    QString groupId;
    QString location;
    QString deploymentModel;
    QString providerRegion;
    QString environment;
    QString product;
    qint64 lastModified = 0;
};

inline bool operator==(const AppSummary &a, const AppSummary &b)
{
    return a.id == b.id && a.clientAppId == b.clientAppId && a.name == b.name
        && a.groupId == b.groupId && a.location == b.location
        && a.deploymentModel == b.deploymentModel && a.providerRegion == b.providerRegion
        && a.environment == b.environment && a.product == b.product
        && a.lastModified == b.lastModified;
}
inline bool operator!=(const AppSummary &a, const AppSummary &b)
{
    return !(a == b);
}
