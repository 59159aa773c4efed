// The pause dialog, and what every console dialog does with Esc and Enter.
#include "ObjectNames.h"
#include "PauseDialog.h"
#include "Theme.h"

#include <QApplication>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestPauseDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void escapeCancelsAndEnterConfirms()
    {
        // Dialogs delete themselves on close, as the main window opens them.
        QPointer<PauseDialog> cancelled = new PauseDialog(QStringLiteral("C - (Service: s)"));
        QSignalSpy rejected(cancelled.data(), &QDialog::rejected);
        cancelled->open();
        QVERIFY(QTest::qWaitForWindowExposed(cancelled));
        QTest::keyClick(cancelled, Qt::Key_Escape);
        QCOMPARE(rejected.size(), 1);
        QTRY_VERIFY(cancelled.isNull());

        QPointer<PauseDialog> confirmed = new PauseDialog(QStringLiteral("C - (Service: s)"));
        QSignalSpy accepted(confirmed.data(), &QDialog::accepted);
        confirmed->open();
        QVERIFY(QTest::qWaitForWindowExposed(confirmed));
        const auto *close = confirmed->findChild<QPushButton *>(ObjectName::dialogCloseButton);
        QCOMPARE(close->accessibleName(), QStringLiteral("Close"));
        QTest::keyClick(confirmed, Qt::Key_Return);
        QCOMPARE(accepted.size(), 1);
        QTRY_VERIFY(confirmed.isNull());
    }
};

QTEST_MAIN(TestPauseDialog)
#include "tst_pausedialog.moc"
