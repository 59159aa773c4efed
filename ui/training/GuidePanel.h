#pragma once

#include "GuideText.h"
#include "Runbooks.h"
#include "ScenarioCatalog.h"

#include <QDateTime>
#include <QDockWidget>
#include <QList>
#include <QPointer>

class ControlOutline;
class GuideChecklist;
class GuideObserver;
class GuideStepRow;
class GuideTracker;
class MainWindow;
class QBoxLayout;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;
class SyncController;

// The Guide, for support staff and trainers: the chosen procedure or runbook as numbered steps
// in the documented wording, the current one highlighted and its control outlined on screen,
// the checklist before Terminate Sync, the wait before re-enabling counted down, the clients
// coming back, and Copy steps (text and Markdown) for a ticket. It follows what the user does,
// whether or not they use the panel (GuideTracker, fed by GuideObserver).
class GuidePanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuidePanel)

public:
    GuidePanel(SyncController *controller, MainWindow *window);
    ~GuidePanel() override;

    // Docks a hidden Guide on `window`, with View ▸ Guide (Ctrl+G) to show it.
    static GuidePanel *install(SyncController *controller, MainWindow *window);
    // The Guide installed on `window`, or nullptr.
    static GuidePanel *of(const MainWindow *window);

    // Shows `kind` from its first step (the state of Sync may place it further on).
    void startRunbook(Runbook::Kind kind);
    // Shows the panel on `kind` with every step before `stepId` done, for doc capture and
    // demos that open the guide mid-runbook. The console's state should be the one that step
    // expects: the guide goes on following what happens from there.
    void showAt(Runbook::Kind kind, const QString &stepId);
    // The documented reason to terminate Sync the checklist shows as chosen.
    void setReason(TerminateReason reason);
    GuideTracker *tracker() const { return m_tracker; }
    ControlOutline *outline() const;
    // The runbook's text, as Copy steps puts it on the clipboard.
    QString plainText() const;
    QString markdownText() const;

public slots:
    // Puts the steps on the clipboard as text/plain and text/markdown.
    void copySteps();
    // Looks at the clock: the countdown, and the wait's end. A one-second timer calls it.
    void tick();

    void setVisible(bool visible) override;

protected:
    // Presenter mode restyles the window: the panel's width follows the scale.
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitButtons(); // the bottom buttons in a row, or one under the other
    void buildBody();
    void buildSteps();
    void render();
    void renderCountdown();
    void renderNext();
    void renderTally();
    void followCurrent();
    GuideText::Names names() const;

    SyncController *m_controller;
    MainWindow *m_window;
    GuideTracker *m_tracker;
    GuideObserver *m_observer;
    QPointer<ControlOutline> m_outline;
    QBoxLayout *m_buttons = nullptr;
    QList<QWidget *> m_buttonRow;
    QComboBox *m_runbooks = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_next = nullptr;
    QFrame *m_warningBox = nullptr;
    QLabel *m_warning = nullptr;
    QFrame *m_noteBox = nullptr;
    QLabel *m_note = nullptr;
    QFrame *m_errorBox = nullptr;
    QLabel *m_error = nullptr;
    GuideChecklist *m_checklist = nullptr;
    QFrame *m_countdownBox = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_countdownWhy = nullptr;
    QPushButton *m_skipWait = nullptr;
    QLabel *m_tally = nullptr;
    QPushButton *m_exportReport = nullptr;
    QDateTime m_runbookStarted; // what the Guide's report covers: since this runbook started
    QVBoxLayout *m_stepsLayout = nullptr;
    QWidget *m_stepsArea = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<GuideStepRow *> m_rows;
    QList<QLabel *> m_stageTitles;
    QTimer *m_ticker;
    TerminateReason m_reason = TerminateReason::None; // the checklist's, until it is built
    int m_followed = -2; // the step whose control is outlined
    QString m_followedId; // and its id: a dialog's step may come before the runbook's
    bool m_stepsStale = false; // the runbook changed while the guide was hidden
    int m_shown = -2; // the step last scrolled into view
};
