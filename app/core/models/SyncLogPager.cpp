#include "SyncLogPager.h"

#include "AdminApiClient.h"
#include "ApiCall.h"

#include <utility>

SyncLogPager::SyncLogPager(AdminApiClient *client, const AppRef &app, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_app(app)
{ }

SyncLogPager::~SyncLogPager()
{
    abandon();
}

void SyncLogPager::setPageSize(int entries)
{
    m_pageSize = qBound(1, entries, 100);
}

void SyncLogPager::abandon()
{
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
}

void SyncLogPager::restart()
{
    m_wasLoading = isLoading();
    abandon();
    m_hadError = m_error.isError();
    m_hadMalformed = m_malformed != 0;
    m_error = {};
    m_malformed = 0;
    m_started = true;
    m_merger.reset(m_filter.errors);
}

void SyncLogPager::announceRestart()
{
    if (std::exchange(m_hadMalformed, false))
        emit malformedCountChanged(0);
    if (std::exchange(m_hadError, false))
        emit errorChanged();
    if (std::exchange(m_wasLoading, false) && !isLoading())
        emit loadingChanged(false);
}

void SyncLogPager::clearError()
{
    if (!m_error.isError())
        return;
    m_error = {};
    emit errorChanged();
}

SyncLogQuery SyncLogPager::queryFor(int stream) const
{
    SyncLogQuery q;
    q.type = m_filter.type;
    q.errorsOnly = m_merger.stream(stream).errorsOnly;
    q.userId = m_filter.userId;
    q.coId = m_filter.coId;
    q.startDate = m_filter.start;
    q.endDate = m_filter.end;
    q.limit = m_pageSize;
    return q;
}

void SyncLogPager::readNextPage()
{
    const int stream = m_merger.streamToRead();
    if (stream < 0)
        return;
    SyncLogQuery q = queryFor(stream);
    const SyncLogStream &s = m_merger.stream(stream);
    if (s.begun) {
        q.endDate = s.nextEnd;
        q.skip = s.nextSkip;
    }
    send(q, [this, stream, q](const ApiResult<SyncLogPage> &r) {
        if (!r.ok())
            return;
        m_merger.stream(stream).read(q, r.value);
        emit pageRead();
    });
}

void SyncLogPager::send(
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
            takeNote(result);
            done(result);
            if (m_call)
                return; // the answer asked for the next page
            emit loadingChanged(false);
            emit idle();
        });
    if (m_call)
        emit loadingChanged(true);
}

void SyncLogPager::takeNote(const ApiResult<SyncLogPage> &result)
{
    if (!result.ok()) {
        // Cancelled by the console itself (the window closing): nothing to say.
        if (result.error.kind != ApiError::Kind::Cancelled) {
            m_error = result.error;
            emit errorChanged();
        }
        return;
    }
    clearError();
    if (result.value.malformed > 0) {
        m_malformed += result.value.malformed;
        emit malformedCountChanged(m_malformed);
    }
}
