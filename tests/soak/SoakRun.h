#pragma once

#include "SoakLedger.h"
#include "SoakStats.h"
#include "SoakTarget.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

class SoakClient;
class SoakConnection;
class SoakSimulator;

// The soak's timeline: 200 consoles on a standalone simulator with a state file, devices
// syncing, the clock moved a minute every 10 s, a kill -9 every minute (after which what the
// restarted simulator shows is held against every acknowledged write), and the disk full for
// 10 s once. `finished` carries the exit code: 0 when nothing acknowledged was lost, the
// resident set stayed flat within 10 % and p99 stayed under 50 ms.
class SoakRun final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        double minutes = 10;
        int clients = 200;
        QString simulator;
        QString stateDir;
    };

    explicit SoakRun(Options options, QObject *parent = nullptr);
    ~SoakRun() override;

    void start();

signals:
    void finished(int exitCode);

private:
    using Json = std::function<void(int status, const QByteArray &body)>;
    void ask(const QByteArray &method, const QByteArray &path, const QByteArray &body,
        const QByteArray &token, Json done);
    void setUp(const QString &baseUrl);
    void prefillLogs(int staged);
    void startLoad();
    void killAndRestart(bool last);
    void whenIdle(std::function<void()> then);
    void verify(std::function<void()> then);
    void verifyDeployments(QList<QString> left, std::function<void()> then);
    void fillDisk();
    void report();
    double seconds() const { return double(m_clock.elapsed()) / 1000.0; }

    Options m_options;
    SoakTarget m_target;
    SoakLedger m_ledger;
    SoakStats m_stats;
    std::unique_ptr<SoakSimulator> m_simulator;
    std::unique_ptr<SoakConnection> m_control;
    std::vector<std::unique_ptr<SoakClient>> m_clients;
    QElapsedTimer m_clock;
    QTimer m_sample;
    QTimer m_clockMover;
    QTimer m_killer;
    QByteArray m_verifierToken;
    QSet<QString> m_lost;
    int m_kills = 0;
    int m_verifications = 0;
    bool m_diskFilled = false;
    double m_diskFullAt = 0;
    bool m_restarting = false;
    std::function<void(const QString &)> m_onReady;
};
