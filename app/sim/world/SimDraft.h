#pragma once

#include "SyncConfig.h"

#include <QJsonObject>
#include <QString>

// The one pending draft of an app: the sync config it would deploy.
struct SimDraft
{
    QString id;
    QString userId;
    qint64 createdAt = 0;
    SyncConfig staged;

    QJsonObject toJson() const;
    static SimDraft fromJson(const QJsonObject &object);
};
