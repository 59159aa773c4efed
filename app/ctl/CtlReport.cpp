#include "CtlReport.h"

#include "CtlExit.h"
#include "CtlOutput.h"
#include "ProcedureReportBuilder.h"
#include "ProcedureReportPdf.h"
#include "SyncController.h"

#include <QSaveFile>

CtlReport::CtlReport(const CtlOptions &options, SyncController *controller,
    AdminApiClient *client, const QString &where, CtlOutput *output, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_controller(controller)
    , m_output(output)
    , m_builder(new ProcedureReportBuilder(controller, client, this))
{
    m_builder->report().where = where;
}

bool CtlReport::wantsPdf(const QString &path, bool pdf)
{
    return pdf || path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
}

bool CtlReport::save(
    const ProcedureReport &report, const QString &path, bool pdf, QString *problem)
{
    if (wantsPdf(path, pdf))
        return ProcedureReportPdf::write(report, path, problem);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(report.markdown().toUtf8()) < 0
        || !file.commit()) {
        *problem = file.errorString();
        return false;
    }
    return true;
}

void CtlReport::start()
{
    m_builder->report().started = m_options.since;
    connect(m_builder, &ProcedureReportBuilder::ready, this, [this] {
        const ProcedureReport &report = m_builder->report();
        m_output->set(QStringLiteral("procedureReport"), report.toJson());
        if (m_options.outFile.isEmpty()) {
            m_output->say(report.markdown());
            return emit finished(CtlExit::Done, QString());
        }
        QString problem;
        if (!save(report, m_options.outFile, m_options.pdf, &problem))
            return emit finished(CtlExit::Refused,
                tr("The report could not be written to %1: %2")
                    .arg(m_options.outFile, problem));
        m_output->set(QStringLiteral("report"), m_options.outFile);
        emit finished(CtlExit::Done, tr("The report is in %1.").arg(m_options.outFile));
    });
    // The first read (CtlRun's) holds the devices, on the simulator, and the deployments.
    m_builder->build();
}
