#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QMap>
#include <vector>

// The soak's figures: requests answered and their latencies, errors by kind, the simulator's
// resident set sampled over time.
class SoakStats
{
public:
    // The load starts: latencies are counted by the minute from now.
    void start() { m_clock.start(); }
    // A reply: `status` 0 is a failed connection, `kind` what went wrong (empty when 2xx).
    void reply(int status, double ms, const QByteArray &kind);
    void residentSet(double seconds, double mb);

    qint64 requests() const { return m_requests; }
    const QMap<QByteArray, qint64> &errors() const { return m_errors; }
    double percentile(double p) const;
    // The p99 of the replies in each minute of the run, in ms.
    std::vector<double> p99ByMinute() const;
    // The largest resident set seen in each minute of the run, in MB.
    std::vector<double> residentByMinute() const;

private:
    qint64 m_requests = 0;
    QMap<QByteArray, qint64> m_errors;
    std::vector<double> m_latencies;
    std::vector<std::vector<double>> m_minutes; // the latencies of each minute
    QElapsedTimer m_clock;
    std::vector<std::pair<double, double>> m_resident;
};
