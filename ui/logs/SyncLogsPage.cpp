#include "SyncLogsPage.h"
#include "Theme.h"

#include "ObjectNames.h"
#include "StyleRole.h"
#include "SyncLogDetails.h"
#include "SyncLogTable.h"
#include "WheelGuard.h"
#include "WrappedLabel.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Error rows say so in the Status column: red text and the danger mark.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    explicit StatusDelegate(QObject *parent)
        : QStyledItemDelegate(parent)
    {
        for (QIcon::Mode mode : {QIcon::Normal, QIcon::Selected})
            m_danger.addFile(QStringLiteral(":/icons/danger.svg"), QSize(), mode);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != SyncLogModel::Summary
            || !index.data(SyncLogModel::IsErrorRole).toBool())
            return;
        option->palette.setColor(QPalette::Text, QColor(0xCF, 0x4A, 0x22));
        option->icon = m_danger;
        option->decorationSize = QSize(14, 14);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }

private:
    QIcon m_danger;
};

} // namespace

SyncLogsPage::SyncLogsPage(SyncLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filtered(new QSortFilterProxyModel(this))
{
    setObjectName(ObjectName::syncLogsPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 24, 24);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Logs", "page title"), this);
    StyleRole::apply(title, StyleRole::pageTitle);
    auto *scope = new QLabel(tr("Sync", "the kind of logs the page shows").toUpper(), this);
    StyleRole::apply(scope, StyleRole::logScope);
    m_follow = new QPushButton(tr("Follow", "checkbox: fetch new log entries as they come"), this);
    m_follow->setObjectName(ObjectName::syncLogsFollowButton);
    m_follow->setCheckable(true);
    Theme::setIcon(m_follow, QStringLiteral(":/icons/play.svg"));
    m_follow->setToolTip(tr("Show new entries as they come, every few seconds, while this page "
                            "is open"));
    header->addWidget(title);
    header->addSpacing(10);
    header->addWidget(scope, 0, Qt::AlignVCenter);
    header->addStretch(1);
    header->addWidget(m_follow);
    layout->addLayout(header);
    layout->addWidget(buildFilterBar());

    m_problem = new QFrame(this);
    m_problem->setObjectName(ObjectName::syncLogsProblem);
    StyleRole::apply(m_problem, StyleRole::calloutDanger);
    auto *problemRow = new QHBoxLayout(m_problem);
    problemRow->setContentsMargins(14, 10, 14, 10);
    m_problemText = new WrappedLabel(m_problem);
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Try Again", "button: fetch the logs again"), m_problem);
    retry->setObjectName(ObjectName::syncLogsRetryButton);
    problemRow->addWidget(m_problemText, 1);
    problemRow->addWidget(retry, 0, Qt::AlignVCenter);
    m_problem->hide();
    layout->addWidget(m_problem);

    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterRole(SyncLogModel::SearchTextRole);
    m_filtered->setFilterKeyColumn(0);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new SyncLogTable(this);
    m_table->setObjectName(ObjectName::syncLogsTable);
    m_table->setModel(m_filtered);
    m_table->setItemDelegate(new StatusDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // smooth with many rows
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAccessibleName(tr("Sync log entries"));
    // Time, Type, User, SDK / Platform; Status takes the rest, and at least 180 px of it.
    m_table->setColumnWidths({176, 122, 120, 150}, 180);

    m_empty = new WrappedLabel(this);
    m_empty->setObjectName(ObjectName::syncLogsEmpty);
    StyleRole::apply(m_empty, StyleRole::emptyState);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_listArea = new QStackedWidget(this);
    m_listArea->addWidget(m_table);
    m_listArea->addWidget(m_empty);

    auto *list = new QWidget(this);
    Theme::setMinimumWidth(list, 260); // see SyncLogDetails: the split holds between entries
    auto *listColumn = new QVBoxLayout(list);
    listColumn->setContentsMargins(0, 0, 0, 0);
    listColumn->setSpacing(6);
    listColumn->addWidget(m_listArea, 1);
    m_malformed = new QLabel(list);
    m_malformed->setObjectName(ObjectName::syncLogsMalformed);
    StyleRole::apply(m_malformed, StyleRole::sectionText);
    m_malformed->hide();
    listColumn->addWidget(m_malformed);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(ObjectName::syncLogsSplitter);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(list);
    m_details = new SyncLogDetails(this);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({780, 400});
    layout->addWidget(m_splitter, 1);

    connect(m_follow, &QPushButton::toggled, this, &SyncLogsPage::updateFollowing);
    connect(retry, &QPushButton::clicked, m_model, &SyncLogModel::retry);
    connect(m_details, &SyncLogDetails::copyRequested, this, [this] {
        const SyncLogEntry *e = shownEntry();
        if (!e || e->coId.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(e->coId);
        emit copied(e->coId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SyncLogsPage::showSelected);
    const auto reread = [this] {
        showSelected();
        renderState();
    };
    connect(m_filtered, &QAbstractItemModel::modelReset, this, reread);
    connect(m_filtered, &QAbstractItemModel::layoutChanged, this, reread);
    connect(m_filtered, &QAbstractItemModel::rowsInserted, this, &SyncLogsPage::renderState);
    connect(m_filtered, &QAbstractItemModel::rowsRemoved, this, &SyncLogsPage::renderState);
    connect(m_model, &SyncLogModel::loadingChanged, this, &SyncLogsPage::renderState);
    connect(m_model, &SyncLogModel::errorChanged, this, &SyncLogsPage::renderState);
    connect(m_model, &SyncLogModel::malformedCountChanged, this, &SyncLogsPage::renderState);
    renderState();
    showEntry(nullptr);
    WheelGuard::guardChildren(this); // the wheel scrolls the page, not the values
}

QWidget *SyncLogsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);

    m_type = new QComboBox(bar);
    m_type->setObjectName(ObjectName::syncLogsTypeFilter);
    m_type->setAccessibleName(tr("Log type"));
    m_type->addItem(tr("All Sync types"), QString());
    for (const SyncLogType type : SyncLogModel::syncTypes())
        m_type->addItem(SyncLogModel::typeName(type), SyncProtocol::wireName(type));

    m_errors = new QComboBox(bar);
    m_errors->setObjectName(ObjectName::syncLogsErrorsFilter);
    m_errors->setAccessibleName(tr("Errors", "log type filter"));
    m_errors->addItem(tr("Errors and non-errors"), int(SyncLogModel::Errors::All));
    m_errors->addItem(tr("Errors only"), int(SyncLogModel::Errors::ErrorsOnly));
    m_errors->addItem(tr("Non-errors only"), int(SyncLogModel::Errors::NonErrorsOnly));

    m_range = new QComboBox(bar);
    m_range->setObjectName(ObjectName::syncLogsTimeRange);
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 24 hours"), 24 * 3600);
    m_range->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    // The service keeps logs ten days: this is all of them.
    m_range->addItem(tr("Last 10 days"), 10 * 24 * 3600);
    m_range->setCurrentIndex(m_range->count() - 1);

    m_user = new QLineEdit(bar);
    m_user->setObjectName(ObjectName::syncLogsUserFilter);
    m_user->setPlaceholderText(tr("User ID"));
    m_user->setAccessibleName(tr("Only this user's entries"));
    m_user->setToolTip(tr("Press Enter to ask the server for this user's entries"));
    m_user->setClearButtonEnabled(true);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(ObjectName::syncLogsSearch);
    m_search->setPlaceholderText(tr("Search the entries read so far"));
    m_search->setAccessibleName(tr("Search the entries"));
    m_search->setClearButtonEnabled(true);

    row->addWidget(m_type);
    row->addWidget(m_errors);
    row->addWidget(m_range);
    row->addWidget(m_user, 1);
    row->addWidget(m_search, 2);

    for (QComboBox *combo : {m_type, m_errors, m_range})
        connect(combo, &QComboBox::currentIndexChanged, this, &SyncLogsPage::applyFilter);
    connect(m_user, &QLineEdit::editingFinished, this, [this] {
        if (m_user->text().trimmed() != m_appliedUser)
            applyFilter();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filtered->setFilterFixedString(text.trimmed());
        renderState();
    });
    return bar;
}

SyncLogModel::Filter SyncLogsPage::filterFromFields(const QDateTime &now) const
{
    SyncLogModel::Filter f;
    if (const QString type = m_type->currentData().toString(); !type.isEmpty())
        f.type = SyncProtocol::logTypeFromWire(type);
    f.errors = SyncLogModel::Errors(m_errors->currentData().toInt());
    f.userId = m_user->text().trimmed();
    f.start = now.addSecs(-m_range->currentData().toLongLong());
    return f;
}

void SyncLogsPage::applyFilter()
{
    // Nothing is read before the page is first shown.
    if (!m_shown && !m_model->isStarted())
        return;
    m_appliedUser = m_user->text().trimmed();
    m_model->setFilter(filterFromFields(QDateTime::currentDateTimeUtc()));
}

void SyncLogsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_shown = true;
    if (!m_model->isStarted())
        applyFilter();
    updateFollowing();
}

void SyncLogsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_shown = false;
    updateFollowing();
}

void SyncLogsPage::updateFollowing()
{
    m_follow->setText(m_follow->isChecked()
            ? tr("Following", "status: new log entries are fetched as they come")
            : tr("Follow", "checkbox: fetch new log entries as they come"));
    Theme::setIcon(m_follow,
        m_follow->isChecked() ? QStringLiteral(":/icons/pause.svg")
                              : QStringLiteral(":/icons/play.svg"));
    m_model->follow(m_follow->isChecked() && m_shown);
}

void SyncLogsPage::renderState()
{
    const bool failed = m_model->error().isError();
    m_problem->setVisible(failed);
    m_problemText->setText(m_model->errorText());

    const int malformed = m_model->malformedCount();
    m_malformed->setVisible(malformed > 0);
    m_malformed->setText(tr("Malformed entries skipped: %n (the server sent them in a shape that "
                            "is not a log entry).",
        nullptr, malformed));

    const QString search = m_search->text().trimmed();
    QString empty;
    if (m_filtered->rowCount() == 0) {
        if (m_model->rowCount() > 0)
            empty = tr("No entry read so far contains \u201c%1\u201d.").arg(search);
        else if (m_model->isLoading() || !m_model->isStarted())
            empty = tr("Reading the Sync logs\u2026");
        else if (!failed)
            empty = tr("No Sync log entries match these filters.");
    }
    m_empty->setText(empty);
    m_listArea->setCurrentWidget(empty.isEmpty() ? static_cast<QWidget *>(m_table) : m_empty);
}

void SyncLogsPage::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : m_filtered->mapToSource(rows.first()).row();
    showEntry(m_model->entry(row));
}

const SyncLogEntry *SyncLogsPage::shownEntry() const
{
    return m_shownId.isEmpty() ? nullptr : m_model->entry(m_model->rowOf(m_shownId));
}

void SyncLogsPage::showEntry(const SyncLogEntry *e)
{
    m_shownId = e ? e->id : QString();
    m_details->show(e);
}
