#pragma once

#include "ChartPlotter.h"

#include <QObject>

// The charts module's entry point: the plugin object QPluginLoader instantiates, which makes
// the Dashboard's chart views (DashboardChartView) with Qt Charts.
class QtChartsPlotter final : public QObject, public ChartPlotter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ChartPlotter_iid)
    Q_INTERFACES(ChartPlotter)

public:
    QWidget *createChart(const QString &title, bool legend, QWidget *parent) const override;
    void plot(QWidget *chart, const ChartPlot &plot) const override;
};
