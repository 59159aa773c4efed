#pragma once

#include <QString>

// Why the simulated service refuses a change, as its Admin API answers it: the HTTP status,
// the service's `error` text and its `error_code`. Empty when the change is accepted.
struct SimRefusal
{
    int status = 400;
    QString error;
    QString errorCode;

    bool isRefused() const { return !error.isEmpty(); }
};
