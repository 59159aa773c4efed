#include "GuidePanel.h"

#include "ControlOutline.h"
#include "GuideChecklist.h"
#include "GuideObserver.h"
#include "GuideStepRow.h"
#include "GuideText.h"
#include "GuideTitleBar.h"
#include "GuideTracker.h"
#include "MainWindow.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "SyncController.h"
#include "SyncErrors.h"
#include "Theme.h"
#include "WheelGuard.h"
#include "WrappedLabel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QFrame *callout(QLatin1String role, QLabel **label, QLatin1String name, QWidget *parent)
{
    auto *box = new QFrame(parent);
    StyleRole::apply(box, role);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(12, 8, 12, 8);
    *label = new WrappedLabel(box);
    (*label)->setObjectName(name);
    (*label)->setWordWrap(true);
    layout->addWidget(*label);
    box->hide();
    return box;
}
} // namespace

GuidePanel *GuidePanel::install(SyncController *controller, MainWindow *window)
{
    auto *guide = new GuidePanel(controller, window);
    window->addDockWidget(Qt::RightDockWidgetArea, guide);
    guide->hide();
    QAction *show = guide->toggleViewAction();
    show->setText(tr("&Guide"));
    show->setObjectName(ObjectName::guideAction);
    show->setShortcut(QKeySequence(tr("Ctrl+G", "Show the Guide panel")));
    window->viewMenu()->addAction(show);
    return guide;
}

GuidePanel *GuidePanel::of(const MainWindow *window)
{
    return window ? window->findChild<GuidePanel *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

GuidePanel::GuidePanel(SyncController *controller, MainWindow *window)
    : QDockWidget(tr("Guide", "side panel title"), window)
    , m_controller(controller)
    , m_window(window)
    , m_tracker(new GuideTracker(this))
    , m_observer(new GuideObserver(controller, window, m_tracker, this))
    , m_outline(new ControlOutline(window))
    , m_ticker(new QTimer(this))
{
    setObjectName(ObjectName::guidePanel);
    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    setMinimumWidth(Theme::scaled(340));

    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &GuidePanel::tick);
    connect(m_tracker, &GuideTracker::changed, this, &GuidePanel::render);
    m_runbookStarted = QDateTime::currentDateTimeUtc();
    connect(m_tracker, &GuideTracker::runbookChanged, this, [this] {
        m_runbookStarted = QDateTime::currentDateTimeUtc();
        if (m_runbooks)
            m_runbooks->setCurrentIndex(m_runbooks->findData(int(m_tracker->runbook().kind)));
        m_followed = m_shown = -2;
        buildSteps();
        m_observer->resync();
        render();
    });
    // The wait counts on the server's clock, which a trainer may move (Scenario ▸ Time…).
    m_tracker->setClock([controller = QPointer<SyncController>(controller)] {
        return controller ? controller->now() : QDateTime::currentDateTimeUtc();
    });
    if (SimulatorControlClient *simulator = controller->simulatorControl())
        connect(simulator, &SimulatorControlClient::clockMoved, m_tracker,
            &GuideTracker::observeClockMoved);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_stepsStale) {
            buildSteps();
            render();
        }
        if (m_outline) // gone with a dialog while the window closed
            m_outline->setActive(visible);
        m_followed = -2;
        followCurrent();
    });
    // A dialog in front may offer the step's control itself (the refusal of a resume has its
    // own Terminate Sync…): look again once it shows.
    connect(m_window, &MainWindow::dialogOpened, this, [this] {
        QTimer::singleShot(0, this, [this] {
            m_followed = -2;
            followCurrent();
        });
    });
    connect(m_outline, &ControlOutline::targetChanged, this, &GuidePanel::renderNext);
    m_outline->setActive(false);
    startRunbook(Runbooks::all().first().kind);
}

// The panel's widgets, made the first time it shows: hidden, the Guide only follows the user
// (its tracker), and building its body took a tenth of the console's start-up.
void GuidePanel::setVisible(bool visible)
{
    if (visible)
        buildBody();
    QDockWidget::setVisible(visible);
}

void GuidePanel::buildBody()
{
    if (m_scroll)
        return;
    setTitleBarWidget(new GuideTitleBar(this)); // its buttons grow in presenter mode
    auto *scroll = m_scroll = new QScrollArea(this);
    m_runbooks = new QComboBox(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *body = new QWidget(scroll);
    StyleRole::apply(body, StyleRole::guideBody);
    // In its scroll area before it is filled: set afterwards, the whole body is measured at
    // once while nothing has its width yet (a tenth of the console's start-up).
    scroll->setWidget(body);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(10);

    auto *pickLabel = new QLabel(tr("Procedure", "label of the procedure chooser"), body);
    StyleRole::apply(pickLabel, StyleRole::metricCaption);
    layout->addWidget(pickLabel);
    m_runbooks->setObjectName(ObjectName::guideRunbookPicker);
    m_runbooks->setAccessibleName(tr("Procedure to guide"));
    m_runbooks->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runbooks->setMinimumContentsLength(16);
    for (const Runbook &r : Runbooks::all())
        m_runbooks->addItem(r.titleText(), int(r.kind));
    pickLabel->setBuddy(m_runbooks);
    layout->addWidget(m_runbooks);

    m_title = new WrappedLabel(body);
    StyleRole::apply(m_title, StyleRole::guideTitle);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_next = new WrappedLabel(body);
    m_next->setObjectName(ObjectName::guideNextStep);
    StyleRole::apply(m_next, StyleRole::guideNext);
    m_next->setWordWrap(true);
    layout->addWidget(m_next);

    m_warningBox = callout(StyleRole::calloutDanger, &m_warning, ObjectName::guideWarning, body);
    layout->addWidget(m_warningBox);
    m_noteBox = callout(StyleRole::callout, &m_note, ObjectName::guideNote, body);
    layout->addWidget(m_noteBox);
    // The error the runbook answers, explained from the table of Sync errors the Logs page
    // uses too.
    m_errorBox = callout(StyleRole::callout, &m_error, ObjectName::guideErrorExplanation, body);
    layout->addWidget(m_errorBox);

    m_checklist = new GuideChecklist(m_controller, body);
    m_checklist->setReason(m_reason);
    layout->addWidget(m_checklist);

    m_countdownBox = new QFrame(body);
    StyleRole::apply(m_countdownBox, StyleRole::guideCountdownBox);
    auto *countdown = new QVBoxLayout(m_countdownBox);
    countdown->setContentsMargins(0, 0, 0, 0); // the style sheet's padding, grown with the scale
    countdown->setSpacing(6);
    m_countdown = new WrappedLabel(m_countdownBox);
    m_countdown->setObjectName(ObjectName::guideCountdown);
    StyleRole::apply(m_countdown, StyleRole::guideCountdown);
    m_countdown->setWordWrap(true);
    countdown->addWidget(m_countdown);
    m_countdownWhy = new WrappedLabel(
        tr("Support recommends waiting ten minutes after Sync was terminated before you enable "
           "it again: the service needs the time to clean up the sync metadata, and the clients "
           "to disconnect. Re-enabling sooner can leave devices unable to reset."),
        m_countdownBox);
    m_countdownWhy->setObjectName(ObjectName::guideCountdownWhy);
    StyleRole::apply(m_countdownWhy, StyleRole::guideDetail);
    m_countdownWhy->setWordWrap(true);
    countdown->addWidget(m_countdownWhy);
    m_skipWait = new QPushButton(tr("Skip the &Wait"), m_countdownBox);
    m_skipWait->setObjectName(ObjectName::guideSkipWaitButton);
    m_skipWait->setToolTip(tr("Go on without waiting the full ten minutes"));
    countdown->addWidget(m_skipWait, 0, Qt::AlignLeft);
    m_countdownBox->hide();
    layout->addWidget(m_countdownBox);

    m_tally = new WrappedLabel(body);
    m_tally->setObjectName(ObjectName::guideTally);
    StyleRole::apply(m_tally, StyleRole::guideDetail);
    m_tally->setWordWrap(true);
    m_tally->hide();
    layout->addWidget(m_tally);

    m_stepsArea = new QWidget(body);
    m_stepsLayout = new QVBoxLayout(m_stepsArea);
    m_stepsLayout->setContentsMargins(0, 4, 0, 0);
    m_stepsLayout->setSpacing(2);
    layout->addWidget(m_stepsArea);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    auto *restart = new QPushButton(tr("Start &Over"), body);
    restart->setObjectName(ObjectName::guideRestartButton);
    restart->setToolTip(tr("Follow the procedure again from its first step"));
    auto *copy = new QPushButton(tr("Cop&y Steps"), body);
    copy->setObjectName(ObjectName::guideCopyButton);
    copy->setProperty("variant", QStringLiteral("primary"));
    copy->setToolTip(tr("Copy the steps, with what is done ticked, as text and Markdown"));
    // At the end of a runbook: the procedure report of what happened since it started.
    m_exportReport = new QPushButton(tr("Export report\u2026"), body);
    m_exportReport->setObjectName(ObjectName::guideExportReportButton);
    m_exportReport->setToolTip(tr("Save the procedure report of this runbook, as Markdown or "
                                  "PDF, for the change ticket"));
    m_exportReport->hide();
    buttons->addWidget(restart);
    buttons->addStretch(1);
    buttons->addWidget(m_exportReport);
    buttons->addWidget(copy);
    layout->addLayout(buttons);
    m_buttons = buttons;
    m_buttonRow = {restart, m_exportReport, copy};
    scroll->viewport()->installEventFilter(this); // its width decides the buttons' rows
    setWidget(scroll);
    connect(m_exportReport, &QPushButton::clicked, this,
        [this] { m_window->exportProcedureReport(m_runbookStarted); });
    connect(m_skipWait, &QPushButton::clicked, m_tracker, &GuideTracker::skipWait);
    connect(copy, &QPushButton::clicked, this, &GuidePanel::copySteps);
    connect(restart, &QPushButton::clicked, this,
        [this] { startRunbook(Runbook::Kind(m_runbooks->currentData().toInt())); });
    connect(m_runbooks, &QComboBox::activated, this,
        [this](int index) { startRunbook(Runbook::Kind(m_runbooks->itemData(index).toInt())); });
    m_runbooks->setCurrentIndex(m_runbooks->findData(int(m_tracker->runbook().kind)));
    m_stepsStale = true; // the rows are built as the panel shows
    WheelGuard::guardChildren(this); // the wheel scrolls the page, not the values
}

GuidePanel::~GuidePanel()
{
    delete m_outline; // a child of the window, or of a dialog it outlines in
}

ControlOutline *GuidePanel::outline() const
{
    return m_outline;
}

void GuidePanel::startRunbook(Runbook::Kind kind)
{
    if (m_runbooks)
        m_runbooks->setCurrentIndex(m_runbooks->findData(int(kind)));
    m_tracker->start(Runbooks::get(kind));
    m_followed = m_shown = -2; // another runbook: its first step has other controls
    buildSteps();
    m_observer->resync();
    render();
}

void GuidePanel::showAt(Runbook::Kind kind, const QString &stepId)
{
    show();
    raise();
    startRunbook(kind);
    m_tracker->markDoneBefore(m_tracker->indexOf(stepId));
}

void GuidePanel::setReason(TerminateReason reason)
{
    m_reason = reason;
    if (m_checklist)
        m_checklist->setReason(reason);
}

void GuidePanel::buildSteps()
{
    // A hidden guide builds nothing: its rows of wrapped text were 12% of start-up. The
    // tracker follows the user all the same, and the rows are built when the guide shows.
    m_stepsStale = !isVisible() || !m_scroll;
    if (m_stepsStale)
        return;
    qDeleteAll(m_rows);
    qDeleteAll(m_stageTitles);
    m_rows.clear();
    m_stageTitles.clear();
    const Runbook &runbook = m_tracker->runbook();
    m_title->setText(runbook.titleText());
    int stage = -1;
    for (const GuideStep &g : m_tracker->steps()) {
        if (g.stage != stage) {
            stage = g.stage;
            auto *title = new WrappedLabel(tr("%1. %2", "stage number, stage title")
                                               .arg(stage + 1)
                                               .arg(runbook.stages[stage].titleText()),
                m_stepsArea);
            StyleRole::apply(title, StyleRole::guideStageTitle);
            title->setWordWrap(true);
            m_stepsLayout->addWidget(title);
            title->show(); // now, not on the next pass of the event loop: a figure may be next
            m_stageTitles.append(title);
        }
        auto *row = new GuideStepRow(
            QStringLiteral("%1.%2").arg(stage + 1).arg(g.number), g.step.text(), m_stepsArea);
        row->setProperty("stepId", g.step.id);
        m_stepsLayout->addWidget(row);
        row->show();
        m_rows.append(row);
    }
}

void GuidePanel::render()
{
    if (!m_scroll || m_stepsStale || m_rows.size() != m_tracker->steps().size())
        return; // between start() and buildSteps()
    const int current = m_tracker->current();
    // A runbook starts at its top (the checklist shows there); then the current step stays in
    // view as the user moves on.
    if (m_shown == -2)
        m_scroll->verticalScrollBar()->setValue(0);
    else if (current >= 0 && current != m_shown)
        m_scroll->ensureWidgetVisible(m_rows[current], 0, 60);
    m_shown = current;
    for (int i = 0; i < m_rows.size(); ++i) {
        const GuideTracker::StepState state = m_tracker->stepState(i);
        m_rows[i]->setState(i == current                    ? GuideStepRow::State::Current
                : state == GuideTracker::StepState::Done    ? GuideStepRow::State::Done
                : state == GuideTracker::StepState::Skipped ? GuideStepRow::State::Skipped
                : state == GuideTracker::StepState::TimeMoved ? GuideStepRow::State::TimeMoved
                                                            : GuideStepRow::State::Pending);
    }
    const ProcedureStep *step = m_tracker->currentStep();
    m_exportReport->setVisible(!step);
    fitButtons();
    renderNext();
    // A new warning or note is brought into view: the trainer need not scroll to find it.
    QFrame *news = nullptr;
    if (m_tracker->note() != m_note->text() && !m_tracker->note().isEmpty())
        news = m_noteBox;
    if (m_tracker->warning() != m_warning->text() && !m_tracker->warning().isEmpty())
        news = m_warningBox;
    m_warning->setText(m_tracker->warning());
    m_warningBox->setVisible(!m_tracker->warning().isEmpty());
    m_note->setText(m_tracker->note());
    m_noteBox->setVisible(!m_tracker->note().isEmpty());
    if (news)
        // Once the layout has placed the box it just showed.
        QTimer::singleShot(0, this, [this, box = QPointer<QFrame>(news)] {
            if (box && box->isVisible())
                m_scroll->ensureWidgetVisible(box, 0, 16);
        });
    const SyncErrorInfo error = m_tracker->runbook().kind == Runbook::Kind::OplogRollover
        ? SyncErrors::translator(TranslatorError::ChangeStreamHistoryLost)
        : SyncErrorInfo();
    m_error->setText(error.isValid()
            ? tr("%1: %2", "heading: explanation")
                  .arg(SyncErrors::heading(error), SyncErrors::explanation(error))
            : QString());
    m_errorBox->setVisible(error.isValid());

    bool beforeTerminate = false;
    if (current >= 0) {
        const RunbookStage &stage = m_tracker->runbook().stages[m_tracker->steps()[current].stage];
        beforeTerminate = stage.kind == RunbookStage::Kind::Perform
            && stage.procedure == Procedure::Kind::Terminate;
    }
    m_checklist->setVisible(beforeTerminate);
    renderCountdown();
    renderTally();
    if (m_tracker->isWaiting())
        m_ticker->start();
    else
        m_ticker->stop();
    followCurrent();
}

void GuidePanel::renderCountdown()
{
    if (!m_countdownBox)
        return;
    const bool waiting = m_tracker->isWaiting();
    m_countdownBox->setVisible(waiting);
    if (!waiting)
        return;
    const int left = m_tracker->waitRemainingSeconds();
    m_countdown->setText(tr("%1:%2 before you re-enable Sync", "minutes:seconds")
                             .arg(left / 60)
                             .arg(left % 60, 2, 10, QLatin1Char('0')));
}

void GuidePanel::renderTally()
{
    bool watching = false;
    for (const RunbookStage &stage : m_tracker->runbook().stages)
        watching |= stage.kind == RunbookStage::Kind::Watch;
    const std::optional<ClientRecoveryTally> &tally = m_tracker->tally();
    m_tally->setVisible(watching && tally.has_value());
    if (!watching || !tally)
        return;
    const auto n = [](int count) {
        return count == ClientRecoveryTally::Unknown ? QStringLiteral("\u2014")
                                                     : QString::number(count);
    };
    m_tally->setText(tr("Clients since Sync was re-enabled: %1 reconnected, %2 reset, %3 "
                        "recovered their changes, %4 lost them, %5 waiting in error, %6 not "
                        "back yet.")
                         .arg(n(tally->reconnected), n(tally->reset), n(tally->recovered),
                             n(tally->discarded), n(tally->stuck), n(tally->notBack)));
}

void GuidePanel::renderNext()
{
    if (!m_next)
        return;
    const ProcedureStep *step = m_tracker->currentStep();
    if (!step)
        return m_next->setText(tr("Done: every step of this procedure is done."));
    QString next = tr("Next: %1.").arg(step->text());
    // The control is on a tab not shown: the outline is on that tab, and the words say so.
    const auto *tabs = m_outline ? qobject_cast<QTabBar *>(m_outline->target()) : nullptr;
    if (tabs && m_outline->tab() >= 0)
        next += QLatin1Char(' ')
            + tr("It is on the %1 tab.")
                  .arg(QString(tabs->tabText(m_outline->tab())).remove(QLatin1Char('&')));
    m_next->setText(next);
}

void GuidePanel::followCurrent()
{
    if (!m_outline || !isVisible())
        return;
    const int current = m_tracker->current();
    const ProcedureStep *step = m_tracker->currentStep();
    // The same runbook step, unless a dialog's step came before it (sign in again) or went.
    const QString id = step ? step->id : QString();
    if (current == m_followed && id == m_followedId)
        return;
    m_followed = current;
    m_followedId = id;
    if (step)
        m_outline->follow(step->dialog, step->controls);
    else
        m_outline->follow(QString(), {});
}

void GuidePanel::tick()
{
    m_tracker->tick();
    renderCountdown();
}

GuideText::Names GuidePanel::names() const
{
    return {m_controller->app().name, m_controller->app().clientAppId, m_controller->clusterName(),
        m_controller->serviceName(),
        m_checklist ? m_checklist->reason() : GuideChecklist::reasonText(m_reason)};
}

QString GuidePanel::plainText() const
{
    return GuideText::plain(*m_tracker, names());
}

QString GuidePanel::markdownText() const
{
    return GuideText::markdown(*m_tracker, names());
}

void GuidePanel::copySteps()
{
    QGuiApplication::clipboard()->setMimeData(GuideText::mimeData(*m_tracker, names()));
}

bool GuidePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (m_scroll && watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitButtons();
    return QDockWidget::eventFilter(watched, event);
}

void GuidePanel::fitButtons()
{
    // Start Over, Export report… and Copy Steps side by side while they fit the view; one
    // under the other when they do not (at 150 %, and in German or Japanese): in one row too
    // wide, they made the whole body wider than its view, cut off on the right.
    if (!m_buttons || !m_scroll || !m_scroll->widget()->layout())
        return;
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    const int room = m_scroll->viewport()->width() - margins.left() - margins.right();
    int needed = 0;
    int shown = 0;
    for (QWidget *button : std::as_const(m_buttonRow)) {
        if (button->isHidden())
            continue;
        needed += button->sizeHint().width();
        ++shown;
    }
    needed += m_buttons->spacing() * qMax(0, shown - 1);
    const auto direction = needed <= room ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_buttons->direction() != direction)
        m_buttons->setDirection(direction);
}

void GuidePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        setMinimumWidth(Theme::scaled(340));
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fitButtons(); // presenter mode
}
