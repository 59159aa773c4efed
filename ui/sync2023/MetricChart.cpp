#include "MetricChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

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
    // Whole numbers on the axis even when the values are all small (a lag of 0 ms).
    y->setRange(0, qMax(top * 1.15, 4.0));
    y->applyNiceNumbers();
}
