#pragma once

#include "ApiError.h"
#include "AppRef.h"
#include "SyncLogFilter.h"
#include "SyncLogMerger.h"
#include "SyncLogQuery.h"

#include <QObject>
#include <QPointer>
#include <functional>

class AdminApiClient;
class ApiCall;
struct SyncLogPage;
template<typename T> struct ApiResult;

// Reads the Sync log list's pages of GET .../logs, one request at a time: older pages for each
// stream of the merger, following the service's nextEndDate/nextSkip, and the requests the
// follower sends for newer entries. It holds what the reading found wrong: the last failure
// and the entries that were not log entries.
class SyncLogPager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogPager)

public:
    SyncLogPager(AdminApiClient *client, const AppRef &app, QObject *parent = nullptr);
    ~SyncLogPager() override;

    const AppRef &app() const { return m_app; }
    // Entries per request, 1 to 100 (the service's most).
    void setPageSize(int entries);
    int pageSize() const { return m_pageSize; }
    const SyncLogFilter &filter() const { return m_filter; }
    void setFilter(const SyncLogFilter &filter) { m_filter = filter; }

    // Drops the request in flight and what was read, and starts over with the filter. Quietly:
    // the list announces the change with announceRestart() once its rows are reset too.
    void restart();
    void announceRestart();
    bool isStarted() const { return m_started; }

    // Asks for the next page of the first stream that needs one; pageRead() follows.
    void readNextPage();
    // The filter's request for the merger's stream `stream`, from the newest entries on.
    SyncLogQuery queryFor(int stream) const;
    // Sends `query` unless a request is in flight; `done` hears the answer after the pager
    // took note of its failure or malformed entries.
    void send(const SyncLogQuery &query, std::function<void(const ApiResult<SyncLogPage> &)> done);

    SyncLogMerger &merger() { return m_merger; }
    const SyncLogMerger &merger() const { return m_merger; }
    bool isLoading() const { return !m_call.isNull(); }
    // The last request's failure; cleared by the next request that succeeds.
    const ApiError &error() const { return m_error; }
    void clearError();
    // Entries the service sent that were not log entries, since the last restart.
    int malformedCount() const { return m_malformed; }

signals:
    void loadingChanged(bool loading);
    void errorChanged();
    void malformedCountChanged(int count);
    // A page read by readNextPage() is in its stream.
    void pageRead();
    // An answer was handled and no request followed it: the pager is free for another.
    void idle();

private:
    void abandon();
    void takeNote(const ApiResult<SyncLogPage> &result);

    QPointer<AdminApiClient> m_client;
    AppRef m_app;
    SyncLogFilter m_filter;
    int m_pageSize = 100;
    bool m_started = false;
    SyncLogMerger m_merger;
    int m_generation = 0; // answers from before a restart are dropped
    int m_serial = 0; // the request in flight
    QPointer<ApiCall> m_call;
    ApiError m_error;
    int m_malformed = 0;
    // What restart() cleared, for announceRestart() to say.
    bool m_wasLoading = false;
    bool m_hadError = false;
    bool m_hadMalformed = false;
};
