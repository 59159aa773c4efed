#pragma once

#include "SyncConfig.h"

#include <QJsonObject>
#include <QString>

// One deployment of a simulated app, with the sync config it deploys.
struct SimDeployment
{
    QString id;
    QString name;
    QString draftId;
    QString userId;
    QString origin;
    QString status; // created, pending, successful, failed
    QString statusErrorMessage;
    qint64 deployedAt = 0;
    SyncConfig config; // what it deploys (and what a redeploy deploys again)

    QJsonObject toJson() const; // the state file's form, with the config
    QJsonObject toApiJson(const QString &appId) const; // the Admin API's Deployment
    static SimDeployment fromJson(const QJsonObject &object);
};
