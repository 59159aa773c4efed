#pragma once

// How reads are retried after a transient failure (429, 5xx gateway/availability errors,
// dropped connections, timeouts). Writes are never retried blindly.
struct RetryPolicy
{
    int maxAttempts = 4; // including the first
    int initialDelayMs = 500; // doubled after each failed attempt
    int maxDelayMs = 10000; // also caps a server's Retry-After
    int timeoutMs = 30000; // for one attempt, from sending to the last byte
};
