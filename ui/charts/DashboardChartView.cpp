#include "DashboardChartView.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFontMetricsF>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

DashboardChartView::DashboardChartView(const QString &title, bool legend, QWidget *parent)
    : QChartView(new QChart, parent) // setChart() would leave the view's own first chart behind
{
    QChart *chart = this->chart();
    chart->setTitle(title);
    chart->setBackgroundRoundness(8);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setVisible(legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    applyFont();
    connect(chart, &QChart::plotAreaChanged, this, &DashboardChartView::fitValueAxis);
}

void DashboardChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyFont();
}

void DashboardChartView::applyFont()
{
    QChart *chart = this->chart();
    chart->setTitleFont(font());
    chart->legend()->setFont(font());
    for (QAbstractAxis *axis : chart->axes())
        axis->setLabelsFont(font());
    fitValueAxis();
}

void DashboardChartView::plot(const ChartPlot &plot)
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }

    auto *x = new QDateTimeAxis(chart);
    x->setFormat(plot.timeFormat);
    x->setRange(plot.start.toLocalTime(), plot.end.toLocalTime());
    x->setTickCount(5);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    x->setLabelsFont(font());
    y->setLabelsFont(font());

    for (const ChartPlot::Segment &segment : plot.segments) {
        auto *series = new QLineSeries(chart);
        series->setColor(segment.color);
        series->setName(segment.name);
        series->append(segment.points);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        const QList<QLegendMarker *> markers = chart->legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(segment.inLegend);
    }
    m_top = plot.top;
    fitValueAxis();
}

// As many labels as the plot's height holds: Qt Charts hides the labels that would overlap, and
// a short chart (its legend takes a line) read 3, 2, 0, with 1 and 4 left out.
void DashboardChartView::fitValueAxis()
{
    auto *y = qobject_cast<QValueAxis *>(chart()->axes(Qt::Vertical).value(0));
    if (!y)
        return;
    // A label and half a line of space each; the plot's height before the first layout is 0.
    const qreal line = QFontMetricsF(y->labelsFont()).height() * 1.5;
    const qreal height = chart()->plotArea().height();
    const int labels = height > 0 ? std::clamp(int(height / line) + 1, 2, 5) : 5;
    double step = 1;
    for (double scale = 1; step * (labels - 1) < m_top; scale *= 10)
        for (const double nice : {1.0, 2.0, 5.0, 10.0}) {
            step = nice * scale;
            if (step * (labels - 1) >= m_top)
                break;
        }
    const double max = step * std::ceil(m_top / step);
    if (y->tickType() == QValueAxis::TicksDynamic && y->tickInterval() == step && y->max() == max)
        return;
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setRange(0, max);
}
