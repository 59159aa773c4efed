#pragma once

#include "ProcedureReport.h"

#include <QObject>

class AdminApiClient;
class SyncController;
struct ClientRecoveryTally;

// Gathers a ProcedureReport for the console and the command line alike. From its construction
// it keeps the Admin API calls `client` makes and the deployments `controller` finishes; build()
// then adds what happened on the app since report().started: the deployments, the client-reset
// tally and each device's outcome, the Sync log errors (one read), the configuration now and the
// snapshot, and emits ready(). Whoever builds it fills in what only it knows first (the preview,
// the wait, calls and deployments it saw before, where it connected).
class ProcedureReportBuilder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcedureReportBuilder)

public:
    // The log errors read into a report at most (one page).
    static constexpr int MaxLogErrors = 100;

    ProcedureReportBuilder(
        SyncController *controller, AdminApiClient *client, QObject *parent = nullptr);

    ProcedureReport &report() { return m_report; }
    const ProcedureReport &report() const { return m_report; }
    bool isBuilding() const { return m_building; }
    void build();

    // "3 reconnected, 2 reset, …": the tally in one sentence.
    static QString tallyText(const ClientRecoveryTally &tally);

signals:
    void ready();

private:
    void fillFromController();
    void finish();

    SyncController *m_controller;
    AdminApiClient *m_client;
    ProcedureReport m_report;
    QList<Deployment> m_seen; // finished while this builder was there
    bool m_building = false;
};
