// The terminate dialog: the checkbox or the typed phrase, and the unsynced-changes warning.
#include "ObjectNames.h"
#include "TerminateDialog.h"
#include "UiFixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class TestTerminateDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void theCheckboxAloneEnablesTerminate()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        TerminateDialog dialog(*ui.controller, TerminateDialog::Confirmation::Checkbox);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack here
        dialog.show();
        QCOMPARE(dialog.windowTitle(),
            QStringLiteral("Terminate Sync for ExampleCluster - (Service: Example-Service)"));
        auto *check = dialog.findChild<QCheckBox *>(ObjectName::confirmTerminateCheck);
        auto *button = dialog.findChild<QPushButton *>(ObjectName::terminateButton);
        QCOMPARE(check->text(),
            QStringLiteral(
                "I want to terminate Sync for ExampleCluster - (Service: Example-Service)"));
        QVERIFY(!check->isChecked());
        QVERIFY(!button->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QVERIFY(!button->isEnabled());
        const QString warning = dialog.findChild<QLabel *>(ObjectName::unsyncedChangesText)->text();
        QVERIFY2(warning.contains(QStringLiteral("Swift: 7")), qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("client reset")));
    }

    void typingThePhraseEnablesTerminate()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        TerminateDialog dialog(*ui.controller, TerminateDialog::Confirmation::TypePhrase);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack here
        dialog.show();
        auto *phrase = dialog.findChild<QLineEdit *>(ObjectName::confirmTerminatePhrase);
        auto *button = dialog.findChild<QPushButton *>(ObjectName::terminateButton);
        QTest::keyClicks(phrase, QStringLiteral("Terminate syn"));
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(phrase, QStringLiteral("c"));
        QVERIFY(!button->isEnabled()); // case matters
        phrase->clear();
        QTest::keyClicks(phrase, QStringLiteral("Terminate Sync"));
        QVERIFY(button->isEnabled());
    }
};

QTEST_MAIN(TestTerminateDialog)
#include "tst_terminatedialog.moc"
