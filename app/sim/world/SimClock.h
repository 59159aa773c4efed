#pragma once

#include <QDateTime>

// The simulator's clock: the real time plus an offset, so that drills can move it forward (past
// the oplog window of a pause, past a device's maximum offline time) while it keeps running.
class SimClock final
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offset); }
    qint64 nowSeconds() const { return now().toSecsSinceEpoch(); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    void advance(qint64 seconds) { m_offset += seconds; }
    // Shows `secondsSinceEpoch` now; the real clock moves on from there.
    void setTo(qint64 secondsSinceEpoch)
    {
        m_offset = secondsSinceEpoch - QDateTime::currentSecsSinceEpoch();
    }

    // How far the clock is ahead of the real one; the state file keeps it.
    qint64 offset() const { return m_offset; }
    void setOffset(qint64 seconds) { m_offset = seconds; }

private:
    qint64 m_offset = 0;
};
