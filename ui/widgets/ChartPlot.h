#pragma once

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

// What one Dashboard chart draws, in Qt's own types only: the charts module (ChartPlotter)
// links Qt Charts and nothing of the console, so the console works the points out and hands
// them over. A segment is one stretch of line; a gap between two is Sync not running.
struct ChartPlot
{
    struct Segment
    {
        QString name; // the legend's; shown only when `inLegend`
        QColor color;
        bool inLegend = false; // the first segment of each line
        QList<QPointF> points; // x: milliseconds since the epoch, y: the value
    };

    QDateTime start; // the period the x axis spans
    QDateTime end;
    QString timeFormat; // the x axis' labels, as QDateTime::toString takes it
    double top = 4; // the y axis' top (before nice numbers)
    QList<Segment> segments;
};
