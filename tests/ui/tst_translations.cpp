// Every screen in German and in Japanese, rendered offscreen at the default window size: no
// text a person sees is still its English source, and no label or button text is cut off.
#include "ApiError.h"
#include "AppPickerDialog.h"
#include "AppSummary.h"
#include "ConnectionDialog.h"
#include "EveryWindow.h"
#include "GuideOf.h"
#include "GuidePanel.h"
#include "ResultBanner.h"
#include "ResumeRefusedDialog.h"
#include "ScenarioBriefingDialog.h"
#include "Scenarios.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SyncLogModel.h"
#include "SyncLogsPage.h"
#include "Translations.h"
#include "UiFixture.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

namespace {
// Texts that read the same in German or Japanese as in English: product and feature names
// the App Services documentation keeps in English, and German words spelt as in English.
const QSet<QString> allowed {QStringLiteral("Sync Console"), QStringLiteral("App Services"),
    QStringLiteral("Atlas"), QStringLiteral("Device Sync"), QStringLiteral("MongoDB"),
    QStringLiteral("GraphQL"), QStringLiteral("SDKs"), QStringLiteral("Sync"),
    QStringLiteral("Name"), QStringLiteral("Status"), QStringLiteral("Schema"),
    QStringLiteral("Hosting"), QStringLiteral("OK"), QStringLiteral("URL"), QStringLiteral("ID"),
    QStringLiteral("JSON")};

QString plain(const QString &text)
{
    QString t
        = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    t.replace(QLatin1String("&&"), QLatin1String("\x01"));
    t.remove(QLatin1Char('&'));
    t.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return t.trimmed();
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The English sources of every message, as lupdate extracted them.
        QFile ts(QStringLiteral(SYNC_CONSOLE_TS_DIR "/sync-console_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement
                && xml.name() == QLatin1String("source"))
                m_sources.insert(plain(xml.readElementText()));
        QVERIFY(m_sources.size() > 500);
        QVERIFY(m_sources.contains(QStringLiteral("Terminate Sync")));
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    // Issue 19: German named the client reset in two ways ("Client-Zurücksetzen" beside
    // "Client-Reset-Handler", "das Zurücksetzen"). One term throughout: "Client-Reset" as the
    // noun (the verb "zurücksetzen" stays for what an app or the trainer does).
    void germanHasOneTermForClientReset()
    {
        QFile ts(QStringLiteral(SYNC_CONSOLE_TS_DIR "/sync-console_de.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QStringList mixed;
        int uses = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement
                || xml.name() != QLatin1String("translation"))
                continue;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            uses += int(text.count(QLatin1String("Client-Reset")));
            // (ClientResetMode and the other SDKs' names are code, not words.)
            if (text.contains(QStringLiteral(u"Zurücksetzen"))
                || text.contains(QStringLiteral(u"Client-Zurück"), Qt::CaseInsensitive))
                mixed << text;
        }
        QVERIFY(uses >= 20);
        for (const QString &text : std::as_const(mixed))
            qWarning().noquote() << text;
        QVERIFY2(mixed.isEmpty(),
            qPrintable(QStringLiteral("%1 German texts name the client reset otherwise").arg(mixed.size())));
    }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << QStringLiteral("de");
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }

    void everyScreen()
    {
        QFETCH(QString, language);
        Translations::install(language);
        m_problems.clear();
        {
            UiFixture ui(QStringLiteral("partition"));
            guideOf(ui);
            QVERIFY(ui.load());
            inspect(ui.window.get(), QStringLiteral("Sync page"));

            ui.window->openTerminateDialog();
            QTRY_VERIFY(ui.window->openDialog());
            inspect(ui.window->openDialog(), QStringLiteral("Terminate Sync dialog"));
            closeDialog(ui);

            ui.window->openPauseDialog();
            QTRY_VERIFY(ui.window->openDialog());
            inspect(ui.window->openDialog(), QStringLiteral("Pause Sync dialog"));
            closeDialog(ui);

            ui.controller->pause();
            QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft(), 10000);
            QVERIFY(ui.idle());
            inspect(ui.window.get(), QStringLiteral("draft bar"));
            ui.window->openDiscardDialog();
            QTRY_VERIFY_WITH_TIMEOUT(ui.controller->isDiffLoaded(), 10000);
            inspect(ui.window->openDialog(), QStringLiteral("discard dialog"));
            closeDialog(ui);
            QVERIFY(ui.idle());
            ui.window->openDeployDialog();
            QTRY_VERIFY_WITH_TIMEOUT(ui.controller->isDiffLoaded(), 10000);
            inspect(ui.window->openDialog(), QStringLiteral("deploy dialog"));
            ui.window->openDialog()->findChild<QPushButton *>(ObjectName::deployButton)->click();
            QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(ui.window->banner()->isVisible(), 10000);
            QVERIFY(ui.idle());
            inspect(ui.window.get(), QStringLiteral("paused page and success banner"));

            ui.window->openResumeDialog();
            QTRY_VERIFY(ui.window->openDialog());
            inspect(ui.window->openDialog(), QStringLiteral("Resume Sync dialog"));
            closeDialog(ui);

            ui.window->showPage(Page::Deploy);
            inspect(ui.window.get(), QStringLiteral("deployment history"));
            QVERIFY(!ui.controller->deployments().isEmpty());
            const Deployment &last = ui.controller->deployments().constLast();
            ui.window->openRedeployDialog(last.id, last.name);
            QTRY_VERIFY(ui.window->openDialog());
            inspect(ui.window->openDialog(), QStringLiteral("redeploy dialog"));
            closeDialog(ui);
            ui.window->showPage(Page::Activity);
            inspect(ui.window.get(), QStringLiteral("activity"));

            SyncLogModel logs(ui.sim.client.get(), ui.sim.appRef());
            ui.window->setSyncLogs(&logs);
            ui.window->showPage(Page::Logs);
            QTRY_VERIFY_WITH_TIMEOUT(logs.isStarted() && !logs.isLoading(), 10000);
            ui.window->syncLogsPage()->table()->selectRow(0);
            inspect(ui.window.get(), QStringLiteral("logs"));
            ui.window.reset(); // its page shows `logs`
        }
        {
            UiFixture ui;
            guideOf(ui);
            QVERIFY(ui.load());
            // The app's environment tag is a word of the admin UI, translated like the rest.
            QCOMPARE(ui.find<QLabel>(ObjectName::navEnvironment)->text(),
                language == QLatin1String("de") ? QStringLiteral("ENTWICKLUNG")
                                                : QStringLiteral("開発"));
            ui.window->findChild<QAction *>(ObjectName::guideAction)->trigger();
            guideOf(ui)->startRunbook(Runbook::Kind::TerminateAndReEnable);
            inspect(ui.window.get(), QStringLiteral("guide"));
            ui.controller->terminate();
            QTRY_VERIFY_WITH_TIMEOUT(ui.controller->hasDraft(), 10000);
            QVERIFY(ui.idle());
            ui.controller->deploy();
            QTRY_VERIFY_WITH_TIMEOUT(
                ui.controller->status() == SyncController::Status::Disabled, 10000);
            QVERIFY(ui.idle());
            inspect(ui.window.get(), QStringLiteral("Enable Sync form and guide"));
        }
        // The 2023 generation's page and its Deployment Draft dialog, at the walk's size.
        EveryWindow::walk2023(QSize(1420, 760),
            [this](QWidget *root, const QString &where) { inspect(root, where); });
        QVERIFY(!QTest::currentTestFailed());
        dialogs();
        for (const QString &problem : std::as_const(m_problems))
            qWarning().noquote() << problem;
        QVERIFY2(m_problems.isEmpty(),
            qPrintable(QStringLiteral("%1 texts untranslated or cut off").arg(m_problems.size())));
    }

    // The 2023 generation in presenter mode: its page (Dashboard, Configuration with Advanced
    // Configuration, paused, terminated) and the Deployment Draft dialog at 150 % in a
    // 1920x1080 window, in German and Japanese: nothing untranslated, no text narrower than
    // its size hint, nothing out of its parent, and the window keeps its size.
    void the2023PageAt150Percent_data() { everyScreen_data(); }

    void the2023PageAt150Percent()
    {
        QFETCH(QString, language);
        Translations::install(language);
        Theme::apply(*qApp, 150);
        m_problems.clear();
        m_windowSize = QSize(1920, 1080);
        EveryWindow::walk2023(m_windowSize,
            [this](QWidget *root, const QString &where) { inspect(root, where); });
        m_windowSize = QSize(1420, 760);
        Theme::apply(*qApp, 100);
        QVERIFY(!QTest::currentTestFailed());
        for (const QString &problem : std::as_const(m_problems))
            qWarning().noquote() << problem;
        QVERIFY2(m_problems.isEmpty(),
            qPrintable(QStringLiteral("%1 texts untranslated or cut off").arg(m_problems.size())));
    }

private:
    void dialogs()
    {
        ConnectionProfile room;
        room.id = room.name = QStringLiteral("Training room");
        room.kind = ConnectionProfile::Kind::AppServices;
        room.baseUrl = QStringLiteral("https://services.cloud.mongodb.com/api/admin/v3.0");
        ConnectionDialog connection({room}, Scenarios::names(), QString());
        connection.setAttribute(Qt::WA_DeleteOnClose, false);
        showAndInspect(&connection, QStringLiteral("connection dialog"));

        SignInDialog signIn(QStringLiteral("public-key"), QString());
        showAndInspect(&signIn, QStringLiteral("sign-in dialog"));

        const QString name = QStringLiteral("oplog-rollover");
        const ScenarioBriefing b = Scenarios::briefing(name);
        ScenarioBriefingDialog briefing({name, Scenarios::title(name), Scenarios::description(name),
            b.whatHappened, b.whatToDo, b.success});
        showAndInspect(&briefing, QStringLiteral("scenario briefing"));

        AppSummary app;
        app.id = QStringLiteral("64f0a1b2c3d4e5f601234567");
        app.clientAppId = QStringLiteral("tasktracker-abcde");
        app.name = QStringLiteral("TaskTracker");
        AppPickerDialog picker({app}, QString());
        showAndInspect(&picker, QStringLiteral("app picker"));

        ResumeRefusedDialog refused(
            ApiError::http(400, QStringLiteral("cannot resume: the oplog rolled over"),
                QStringLiteral("SyncResumeOplogRolledOver")));
        showAndInspect(&refused, QStringLiteral("resume refused dialog"));

        SettingsDialog settings(ConsoleSettings(), Translations::available(), QStringLiteral("en"));
        showAndInspect(&settings, QStringLiteral("settings dialog"));
    }

    void showAndInspect(QWidget *dialog, const QString &where)
    {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        inspect(dialog, where);
        dialog->hide();
    }

    void closeDialog(UiFixture &ui)
    {
        ui.window->openDialog()->reject();
        QTRY_VERIFY(!ui.window->openDialog());
    }

    // Every text of `root` a person can see: none an English source, none cut off.
    void inspect(QWidget *root, const QString &where)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        // The main window keeps its default size: its contents ask for no more room.
        if (qobject_cast<QMainWindow *>(root) && root->size() != m_windowSize)
            m_problems << QStringLiteral("%1: the window grew to %2x%3 to fit its contents")
                              .arg(where)
                              .arg(root->width())
                              .arg(root->height());
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible())
                continue;
            const QString who = where + QStringLiteral(": ")
                + (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                             : w->objectName());
            QStringList texts;
            if (w->isWindow())
                texts << w->windowTitle();
            if (auto *label = qobject_cast<QLabel *>(w)) {
                texts << label->text();
                checkFits(label, label->text(), label->wordWrap(), who);
            }
            if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                texts << button->text();
                checkFits(button, button->text(), false, who);
            }
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                texts << edit->placeholderText();
            if (auto *combo = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < combo->count(); ++i)
                    texts << combo->itemText(i);
            if (auto *group = qobject_cast<QGroupBox *>(w))
                texts << group->title();
            if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model())
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    texts << view->model()->headerData(c, Qt::Horizontal).toString();
            if (auto *bar = qobject_cast<QMenuBar *>(w))
                for (QAction *menu : bar->actions()) {
                    texts << menu->text();
                    if (menu->menu())
                        for (QAction *a : menu->menu()->actions())
                            texts << a->text();
                }
            for (const QString &text : std::as_const(texts)) {
                const QString t = plain(text);
                if (!t.isEmpty() && m_sources.contains(t) && !allowed.contains(t))
                    m_problems
                        << QStringLiteral("%1: \u201c%2\u201d is not translated").arg(who, t);
            }
        }
    }

    void checkFits(QWidget *w, const QString &text, bool wraps, const QString &who)
    {
        if (plain(text).isEmpty() || w->width() <= 0)
            return;
        if (w->parentWidget() && !w->parentWidget()->rect().contains(w->geometry())) {
            m_problems << QStringLiteral("%1: \u201c%2\u201d reaches out of its parent")
                              .arg(who, plain(text));
            return;
        }
        const bool cut = wraps && w->hasHeightForWidth()
            ? w->height() < w->heightForWidth(w->width())
            : w->width() < w->sizeHint().width() || w->height() < w->minimumSizeHint().height();
        if (cut)
            m_problems << QStringLiteral("%1: \u201c%2\u201d is cut off (%3x%4, needs %5x%6)")
                              .arg(who, plain(text))
                              .arg(w->width())
                              .arg(w->height())
                              .arg(w->sizeHint().width())
                              .arg(wraps ? w->heightForWidth(w->width())
                                         : w->minimumSizeHint().height());
    }

    QSet<QString> m_sources;
    QStringList m_problems;
    QSize m_windowSize {1420, 760};
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
