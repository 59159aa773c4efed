#pragma once

#include <QElapsedTimer>
#include <algorithm>
#include <vector>

// Helpers the benchmark programs share: medians of repeated runs, in milliseconds.
namespace BenchStats {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

inline double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace BenchStats
