#pragma once

#include <QWidget>

class EnableSyncForm;
class MetricLabel;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;
class StatusBadge;
class SyncConfigurationView;
class SyncController;
class SyncDashboard;
class SyncDashboardView;

// The 2023 generation of the Sync page, "Device Sync": the title with the state pill, the
// Latest Sync Event, Last Cluster Event Processed and Lag (or "Sync Paused Since") in the
// header beside Pause Sync / Enable Sync and Terminate Sync; the Dashboard tab (the default:
// charts of the metrics over time) and the Configuration tab, whose card has Resume Sync under
// it while Sync is paused. It renders the
// controller's state and asks for the same intents as the classic SyncPage; the dialogs are
// the main window's business.
class DeviceSyncPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSyncPage)

public:
    enum class Tab { Dashboard, Configuration };

    explicit DeviceSyncPage(SyncController *controller, QWidget *parent = nullptr);

    SyncDashboard *dashboard() const { return m_dashboard; }
    SyncDashboardView *dashboardView() const { return m_dashboardView; }
    SyncConfigurationView *configurationView() const { return m_configuration; }
    void showTab(Tab tab);
    Tab currentTab() const;
    // For --capture-docs only: the header's times shown `seconds` later than the server's. The
    // 2023 reference figures were taken in April 2023, while the figures' simulator stands at
    // the 2021 figures' moment (their diff and "Paused On" need it): each 2023 figure shows
    // the moment of its own reference. 0: the server's times, as always.
    void setFigureTimeShift(qint64 seconds);

signals:
    void pauseRequested();
    void resumeRequested();
    void terminateRequested();

private:
    QWidget *buildHeader(QWidget *parent);
    void render();
    void renderMetrics();
    EnableSyncForm *ensureEnableForm();

    SyncController *m_controller;
    SyncDashboard *m_dashboard;
    StatusBadge *m_badge;
    QLabel *m_latestCaption;
    MetricLabel *m_latest;
    QLabel *m_clusterEventCaption;
    MetricLabel *m_clusterEvent;
    QLabel *m_lagCaption;
    MetricLabel *m_lag;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_enable;
    QPushButton *m_terminate;
    QTabBar *m_tabs;
    QStackedWidget *m_tabPages;
    SyncDashboardView *m_dashboardView;
    QStackedWidget *m_configurationViews;
    SyncConfigurationView *m_configuration;
    EnableSyncForm *m_enableForm = nullptr; // built when Sync is first seen disabled
    qint64 m_figureTimeShift = 0;
};
