#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// GET .../metrics: time series such as the Sync metrics (SyncMetric), by their wire names.
struct AppMetrics
{
    struct DataPoint
    {
        QDateTime timestamp;
        double value = 0;
    };
    struct Measurement
    {
        QString name;
        QString units;
        QList<DataPoint> points;
    };

    QString granularity;
    QList<Measurement> measurements;

    const Measurement *find(const QString &name) const
    {
        for (const Measurement &m : measurements)
            if (m.name == name)
                return &m;
        return nullptr;
    }
};
