#pragma once

#include "ProcedureReport.h"

#include <QDateTime>
#include <QFileDialog>
#include <QObject>
#include <QPointer>

class ActivityLog;
class QWidget;
class SyncController;

// File ▸ Export Procedure Report… and the Guide's Export report…: asks where (a save dialog
// offering Markdown and PDF, never the native one, so tests and the Guide can fill it in), then
// gathers the report of what happened since `since` with the core's ProcedureReportBuilder (the
// Activity page's calls, redacted as its curl export is) and writes it. Nothing waits: the
// dialog is open()ed and the report is written when the builder is ready.
class ReportExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportExport)

public:
    ReportExport(SyncController *controller, ActivityLog *activity, QWidget *window);

    // Opens the save dialog; the report covers what happened since `since` (invalid: since the
    // window opened). One export at a time: a second request while one is open is ignored.
    void start(const QDateTime &since, ProcedureReport::Kind kind);
    QFileDialog *dialog() const { return m_dialog; }
    // Writes the report of what happened since `since` into `path` (.md, or .pdf), no dialog.
    void exportTo(const QString &path, const QDateTime &since, ProcedureReport::Kind kind);

signals:
    void exported(const QString &path);
    void failed(const QString &message);

private:
    SyncController *m_controller;
    ActivityLog *m_activity;
    QWidget *m_window;
    QDateTime m_opened;
    QPointer<QFileDialog> m_dialog;
    // The deployments that finished while the window was open, with when (on this computer's
    // clock, as `since` is): the history's own times are the server's.
    QList<QPair<QDateTime, Deployment>> m_finished;
    bool m_building = false;
};
