#pragma once

#include "ApiError.h"
#include "AppRef.h"
#include "SyncLogEntry.h"
#include "SyncLogFilter.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

class AdminApiClient;
class SyncLogFollower;
class SyncLogPager;

// The Sync log entries of one app, newest first, as GET .../logs gives them.
//
// Older entries are paged in by fetchMore() (the view asks as it scrolls) through the pager;
// while following, the follower polls for newer entries, and they are inserted at the top (at
// their place in time, should one come late), without reading the old ones again. At most one
// request is in flight; an entry is never shown twice (entries are known by `_id`); rows are
// inserted, never reset, except when the filter changes. Errors and non-errors are read as two
// streams and merged by time (SyncLogMerger).
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
    using Errors = SyncLogFilter::Errors;
    using Filter = SyncLogFilter;

    SyncLogModel(AdminApiClient *client, const AppRef &app, QObject *parent = nullptr);
    ~SyncLogModel() override;

    // The seven Sync log types, in the order the admin UI lists them.
    static QList<SyncLogType> syncTypes();
    // "Session Start" for SyncLogType::SessionStart; empty for an entry without a Sync type.
    static QString typeName(SyncLogType type);
    // An entry's type in words; a Sync type the console does not know by its wire name.
    static QString typeName(const SyncLogEntry &entry);

    const AppRef &app() const;
    // Entries per request, 1 to 100 (the service's most); 100 unless a test pages in small steps.
    void setPageSize(int entries);
    int pageSize() const;
    // How often following asks for new entries; 5 s, as the official CLI tails.
    void setFollowIntervalMs(int ms);
    int followIntervalMs() const;

    // Nothing is read until the first filter is set (or reload() is called).
    bool isStarted() const;
    const Filter &filter() const;
    // Clears the list and reads it again with `filter`.
    void setFilter(const Filter &filter);
    // Clears the list and reads it again with the same filter.
    void reload();
    // After a failure: clears it and goes on reading where the list stopped.
    void retry();

    // While on, polls for entries newer than the newest read and inserts them at the top. Each
    // poll also retries a read that failed.
    void follow(bool on);
    bool isFollowing() const;
    // A poll is waiting for its tick or for the page on its way: more requests will come.
    bool isPollScheduled() const;

    bool isLoading() const;
    // The last request's failure; cleared by the next request that succeeds.
    const ApiError &error() const;
    // The failure in words, or empty.
    QString errorText() const;
    // Entries the service sent that were not log entries, skipped since the list was cleared.
    int malformedCount() const;
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
    // Shows what the streams hold up to the wanted count, or asks for the page that is missing.
    void pump();
    void appendReady();
    void insertFound(const QList<QList<SyncLogEntry>> &found);
    void insertAtTheirPlace(const QList<SyncLogEntry> &fresh);
    // Where an entry started at `started` goes: above the rows of that same time or older.
    int insertionRow(const QDateTime &started) const;
    // True when `entry` may be shown: a Sync entry not held yet. Marks it held.
    bool admit(const SyncLogEntry &entry);
    QVariant display(const SyncLogEntry &e, int column) const;

    SyncLogPager *m_pager;
    SyncLogFollower *m_follower;
    bool m_pumping = false;
    bool m_pumpAgain = false;
    QList<SyncLogEntry> m_rows;
    QSet<QString> m_ids;
    int m_wanted = 0; // rows to show before paging stops
};
