#pragma once

#include "ApiError.h"

#include <QByteArray>

// The raw outcome of one ApiCall: the final status and body, or the error.
struct ApiReply
{
    int httpStatus = 0;
    QByteArray body;
    ApiError error;
    int attempts = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return !error.isError(); }
};
