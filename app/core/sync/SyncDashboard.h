#pragma once

#include "ApiCall.h"
#include "AppMetrics.h"

#include <QObject>
#include <QPointer>

class SyncController;

// The Device Sync page's Dashboard: the history of the charted Sync metrics over a time range
// (lag, open sessions, requests and failures, changes uploaded, data downloaded), read through
// the controller's client when the range changes and each time the controller has refreshed.
// Views render it and forward the range; an answer overtaken by a newer read is dropped.
class SyncDashboard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncDashboard)

public:
    enum class Range { LastHour, Last24Hours, Last7Days, Last30Days };
    Q_ENUM(Range)

    explicit SyncDashboard(SyncController *controller, QObject *parent = nullptr);
    ~SyncDashboard() override;

    static QList<Range> ranges();
    static qint64 seconds(Range range);
    // The step of each range's points, as an ISO 8601 duration: PT1M for the last hour...
    static QString granularity(Range range);

    Range range() const { return m_range; }
    void setRange(Range range);
    const AppMetrics &history() const { return m_history; }
    // The period the history covers (the server's clock).
    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_end; }
    bool isLoading() const { return m_call != nullptr; }
    // Why the last read failed, in the server's words; empty after a good one.
    QString error() const { return m_error; }

public slots:
    void reload();

signals:
    void rangeChanged();
    void historyChanged();
    void loadingChanged();

private:
    SyncController *m_controller;
    Range m_range = Range::LastHour;
    AppMetrics m_history;
    QDateTime m_start;
    QDateTime m_end;
    QString m_error;
    QPointer<ApiCall> m_call;
    quint64 m_generation = 0;
};
