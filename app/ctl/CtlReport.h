#pragma once

#include "CtlOptions.h"

#include <QObject>

class AdminApiClient;
class CtlOutput;
class ProcedureReportBuilder;
class SyncController;
struct ProcedureReport;

// `report --since TIME [--out FILE] [--pdf]`: the procedure report of what happened on the app
// since TIME, from what the command line can read: the deployments, the Sync log errors, the
// devices (on the simulator), the snapshot and the configuration now, and the API calls this run
// made. Markdown on stdout, or into FILE (a PDF when FILE ends in .pdf or with --pdf).
class CtlReport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlReport)

public:
    CtlReport(const CtlOptions &options, SyncController *controller, AdminApiClient *client,
        const QString &where, CtlOutput *output, QObject *parent = nullptr);

    void start();

    // Writes `report` to `path`: a PDF when `pdf` or the name ends in .pdf, else Markdown.
    static bool save(
        const ProcedureReport &report, const QString &path, bool pdf, QString *problem);
    static bool wantsPdf(const QString &path, bool pdf);

signals:
    void finished(int exitCode, const QString &message);

private:
    CtlOptions m_options;
    SyncController *m_controller;
    CtlOutput *m_output;
    ProcedureReportBuilder *m_builder;
};
