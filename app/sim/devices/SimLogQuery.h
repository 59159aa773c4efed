#pragma once

#include "SimLogEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// GET .../logs over an app's entries, as the OpenAPI document describes the endpoint: `type`
// (one, or a comma-separated list as realm-cli sends),
// `errors_only` (present: errors only; absent: non-errors only), `user_id`, `co_id`,
// `start_date` (exclusive), `end_date` (inclusive), `skip`, `limit` (1 to 100). Entries come
// newest first. When more match than the page holds, the reply names the next page:
// `nextEndDate` is the start of the first entry left out, and `nextSkip` how many entries of
// that same millisecond the next request must skip, so that a client paging with any limit
// gets every entry exactly once.
class SimLogQuery final
{
public:
    static constexpr int MaxLimit = 100;

    // Reads the query; false with `problem` set when a parameter is malformed.
    bool parse(const QUrlQuery &query, QString *problem);

    // The reply body for `entries` (oldest first, as the app keeps them).
    QJsonObject run(const QList<SimLogEntry> &entries) const;

    static QStringList knownTypes();

private:
    bool matches(const SimLogEntry &entry) const;

    QStringList m_types; // empty: every type
    bool m_errorsOnly = false;
    QString m_userId;
    QString m_coId;
    qint64 m_startMs = -1; // exclusive; -1 = none
    qint64 m_endMs = -1; // inclusive; -1 = none
    int m_skip = 0;
    int m_limit = MaxLimit;
};
