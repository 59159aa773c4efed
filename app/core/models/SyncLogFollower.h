#pragma once

#include "SyncLogEntry.h"

#include <QDateTime>
#include <QList>
#include <QObject>

class QTimer;
class SyncLogPager;
struct SyncLogPage;
struct SyncLogQuery;
template<typename T> struct ApiResult;

// Follows the Sync log list: every few seconds, asks each stream for the entries newer than the
// newest it sent, through the pager, and hands on what one round found. Each round also
// retries a read that failed.
class SyncLogFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogFollower)

public:
    explicit SyncLogFollower(SyncLogPager *pager, QObject *parent = nullptr);
    ~SyncLogFollower() override;

    // 5 s by default, as the official CLI tails.
    void setIntervalMs(int ms);
    int intervalMs() const;
    void setOn(bool on);
    bool isOn() const { return m_on; }
    // A round is waiting for its tick or for the page on its way: more requests will come.
    bool isScheduled() const;
    // Forgets the round under way: the list was cleared.
    void reset();

signals:
    // A round ended: the entries it found, by stream of the pager's merger.
    void found(const QList<QList<SyncLogEntry>> &entries);
    // The last read failed: the list should try it again before a round begins.
    void retryWanted();
    // More new entries than a round reads: the list should start again from the newest.
    void fellBehind();

private:
    // One round: each stream, from just before the newest entry it sent.
    struct Round
    {
        int stream = -1;
        QDateTime start;
        bool continued = false;
        QDateTime end;
        int skip = 0;
        int pages = 0;
        QList<QList<SyncLogEntry>> found; // by stream
    };

    void poll();
    void pollNextStream();
    void requestPage();
    void onPage(const SyncLogQuery &asked, const ApiResult<SyncLogPage> &result);

    SyncLogPager *m_pager;
    QTimer *m_timer;
    bool m_on = false;
    bool m_due = false;
    Round m_round;
};
