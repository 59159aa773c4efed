#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class SyncController;
struct ApiError;
struct Deployment;
struct SyncLogEntry;

// What sync-consolectl prints: each thing as a JSON object (field names are stable, for
// scripts) and as lines for a person, in the console's language.
struct CtlFormat
{
    Q_DECLARE_TR_FUNCTIONS(CtlFormat)

public:
    static QString statusName(const SyncController &controller);
    static QJsonObject status(const SyncController &controller);
    static QString statusText(const SyncController &controller);

    static QJsonObject deployment(const Deployment &deployment);
    static QString deploymentText(const Deployment &deployment);

    static QJsonObject logEntry(const SyncLogEntry &entry);
    static QString logEntryText(const SyncLogEntry &entry);

    static QJsonObject error(const ApiError &error);
    static QString time(const QDateTime &t);
};
