#include "SyncLogFollower.h"

#include "ApiResult.h"
#include "SyncLogPage.h"
#include "SyncLogPager.h"

#include <QTimer>

namespace {
// A round reads at most this many pages of new entries; past that, reading all of them into
// the top would take long, and the list starts again from the newest.
constexpr int MaxRoundPages = 20;
} // namespace

SyncLogFollower::SyncLogFollower(SyncLogPager *pager, QObject *parent)
    : QObject(parent)
    , m_pager(pager)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &SyncLogFollower::poll);
    // A round that came due while a page was on its way goes once the page is in.
    connect(m_pager, &SyncLogPager::idle, this, [this] {
        if (m_due)
            poll();
    });
}

SyncLogFollower::~SyncLogFollower() = default;

void SyncLogFollower::setIntervalMs(int ms)
{
    m_timer->setInterval(qMax(1, ms));
}

int SyncLogFollower::intervalMs() const
{
    return m_timer->interval();
}

void SyncLogFollower::setOn(bool on)
{
    m_on = on;
    if (on) {
        m_timer->start();
        // Back on the page after a while: catch up now rather than at the next tick.
        if (m_pager->merger().hasBegun())
            poll();
    } else {
        m_timer->stop();
        m_due = false;
    }
}

bool SyncLogFollower::isScheduled() const
{
    return m_timer->isActive() || m_due;
}

void SyncLogFollower::reset()
{
    m_round = {};
    m_due = false;
}

void SyncLogFollower::poll()
{
    if (!m_on || !m_pager->isStarted())
        return;
    if (m_pager->isLoading()) {
        m_due = true; // once the page on its way has come
        return;
    }
    m_due = false;
    if (m_pager->error().isError()) {
        // Following keeps trying: the read that failed first (a first page, say).
        emit retryWanted();
        if (m_pager->isLoading()) {
            m_due = true;
            return;
        }
    }
    m_round = {};
    m_round.found.resize(m_pager->merger().size());
    pollNextStream();
}

void SyncLogFollower::pollNextStream()
{
    const SyncLogMerger &merger = m_pager->merger();
    // A stream whose first page has not been read yet is paging's to read.
    do
        ++m_round.stream;
    while (m_round.stream < merger.size() && !merger.stream(m_round.stream).begun);
    if (m_round.stream >= merger.size()) {
        emit found(std::exchange(m_round, {}).found);
        return;
    }
    // start_date is exclusive and times have milliseconds: from just before the newest entry
    // of the stream, so that entries of that same millisecond are not missed; the ones read
    // already are dropped. Each stream has its own: the other may have been read later.
    const SyncLogStream &s = merger.stream(m_round.stream);
    m_round.start = s.newestSeen.isValid() ? s.newestSeen.addMSecs(-1) : m_pager->filter().start;
    m_round.continued = false;
    m_round.pages = 0;
    requestPage();
}

void SyncLogFollower::requestPage()
{
    SyncLogQuery q = m_pager->queryFor(m_round.stream);
    q.startDate = m_round.start;
    if (m_round.continued) {
        q.endDate = m_round.end;
        q.skip = m_round.skip;
    }
    m_pager->send(q, [this, q](const ApiResult<SyncLogPage> &r) { onPage(q, r); });
}

void SyncLogFollower::onPage(const SyncLogQuery &asked, const ApiResult<SyncLogPage> &r)
{
    // Following stopped, or failed: what this round found is found again by the next one, since
    // the streams' newest entries move on only when a round's findings are placed.
    if (!r.ok() || !m_on) {
        m_round = {};
        return;
    }
    m_round.found[m_round.stream].append(r.value.entries);
    if (r.value.hasMore() && !SyncLogStream::madeNoProgress(asked, r.value)) {
        if (++m_round.pages >= MaxRoundPages) {
            emit fellBehind();
            return;
        }
        m_round.continued = true;
        m_round.end = r.value.nextEndDate;
        m_round.skip = r.value.nextSkip;
        requestPage();
        return;
    }
    pollNextStream();
}
