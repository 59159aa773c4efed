#pragma once

#include "SimLogEntry.h"

#include <QList>
#include <QObject>
#include <QTimer>

class SimClock;
class SimDeviceRunner;
class SimWorld;
struct SimApp;

// The apps' client devices as time passes, and the App Services logs they leave: the devices
// step on their own every tick of real time, and whenever the clock or Sync's state moves.
// Logs are kept in the order they happened, for SimLogEntry::RetentionDays, at most
// SimLogEntry::MaxPerApp of them.
class SimDevices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimDevices)

public:
    SimDevices(SimWorld &world, const SimClock &clock, QObject *parent = nullptr);
    ~SimDevices() override;

    // Every `ms` of real time (default 1000); 0 stops that.
    void setTickMs(int ms);
    int tickMs() const;

    void stepAll();
    void step(SimApp &app);
    // The control API changed the app's devices: they step at once.
    void edited(SimApp &app);
    SimDeviceRunner runner(SimApp &app);

    void appendLog(SimApp &app, SimLogEntry entry);
    // Many at once, in any order: one merge, not one insert each.
    void appendLogs(SimApp &app, QList<SimLogEntry> entries);
    void trimLogs(SimApp &app);

signals:
    // The devices moved on their own (sessions, writes, resets, their logs).
    void stepped();

private:
    qint64 oldestKeptMs() const;

    SimWorld &m_world;
    const SimClock &m_clock;
    QTimer m_tick;
};
