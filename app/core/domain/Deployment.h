#pragma once

#include <QDateTime>
#include <QString>

// One deployment of an app. Deploying is asynchronous: it starts `created` or `pending`
// and ends `successful` or `failed` (then statusErrorMessage says why).
struct Deployment
{
    enum class Status { Unknown, Created, Pending, Successful, Failed };

    QString id;
    QString name;
    QString appId;
    QString draftId;
    QString userId;
    QString origin;
    QString statusText;
    QString statusErrorMessage;
    QDateTime deployedAt;

    Status status() const
    {
        if (statusText == QLatin1String("created"))
            return Status::Created;
        if (statusText == QLatin1String("pending"))
            return Status::Pending;
        if (statusText == QLatin1String("successful"))
            return Status::Successful;
        if (statusText == QLatin1String("failed"))
            return Status::Failed;
        return Status::Unknown;
    }
    bool isFinished() const { return status() == Status::Successful || status() == Status::Failed; }
};

inline bool operator==(const Deployment &a, const Deployment &b)
{
    return a.id == b.id && a.name == b.name && a.appId == b.appId && a.draftId == b.draftId
        && a.userId == b.userId && a.origin == b.origin && a.statusText == b.statusText
        && a.statusErrorMessage == b.statusErrorMessage && a.deployedAt == b.deployedAt;
}
inline bool operator!=(const Deployment &a, const Deployment &b)
{
    return !(a == b);
}
