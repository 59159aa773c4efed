#pragma once

#include <QDateTime>

// The simulator's clock: the real time plus an offset, so that drills can move it forward (past
// the oplog window of a pause, past a device's maximum offline time) while it keeps running.
class SimClock final
{
public:
    QDateTime now() const
    {
        return m_frozenAt >= 0 ? QDateTime::fromSecsSinceEpoch(m_frozenAt).toUTC()
                               : QDateTime::currentDateTimeUtc().addSecs(m_offset);
    }
    qint64 nowSeconds() const { return now().toSecsSinceEpoch(); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    void advance(qint64 seconds)
    {
        m_offset += seconds;
        if (m_frozenAt >= 0)
            m_frozenAt += seconds;
    }
    // Shows `secondsSinceEpoch` and stands still there (moved only by advance()): for pictures
    // that must come out the same on every run (the golden figures' test).
    void freezeAt(qint64 secondsSinceEpoch) { m_frozenAt = secondsSinceEpoch; }
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
    qint64 m_frozenAt = -1; // negative: the clock runs
};
