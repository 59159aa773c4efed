#pragma once

#include "ChartPlot.h"

#include <QtPlugin>

class QWidget;

// The charts module's interface. Qt Charts (with Qt OpenGL and OpenGLWidgets) costs the start-up
// about 3 ms of loading, and only the 2023 Dashboard draws charts, so its charts live in a
// module of their own (ui/charts, `syncconsole_charts`) that ChartModule loads when the first
// chart is built. The module links Qt Charts and Qt Widgets only.
class ChartPlotter
{
public:
    virtual ~ChartPlotter() = default;

    // A chart view (a QChartView) titled `title`, its texts in the widget's font (and following
    // it when it changes); `legend`: whether it shows a legend under the plot.
    virtual QWidget *createChart(const QString &title, bool legend, QWidget *parent) const = 0;
    // Replaces what `chart` (one createChart made) draws.
    virtual void plot(QWidget *chart, const ChartPlot &plot) const = 0;
};

#define ChartPlotter_iid "io.github.syncconsole.ChartPlotter/1"
Q_DECLARE_INTERFACE(ChartPlotter, ChartPlotter_iid)
