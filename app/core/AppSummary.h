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
