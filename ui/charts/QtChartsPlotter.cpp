#include "QtChartsPlotter.h"

#include "DashboardChartView.h"

QWidget *QtChartsPlotter::createChart(const QString &title, bool legend, QWidget *parent) const
{
    return new DashboardChartView(title, legend, parent);
}

void QtChartsPlotter::plot(QWidget *chart, const ChartPlot &plot) const
{
    if (auto *view = qobject_cast<DashboardChartView *>(chart))
        view->plot(plot);
}
