#include "MetricChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

MetricChart::MetricChart(const QString &title, const QList<Line> &lines, QWidget *parent)
    : QChartView(new QChart, parent) // setChart() would leave the view's own first chart behind
    , m_lines(lines)
{
    QChart *chart = this->chart();
    chart->setTitle(title);
    chart->setBackgroundRoundness(8);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(lines.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    applyFont();
    connect(chart, &QChart::plotAreaChanged, this, &MetricChart::fitValueAxis);
}

void MetricChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFont();
}

void MetricChart::applyFont()
{
    QChart *chart = this->chart();
    chart->setTitleFont(font());
    chart->legend()->setFont(font());
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(font());
    fitValueAxis();
}

void MetricChart::setHistory(
    const AppMetrics &history, const QDateTime &start, const QDateTime &end, qint64 stepS)
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }

    auto *x = new QDateTimeAxis(chart);
    x->setFormat(start.secsTo(end) > 2 * 86400 ? QStringLiteral("MMM d") : QStringLiteral("HH:mm"));
    x->setRange(start.toLocalTime(), end.toLocalTime());
    x->setTickCount(5);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    x->setLabelsFont(font());
    y->setLabelsFont(font());

    double top = 0;
    m_segments = 0;
    m_points = 0;
    for (const Line &line : m_lines) {
        const AppMetrics::Measurement *m = history.find(SyncProtocol::wireName(line.metric));
        QList<AppMetrics::DataPoint> points = m ? m->points : QList<AppMetrics::DataPoint>();
        std::sort(points.begin(), points.end(),
            [](const auto &a, const auto &b) { return a.timestamp < b.timestamp; });
        QLineSeries *series = nullptr;
        QDateTime previous;
        bool named = false;
        for (const AppMetrics::DataPoint &p : points) {
            if (p.timestamp < start.addSecs(-stepS) || p.timestamp > end)
                continue;
            // More than a step and a half since the last point: Sync did not run in between.
            if (!series || previous.secsTo(p.timestamp) > stepS * 3 / 2) {
                series = new QLineSeries(chart);
                series->setColor(line.color);
                series->setName(line.name);
                chart->addSeries(series);
                series->attachAxis(x);
                series->attachAxis(y);
                const QList<QLegendMarker *> markers = chart->legend()->markers(series);
                for (QLegendMarker *marker : markers)
                    marker->setVisible(!named);
                named = true;
                ++m_segments;
            }
            series->append(double(p.timestamp.toMSecsSinceEpoch()), p.value);
            top = qMax(top, p.value);
            previous = p.timestamp;
            ++m_points;
        }
    }
    m_top = top;
    fitValueAxis();
}

int MetricChart::valueLabelCount() const
{
    const auto *y = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).value(0));
    if (!y)
        return 0;
    if (y->tickType() == QValueAxis::TicksFixed || y->tickInterval() <= 0)
        return y->tickCount();
    return qRound((y->max() - y->min()) / y->tickInterval()) + 1;
}

void MetricChart::fitValueAxis()
{
    auto *y = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).value(0));
    if (!y)
        return;
    // A label and half a line of space each; the plot's height before the first layout is 0.
    const qreal line = QFontMetricsF(y->labelsFont()).height() * 1.5;
    const qreal height = chart()->plotArea().height();
    const int labels = height > 0 ? std::clamp(int(height / line) + 1, 2, 5) : 5;
    // Whole numbers even when the values are all small (a lag of 0 ms): at least 0 to 4.
    const double top = qMax(m_top * 1.15, 4.0);
    double step = 1;
    for (double scale = 1; step * (labels - 1) < top; scale *= 10)
        for (const double nice : {1.0, 2.0, 5.0, 10.0}) {
            step = nice * scale;
            if (step * (labels - 1) >= top)
                break;
        }
    const double max = step * std::ceil(top / step);
    if (y->tickType() == QValueAxis::TicksDynamic && y->tickInterval() == step && y->max() == max)
        return;
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setRange(0, max);
}
