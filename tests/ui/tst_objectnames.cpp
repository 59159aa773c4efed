// Every interactive widget of the main window and of every dialog has an object name, so that
// autoplay, the guide and the tests can find it; the names come from ObjectNames.h.
#include "AppPickerDialog.h"
#include "ConnectionDialog.h"
#include "DeployDialog.h"
#include "ObjectNames.h"
#include "PauseDialog.h"
#include "RedeployDialog.h"
#include "ResumeDialog.h"
#include "ResumeRefusedDialog.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SyncLogsPage.h"
#include "TerminateDialog.h"
#include "UiFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTableView>
#include <QTextEdit>

class TestObjectNames : public QObject
{
    Q_OBJECT

    // What a person can click, type in or pick from, leaving out the parts Qt builds inside
    // its own composite widgets (a line edit's clear button, a combo box's list, a tab bar's
    // scroll arrows, a scroll area's bars).
    static bool interactive(QWidget *w)
    {
        if (!(qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w)
                || qobject_cast<QTabBar *>(w) || qobject_cast<QAbstractSpinBox *>(w)
                || qobject_cast<QAbstractSlider *>(w)))
            return false;
        for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            if (qobject_cast<QLineEdit *>(p) || qobject_cast<QComboBox *>(p)
                || qobject_cast<QTabBar *>(p) || qobject_cast<QAbstractSpinBox *>(p)
                || qobject_cast<QAbstractItemView *>(p)
                || p->objectName().startsWith(QLatin1String("qt_")))
                return false;
        return true;
    }

    static void checkNamed(QWidget *root)
    {
        int checked = 0;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!interactive(w))
                continue;
            ++checked;
            QVERIFY2(!w->objectName().isEmpty(),
                qPrintable(QStringLiteral("a %1 in %2 (%3) has no object name")
                               .arg(QString::fromLatin1(w->metaObject()->className()),
                                   root->objectName(), w->property("text").toString())));
        }
        QVERIFY2(checked > 0, qPrintable(root->objectName()));
    }

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void theMainWindow()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        checkNamed(ui.window.get());
    }

    void theLogsPage()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        SyncLogModel logs(ui.sim.client.get(), ui.sim.appRef());
        ui.window->setSyncLogs(&logs);
        ui.window->showPage(Page::Logs);
        QVERIFY(QTest::qWaitFor([&logs] { return !logs.isLoading(); }, 10000));
        ui.window->syncLogsPage()->table()->selectRow(0); // the details pane, filled
        checkNamed(ui.window.get());
        ui.window.reset(); // its page shows `logs`
    }

    void everyDialog_data()
    {
        QTest::addColumn<int>("which");
        const char *names[]
            = {"pause", "resume", "resume refused", "terminate (checkbox)", "terminate (phrase)",
                "deploy", "discard", "redeploy", "sign in", "connection", "app picker", "settings"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }

    void everyDialog()
    {
        QFETCH(int, which);
        UiFixture ui;
        QVERIFY(ui.load());
        const QString label = ui.controller->clusterLabel();
        std::unique_ptr<QDialog> dialog;
        switch (which) {
        case 0:
            dialog = std::make_unique<PauseDialog>(label);
            break;
        case 1:
            dialog = std::make_unique<ResumeDialog>(label);
            break;
        case 2:
            dialog = std::make_unique<ResumeRefusedDialog>(
                ApiError::http(409, QStringLiteral("oplog"), QStringLiteral("X")));
            break;
        case 3:
            dialog = std::make_unique<TerminateDialog>(
                *ui.controller, TerminateDialog::Confirmation::Checkbox);
            break;
        case 4:
            dialog = std::make_unique<TerminateDialog>(
                *ui.controller, TerminateDialog::Confirmation::TypePhrase);
            break;
        case 5:
            dialog = std::make_unique<DeployDialog>(DeployDialog::Purpose::Deploy);
            break;
        case 6:
            dialog = std::make_unique<DeployDialog>(DeployDialog::Purpose::Discard);
            break;
        case 7:
            dialog = std::make_unique<RedeployDialog>(QStringLiteral("deployment"));
            break;
        case 8:
            dialog = std::make_unique<SignInDialog>(QStringLiteral("public"), QString());
            break;
        case 9:
            dialog = std::make_unique<ConnectionDialog>(
                QList<ConnectionProfile>(), QStringList {QStringLiteral("flexible")}, QString());
            break;
        case 10:
            dialog = std::make_unique<AppPickerDialog>(QList<AppSummary>(), QString());
            break;
        default:
            dialog = std::make_unique<SettingsDialog>(ConsoleSettings(),
                QStringList {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("ja")},
                QStringLiteral("en"));
            break;
        }
        dialog->setAttribute(Qt::WA_DeleteOnClose, false); // owned here
        dialog->show();
        QVERIFY(!dialog->objectName().isEmpty());
        checkNamed(dialog.get());
    }
};

QTEST_MAIN(TestObjectNames)
#include "tst_objectnames.moc"
