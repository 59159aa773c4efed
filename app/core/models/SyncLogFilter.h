#pragma once

#include "SyncProtocol.h"

#include <QDateTime>
#include <QString>
#include <optional>

// What the Sync logs page filters by: the API's parameters, with `errors` able to ask for both
// kinds, which the service never answers at once.
struct SyncLogFilter
{
    enum class Errors { All, ErrorsOnly, NonErrorsOnly };

    std::optional<SyncLogType> type; // one Sync type; none: every Sync type
    Errors errors = Errors::All;
    QString userId;
    QString coId;
    QDateTime start; // exclusive; invalid: as far back as the service keeps logs (10 days)
    QDateTime end; // inclusive; invalid: up to now

    bool operator==(const SyncLogFilter &o) const
    {
        return type == o.type && errors == o.errors && userId == o.userId && coId == o.coId
            && start == o.start && end == o.end;
    }
    bool operator!=(const SyncLogFilter &o) const { return !(*this == o); }
};
