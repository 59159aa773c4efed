#include "SyncLogModel.h"

#include "DisplayTime.h"
#include "SyncLogFollower.h"
#include "SyncLogPager.h"

#include <algorithm>

namespace {
QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end);
}
} // namespace

SyncLogModel::SyncLogModel(AdminApiClient *client, const AppRef &app, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pager(new SyncLogPager(client, app, this))
    , m_follower(new SyncLogFollower(m_pager, this))
{
    connect(m_pager, &SyncLogPager::loadingChanged, this, &SyncLogModel::loadingChanged);
    connect(m_pager, &SyncLogPager::errorChanged, this, &SyncLogModel::errorChanged);
    connect(
        m_pager, &SyncLogPager::malformedCountChanged, this, &SyncLogModel::malformedCountChanged);
    connect(m_pager, &SyncLogPager::pageRead, this, &SyncLogModel::pump);
    connect(m_follower, &SyncLogFollower::found, this, &SyncLogModel::insertFound);
    connect(m_follower, &SyncLogFollower::retryWanted, this, &SyncLogModel::retry);
    connect(m_follower, &SyncLogFollower::fellBehind, this, &SyncLogModel::reload);
}

SyncLogModel::~SyncLogModel()
{
    // Before the base class goes: no answer may reach a half-destroyed model.
    delete m_follower;
    delete m_pager;
}

QList<SyncLogType> SyncLogModel::syncTypes()
{
    return SyncProtocol::logTypes();
}

QString SyncLogModel::typeName(SyncLogType type)
{
    switch (type) {
    case SyncLogType::ConnectionStart:
        return tr("Connection Start", "Sync log type");
    case SyncLogType::ConnectionEnd:
        return tr("Connection End", "Sync log type");
    case SyncLogType::SessionStart:
        return tr("Session Start", "Sync log type");
    case SyncLogType::SessionEnd:
        return tr("Session End", "Sync log type");
    case SyncLogType::ClientWrite:
        return tr("Write", "Sync log type: a client's upload");
    case SyncLogType::Error:
        return tr("Error", "Sync log type");
    case SyncLogType::Other:
        return tr("Other", "Sync log type");
    case SyncLogType::Unknown:
        break;
    }
    return {};
}

QString SyncLogModel::typeName(const SyncLogEntry &entry)
{
    const QString name = typeName(entry.type);
    return name.isEmpty() ? entry.typeWireName() : name;
}

const AppRef &SyncLogModel::app() const
{
    return m_pager->app();
}

void SyncLogModel::setPageSize(int entries)
{
    m_pager->setPageSize(entries);
}

int SyncLogModel::pageSize() const
{
    return m_pager->pageSize();
}

void SyncLogModel::setFollowIntervalMs(int ms)
{
    m_follower->setIntervalMs(ms);
}

int SyncLogModel::followIntervalMs() const
{
    return m_follower->intervalMs();
}

bool SyncLogModel::isStarted() const
{
    return m_pager->isStarted();
}

const SyncLogModel::Filter &SyncLogModel::filter() const
{
    return m_pager->filter();
}

void SyncLogModel::setFilter(const Filter &filter)
{
    m_pager->setFilter(filter);
    reload();
}

void SyncLogModel::reload()
{
    m_pager->restart();
    // Views may ask for rows as soon as the reset ends: the new state is whole by then.
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_follower->reset();
    m_wanted = m_pager->pageSize();
    endResetModel();
    m_pager->announceRestart();
    pump();
}

void SyncLogModel::retry()
{
    if (!isStarted() || !error().isError())
        return;
    m_pager->clearError();
    pump();
}

void SyncLogModel::follow(bool on)
{
    if (on == isFollowing())
        return;
    m_follower->setOn(on);
    emit followingChanged(on);
}

bool SyncLogModel::isFollowing() const
{
    return m_follower->isOn();
}

bool SyncLogModel::isPollScheduled() const
{
    return m_follower->isScheduled();
}

bool SyncLogModel::isLoading() const
{
    return m_pager->isLoading();
}

const ApiError &SyncLogModel::error() const
{
    return m_pager->error();
}

QString SyncLogModel::errorText() const
{
    if (!error().isError())
        return {};
    return tr("The Sync logs could not be read. %1").arg(error().message());
}

int SyncLogModel::malformedCount() const
{
    return m_pager->malformedCount();
}

const SyncLogEntry *SyncLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int SyncLogModel::rowOf(const QString &id) const
{
    if (!m_ids.contains(id))
        return -1;
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].id == id)
            return row;
    return -1;
}

bool SyncLogModel::admit(const SyncLogEntry &entry)
{
    // Without a type the service answers every kind of log; this model holds the Sync ones.
    if (entry.isOfAnotherKind())
        return false;
    if (m_ids.contains(entry.id))
        return false;
    m_ids.insert(entry.id);
    return true;
}

bool SyncLogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && isStarted() && !error().isError() && m_pager->merger().hasMore();
}

void SyncLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Asked again while a page is on its way: the rows it brings are what was asked for.
    if (isLoading() && m_wanted > m_rows.size())
        return;
    m_wanted = int(m_rows.size()) + pageSize();
    pump();
}

void SyncLogModel::pump()
{
    // Inserting rows lets views (and QAbstractItemModelTester) ask for more, or change the
    // filter, from inside the insert: such a call is noted and handled once this one is done.
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    do {
        m_pumpAgain = false;
        if (isLoading() || !isStarted() || error().isError())
            continue;
        appendReady();
        if (isLoading() || m_rows.size() >= m_wanted)
            continue;
        m_pager->readNextPage();
    } while (m_pumpAgain);
    m_pumping = false;
}

void SyncLogModel::appendReady()
{
    QList<SyncLogEntry> out;
    while (m_rows.size() + out.size() < m_wanted) {
        std::optional<SyncLogEntry> e = m_pager->merger().takeNext();
        if (!e)
            break;
        if (admit(*e))
            out.append(std::move(*e));
    }
    if (out.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(out.size()) - 1);
    m_rows.append(out);
    endInsertRows();
}

void SyncLogModel::insertFound(const QList<QList<SyncLogEntry>> &found)
{
    // Below the last row while older rows are still to be paged in, an entry waits in its
    // stream for paging to reach its place; otherwise it is shown now.
    const QList<SyncLogEntry> placed = m_pager->merger().place(
        found, m_ids, m_rows.isEmpty() ? QDateTime() : m_rows.last().started);
    QList<SyncLogEntry> fresh;
    for (const SyncLogEntry &e : placed)
        if (admit(e))
            fresh.append(e);
    std::stable_sort(fresh.begin(), fresh.end(),
        [](const SyncLogEntry &a, const SyncLogEntry &b) { return a.started > b.started; });
    insertAtTheirPlace(fresh);
    if (!fresh.isEmpty())
        emit entriesArrived(int(fresh.size()));
    pump(); // a page load a failure interrupted goes on
}

void SyncLogModel::insertAtTheirPlace(const QList<SyncLogEntry> &fresh)
{
    // Almost always one run at the top; an entry that came late goes to its place in time.
    qsizetype i = 0;
    while (i < fresh.size()) {
        const int row = insertionRow(fresh[i].started);
        qsizetype end = i + 1;
        while (end < fresh.size()
            && (row >= m_rows.size() || fresh[end].started >= m_rows[row].started))
            ++end;
        beginInsertRows({}, row, row + int(end - i) - 1);
        m_rows.insert(row, end - i, SyncLogEntry());
        std::copy(fresh.begin() + i, fresh.begin() + end, m_rows.begin() + row);
        m_wanted += int(end - i);
        endInsertRows();
        i = end;
    }
}

int SyncLogModel::insertionRow(const QDateTime &started) const
{
    const auto at = std::partition_point(m_rows.cbegin(), m_rows.cend(),
        [&started](const SyncLogEntry &row) { return row.started > started; });
    return int(at - m_rows.cbegin());
}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncLogEntry &e = m_rows[index.row()];
    switch (role) {
    case EntryIdRole:
        return e.id;
    case IsErrorRole:
        return e.isError();
    case SearchTextRole:
        return QStringList(
            {e.id, e.coId, e.typeWireName(), typeName(e), e.userId, e.remoteIpAddress, e.platform,
                e.platformVersion, e.sdkName, e.sdkVersion, e.error, e.errorCode,
                e.messages.join(QLatin1Char('\n'))})
            .join(QLatin1Char('\n'))
            .toLower();
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return e.started.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == Summary)
            return e.isError() ? e.error : e.messages.join(QLatin1Char('\n'));
        break;
    case Qt::DisplayRole:
        return display(e, index.column());
    default:
        break;
    }
    return {};
}

QVariant SyncLogModel::display(const SyncLogEntry &e, int column) const
{
    switch (column) {
    case Time:
        return DisplayTime::dateTimeMs(e.started);
    case Type:
        return typeName(e);
    case User:
        return e.userId;
    case Device: {
        const QString sdk = QStringList({e.sdkName, e.sdkVersion}).join(QLatin1Char(' '));
        const QString platform
            = QStringList({e.platform, e.platformVersion}).join(QLatin1Char(' '));
        QStringList parts;
        for (const QString &part : {sdk.trimmed(), platform.trimmed()})
            if (!part.isEmpty())
                parts.append(part);
        return parts.join(QStringLiteral(", "));
    }
    case Summary:
        if (e.isError())
            return e.errorCode.isEmpty()
                ? firstLine(e.error)
                : tr("%1: %2", "error code: error").arg(e.errorCode, firstLine(e.error));
        return e.messages.isEmpty() ? tr("OK", "a log entry without error")
                                    : firstLine(e.messages.first());
    default:
        break;
    }
    return {};
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time", "log table column: when the entry was logged");
    case Type:
        return tr("Type", "kind of log entry");
    case User:
        return tr("User", "log table column: app user id");
    case Device:
        return tr("SDK / Platform");
    case Summary:
        return tr("Status", "log table column: OK or error");
    default:
        break;
    }
    return {};
}
