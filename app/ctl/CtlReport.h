#pragma once

#include "ApiCallRecord.h"
#include "Deployment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// The procedure report of a terminate-and-re-enable run from the command line, for the change
// ticket, in Markdown and in the console's language: who, when, which app, the configuration
// before (the snapshot) and after, each deployment, the wait, the client resets previewed and
// tallied, the log errors seen and the API calls. The calls are the activity log's records:
// bodies redacted, no tokens.
struct CtlReport
{
    Q_DECLARE_TR_FUNCTIONS(CtlReport)

public:
    QString who; // the public API key and the user id
    QString where;
    QString app;
    QDateTime started;
    QDateTime ended;
    QJsonObject before;
    QJsonObject after;
    QList<Deployment> deployments;
    int waitSeconds = 0;
    QString preview;
    QString tally;
    QStringList logErrors;
    QList<ApiCallRecord> calls;

    QString markdown() const;
};
