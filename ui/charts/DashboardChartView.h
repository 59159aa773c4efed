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
    // The value axis from 0 to a whole, round step (1, 2 or 5 × 10^n) at or above the plot's
    // top, with as many labels as the plot's height holds at the labels' font, two to five.
    void fitValueAxis();

    double m_top = 4;
};
