#include "SoakStats.h"

#include <algorithm>

void SoakStats::reply(int status, double ms, const QByteArray &kind)
{
    ++m_requests;
    if (status > 0) {
        m_latencies.push_back(ms);
        const size_t minute = m_clock.isValid() ? size_t(m_clock.elapsed() / 60000) : 0;
        if (m_minutes.size() <= minute)
            m_minutes.resize(minute + 1);
        m_minutes[minute].push_back(ms);
    }
    if (!kind.isEmpty())
        ++m_errors[kind];
}

void SoakStats::residentSet(double seconds, double mb)
{
    m_resident.emplace_back(seconds, mb);
}

double SoakStats::percentile(double p) const
{
    if (m_latencies.empty())
        return 0;
    std::vector<double> v = m_latencies;
    const size_t at = std::min(v.size() - 1, size_t(p * double(v.size())));
    std::nth_element(v.begin(), v.begin() + qsizetype(at), v.end());
    return v[at];
}

std::vector<double> SoakStats::p99ByMinute() const
{
    std::vector<double> out;
    for (std::vector<double> v : m_minutes) {
        if (v.empty()) {
            out.push_back(0);
            continue;
        }
        const size_t at = std::min(v.size() - 1, size_t(0.99 * double(v.size())));
        std::nth_element(v.begin(), v.begin() + qsizetype(at), v.end());
        out.push_back(v[at]);
    }
    return out;
}

std::vector<double> SoakStats::residentByMinute() const
{
    std::vector<double> out;
    for (const auto &[seconds, mb] : m_resident) {
        const size_t minute = size_t(seconds / 60.0);
        if (out.size() <= minute)
            out.resize(minute + 1, 0.0);
        out[minute] = std::max(out[minute], mb);
    }
    return out;
}
