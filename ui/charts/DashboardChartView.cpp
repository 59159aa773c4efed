#include "DashboardChartView.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

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
    y->setRange(0, plot.top);
    y->applyNiceNumbers();
}
