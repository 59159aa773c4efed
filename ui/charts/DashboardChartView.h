#pragma once

#include "ChartPlot.h"

#include <QChartView>

// A Dashboard chart drawn with Qt Charts: a title, a time axis, a value axis and line segments.
// Qt Charts draws its own texts, which otherwise stay at its small default and ignore presenter
// mode: they follow the widget's font.
class DashboardChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardChartView)

public:
    DashboardChartView(const QString &title, bool legend, QWidget *parent = nullptr);

    void plot(const ChartPlot &plot);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFont();
};
