#include "ReportExport.h"

#include "ActivityLog.h"
#include "ObjectNames.h"
#include "ProcedureReportBuilder.h"
#include "ProcedureReportPdf.h"
#include "SyncController.h"

#include <QFileDialog>
#include <QSaveFile>

ReportExport::ReportExport(SyncController *controller, ActivityLog *activity, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_activity(activity)
    , m_window(window)
    , m_opened(QDateTime::currentDateTimeUtc())
{
    const auto keep = [this](const Deployment &d) {
        m_finished.append({QDateTime::currentDateTimeUtc(), d});
    };
    connect(m_controller, &SyncController::deploymentSucceeded, this, keep);
    connect(m_controller, &SyncController::deploymentFailed, this, keep);
}

void ReportExport::start(const QDateTime &since, ProcedureReport::Kind kind)
{
    if (m_dialog || m_building)
        return;
    const QString markdown = tr("Markdown (*.md)");
    const QString pdf = tr("PDF (*.pdf)");
    auto *dialog = new QFileDialog(m_window, tr("Export the procedure report"));
    dialog->setObjectName(ObjectName::exportReportDialog);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({markdown, pdf});
    dialog->selectFile(tr("procedure-report", "file name, without its extension"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The format is the name's suffix; a name without one takes the chosen filter's.
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, since, kind, pdf](QString path) {
        if (!path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
            && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += dialog->selectedNameFilter() == pdf ? QStringLiteral(".pdf")
                                                        : QStringLiteral(".md");
        exportTo(path, since, kind);
    });
    m_dialog = dialog;
    dialog->open();
}

void ReportExport::exportTo(const QString &path, const QDateTime &since, ProcedureReport::Kind kind)
{
    if (std::exchange(m_building, true))
        return;
    auto *builder = new ProcedureReportBuilder(m_controller, m_controller->client(), this);
    ProcedureReport &report = builder->report();
    report.kind = kind;
    report.started = since.isValid() ? since : m_opened;
    report.where = m_controller->client()->baseUrl().toString();
    // The calls made since then, as the Activity page keeps them (redacted when recorded),
    // oldest first; the builder adds its own.
    for (int row = m_activity->rowCount() - 1; row >= 0; --row)
        if (m_activity->record(row).at >= report.started)
            report.calls.append(m_activity->record(row));
    for (const auto &[at, deployment] : std::as_const(m_finished))
        if (at >= report.started)
            report.deployments.append(deployment);
    connect(builder, &ProcedureReportBuilder::ready, this, [this, builder, path] {
        builder->deleteLater();
        m_building = false;
        const ProcedureReport &report = builder->report();
        QString problem;
        bool written = false;
        if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
            written = ProcedureReportPdf::write(report, path, &problem);
        } else {
            QSaveFile file(path);
            written = file.open(QIODevice::WriteOnly)
                && file.write(report.markdown().toUtf8()) >= 0 && file.commit();
            if (!written)
                problem = file.errorString();
        }
        if (written)
            emit exported(path);
        else
            emit failed(tr("The procedure report could not be written to %1: %2").arg(path, problem));
    });
    builder->build();
}
