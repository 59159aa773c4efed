#include "ClassroomView.h"

#include "ClassroomClient.h"
#include "ClassroomExport.h"
#include "ClassroomModel.h"
#include "ObjectNames.h"
#include "ScenarioCatalog.h"
#include "StyleRole.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

ClassroomView::ClassroomView(ClassroomClient *client, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_model(new ClassroomModel(client, this))
    , m_title(new QLabel(tr("Classroom", "window title: the instructor's view of the seats"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_activityTitle(new QLabel(tr("Seat Activity"), this))
    , m_activity(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_resetSeat(new QPushButton(tr("Reset Seat"), this))
    , m_minutes(new QSpinBox(this))
{
    setObjectName(ObjectName::classroomView);
    setWindowTitle(tr("Classroom \u2014 Sync Console"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 24);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    StyleRole::apply(m_title, StyleRole::pageTitle);
    m_status->setObjectName(ObjectName::classroomStatus);
    StyleRole::apply(m_status, StyleRole::sectionText);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(ObjectName::classroomRefreshButton);
    auto *exportButton = new QPushButton(tr("Export\u2026"), this);
    exportButton->setObjectName(ObjectName::classroomExportButton);
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_status, 1);
    header->addWidget(refresh);
    header->addWidget(exportButton);
    layout->addLayout(header);

    auto *actions = new QHBoxLayout;
    m_resetSeat->setObjectName(ObjectName::classroomResetSeatButton);
    m_resetSeat->setEnabled(false);
    auto *resetAll = new QPushButton(tr("Reset All Seats\u2026"), this);
    resetAll->setObjectName(ObjectName::classroomResetAllButton);
    auto *clockLabel = new QLabel(tr("Move the class's clock by"), this);
    m_minutes->setObjectName(ObjectName::classroomClockMinutes);
    m_minutes->setRange(1, 60 * 24 * 31);
    m_minutes->setValue(10);
    m_minutes->setSuffix(tr(" min", "spin box suffix: minutes"));
    m_minutes->setAccessibleName(tr("Minutes to move the class's clock by"));
    clockLabel->setBuddy(m_minutes);
    auto *moveClock = new QPushButton(tr("Move Clock"), this);
    moveClock->setObjectName(ObjectName::classroomMoveClockButton);
    actions->addWidget(m_resetSeat);
    actions->addWidget(resetAll);
    actions->addStretch(1);
    actions->addWidget(clockLabel);
    actions->addWidget(m_minutes);
    actions->addWidget(moveClock);
    layout->addLayout(actions);

    m_table->setObjectName(ObjectName::classroomTable);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The last error is the one long text: it takes the room left, elided (in full in its
    // tooltip and in the seat's activity).
    m_table->horizontalHeader()->setSectionResizeMode(ClassroomModel::LastError, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Seats"));

    auto *pane = new QWidget(this);
    StyleRole::apply(pane, StyleRole::detailsPane);
    auto *paneLayout = new QVBoxLayout(pane);
    paneLayout->setContentsMargins(12, 12, 12, 12);
    StyleRole::apply(m_activityTitle, StyleRole::sectionHeading);
    m_activity->setObjectName(ObjectName::classroomActivity);
    m_activity->setReadOnly(true);
    m_activity->setAccessibleName(tr("Seat activity"));
    m_activity->setPlaceholderText(tr("Click a seat to see what the simulator saw it do."));
    paneLayout->addWidget(m_activityTitle);
    paneLayout->addWidget(m_activity, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(pane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 260});
    layout->addWidget(split, 1);

    auto *summaryTitle = new QLabel(tr("Summary"), this);
    StyleRole::apply(summaryTitle, StyleRole::sectionHeading);
    m_summary->setObjectName(ObjectName::classroomSummary);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StyleRole::apply(m_summary, StyleRole::sectionText);
    layout->addWidget(summaryTitle);
    layout->addWidget(m_summary);

    connect(m_model, &ClassroomModel::refreshed, this, &ClassroomView::showState);
    connect(m_model, &ClassroomModel::refreshFailed, this,
        [this](const QString &problem, int status) {
            showProblem(status == 404
                    ? tr("This server is not a classroom simulator (it answered 404 to "
                         "/_sim/classroom).")
                    : tr("The class could not be read: %1").arg(problem));
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ClassroomView::showSelectedSeat);
    connect(refresh, &QPushButton::clicked, m_model, &ClassroomModel::refresh);
    connect(exportButton, &QPushButton::clicked, this, &ClassroomView::chooseExportFile);
    connect(m_resetSeat, &QPushButton::clicked, this, &ClassroomView::resetSeat);
    connect(resetAll, &QPushButton::clicked, this, &ClassroomView::confirmResetAll);
    connect(moveClock, &QPushButton::clicked, this, &ClassroomView::moveClock);
    m_status->setText(tr("Reading the class\u2026"));
    resize(1360, 660);
}

void ClassroomView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->refresh();
    m_model->setPollInterval(PollIntervalMs);
}

void ClassroomView::hideEvent(QHideEvent *event)
{
    m_model->setPollInterval(0);
    QWidget::hideEvent(event);
}

void ClassroomView::showState()
{
    const ClassroomState &state = m_model->state();
    const QString title = Scenarios::title(state.scenario);
    m_title->setText(tr("Classroom: %1").arg(title.isEmpty() ? state.scenario : title));
    //: %n number of seats, %1 the time the class was last read
    m_status->setText(tr("%n seat(s), read at %1", nullptr, int(state.seats.size()))
                          .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    m_summary->setText(ClassroomModel::summary(state).join(QLatin1Char('\n')));
    showSelectedSeat();
}

int ClassroomView::selectedSeat() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    const ClassroomSeat *seat = m_model->seat(rows.first().row());
    return seat ? seat->number : 0;
}

void ClassroomView::showSelectedSeat()
{
    const int number = selectedSeat();
    m_resetSeat->setEnabled(number > 0);
    const ClassroomSeat *seat = m_model->seat(m_model->rowOfSeat(number));
    if (!seat) {
        m_activityTitle->setText(tr("Seat Activity"));
        m_activity->clear();
        return;
    }
    m_activityTitle->setText(tr("Seat %1: %2").arg(seat->number).arg(seat->publicKey));
    const QString text = ClassroomModel::activity(*seat).join(QLatin1Char('\n'));
    if (m_activity->toPlainText() != text)
        m_activity->setPlainText(text);
}

void ClassroomView::resetSeat()
{
    const int number = selectedSeat();
    if (number <= 0)
        return;
    m_client->reset(number, this, [this, number](const ApiResult<Done> &r) {
        if (!r.ok())
            return showProblem(tr("Seat %1 could not be reset: %2").arg(number).arg(r.error.message()));
        m_model->refresh();
    });
}

void ClassroomView::confirmResetAll()
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reset All Seats"),
        tr("Put every seat back at the scenario's start? The trainees' apps, drafts, "
           "deployments and progress are lost."),
        QMessageBox::Cancel, this);
    box->setObjectName(ObjectName::classroomResetAllConfirm);
    QPushButton *yes = box->addButton(tr("Reset All"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *button) {
        if (button != yes)
            return;
        m_client->reset(0, this, [this](const ApiResult<Done> &r) {
            if (!r.ok())
                return showProblem(tr("The seats could not be reset: %1").arg(r.error.message()));
            m_model->refresh();
        });
    });
    box->open();
}

void ClassroomView::moveClock()
{
    const qint64 seconds = qint64(m_minutes->value()) * 60;
    m_client->advanceClock(seconds, this, [this](const ApiResult<Done> &r) {
        if (!r.ok())
            return showProblem(tr("The class's clock could not be moved: %1").arg(r.error.message()));
        m_model->refresh();
    });
}

bool ClassroomView::exportTo(const QString &path, QString *problem) const
{
    const QString text = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
        ? ClassroomExport::markdown(m_model->state())
        : ClassroomExport::csv(m_model->state());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (problem)
            *problem = file.errorString();
        return false;
    }
    return true;
}

void ClassroomView::chooseExportFile()
{
    auto *files = new QFileDialog(this, tr("Export the class"), QString(),
        tr("CSV files (*.csv);;Markdown files (*.md)"));
    files->setObjectName(ObjectName::classroomExportDialog);
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("csv"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::filterSelected, files, [files](const QString &filter) {
        files->setDefaultSuffix(filter.contains(QLatin1String("*.md")) ? QStringLiteral("md")
                                                                        : QStringLiteral("csv"));
    });
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString problem;
        if (!exportTo(path, &problem))
            return showProblem(tr("The class could not be exported: %1").arg(problem));
        m_status->setText(tr("The class was exported to %1.").arg(path));
        emit exported(path);
    });
    files->open();
}

void ClassroomView::showProblem(const QString &problem)
{
    m_status->setText(problem);
}
