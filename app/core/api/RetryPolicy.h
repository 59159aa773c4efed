#pragma once

#include <QtGlobal>

// How reads are retried after a transient failure (429, 5xx gateway/availability errors,
// dropped connections, timeouts), and the limits every call keeps. Writes are never retried
// blindly.
struct RetryPolicy
{
    int maxAttempts = 4; // including the first
    int initialDelayMs = 500; // doubled after each failed attempt
    int maxDelayMs = 10000; // also caps a server's Retry-After
    int timeoutMs = 30000; // for one attempt, from sending to the last byte
    // The largest reply read. Admin API replies are JSON of kilobytes (a large diff, a few
    // megabytes); anything beyond is not an Admin API reply and would only fill memory.
    qint64 maxReplyBytes = 8 * 1024 * 1024;
};
