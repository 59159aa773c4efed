// The Activity page: every call listed, filtered, copied as curl, exported; and an export
// that fails says so instead of claiming a copy.
#include "ActivityPage.h"
#include "ObjectNames.h"
#include "ResultBanner.h"
#include "UiFixture.h"

#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

class TestActivityPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void listsFiltersAndCopies()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        ui.window->showPage(Page::Activity);
        auto *table = ui.find<QTableView>(ObjectName::activityTable);
        QVERIFY(table->isVisible());
        QVERIFY2(table->model()->rowCount() >= 7,
            qPrintable(QString::number(table->model()->rowCount())));

        QTest::keyClicks(ui.find(ObjectName::activityFilter), QStringLiteral("deploy/config"));
        QTRY_COMPARE(table->model()->rowCount(), 1);

        auto *copy = ui.find<QPushButton>(ObjectName::copyCurlButton);
        QVERIFY(!copy->isEnabled()); // nothing selected yet
        table->selectRow(0);
        QVERIFY(copy->isEnabled());
        QSignalSpy copied(ui.window->activityPage(), &ActivityPage::copied);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(copied.size(), 1);
        const QString curl = copied.first().first().toString();
        QVERIFY2(curl.startsWith(QStringLiteral("curl"))
                && curl.contains(QStringLiteral("/deploy/config"))
                && curl.contains(QStringLiteral("<ACCESS_TOKEN>")),
            qPrintable(curl));
        QVERIFY(
            ui.window->statusBar()->currentMessage().startsWith(QStringLiteral("Copied as curl")));

        ui.find<QLineEdit>(ObjectName::activityFilter)->clear();
        QTRY_VERIFY(table->model()->rowCount() >= 7);
    }

    void exportsThroughTheFileDialog()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        ui.window->showPage(Page::Activity);
        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("activity.jsonl"));
        QTest::mouseClick(ui.find<QPushButton>(ObjectName::exportActivityButton), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY(
            (dialog = ui.window->findChild<QFileDialog *>(ObjectName::exportActivityDialog)));
        QSignalSpy exported(ui.window->activityPage(), &ActivityPage::exported);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // as the Save button does
        QTRY_COMPARE(exported.size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size() - 1, ui.activity.rowCount()); // one JSON object a line
        QVERIFY(ui.window->statusBar()->currentMessage().startsWith(QStringLiteral("Exported")));
    }

    void aFailedExportSaysSo()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        ui.window->showPage(Page::Activity);
        QTemporaryDir out;
        QFile blocker(out.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QSignalSpy failed(ui.window->activityPage(), &ActivityPage::exportFailed);
        ui.window->activityPage()->exportTo(out.filePath(QStringLiteral("a-file/activity.jsonl")));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(!ui.window->statusBar()->currentMessage().contains(QStringLiteral("Copied")),
            qPrintable(ui.window->statusBar()->currentMessage()));
        QVERIFY(ui.window->banner()->isVisible());
        QVERIFY2(ui.window->banner()->text().contains(QStringLiteral("could not be exported")),
            qPrintable(ui.window->banner()->text()));
    }
};

QTEST_MAIN(TestActivityPage)
#include "tst_activitypage.moc"
