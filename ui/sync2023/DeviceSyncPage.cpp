#include "DeviceSyncPage.h"

#include "DisplayTime.h"
#include "EnableSyncForm.h"
#include "MetricLabel.h"
#include "ObjectNames.h"
#include "StatusBadge.h"
#include "StyleRole.h"
#include "SyncConfigurationView.h"
#include "SyncController.h"
#include "SyncDashboard.h"
#include "SyncDashboardView.h"
#include "TabPages.h"
#include "Theme.h"
#include "WheelGuard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

namespace {
QLabel *caption(const QString &text, QWidget *parent)
{
    return StyleRole::make<QLabel>(StyleRole::metricCaption, text, parent);
}

MetricLabel *value(const QString &widest, QLatin1String role, QWidget *parent)
{
    return StyleRole::make<MetricLabel>(role, widest, parent);
}

} // namespace

DeviceSyncPage::DeviceSyncPage(SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_dashboard(new SyncDashboard(controller, this))
{
    setObjectName(ObjectName::deviceSyncPage);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("deviceSyncContent")); // white, as the reference's page
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 6, 24, 24);
    layout->setSpacing(0);
    layout->addWidget(buildHeader(content));
    auto *headerRule = new QFrame(content);
    headerRule->setObjectName(QStringLiteral("deviceSyncHeaderRule"));
    layout->addSpacing(8);
    layout->addWidget(headerRule);
    layout->addSpacing(10);

    m_tabs = new QTabBar(content);
    m_tabs->setObjectName(ObjectName::deviceSyncTabs);
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->addTab(tr("Dashboard", "Device Sync tab"));
    m_tabs->addTab(tr("Configuration", "Device Sync tab"));
    layout->addWidget(m_tabs);
    layout->addSpacing(14);
    m_tabPages = new QStackedWidget(content);
    layout->addWidget(m_tabPages, 1);
    m_dashboardView = new SyncDashboardView(m_dashboard, m_tabPages);
    m_tabPages->addWidget(m_dashboardView);
    m_configurationViews = new QStackedWidget(m_tabPages);
    m_configurationViews->setObjectName(ObjectName::deviceSyncConfiguration);
    m_tabPages->addWidget(m_configurationViews);
    m_configuration = new SyncConfigurationView(controller, m_configurationViews);
    m_configurationViews->addWidget(m_configuration);
    // Paused, the 2023 header offers only Terminate Sync (as the reference shows it); Resume
    // Sync is under the configuration card, green, as Enable Sync is under the enable form.
    m_configuration->addFooterButton(m_resume);
    m_resume->setProperty("variant", QStringLiteral("primary"));
    TabPages::link(m_tabs, m_tabPages);
    // The header's Enable Sync only shows the Configuration tab: there, beside the form's own
    // Enable Sync (and its Alt+E), it would be a second button for nothing.
    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        m_enable->setVisible(m_controller->status() == SyncController::Status::Disabled
            && currentTab() == Tab::Dashboard);
    });

    connect(m_controller, &SyncController::stateChanged, this, &DeviceSyncPage::render);
    connect(m_controller, &SyncController::activityChanged, this, &DeviceSyncPage::render);
    connect(m_controller, &SyncController::metricsChanged, this, &DeviceSyncPage::renderMetrics);
    render();
    m_dashboard->reload();
    WheelGuard::guardChildren(this);
}

QWidget *DeviceSyncPage::buildHeader(QWidget *parent)
{
    auto *header = new QWidget(parent);
    header->setObjectName(QStringLiteral("deviceSyncHeader"));
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(14);
    auto *title = new QLabel(tr("Device Sync", "page title"), header);
    title->setObjectName(ObjectName::deviceSyncTitle);
    m_badge = new StatusBadge(header);
    m_badge->setObjectName(ObjectName::deviceSyncBadge);
    row->addWidget(title);
    row->addWidget(m_badge, 0, Qt::AlignVCenter);
    row->addStretch(1);

    auto *metrics = new QGridLayout;
    metrics->setHorizontalSpacing(22);
    metrics->setVerticalSpacing(0);
    m_latestCaption = caption(tr("Latest Sync Event"), header);
    m_latestCaption->setObjectName(ObjectName::deviceSyncLatestCaption);
    m_latest = value(DisplayTime::widestDateTime(), StyleRole::metricValue, header);
    m_latest->setObjectName(ObjectName::deviceSyncLatest);
    m_clusterEventCaption = caption(tr("Last Cluster Event Processed"), header);
    m_clusterEvent = value(DisplayTime::widestDateTime(), StyleRole::metricValue, header);
    m_clusterEvent->setObjectName(ObjectName::deviceSyncClusterEvent);
    m_lagCaption = caption(tr("Lag", "header metric: replication lag of Device Sync"), header);
    m_lag = value(tr("%n sec", "sync lag", 99), StyleRole::metricValueSmall, header);
    m_lag->setObjectName(ObjectName::deviceSyncLag);
    metrics->addWidget(m_latestCaption, 0, 0);
    metrics->addWidget(m_latest, 1, 0);
    metrics->addWidget(m_clusterEventCaption, 0, 1);
    metrics->addWidget(m_clusterEvent, 1, 1);
    metrics->addWidget(m_lagCaption, 0, 2);
    metrics->addWidget(m_lag, 1, 2);
    row->addLayout(metrics);
    row->addSpacing(6);

    m_pause = new QPushButton(tr("&Pause Sync"), header);
    Theme::setIcon(m_pause, QStringLiteral(":/icons/pause.svg"));
    m_pause->setObjectName(ObjectName::deviceSyncPause);
    m_resume = new QPushButton(tr("&Resume Sync"), header);
    Theme::setIcon(m_resume, QStringLiteral(":/icons/play-white.svg"));
    m_resume->setObjectName(ObjectName::deviceSyncResume);
    m_enable = new QPushButton(tr("&Enable Sync"), header);
    m_enable->setObjectName(ObjectName::deviceSyncEnable);
    m_terminate = new QPushButton(tr("&Terminate Sync"), header);
    Theme::setIcon(m_terminate, QStringLiteral(":/icons/trash-red.svg"));
    m_terminate->setObjectName(ObjectName::deviceSyncTerminate);
    for (QPushButton *b : {m_pause, m_enable, m_terminate})
        row->addWidget(b, 0, Qt::AlignVCenter);
    connect(m_pause, &QPushButton::clicked, this, &DeviceSyncPage::pauseRequested);
    connect(m_resume, &QPushButton::clicked, this, &DeviceSyncPage::resumeRequested);
    connect(m_terminate, &QPushButton::clicked, this, &DeviceSyncPage::terminateRequested);
    // Enabling is chosen on the Configuration tab, where the form for it is.
    connect(m_enable, &QPushButton::clicked, this, [this] { showTab(Tab::Configuration); });
    return header;
}

void DeviceSyncPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab == Tab::Dashboard ? 0 : 1);
}

DeviceSyncPage::Tab DeviceSyncPage::currentTab() const
{
    return m_tabs->currentIndex() == 0 ? Tab::Dashboard : Tab::Configuration;
}

void DeviceSyncPage::setFigureTimeShift(qint64 seconds)
{
    m_figureTimeShift = seconds;
    renderMetrics();
}

void DeviceSyncPage::renderMetrics()
{
    const SyncController::Status status = m_controller->status();
    const bool enabled = status == SyncController::Status::Enabled;
    const bool paused = status == SyncController::Status::Paused;
    const SyncMetrics &metrics = m_controller->metrics();
    m_latestCaption->setText(paused ? tr("Sync Paused Since") : tr("Latest Sync Event"));
    const auto shown = [this](const QDateTime &t) {
        return DisplayTime::dateTimeOrDash(t.addSecs(m_figureTimeShift));
    };
    m_latest->setText(shown(paused ? m_controller->pausedSince() : metrics.latestSyncEvent));
    m_latestCaption->setVisible(enabled || paused);
    m_latest->setVisible(enabled || paused);
    for (QWidget *w : {static_cast<QWidget *>(m_clusterEventCaption),
             static_cast<QWidget *>(m_clusterEvent), static_cast<QWidget *>(m_lagCaption),
             static_cast<QWidget *>(m_lag)})
        w->setVisible(enabled);
    m_clusterEvent->setText(shown(metrics.lastClusterEventProcessed));
    m_lag->setText(metrics.lagMs < 0
            ? QStringLiteral("\u2014")
            : tr("%n sec", "sync lag",
                int(qMax<qint64>(metrics.lagMs / 1000, metrics.lagMs > 0 ? 1 : 0))));
}

void DeviceSyncPage::render()
{
    const SyncController::Status status = m_controller->status();
    const bool busy = m_controller->isBusy();
    const bool enabled = status == SyncController::Status::Enabled;
    const bool paused = status == SyncController::Status::Paused;
    const bool disabled = status == SyncController::Status::Disabled;
    m_badge->setStatus(status);
    renderMetrics();
    m_pause->setVisible(enabled);
    m_resume->setVisible(paused);
    m_enable->setVisible(disabled && currentTab() == Tab::Dashboard);
    m_terminate->setVisible(enabled || paused);
    for (QPushButton *b : {m_pause, m_resume, m_enable, m_terminate})
        b->setEnabled(!busy);

    if (disabled)
        m_configurationViews->setCurrentWidget(ensureEnableForm());
    else
        m_configurationViews->setCurrentWidget(m_configuration);
    if (!m_enableForm)
        return;
    m_enableForm->setCluster(m_controller->clusterLabel());
    if (disabled) {
        m_enableForm->setSnapshot(m_controller->snapshot());
        m_enableForm->setSnapshotProblem(m_controller->snapshotProblem());
    }
    m_enableForm->setBusy(busy);
}

EnableSyncForm *DeviceSyncPage::ensureEnableForm()
{
    if (m_enableForm)
        return m_enableForm;
    m_enableForm = new EnableSyncForm(m_configurationViews);
    m_configurationViews->addWidget(m_enableForm);
    connect(m_enableForm, &EnableSyncForm::enableRequested, m_controller, &SyncController::enable);
    return m_enableForm;
}
