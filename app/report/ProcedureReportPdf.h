#pragma once

#include <QString>

struct ProcedureReport;

// The procedure report as a PDF, drawn by Qt's own writer (QPdfWriter) from the report's
// Markdown through a QTextDocument, in the language the report was written in: A4, fonts
// embedded (Japanese through the system's CJK fallback, fonts-noto-cjk). Drawing text needs a
// QGuiApplication; sync-consolectl makes one (offscreen) only when a PDF is asked for.
namespace ProcedureReportPdf {

// False, with `problem` in words, when the file cannot be written or no QGuiApplication runs.
bool write(const ProcedureReport &report, const QString &path, QString *problem);

} // namespace ProcedureReportPdf
