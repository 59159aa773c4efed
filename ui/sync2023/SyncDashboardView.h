#pragma once

#include <QWidget>

class MetricChart;
class QComboBox;
class QLabel;
class SyncDashboard;

// The Device Sync page's Dashboard tab: the time range picker and the charts of the Sync
// metrics over that range (lag, open sessions, requests and failures, changes uploaded, data
// downloaded). It renders the SyncDashboard's history and forwards the range chosen.
class SyncDashboardView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncDashboardView)

public:
    explicit SyncDashboardView(SyncDashboard *dashboard, QWidget *parent = nullptr);

    QList<MetricChart *> charts() const { return m_charts; }

private:
    void render();
    void renderStatus();

    SyncDashboard *m_dashboard;
    QComboBox *m_range;
    QLabel *m_status;
    QList<MetricChart *> m_charts;
};
