#pragma once

#include "SyncProtocol.h"

#include <QDateTime>
#include <QString>
#include <optional>

// The parameters of GET /groups/{g}/apps/{a}/logs, as the OpenAPI document names them. An
// empty or invalid field is left out of the request.
struct SyncLogQuery
{
    std::optional<SyncLogType> type; // one log type; none: every type
    bool errorsOnly = false; // sends `errors_only`: the service then returns error entries only,
                             // and without it non-error entries only
    QString userId;
    QString coId;
    QDateTime startDate; // exclusive
    QDateTime endDate; // inclusive
    int skip = 0;
    int limit = 100; // 1 to 100
};
