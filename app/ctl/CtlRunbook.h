#pragma once

#include "CtlOptions.h"

#include <QObject>
#include <functional>

class AdminApiClient;
class CtlOutput;
class ProcedureReportBuilder;
class QTimer;
class SyncController;

// `runbook terminate-and-reenable`: the Guide's runbook as a script. It previews the client
// resets, terminates (saving the configuration), waits --wait, enables Sync again with the
// saved configuration, and prints how the clients came back. Each change is a CtlChange, so it
// goes through a draft and its diff when drafts are on.
class CtlRunbook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CtlRunbook)

public:
    // `where`: what the command line reached, for the report (--report FILE).
    CtlRunbook(const CtlOptions &options, SyncController *controller, AdminApiClient *client,
        const QString &where, CtlOutput *output, QObject *parent = nullptr);
    ~CtlRunbook() override;

    void start();

signals:
    void finished(int exitCode, const QString &message);

private:
    void preview();
    void step(const QString &command, const std::function<void()> &next);
    void wait();
    void tally();
    // Writes the report (--report FILE: Markdown, or PDF for *.pdf or --pdf), then ends.
    void end();

    CtlOptions m_options;
    SyncController *m_controller;
    AdminApiClient *m_client;
    CtlOutput *m_output;
    ProcedureReportBuilder *m_report;
    QTimer *m_tick;
    int m_left = 0;
};
