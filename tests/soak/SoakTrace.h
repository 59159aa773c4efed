#pragma once

#include <QByteArray>
#include <QDateTime>
#include <cstdio>
#include <cstdlib>

// SOAK_TRACE=FILE: one line per reply and per event (a kill, a restart), to find where the
// slow replies are: "MS_SINCE_EPOCH LATENCY_MS STATUS WHAT".
inline void soakTrace(double ms, int status, const QByteArray &what)
{
    static FILE *file = [] {
        const char *path = std::getenv("SOAK_TRACE");
        return path && *path ? std::fopen(path, "w") : nullptr;
    }();
    if (file)
        std::fprintf(file, "%lld %.2f %d %s\n", QDateTime::currentMSecsSinceEpoch(), ms, status,
            what.constData());
}
