#include "SyncDashboardView.h"

#include "MetricChart.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "SyncDashboard.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace {
QString rangeName(SyncDashboard::Range range)
{
    switch (range) {
    case SyncDashboard::Range::LastHour:
        return SyncDashboardView::tr("Last hour");
    case SyncDashboard::Range::Last24Hours:
        return SyncDashboardView::tr("Last 24 hours");
    case SyncDashboard::Range::Last7Days:
        return SyncDashboardView::tr("Last 7 days");
    case SyncDashboard::Range::Last30Days:
        return SyncDashboardView::tr("Last 30 days");
    }
    return {};
}

qint64 stepSeconds(SyncDashboard::Range range)
{
    const QString step = SyncDashboard::granularity(range); // PT1M, PT15M, PT2H, PT6H
    const qint64 n = step.mid(2, step.size() - 3).toLongLong();
    return step.endsWith(QLatin1Char('H')) ? n * 3600 : n * 60;
}
} // namespace

SyncDashboardView::SyncDashboardView(SyncDashboard *dashboard, QWidget *parent)
    : QWidget(parent)
    , m_dashboard(dashboard)
    , m_range(new QComboBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(ObjectName::deviceSyncDashboard);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    auto *top = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("Time ran&ge:"), this);
    rangeLabel->setBuddy(m_range);
    m_range->setObjectName(ObjectName::dashboardRange);
    for (const SyncDashboard::Range range : SyncDashboard::ranges())
        m_range->addItem(rangeName(range), int(range));
    m_range->setCurrentIndex(m_range->findData(int(dashboard->range())));
    m_status->setObjectName(ObjectName::dashboardStatus);
    StyleRole::apply(m_status, StyleRole::metricCaption);
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addSpacing(16);
    top->addWidget(m_status, 1);
    layout->addLayout(top);

    const QColor green(0x13, 0xAA, 0x52);
    const QColor blue(0x01, 0x6B, 0xF8);
    const QColor red(0xCF, 0x4A, 0x22);
    const QColor purple(0x5E, 0x0C, 0x9E);
    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    m_charts = {
        new MetricChart(tr("Lag (ms)", "chart: replication lag of Device Sync"),
            {{SyncMetric::OplogLagMsSum, QString(), purple}}, this),
        new MetricChart(tr("Active sessions", "chart: devices connected"),
            {{SyncMetric::ActiveOpenSessions, QString(), green}}, this),
        new MetricChart(tr("Sync requests"),
            {{SyncMetric::SuccessfulRequests, tr("Succeeded", "chart line: sync requests"), blue},
                {SyncMetric::FailedRequests, tr("Failed", "chart line: sync requests"), red}},
            this),
        new MetricChart(tr("Changes uploaded", "chart: changesets devices uploaded"),
            {{SyncMetric::ChangesUploaded, QString(), blue}}, this),
        new MetricChart(tr("Data downloaded (bytes)", "chart: what devices downloaded"),
            {{SyncMetric::EgressBytes, QString(), green}}, this),
    };
    for (int i = 0; i < m_charts.size(); ++i)
        grid->addWidget(m_charts[i], i / 2, i % 2);
    layout->addLayout(grid, 1);

    connect(m_range, &QComboBox::activated, this, [this] {
        m_dashboard->setRange(SyncDashboard::Range(m_range->currentData().toInt()));
    });
    connect(m_dashboard, &SyncDashboard::rangeChanged, this,
        [this] { m_range->setCurrentIndex(m_range->findData(int(m_dashboard->range()))); });
    connect(m_dashboard, &SyncDashboard::historyChanged, this, &SyncDashboardView::render);
    connect(m_dashboard, &SyncDashboard::loadingChanged, this, &SyncDashboardView::renderStatus);
    render();
}

void SyncDashboardView::renderStatus()
{
    if (m_dashboard->isLoading())
        m_status->setText(tr("Reading the metrics\u2026"));
    else if (!m_dashboard->error().isEmpty())
        m_status->setText(tr("The metrics could not be read: %1").arg(m_dashboard->error()));
    else
        m_status->setText(tr("A gap in a line: Sync was paused or terminated then."));
}

void SyncDashboardView::render()
{
    renderStatus();
    if (!m_dashboard->start().isValid())
        return;
    for (MetricChart *chart : m_charts)
        chart->setHistory(m_dashboard->history(), m_dashboard->start(), m_dashboard->end(),
            stepSeconds(m_dashboard->range()));
}
