#include "SimDevices.h"

#include "SimApp.h"
#include "SimClock.h"
#include "SimDeviceRunner.h"
#include "SimWorld.h"

#include <algorithm>
#include <iterator>
#include <utility>

SimDevices::SimDevices(SimWorld &world, const SimClock &clock, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_clock(clock)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SimDevices::stepAll);
    m_tick.start();
}

SimDevices::~SimDevices() = default;

void SimDevices::setTickMs(int ms)
{
    if (ms <= 0) {
        m_tick.stop();
        return;
    }
    m_tick.start(ms);
}

int SimDevices::tickMs() const
{
    return m_tick.isActive() ? m_tick.interval() : 0;
}

SimDeviceRunner SimDevices::runner(SimApp &app)
{
    return SimDeviceRunner(
        app, m_clock.nowMs(), [this] { return m_world.newId(); },
        [this](SimApp &a, SimLogEntry entry) { appendLog(a, std::move(entry)); });
}

void SimDevices::stepAll()
{
    for (SimApp &a : m_world.apps())
        step(a);
}

void SimDevices::step(SimApp &app)
{
    const bool moved = runner(app).step();
    trimLogs(app);
    if (moved)
        emit stepped();
}

void SimDevices::edited(SimApp &app)
{
    runner(app).step();
    trimLogs(app);
}

void SimDevices::appendLog(SimApp &app, SimLogEntry entry)
{
    app.logs.insert(std::move(entry));
}

void SimDevices::appendLogs(SimApp &app, QList<SimLogEntry> entries)
{
    const qint64 oldest = oldestKeptMs();
    entries.removeIf([oldest](const SimLogEntry &e) { return e.startedMs < oldest; });
    app.logs.merge(std::move(entries));
}

void SimDevices::trimLogs(SimApp &app)
{
    const qint64 oldest = oldestKeptMs();
    qsizetype gone = 0;
    while (gone < app.logs.size() && app.logs[gone].startedMs < oldest)
        ++gone;
    app.logs.dropOldest(gone);
}

qint64 SimDevices::oldestKeptMs() const
{
    return m_clock.nowMs() - qint64(SimLogEntry::RetentionDays) * 86400 * 1000;
}
