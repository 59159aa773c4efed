// The terminate dialog: the checkbox or the typed phrase, and the unsynced-changes warning.
#include "ObjectNames.h"
#include "TerminateDialog.h"
#include "UiFixture.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
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
                "&I want to terminate Sync for ExampleCluster - (Service: Example-Service)"));
        QVERIFY(!check->isChecked());
        QVERIFY(!button->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QVERIFY(button->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QVERIFY(!button->isEnabled());
        const QString warning = dialog.findChild<QLabel *>(ObjectName::unsyncedChangesText)->text();
        QVERIFY2(warning.startsWith(QStringLiteral("5 device(s) will need a client reset. 2 of "
                                                   "them hold(s) unsynced changes, 9 in all.")),
            qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("client reset")));
    }

    // The devices move on their own: the preview shows them as they are when the dialog opens,
    // not as the last refresh saw them.
    void thePreviewFollowsTheDevices()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        ui.sim.app().clients[1].unsyncedChanges = 12; // the Swift device, offline, wrote more
        ui.sim.app().clients[3].resetMode = SimClient::ResetMode::Manual; // the .NET one
        ui.window->openTerminateDialog();
        QTRY_VERIFY(ui.inDialog(ObjectName::unsyncedChangesText));
        QTRY_VERIFY2(ui.inDialog<QLabel>(ObjectName::unsyncedChangesText)
                         ->text()
                         .startsWith(QStringLiteral(
                             "5 device(s) will need a client reset. 2 of them hold(s) unsynced "
                             "changes, 14 in all. 2 of them will hold changes by the time they "
                             "reset, as their users keep working while Sync is off. With client "
                             "recovery on, 3 of them will recover their changes. The .NET device "
                             "(manual mode) will stop syncing until its app resets it.")),
            qPrintable(ui.inDialog<QLabel>(ObjectName::unsyncedChangesText)->text()));
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

    // The type-to-confirm dialog looks like the admin UI's newer modal: the whole heading bold,
    // no rules, a field for two words rather than the dialog's width. The checkbox one keeps
    // its rules and the cluster alone in bold.
    void theTypedPhraseDialogHasTheNewerLayout()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        const auto rules = [](const QDialog &d) {
            int n = 0;
            for (const QFrame *f : d.findChildren<QFrame *>())
                n += f->property("role").toString() == QLatin1String("rule");
            return n;
        };
        TerminateDialog typed(*ui.controller, TerminateDialog::Confirmation::TypePhrase);
        typed.setAttribute(Qt::WA_DeleteOnClose, false);
        typed.show();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        auto *title = typed.findChild<QLabel *>(ObjectName::dialogTitle);
        QCOMPARE(title->property("role").toString(), QStringLiteral("dialogHeading"));
        QVERIFY(!title->text().contains(QLatin1String("<b>")));
        QVERIFY(title->text().startsWith(QLatin1String("Terminate Sync for ExampleCluster")));
        QVERIFY2(title->width() >= title->sizeHint().width(), "the heading is cut off");
        QCOMPARE(rules(typed), 0);
        auto *phrase = typed.findChild<QLineEdit *>(ObjectName::confirmTerminatePhrase);
        QVERIFY(phrase->width() >= 300);
        QVERIFY(phrase->width() < typed.width() * 2 / 3);

        TerminateDialog checkbox(*ui.controller, TerminateDialog::Confirmation::Checkbox);
        checkbox.setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(rules(checkbox), 2);
        QVERIFY(checkbox.findChild<QLabel *>(ObjectName::dialogTitle)
                    ->text()
                    .contains(QLatin1String("<b>ExampleCluster")));
    }

    // The reference figures' era (--capture-docs) has the admin UI's own dialog, which says
    // nothing of the devices; the console's own run keeps its warning, both confirmations.
    void theFigureEraHasNoDeviceWarning()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        for (const auto confirmation :
            {TerminateDialog::Confirmation::Checkbox, TerminateDialog::Confirmation::TypePhrase}) {
            TerminateDialog own(*ui.controller, confirmation);
            own.setAttribute(Qt::WA_DeleteOnClose, false);
            QVERIFY(own.findChild<QFrame *>(ObjectName::unsyncedChangesWarning));
            TerminateDialog figure(*ui.controller, confirmation, nullptr, FigureWording {true});
            figure.setAttribute(Qt::WA_DeleteOnClose, false);
            QVERIFY(!figure.findChild<QFrame *>(ObjectName::unsyncedChangesWarning));
            QVERIFY(figure.findChild<QPushButton *>(ObjectName::terminateButton));
        }
    }

    // The type-to-confirm dialog is the admin UI's 2023 modal (terminate-sync-modal): the × in
    // the top-right corner above the heading, no border line, a smaller semibold prompt and
    // the reference's lighter red (sampled: #CA4139). The checkbox one (2021) keeps its frame.
    void theTypedPhraseDialogIsThe2023Modal()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.window->show();
        const auto open = [&ui](TerminateDialog::Confirmation confirmation) {
            ui.window->setTerminateConfirmation(confirmation);
            ui.window->openTerminateDialog();
            auto *dialog = qobject_cast<TerminateDialog *>(ui.window->openDialog());
            if (dialog)
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            return dialog;
        };
        const auto pixel = [](QWidget *w, QPoint at) {
            return w->grab().toImage().pixelColor(at * w->devicePixelRatioF()).name();
        };
        for (const auto confirmation :
            {TerminateDialog::Confirmation::TypePhrase, TerminateDialog::Confirmation::Checkbox}) {
            const bool typed = confirmation == TerminateDialog::Confirmation::TypePhrase;
            TerminateDialog *dialog = open(confirmation);
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            auto *close = dialog->findChild<QPushButton *>(ObjectName::dialogCloseButton);
            auto *title = dialog->findChild<QLabel *>(ObjectName::dialogTitle);
            const QPoint x = close->geometry().center();
            if (typed) {
                QVERIFY2(dialog->width() - x.x() <= 36 && x.y() <= 36,
                    qPrintable(QStringLiteral("× at %1,%2 of %3 wide")
                                   .arg(x.x())
                                   .arg(x.y())
                                   .arg(dialog->width())));
                QVERIFY2(x.y() + 7 <= title->geometry().top(), // its 14 px glyph above the heading
                    qPrintable(QStringLiteral("× centred at %1, the heading from %2")
                                   .arg(x.y())
                                   .arg(title->geometry().top())));
            } else {
                QVERIFY(x.y() > title->geometry().top()); // level with the title, as 2021's
            }
            // No border line on 2023's: the top edge is the dialog's white.
            const QString edge = pixel(dialog, QPoint(dialog->width() / 2, 0));
            const QString inside = pixel(dialog, QPoint(dialog->width() / 2, 4));
            QCOMPARE(edge == inside, typed);
            auto *button = dialog->findChild<QPushButton *>(ObjectName::terminateButton);
            if (typed) {
                auto *prompt = dialog->findChild<QLabel *>(QStringLiteral("confirmTerminatePrompt"));
                QVERIFY(prompt);
                QCOMPARE(prompt->font().weight(), QFont::DemiBold);
                QVERIFY(prompt->font().pointSizeF() < title->font().pointSizeF() / 1.5);
                QVERIFY(prompt->font().pointSizeF() <= 10);
                dialog->findChild<QLineEdit *>(ObjectName::confirmTerminatePhrase)
                    ->setText(TerminateDialog::confirmationPhrase());
            } else {
                dialog->findChild<QCheckBox *>(ObjectName::confirmTerminateCheck)->setChecked(true);
            }
            QVERIFY(button->isEnabled());
            QCOMPARE(pixel(button, QPoint(5, button->height() / 2)),
                typed ? QStringLiteral("#ca4139") : QStringLiteral("#c4442a"));
            QPointer<QDialog> shown = dialog;
            dialog->reject();
            QTRY_VERIFY(shown.isNull());
        }
    }

    // Over the window the dialog is rounded, the type-to-confirm one more (as the admin UI's
    // 2023 modal): its corners are cut, and Esc still cancels it.
    void overTheWindowItIsRounded()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ui.window->show();
        ui.window->setTerminateConfirmation(TerminateDialog::Confirmation::TypePhrase);
        ui.window->openTerminateDialog();
        QTRY_VERIFY(ui.window->openDialog());
        auto *dialog = qobject_cast<TerminateDialog *>(ui.window->openDialog());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->windowFlags().testFlag(Qt::FramelessWindowHint));
        QCOMPARE(dialog->cornerRadius(), 16);
        const QRegion mask = dialog->mask();
        QVERIFY(!mask.isEmpty());
        QVERIFY(!mask.contains(QPoint(1, 1)));
        QVERIFY(!mask.contains(QPoint(dialog->width() - 2, dialog->height() - 2)));
        QVERIFY(mask.contains(dialog->rect().center()));
        QVERIFY(mask.contains(QPoint(dialog->width() / 2, 0)));
        QPointer<QDialog> open = dialog;
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(open.isNull());

        TerminateDialog alone(*ui.controller, TerminateDialog::Confirmation::Checkbox);
        alone.setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(!alone.isRounded()); // no window under it: the system's frame
    }
};

QTEST_MAIN(TestTerminateDialog)
#include "tst_terminatedialog.moc"
