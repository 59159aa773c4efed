#include "MetricChart.h"

#include "ChartModule.h"
#include "ChartPlotter.h"
#include "StyleRole.h"

#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

MetricChart::MetricChart(const QString &title, const QList<Line> &lines, QWidget *parent)
    : QWidget(parent)
    , m_lines(lines)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    setMinimumHeight(200);
    if (const ChartPlotter *plotter = ChartModule::plotter()) {
        m_view = plotter->createChart(title, lines.size() > 1, this);
        layout->addWidget(m_view);
        return;
    }
    auto *missing = new QLabel(
        tr("%1: the charts could not be loaded (%2).").arg(title, ChartModule::error()), this);
    missing->setWordWrap(true);
    missing->setAlignment(Qt::AlignCenter);
    StyleRole::apply(missing, StyleRole::metricCaption);
    layout->addWidget(missing);
}

void MetricChart::setHistory(
    const AppMetrics &history, const QDateTime &start, const QDateTime &end, qint64 stepS)
{
    ChartPlot plot;
    plot.start = start;
    plot.end = end;
    plot.timeFormat
        = start.secsTo(end) > 2 * 86400 ? QStringLiteral("MMM d") : QStringLiteral("HH:mm");
    double top = 0;
    m_segments = 0;
    m_points = 0;
    for (const Line &line : m_lines) {
        const AppMetrics::Measurement *m = history.find(SyncProtocol::wireName(line.metric));
        QList<AppMetrics::DataPoint> points = m ? m->points : QList<AppMetrics::DataPoint>();
        std::sort(points.begin(), points.end(),
            [](const auto &a, const auto &b) { return a.timestamp < b.timestamp; });
        ChartPlot::Segment *segment = nullptr;
        QDateTime previous;
        for (const AppMetrics::DataPoint &p : points) {
            if (p.timestamp < start.addSecs(-stepS) || p.timestamp > end)
                continue;
            // More than a step and a half since the last point: Sync did not run in between.
            if (!segment || previous.secsTo(p.timestamp) > stepS * 3 / 2) {
                plot.segments.append({line.name, line.color, !segment, {}});
                segment = &plot.segments.last();
                ++m_segments;
            }
            segment->points.append(QPointF(double(p.timestamp.toMSecsSinceEpoch()), p.value));
            top = qMax(top, p.value);
            previous = p.timestamp;
            ++m_points;
        }
    }
    // Whole numbers on the axis even when the values are all small (a lag of 0 ms).
    plot.top = qMax(top * 1.15, 4.0);
    if (const ChartPlotter *plotter = ChartModule::plotter(); plotter && m_view)
        plotter->plot(m_view, plot);
}
