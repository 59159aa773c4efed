#include "ProcedureReportPdf.h"

#include "ProcedureReport.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextOption>

bool ProcedureReportPdf::write(const ProcedureReport &report, const QString &path, QString *problem)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *problem = ProcedureReport::tr("a PDF needs the program's fonts (no QGuiApplication)");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *problem = file.errorString();
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(report.title());
        writer.setCreator(QStringLiteral("Sync Console"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
            QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(9.5);
        document.setDefaultFont(font);
        // URLs and JSON lines are long words: a line breaks anywhere rather than run off the page.
        QTextOption option = document.defaultTextOption();
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        document.setDefaultTextOption(option);
        document.setMarkdown(report.markdown());
        document.print(&writer);
    }
    if (!file.commit()) {
        *problem = file.errorString();
        return false;
    }
    return true;
}
