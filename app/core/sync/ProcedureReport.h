#pragma once

#include "ApiCallRecord.h"
#include "Deployment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

// The procedure report for the change ticket, one for the console and the command line: who,
// when, which app, the configuration before (the snapshot) and after, each deployment, the
// wait, the client resets previewed and tallied with each device's outcome, the log errors seen
// and the API calls. The calls are the activity log's records: bodies redacted, no tokens. It
// is Markdown (and JSON) here; the PDF is drawn from the Markdown by ProcedureReportPdf.
struct ProcedureReport
{
    Q_DECLARE_TR_FUNCTIONS(ProcedureReport)

public:
    enum class Kind { TerminateAndReenable, Since };

    Kind kind = Kind::Since;
    QString who; // the system user and the Admin API user
    QString where;
    QString app;
    QDateTime started;
    QDateTime ended;
    QJsonObject before; // empty: no snapshot
    QDateTime beforeSavedAt;
    QJsonObject after;
    QList<Deployment> deployments;
    int waitSeconds = -1; // -1: no wait belongs to this report
    QString preview; // empty: none was made
    QString tally;
    QStringList devices; // one line a device: its client resets and what became of its changes
    QStringList logErrors;
    QList<ApiCallRecord> calls;

    QString title() const;
    QString markdown() const;
    QJsonObject toJson() const;
    // "alice (user 5f3… of the Admin API)": the system user running this, and the API's.
    static QString whoIs(const QString &apiUserId);
};
