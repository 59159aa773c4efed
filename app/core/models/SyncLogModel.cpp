#include "SyncLogModel.h"

#include "AdminApiClient.h"
#include "ApiCall.h"
#include "DisplayTime.h"

#include <QTimer>
#include <algorithm>

namespace {

// Following reads at most this many pages of new entries in one round; past that, reading all
// of them into the top would take long, and the list starts again from the newest.
constexpr int MaxPollPages = 20;

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return end < 0 ? text : text.left(end);
}

// The service answered the same page again: following its cursor would never end.
bool madeNoProgress(const SyncLogQuery &asked, const SyncLogPage &page)
{
    return page.hasMore() && asked.endDate.isValid() && page.nextEndDate == asked.endDate
        && page.nextSkip <= asked.skip;
}

} // namespace

SyncLogModel::SyncLogModel(AdminApiClient *client, const AppRef &app, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_app(app)
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setInterval(5000);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncLogModel::poll);
}

SyncLogModel::~SyncLogModel()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
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

void SyncLogModel::setPageSize(int entries)
{
    m_pageSize = qBound(1, entries, 100);
}

void SyncLogModel::setFollowIntervalMs(int ms)
{
    m_pollTimer->setInterval(qMax(1, ms));
}

int SyncLogModel::followIntervalMs() const
{
    return m_pollTimer->interval();
}

void SyncLogModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    reload();
}

void SyncLogModel::reload()
{
    ++m_generation;
    const bool wasLoading = isLoading();
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    const bool hadError = m_error.isError();
    const bool hadMalformed = m_malformed != 0;
    // Views may ask for rows as soon as the reset ends: the new state is whole by then.
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_poll = {};
    m_pollDue = false;
    m_started = true;
    resetStreams();
    m_malformed = 0;
    m_error = {};
    m_wanted = m_pageSize;
    endResetModel();
    if (hadMalformed)
        emit malformedCountChanged(0);
    if (hadError)
        emit errorChanged();
    if (wasLoading && !isLoading())
        emit loadingChanged(false);
    pump();
}

void SyncLogModel::retry()
{
    if (!m_started || !m_error.isError())
        return;
    m_error = {};
    emit errorChanged();
    pump();
}

void SyncLogModel::resetStreams()
{
    m_streams.clear();
    if (m_filter.errors != Errors::ErrorsOnly)
        m_streams.append(Stream {});
    if (m_filter.errors != Errors::NonErrorsOnly) {
        Stream errors;
        errors.errorsOnly = true;
        m_streams.append(errors);
    }
}

void SyncLogModel::follow(bool on)
{
    if (on == m_following)
        return;
    m_following = on;
    if (on) {
        m_pollTimer->start();
        // Back on the page after a while: catch up now rather than at the next tick.
        if (std::any_of(
                m_streams.cbegin(), m_streams.cend(), [](const Stream &s) { return s.begun; }))
            poll();
    } else {
        m_pollTimer->stop();
        m_pollDue = false;
    }
    emit followingChanged(on);
}

bool SyncLogModel::isPollScheduled() const
{
    return m_pollTimer->isActive() || m_pollDue;
}

QString SyncLogModel::errorText() const
{
    if (!m_error.isError())
        return {};
    return tr("The Sync logs could not be read. %1").arg(m_error.message());
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

SyncLogQuery SyncLogModel::queryFor(const Stream &stream) const
{
    SyncLogQuery q;
    q.type = m_filter.type;
    q.errorsOnly = stream.errorsOnly;
    q.userId = m_filter.userId;
    q.coId = m_filter.coId;
    q.startDate = m_filter.start;
    q.endDate = m_filter.end;
    q.limit = m_pageSize;
    return q;
}

void SyncLogModel::send(
    const SyncLogQuery &query, std::function<void(const ApiResult<SyncLogPage> &)> done)
{
    if (!m_client || isLoading())
        return;
    const int generation = m_generation;
    const int serial = ++m_serial;
    m_call = m_client->logs(m_app, query, this,
        [this, generation, serial, done = std::move(done)](const ApiResult<SyncLogPage> &result) {
            if (generation != m_generation || serial != m_serial)
                return; // the list was cleared since: this answer is for another filter
            m_call = nullptr;
            done(result);
            if (m_call)
                return; // the answer asked for the next page
            emit loadingChanged(false);
            if (m_pollDue)
                poll();
        });
    if (m_call)
        emit loadingChanged(true);
}

bool SyncLogModel::succeeded(const ApiResult<SyncLogPage> &result)
{
    if (!result.ok()) {
        // Cancelled by the console itself (the window closing): nothing to say.
        if (result.error.kind != ApiError::Kind::Cancelled)
            setError(result.error);
        return false;
    }
    if (m_error.isError()) {
        m_error = {};
        emit errorChanged();
    }
    if (result.value.malformed > 0) {
        m_malformed += result.value.malformed;
        emit malformedCountChanged(m_malformed);
    }
    return true;
}

void SyncLogModel::setError(const ApiError &error)
{
    m_error = error;
    emit errorChanged();
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
    return !parent.isValid() && m_started && !m_error.isError() && morePending();
}

void SyncLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Asked again while a page is on its way: the rows it brings are what was asked for.
    if (isLoading() && m_wanted > m_rows.size())
        return;
    m_wanted = int(m_rows.size()) + m_pageSize;
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
        if (isLoading() || !m_started || m_error.isError())
            continue;
        drain();
        if (isLoading() || m_rows.size() >= m_wanted)
            continue;
        for (int i = 0; i < m_streams.size(); ++i) {
            if (!m_streams[i].needsData())
                continue;
            SyncLogQuery q = queryFor(m_streams[i]);
            if (m_streams[i].begun) {
                q.endDate = m_streams[i].nextEnd;
                q.skip = m_streams[i].nextSkip;
            }
            send(q, [this, i, q](const ApiResult<SyncLogPage> &r) { onPage(i, q, r); });
            break;
        }
    } while (m_pumpAgain);
    m_pumping = false;
}

void SyncLogModel::drain()
{
    QList<SyncLogEntry> out;
    while (m_rows.size() + out.size() < m_wanted) {
        // The newest entry at the head of a stream comes next, but only once every stream
        // that may still hold a newer one has been read that far.
        Stream *next = nullptr;
        bool waiting = false;
        for (Stream &s : m_streams) {
            waiting = waiting || s.needsData();
            if (!s.buffer.isEmpty()
                && (!next || s.buffer.first().started > next->buffer.first().started))
                next = &s;
        }
        if (waiting || !next)
            break;
        SyncLogEntry e = next->buffer.takeFirst();
        if (admit(e))
            out.append(std::move(e));
    }
    if (out.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(out.size()) - 1);
    m_rows.append(out);
    endInsertRows();
}

void SyncLogModel::onPage(int stream, const SyncLogQuery &asked, const ApiResult<SyncLogPage> &r)
{
    if (!succeeded(r))
        return;
    Stream &s = m_streams[stream];
    s.begun = true;
    s.see(r.value.entries);
    s.buffer.append(r.value.entries);
    s.nextEnd = r.value.nextEndDate;
    s.nextSkip = r.value.nextSkip;
    s.exhausted = !r.value.hasMore() || madeNoProgress(asked, r.value);
    pump();
}

void SyncLogModel::poll()
{
    if (!m_following || !m_started)
        return;
    if (isLoading()) {
        m_pollDue = true; // once the page on its way has come
        return;
    }
    m_pollDue = false;
    if (m_error.isError()) {
        // Following keeps trying: the read that failed first (a first page, say).
        m_error = {};
        emit errorChanged();
        pump();
        if (isLoading()) {
            m_pollDue = true;
            return;
        }
    }
    m_poll = {};
    m_poll.found.resize(m_streams.size());
    pollNextStream();
}

void SyncLogModel::pollNextStream()
{
    // A stream whose first page has not been read yet is paging's to read.
    do
        ++m_poll.stream;
    while (m_poll.stream < m_streams.size() && !m_streams[m_poll.stream].begun);
    if (m_poll.stream >= m_streams.size()) {
        insertFound();
        return;
    }
    // start_date is exclusive and times have milliseconds: from just before the newest entry
    // of the stream, so that entries of that same millisecond are not missed; the ones read
    // already are dropped. Each stream has its own: the other may have been read later.
    const Stream &s = m_streams[m_poll.stream];
    m_poll.start = s.newestSeen.isValid() ? s.newestSeen.addMSecs(-1) : m_filter.start;
    m_poll.continued = false;
    m_poll.pages = 0;
    requestPoll();
}

void SyncLogModel::requestPoll()
{
    SyncLogQuery q = queryFor(m_streams[m_poll.stream]);
    q.startDate = m_poll.start;
    if (m_poll.continued) {
        q.endDate = m_poll.end;
        q.skip = m_poll.skip;
    }
    send(q, [this, q](const ApiResult<SyncLogPage> &r) { onPollPage(q, r); });
}

void SyncLogModel::onPollPage(const SyncLogQuery &asked, const ApiResult<SyncLogPage> &r)
{
    // Following stopped, or failed: what this round found is found again by the next one, since
    // only inserting moves the streams' newest entries on.
    if (!succeeded(r) || !m_following) {
        m_poll = {};
        return;
    }
    m_poll.found[m_poll.stream].append(r.value.entries);
    if (r.value.hasMore() && !madeNoProgress(asked, r.value)) {
        if (++m_poll.pages >= MaxPollPages) {
            reload();
            return;
        }
        m_poll.continued = true;
        m_poll.end = r.value.nextEndDate;
        m_poll.skip = r.value.nextSkip;
        requestPoll();
        return;
    }
    pollNextStream();
}

void SyncLogModel::insertFound()
{
    QList<SyncLogEntry> fresh;
    for (int i = 0; i < m_streams.size(); ++i) {
        Stream &s = m_streams[i];
        const QList<SyncLogEntry> &found = m_poll.found[i];
        s.see(found);
        for (const SyncLogEntry &e : found) {
            if (m_ids.contains(e.id) || s.buffers(e))
                continue;
            // Below the last row while older rows are still to be paged in, an entry waits
            // in its stream for paging to reach its place; otherwise it is shown now.
            const bool below = !m_rows.isEmpty() && e.started < m_rows.last().started;
            if (below && morePending()) {
                const auto at = std::find_if(s.buffer.begin(), s.buffer.end(),
                    [&e](const SyncLogEntry &b) { return b.started <= e.started; });
                s.buffer.insert(at - s.buffer.begin(), e);
            } else if (admit(e)) {
                fresh.append(e);
            }
        }
    }
    m_poll = {};
    std::stable_sort(fresh.begin(), fresh.end(),
        [](const SyncLogEntry &a, const SyncLogEntry &b) { return a.started > b.started; });
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
        std::move(fresh.begin() + i, fresh.begin() + end, m_rows.begin() + row);
        m_wanted += int(end - i);
        endInsertRows();
        i = end;
    }
    if (!fresh.isEmpty())
        emit entriesArrived(int(fresh.size()));
    pump(); // a page load a failure interrupted goes on
}

int SyncLogModel::insertionRow(const QDateTime &started) const
{
    const auto at = std::partition_point(m_rows.cbegin(), m_rows.cend(),
        [&started](const SyncLogEntry &row) { return row.started > started; });
    return int(at - m_rows.cbegin());
}

bool SyncLogModel::morePending() const
{
    return std::any_of(m_streams.cbegin(), m_streams.cend(),
        [](const Stream &s) { return !s.exhausted || !s.buffer.isEmpty(); });
}

bool SyncLogModel::Stream::buffers(const SyncLogEntry &entry) const
{
    // The buffer is newest first: an entry read again can only be among its newest.
    for (const SyncLogEntry &b : buffer) {
        if (b.started < entry.started)
            return false;
        if (b.id == entry.id)
            return true;
    }
    return false;
}

void SyncLogModel::Stream::see(const QList<SyncLogEntry> &entries)
{
    for (const SyncLogEntry &e : entries)
        if (!newestSeen.isValid() || e.started > newestSeen)
            newestSeen = e.started;
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
            {e.id, e.coId, SyncProtocol::wireName(e.type), typeName(e.type), e.userId,
                e.remoteIpAddress, e.platform, e.platformVersion, e.sdkName, e.sdkVersion, e.error,
                e.errorCode, e.messages.join(QLatin1Char('\n'))})
            .join(QLatin1Char('\n'))
            .toLower();
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return e.started.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == Summary)
            return e.isError() ? e.error : e.messages.join(QLatin1Char('\n'));
        break;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return DisplayTime::dateTimeMs(e.started);
        case Type:
            return typeName(e.type);
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
        break;
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
