#pragma once

#include "AppMetrics.h"
#include "SyncProtocol.h"

#include <QChartView>
#include <QList>

// One chart of the Device Sync dashboard: a metric's (or a few metrics') points over the
// period, drawn with Qt Charts. A stretch without points (Sync paused or terminated) is left
// as a gap: the line stops and starts again, it is not drawn across.
class MetricChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricChart)

public:
    struct Line
    {
        SyncMetric metric;
        QString name; // the legend's, when the chart has more than one line
        QColor color;
    };

    MetricChart(const QString &title, const QList<Line> &lines, QWidget *parent = nullptr);

    // `stepS`: the step of the points; two points further apart than that have a gap between.
    void setHistory(
        const AppMetrics &history, const QDateTime &start, const QDateTime &end, qint64 stepS);
    // How many separate stretches of line the chart draws (for the tests: a gap makes two).
    int segmentCount() const { return m_segments; }
    int pointCount() const { return m_points; }
    // How many labels the value axis shows: as many as its height holds without Qt Charts
    // hiding the ones that would overlap (a short chart showed 3, 2, 0 and left 1 out).
    int valueLabelCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // The chart's title, axes and legend in the widget's font: Qt Charts draws its own texts,
    // which otherwise stay at its small default and ignore presenter mode.
    void applyFont();
    // The value axis from 0 to a whole, round step (1, 2 or 5 × 10^n) above the highest point,
    // with as many labels as the plot's height holds at the labels' font, two to five.
    void fitValueAxis();

    double m_top = 0;

    QList<Line> m_lines;
    int m_segments = 0;
    int m_points = 0;
};
