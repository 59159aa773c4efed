#pragma once

#include "ApiError.h"
#include "AppRef.h"
#include "SyncLogEntry.h"
#include "SyncLogQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

class AdminApiClient;
class ApiCall;
class QTimer;
struct SyncLogPage;
template<typename T> struct ApiResult;

// The Sync log entries of one app, newest first, as GET .../logs gives them.
//
// Older entries are paged in by fetchMore() (the view asks as it scrolls), following the
// service's nextEndDate/nextSkip; while following, newer entries are polled for and inserted at
// the top (at their place in time, should one come late), without reading the old ones again. At
// most one request is in flight; an entry is never shown twice (entries are known by `_id`); rows
// are inserted, never reset, except when the filter changes.
//
// The service answers either error entries or non-error entries, never both: for both, the
// model reads the two kinds as two streams and merges them by time, showing an entry only once
// the other stream has been read past it, so nothing is skipped and the order holds.
class SyncLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogModel)

public:
    enum Column { Time, Type, User, Device, Summary, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        IsErrorRole,
        // Every field of the entry in one lower-case string, for the page's text filter.
        SearchTextRole,
    };
    enum class Errors { All, ErrorsOnly, NonErrorsOnly };

    // What the page filters by: the API's parameters, with `errors` able to ask for both kinds.
    struct Filter
    {
        std::optional<SyncLogType> type; // one Sync type; none: every Sync type
        Errors errors = Errors::All;
        QString userId;
        QString coId;
        QDateTime start; // exclusive; invalid: as far back as the service keeps logs (10 days)
        QDateTime end; // inclusive; invalid: up to now

        bool operator==(const Filter &o) const
        {
            return type == o.type && errors == o.errors && userId == o.userId && coId == o.coId
                && start == o.start && end == o.end;
        }
        bool operator!=(const Filter &o) const { return !(*this == o); }
    };

    SyncLogModel(AdminApiClient *client, const AppRef &app, QObject *parent = nullptr);
    ~SyncLogModel() override;

    // The seven Sync log types, in the order the admin UI lists them.
    static QList<SyncLogType> syncTypes();
    // "Session Start" for SyncLogType::SessionStart; empty for an entry without a Sync type.
    static QString typeName(SyncLogType type);

    const AppRef &app() const { return m_app; }
    // Entries per request, 1 to 100 (the service's most); 100 unless a test pages in small steps.
    void setPageSize(int entries);
    int pageSize() const { return m_pageSize; }
    // How often following asks for new entries; 5 s, as the official CLI tails.
    void setFollowIntervalMs(int ms);
    int followIntervalMs() const;

    // Nothing is read until the first filter is set (or reload() is called).
    bool isStarted() const { return m_started; }
    const Filter &filter() const { return m_filter; }
    // Clears the list and reads it again with `filter`.
    void setFilter(const Filter &filter);
    // Clears the list and reads it again with the same filter.
    void reload();
    // After a failure: clears it and goes on reading where the list stopped.
    void retry();

    // While on, polls for entries newer than the newest read and inserts them at the top. Each
    // poll also retries a read that failed.
    void follow(bool on);
    bool isFollowing() const { return m_following; }
    // A poll is waiting for its tick or for the page on its way: more requests will come.
    bool isPollScheduled() const;

    bool isLoading() const { return !m_call.isNull(); }
    // The last request's failure; cleared by the next request that succeeds.
    const ApiError &error() const { return m_error; }
    // The failure in words, or empty.
    QString errorText() const;
    // Entries the service sent that were not log entries, skipped since the list was cleared.
    int malformedCount() const { return m_malformed; }
    // The entry in `row`, or null.
    const SyncLogEntry *entry(int row) const;
    // The row of the entry with this `_id`, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadingChanged(bool loading);
    void errorChanged();
    void malformedCountChanged(int count);
    void followingChanged(bool following);
    // Following found `count` new entries and inserted them at the top.
    void entriesArrived(int count);

private:
    // One kind of entries (errors, or non-errors) as the service pages them.
    struct Stream
    {
        bool errorsOnly = false;
        QList<SyncLogEntry> buffer; // read but not shown yet, newest first
        QDateTime nextEnd; // where the next page ends (inclusive)
        int nextSkip = 0;
        bool begun = false; // its first page was read
        bool exhausted = false; // no page left
        QDateTime newestSeen; // the newest entry the service sent for it; following goes on there

        bool needsData() const { return buffer.isEmpty() && !exhausted; }
        bool buffers(const SyncLogEntry &entry) const;
        void see(const QList<SyncLogEntry> &entries);
    };
    // One round of following: each stream, from just before the newest entry it sent.
    struct Poll
    {
        int stream = -1;
        QDateTime start;
        bool continued = false;
        QDateTime end;
        int skip = 0;
        int pages = 0;
        QList<QList<SyncLogEntry>> found; // by stream
    };

    SyncLogQuery queryFor(const Stream &stream) const;
    void send(const SyncLogQuery &query, std::function<void(const ApiResult<SyncLogPage> &)> done);
    void resetStreams();
    // Shows what the streams hold up to the wanted count, or asks for the page that is missing.
    void pump();
    void drain();
    void onPage(int stream, const SyncLogQuery &asked, const ApiResult<SyncLogPage> &result);
    void poll();
    void pollNextStream();
    void requestPoll();
    void onPollPage(const SyncLogQuery &asked, const ApiResult<SyncLogPage> &result);
    void insertFound();
    // Where an entry started at `started` goes: above the rows of that same time or older.
    int insertionRow(const QDateTime &started) const;
    // True while rows may still be paged in below the last one.
    bool morePending() const;
    // True when `entry` may be shown: a Sync entry not held yet. Marks it held.
    bool admit(const SyncLogEntry &entry);
    bool succeeded(const ApiResult<SyncLogPage> &result);
    void setError(const ApiError &error);

    QPointer<AdminApiClient> m_client;
    AppRef m_app;
    Filter m_filter;
    int m_pageSize = 100;
    QTimer *m_pollTimer;
    bool m_started = false;
    bool m_following = false;
    bool m_pollDue = false;
    int m_generation = 0; // answers to an older filter are dropped
    int m_serial = 0; // the request in flight
    bool m_pumping = false;
    bool m_pumpAgain = false;
    QPointer<ApiCall> m_call;
    QList<Stream> m_streams;
    Poll m_poll;
    QList<SyncLogEntry> m_rows;
    QSet<QString> m_ids;
    int m_wanted = 0; // rows to show before paging stops
    int m_malformed = 0;
    ApiError m_error;
};
