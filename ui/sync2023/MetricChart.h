#pragma once

#include "AppMetrics.h"
#include "SyncProtocol.h"

#include <QList>
#include <QWidget>

// One chart of the Device Sync dashboard: a metric's (or a few metrics') points over the
// period. A stretch without points (Sync paused or terminated) is left as a gap: the line stops
// and starts again, it is not drawn across. The drawing is the charts module's (ChartModule:
// Qt Charts, loaded when the first chart is built); when it cannot be loaded the chart says so.
class MetricChart final : public QWidget
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
    void setHistory(const AppMetrics &history, const QDateTime &start, const QDateTime &end,
        qint64 stepS);
    // How many separate stretches of line the chart draws (for the tests: a gap makes two).
    int segmentCount() const { return m_segments; }
    int pointCount() const { return m_points; }
    // The charts module's view (a QChartView), or null when the module could not be loaded.
    QWidget *plotView() const { return m_view; }

private:
    QList<Line> m_lines;
    QWidget *m_view = nullptr;
    int m_segments = 0;
    int m_points = 0;
};
