#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct SimApp;
struct SimReply;
struct SimRequest;

// Where a seat is in the terminate-and-re-enable runbook, from what the simulator saw it do:
// the steps in the order they happened (terminate drafted, terminate deployed, waited,
// re-enable drafted, re-enable deployed), steps done out of order (the re-enable drafted
// before the terminate was live, deployed before the ten-minute wait), the last error the
// seat was answered, and how long it has been on its step. Times are the seat's simulated
// clock, in seconds since the epoch, so moving the class's clock moves them too.
class SimSeatProgress final
{
public:
    // The wait support recommends between the terminate going live and re-enabling (the
    // console's Runbooks::WaitSeconds).
    static constexpr qint64 WaitSeconds = 10 * 60;

    explicit SimSeatProgress(qint64 startedAt = 0)
        : m_startedAt(startedAt)
    { }

    // An Admin API request the seat made and its answer; `app` is the app it was about (after
    // the request was served), or null.
    void observe(const SimRequest &request, const SimReply &reply, const SimApp *app, qint64 now);
    // A deployment of the seat's app went live (or failed): the app as it is now.
    void observeDeployment(const SimApp &app, const QString &deploymentId, qint64 now);
    // The seat was put back at the scenario's start.
    void reset(qint64 now) { *this = SimSeatProgress(now); }

    // The steps seen, the flags, the next step, the last error and the time on the step; the
    // wait counts as done once its time is over.
    QJsonObject toJson(qint64 now) const;

    // All the seat's progress, to be kept across a restart (SimClassroom::keepIn), and back.
    QJsonObject state() const;
    static SimSeatProgress fromState(const QJsonObject &state);

    // The runbook's steps in order, as toJson() names them.
    static QStringList stepIds();
    // The app's live Sync state: enabled, paused or terminated.
    static QString syncState(const SimApp &app);

private:
    bool done(const QString &step) const;
    void mark(const QString &step, qint64 at);
    void deployed(const SimApp &app, qint64 now);
    // The wait is over once its time has passed on the seat's clock, until the re-enable.
    void settleWait(qint64 now);

    struct Step
    {
        QString id;
        qint64 at = 0;
    };
    qint64 m_startedAt = 0;
    QList<Step> m_steps; // in the order they happened
    QStringList m_flags;
    qint64 m_terminateLiveAt = 0;
    QJsonObject m_lastError;
};
