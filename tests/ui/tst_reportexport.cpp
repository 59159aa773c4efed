// File ▸ Export Procedure Report…: the save dialog (found by its object name, never the native
// one), Markdown and PDF, and a failure said in the banner.
#include "ResultBanner.h"
#include "ReportExport.h"
#include "UiFixture.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

class TestReportExport : public QObject
{
    Q_OBJECT

    // File ▸ Export Procedure Report…, then `path` typed into the dialog and saved.
    static void exportThroughTheMenu(UiFixture &ui, const QString &path, bool pdf)
    {
        auto *file = ui.window->menuBar()->findChild<QMenu *>(ObjectName::fileMenu);
        QVERIFY(file);
        QAction *action = nullptr;
        for (QAction *a : file->actions())
            if (a->objectName() == ObjectName::exportReportAction)
                action = a;
        QVERIFY(action);
        action->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = ui.window->findChild<QFileDialog *>(ObjectName::exportReportDialog)));
        QCOMPARE(dialog->nameFilters().size(), 2); // Markdown and PDF
        if (pdf)
            dialog->selectNameFilter(dialog->nameFilters().last());
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
    }

private slots:
    void exportsMarkdownAndPdf()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        QTemporaryDir out;
        QSignalSpy exported(ui.window->reportExport(), &ReportExport::exported);

        const QString md = out.filePath(QStringLiteral("report.md"));
        exportThroughTheMenu(ui, md, false);
        QTRY_COMPARE(exported.size(), 1);
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const char *section : {"# Procedure report: Sync since", "| Who |", "| App |",
                 "## Configuration after", "## Deployments", "## Devices", "## Log errors seen",
                 "## API calls", "`GET http", "/config"})
            QVERIFY2(text.contains(QString::fromUtf8(section)), section);
        for (const QString &secret : {SimDefaults::privateKey(), QStringLiteral("Bearer"),
                 QStringLiteral("access_token"), QStringLiteral("refresh_token")})
            QVERIFY2(!text.contains(secret), qPrintable(secret));
        QVERIFY(ui.window->statusBar()->currentMessage().contains(md));

        // PDF: chosen by its filter, the suffix follows.
        exportThroughTheMenu(ui, out.filePath(QStringLiteral("report")), true);
        QTRY_COMPARE(exported.size(), 2);
        const QString pdf = exported.last().first().toString();
        QVERIFY2(pdf.endsWith(QStringLiteral(".pdf")), qPrintable(pdf));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().startsWith("%PDF-"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString words = QString::fromUtf8(p.readAllStandardOutput())
                                      .normalized(QString::NormalizationForm_KC);
            QVERIFY2(words.contains(QStringLiteral("API calls")), qPrintable(words.left(300)));
        }
    }

    void aFailedExportSaysSo()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        QTemporaryDir out;
        QFile blocker(out.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy failed(ui.window->reportExport(), &ReportExport::failed);
        ui.window->reportExport()->exportTo(out.filePath(QStringLiteral("a-file/report.md")),
            QDateTime(), ProcedureReport::Kind::Since);
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(ui.window->banner()->isVisible());
        QVERIFY2(ui.window->banner()->text().contains(QStringLiteral("could not be written")),
            qPrintable(ui.window->banner()->text()));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
