#include "SimulatorTimeDialog.h"

#include "DisplayTime.h"
#include "ObjectNames.h"
#include "SimulatorControlClient.h"
#include "StyleRole.h"
#include "SyncController.h"
#include "WrappedLabel.h"

#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

SimulatorTimeDialog::SimulatorTimeDialog(SyncController *controller, QWidget *parent)
    : ConsoleDialog(parent)
    , m_controller(controller)
    , m_simulator(controller->simulatorControl())
    , m_now(new QLabel(this))
    , m_problem(new WrappedLabel(this))
    , m_date(new QDateTimeEdit(this))
    , m_ticker(new QTimer(this))
{
    setObjectName(ObjectName::simulatorTimeDialog);
    setWindowTitle(tr("Simulator Time"));
    titleLabel()->setText(tr("Simulator Time"));

    auto *intro = new WrappedLabel(
        tr("The built-in simulator keeps its own clock. Move it forward to take a wait at once: "
           "the Guide's countdown, the devices, the banners and Activity all follow it. The "
           "clock never goes back; Reset Scenario puts it back at the scenario's start."),
        this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    auto *heading = new QLabel(tr("The simulator's clock"), this);
    StyleRole::apply(heading, StyleRole::sectionHeading);
    body()->addWidget(heading);
    m_now->setObjectName(ObjectName::simulatorTimeNow);
    m_now->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_now);

    auto *moves = new QGridLayout;
    const struct
    {
        QString text;
        qint64 seconds;
        QLatin1String name;
    } steps[] = {
        {tr("+10 Minutes"), 600, ObjectName::simulatorTimeAdvance10Minutes},
        {tr("+1 Hour"), 3600, ObjectName::simulatorTimeAdvanceHour},
        {tr("+1 Day"), 86400, ObjectName::simulatorTimeAdvanceDay},
        {tr("+31 Days"), 31 * 86400, ObjectName::simulatorTimeAdvance31Days},
    };
    int column = 0;
    for (const auto &step : steps) {
        auto *button = new QPushButton(step.text, this);
        button->setObjectName(step.name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this,
            [this, seconds = step.seconds] { advance(seconds); });
        moves->addWidget(button, 0, column++);
        m_moves << button;
    }
    body()->addLayout(moves);
    auto *toDate = new QHBoxLayout;
    m_date->setObjectName(ObjectName::simulatorTimeDate);
    m_date->setCalendarPopup(true);
    m_date->setTimeSpec(Qt::LocalTime);
    m_date->setAccessibleName(tr("The date to move the simulator's clock to"));
    toDate->addWidget(m_date, 1);
    auto *go = new QPushButton(tr("Move to This Date"), this);
    go->setObjectName(ObjectName::simulatorTimeMoveToDate);
    go->setAutoDefault(false);
    connect(go, &QPushButton::clicked, this, &SimulatorTimeDialog::moveToDate);
    toDate->addWidget(go);
    m_moves << go << m_date;
    body()->addLayout(toDate);
    m_problem->setObjectName(ObjectName::simulatorTimeProblem);
    StyleRole::apply(m_problem, StyleRole::stepDescription);
    m_problem->setWordWrap(true);
    m_problem->hide();
    body()->addWidget(m_problem);

    QPushButton *close = addButton(tr("Close"), ObjectName::simulatorTimeClose, "primary");
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    if (m_simulator) {
        connect(m_simulator, &SimulatorControlClient::clockRead, this, &SimulatorTimeDialog::showTime);
        m_simulator->readClock(this, {});
    }
    m_date->setDateTime(m_controller->now().toLocalTime().addDays(1));
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &SimulatorTimeDialog::showTime);
    m_ticker->start();
    showTime();
}

void SimulatorTimeDialog::showTime()
{
    if (!m_controller)
        return;
    const QDateTime now = m_controller->now();
    m_now->setText(DisplayTime::dateTime(now));
    m_date->setMinimumDateTime(now.toLocalTime());
}

void SimulatorTimeDialog::advance(qint64 seconds)
{
    if (!m_simulator || seconds <= 0)
        return;
    for (QWidget *w : std::as_const(m_moves))
        w->setEnabled(false);
    m_problem->hide();
    m_simulator->advanceClock(seconds, this, [this](const ApiResult<Done> &r) {
        for (QWidget *w : std::as_const(m_moves))
            w->setEnabled(true);
        if (!r.ok()) {
            m_problem->setText(
                tr("The simulator did not move its clock: %1").arg(r.error.message()));
            m_problem->show();
        }
        showTime();
    });
}

void SimulatorTimeDialog::moveToDate()
{
    if (!m_controller)
        return;
    const qint64 seconds = m_controller->now().secsTo(m_date->dateTime().toUTC());
    if (seconds <= 0) {
        m_problem->setText(tr("The simulator's clock only goes forward: choose a later date."));
        m_problem->show();
        return;
    }
    advance(seconds);
}
