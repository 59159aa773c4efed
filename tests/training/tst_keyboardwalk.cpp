// The "done when": every scenario's runbook walked through the real widgets with the
// keyboard alone (Tab to the control the Guide outlines, Space to press it, Enter on a dialog's
// default button, the confirmation typed), in presenter mode at 150 % on a 1920x1080 screen,
// in English, German and Japanese, to the Guide's "done"; at every step no visible label or
// button is cut off. The waits are skipped on the simulator's clock. The three drills whose
// server refuses the first try (a refused session renewal, 429/503, the draft changed during the
// review) are walked through the second try the Guide points at.
#include "ControlOutline.h"
#include "GuideOf.h"
#include "GuidePanel.h"
#include "GuideTracker.h"
#include "ScenarioCatalog.h"
#include "Scenarios.h"
#include "SessionKeeper.h"
#include "SimDefaults.h"
#include "Theme.h"
#include "Translations.h"
#include "UiFixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTextDocumentFragment>

namespace {

QString plain(const QString &text)
{
    QString t
        = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    t.remove(QLatin1Char('&'));
    return t.trimmed();
}

QString nameOf(QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

// The visible labels and buttons of `root` whose text does not fit their size.
QStringList clipped(QWidget *root, const QString &where)
{
    // A layout settles in a few passes: a widget's new height asks its scroll area again.
    for (int pass = 0; pass < 4; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        // A step row taller than its text: the rows stretched with empty gaps between them.
        if (w->objectName() == ObjectName::guideStepRow
            && w->height() > w->heightForWidth(w->width()) + Theme::scaled(4)) {
            out << QStringLiteral("Guide, %1: a step row stretched to %2 px for %3 px of text")
                       .arg(where)
                       .arg(w->height())
                       .arg(w->heightForWidth(w->width()));
            continue;
        }
        QString text;
        bool wraps = false;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            text = label->text();
            wraps = label->wordWrap();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            text = button->text();
        } else {
            continue;
        }
        if (plain(text).isEmpty())
            continue;
        const bool cut = wraps && w->hasHeightForWidth()
            ? w->height() < w->heightForWidth(w->width())
            : w->width() < w->sizeHint().width() || w->height() < w->minimumSizeHint().height();
        bool inGuide = false;
        for (QWidget *p = w; p && !inGuide; p = p->parentWidget())
            inGuide = qobject_cast<GuidePanel *>(p);
        if (!cut)
            continue;
        out << (inGuide ? QStringLiteral("Guide, ") : QString())
                + QStringLiteral("%1: %2 \u201c%3\u201d is cut off (%4x%5, needs %6x%7)")
                      .arg(where, nameOf(w), plain(text).left(60))
                      .arg(w->width())
                      .arg(w->height())
                      .arg(w->sizeHint().width())
                      .arg(wraps ? w->heightForWidth(w->width()) : w->minimumSizeHint().height());
    }
    return out;
}

bool holds(QWidget *target, QWidget *focus)
{
    return focus && (focus == target || target->isAncestorOf(focus));
}

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase()
    {
        Theme::apply(*qApp, 100);
        Translations::install(QStringLiteral("en"));
    }

    void runbook_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("scenario");
        // Every scenario's runbook in every language: the oplog recovery (a refused resume
        // first), terminate and re-enable (two scenarios start with Sync enabled: terminated and
        // re-enabled through drafts), and the drills, whose server refuses the first try.
        const QStringList scenarios = Scenarios::names();
        QVERIFY(scenarios.size() >= 15);
        const QString only = qEnvironmentVariable("SYNC_CONSOLE_WALK_LANGUAGE");
        for (const char *language : {"en", "de", "ja"})
            if (only.isEmpty() || only == QLatin1String(language))
                for (const QString &name : scenarios)
                    QTest::addRow("%s %s", language, qPrintable(name))
                        << QString::fromLatin1(language) << name;
    }

    void runbook()
    {
        QFETCH(QString, language);
        QFETCH(QString, scenario);
        Translations::install(language);
        Theme::apply(*qApp, 150);
        UiFixture ui(scenario);
        // A refused renewal asks to sign in again (drill-session-expires), as in the console.
        SessionKeeper keeper(ui.sim.client.get(), SimDefaults::publicKey());
        ui.window->setSessionKeeper(&keeper, QString());
        GuidePanel *guide = guideOf(ui);
        // The Guide's wait on the simulator's clock: the test moves that clock, not the wall's.
        qint64 waited = 0; // the ten minutes' wait, moved on the Guide's clock alone
        guide->tracker()->setClock([&ui, &waited] { return ui.sim.backend.now().addSecs(waited); });
        QVERIFY(ui.load());
        ui.window->setPresenterScale(150);
        ui.window->resize(1920, 1080);
        ui.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(ui.window.get()));
        ui.window->findChild<QAction *>(ObjectName::guideAction)->trigger();
        const TerminateReason reason = Scenarios::reason(scenario);
        guide->startRunbook(reason == TerminateReason::OplogRollover
                ? Runbook::Kind::OplogRollover
                : Runbook::Kind::TerminateAndReEnable);
        guide->setReason(reason);
        QVERIFY(guide->isVisible());

        GuideTracker *tracker = guide->tracker();
        // A second try: whenever the Guide sends the walk back to an earlier step (not for the
        // sign-in that comes first), it says why the first did not go through, and what next.
        QStringList silentlyBack;
        int last = tracker->current();
        const QMetaObject::Connection watching
            = connect(tracker, &GuideTracker::changed, this, [&] {
                  const int now = tracker->current();
                  const bool signIn = tracker->currentStep()
                      && tracker->currentStep()->dialog == ObjectName::signInDialog;
                  if (now >= 0 && now < last && !signIn) {
                      if (tracker->warning().isEmpty())
                          silentlyBack << tracker->currentStep()->id;
                      else
                          qInfo().noquote()
                              << tracker->currentStep()->id << "again:" << tracker->warning();
                  }
                  last = now;
              });
        const auto stopWatching = qScopeGuard([watching] { disconnect(watching); });
        QStringList problems;
        QStringList walked;
        int moves = 0;
        while (tracker->current() != -1) {
            QVERIFY2(moves++ < 40, qPrintable(walked.join(QLatin1Char(' '))));
            const int index = tracker->current();
            const ProcedureStep step = *tracker->currentStep();
            walked << step.id;
            QWidget *top = ui.window->openDialog() ? static_cast<QWidget *>(ui.window->openDialog())
                                                   : ui.window.get();
            if (step.action == ProcedureStep::Action::Look) {
                // The wait and the clients coming back: move the simulator's clock on.
                problems << clipped(top, step.id);
                if (step.id == QLatin1String("wait-before-re-enabling"))
                    waited += 10 * 60 + 1;
                else
                    ui.sim.backend.advanceClock(10 * 60 + 1);
                guide->tick();
            } else {
                // The control in front: in the dialog that is open, if one is.
                QTRY_VERIFY2_WITH_TIMEOUT(guide->outline()->target()
                        && (!ui.window->openDialog()
                            || guide->outline()->target()->window() == ui.window->openDialog())
                        && guide->outline()->target()->isVisible()
                        && guide->outline()->target()->isEnabled(),
                    qPrintable(QStringLiteral("%1: %2 not there (dialog %3)")
                                   .arg(step.id,
                                       guide->outline()->target()
                                           ? nameOf(guide->outline()->target())
                                           : QStringLiteral("no target"),
                                       ui.window->openDialog()
                                           ? nameOf(ui.window->openDialog())
                                           : QStringLiteral("none"))
                                   + walked.join(QLatin1Char(' '))),
                    10000);
                QWidget *target = guide->outline()->target();
                // The window manager's part: the dialog that opened, or the window back in
                // front once it closed, gets the keyboard (offscreen, no one else does it).
                if (!target->window()->isActiveWindow())
                    target->window()->activateWindow();
                QTRY_VERIFY(target->window()->isActiveWindow());
                problems << clipped(target->window(), step.id);
                // Tab to it: the focus chain reaches every control a runbook uses. A slow
                // server's answer may move the Guide meanwhile (a change refused after the draft
                // it made showed): then look at the Guide again, as a person would.
                const QPointer<QWidget> aimed = target;
                const auto stillAimed = [&] {
                    return aimed && aimed->isVisible() && aimed->isEnabled()
                        && tracker->currentStep() && tracker->currentStep()->id == step.id;
                };
                int tabs = 0;
                while (stillAimed() && !holds(target, QApplication::focusWidget()) && tabs++ < 200)
                    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget()
                                                                : target->window(),
                        Qt::Key_Tab);
                if (!stillAimed())
                    continue;
                QVERIFY2(holds(target, QApplication::focusWidget()),
                    qPrintable(QStringLiteral("%1: Tab never reaches %2 (focus on %3)")
                                   .arg(step.id, nameOf(target),
                                       QApplication::focusWidget()
                                           ? nameOf(QApplication::focusWidget())
                                           : QStringLiteral("nothing"))));
                auto *button = qobject_cast<QPushButton *>(target);
                if (target->objectName() == ObjectName::privateKeyInput) {
                    // Signing in again, whenever the Guide asks (it may come in front while
                    // another step waits): the key typed, Enter on the dialog's Sign In; then
                    // the runbook's step is the Guide's again.
                    QTest::keyClicks(target, SimDefaults::privateKey());
                    QTest::keyClick(target, Qt::Key_Return);
                    QTRY_VERIFY_WITH_TIMEOUT(!ui.window->openDialog()
                            || ui.window->openDialog()->objectName() != ObjectName::signInDialog,
                        10000);
                    QVERIFY(!tracker->currentStep()
                        || tracker->currentStep()->dialog != ObjectName::signInDialog);
                    continue;
                } else if (auto *phrase = qobject_cast<QLineEdit *>(target)) {
                    QTest::keyClicks(phrase,
                        QCoreApplication::translate(
                            "TerminateDialog", "Terminate Sync", "the phrase typed to confirm"));
                } else if (button && button->isDefault()
                    && qobject_cast<QDialog *>(button->window())) {
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter
                } else {
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
                }
            }
            const auto stuck = [&] {
                const std::optional<ClientRecoveryTally> &t = tracker->tally();
                return QStringLiteral("stuck at %1 (%2); tally %3 reconnected, %4 not back, "
                                      "%5 stuck; walked %6")
                    .arg(step.id, tracker->warning())
                    .arg(t ? t->reconnected : -1)
                    .arg(t ? t->notBack : -1)
                    .arg(t ? t->stuck : -1)
                    .arg(walked.join(QLatin1Char(' ')))
                    + QStringLiteral(" controller tally %1 status %2 since %3 now %4")
                          .arg(ui.controller->recovery()->tally().has_value())
                          .arg(int(ui.controller->status()))
                          .arg(ui.controller->recovery()->tally() ? ui.controller->recovery()->tally()->since.toString(Qt::ISODate) : QString())
                          .arg(ui.sim.backend.now().toString(Qt::ISODate));
            };
            QTRY_VERIFY2_WITH_TIMEOUT(tracker->current() != index || !tracker->currentStep()
                    || tracker->currentStep()->id != step.id,
                qPrintable(stuck()), 10000);
        }
        QVERIFY2(silentlyBack.isEmpty(),
            qPrintable(QStringLiteral("back to %1 without a word")
                           .arg(silentlyBack.join(QStringLiteral(", ")))));
        QCOMPARE(guide->findChild<QLabel *>(ObjectName::guideNextStep)->text(),
            QCoreApplication::translate("GuidePanel", "Done: every step of this procedure is done."));
        QVERIFY2(tracker->warning().isEmpty(), qPrintable(tracker->warning()));
        problems << clipped(ui.window.get(), QStringLiteral("done"));
        problems.removeDuplicates();
        QStringList inGuide;
        for (const QString &p : std::as_const(problems))
            if (p.startsWith(QLatin1String("Guide, ")))
                inGuide << p;
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.size() == inGuide.size(),
            qPrintable(QStringLiteral("%1 cut off outside the Guide")
                           .arg(problems.size() - inGuide.size())));
        QVERIFY2(inGuide.isEmpty(), qPrintable(QStringLiteral("%1 cut off in the Guide").arg(inGuide.size())));
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboardwalk.moc"
