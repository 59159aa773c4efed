#pragma once

#include "SyncConfig.h"

#include <QJsonObject>
#include <QString>
#include <memory>

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

    // Every field, as toJson() writes them.
    bool operator==(const SimDeployment &other) const;

    // The state file's form, with the config; made again only when a field changed since the
    // last time (an app's history is written at every save, and it does not change).
    QJsonObject toJson() const;
    QJsonObject toApiJson(const QString &appId) const; // the Admin API's Deployment
    static SimDeployment fromJson(const QJsonObject &object);

private:
    struct Written;
    mutable std::shared_ptr<const Written> m_written; // the fields last written, and their JSON
};
