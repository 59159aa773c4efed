#include "SimLogQuery.h"

#include "SyncProtocol.h"
#include "Utf8.h"

#include <QDateTime>
#include <QJsonArray>

QStringList SimLogQuery::knownTypes()
{
    return QStringList {str("TRIGGER_FAILURE"), str("TRIGGER_ERROR_HANDLER"), str("DB_TRIGGER"),
               str("AUTH_TRIGGER"), str("SCHEDULED_TRIGGER"), str("FUNCTION"),
               str("SERVICE_FUNCTION"), str("STREAM_FUNCTION"), str("SERVICE_STREAM_FUNCTION"),
               str("AUTH"), str("WEBHOOK"), str("ENDPOINT"), str("PUSH"), str("API"),
               str("API_KEY"), str("GRAPHQL"), str("SCHEMA_ADDITIVE_CHANGE"),
               str("SCHEMA_GENERATION"), str("SCHEMA_VALIDATION"), str("LOG_FORWARDER")}
    + SyncProtocol::logTypeWireNames();
}

bool SimLogQuery::parse(const QUrlQuery &query, QString *problem)
{
    const auto value = [&query](const char *name) {
        return query.queryItemValue(str(name), QUrl::FullyDecoded);
    };
    // One type, or several separated by commas (as realm-cli asks for the Sync types).
    m_types = value("type").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &type : std::as_const(m_types))
        if (!knownTypes().contains(type)) {
            *problem = QStringLiteral("unknown log type \u201c%1\u201d").arg(type);
            return false;
        }
    m_errorsOnly = query.hasQueryItem(str("errors_only"));
    m_userId = value("user_id");
    m_coId = value("co_id");
    for (const auto &[name, out] : {std::pair {"start_date", &m_startMs}, {"end_date", &m_endMs}}) {
        *out = -1;
        if (!query.hasQueryItem(str(name)))
            continue;
        *out = SimLogEntry::parseTime(value(name));
        if (*out < 0) {
            *problem = QStringLiteral("%1 must be an ISO 8601 date and time, such as "
                                      "2024-03-01T12:00:00.000Z")
                           .arg(str(name));
            return false;
        }
    }
    bool ok = true;
    m_skip = query.hasQueryItem(str("skip")) ? value("skip").toInt(&ok) : 0;
    if (!ok || m_skip < 0) {
        *problem = str("skip must be a whole number, 0 or more");
        return false;
    }
    m_limit = query.hasQueryItem(str("limit")) ? value("limit").toInt(&ok) : MaxLimit;
    if (!ok || m_limit < 1 || m_limit > MaxLimit) {
        *problem = QStringLiteral("limit must be a whole number from 1 to %1").arg(MaxLimit);
        return false;
    }
    return true;
}

bool SimLogQuery::matches(const SimLogEntry &e) const
{
    if (m_startMs >= 0 && e.startedMs <= m_startMs)
        return false;
    if (m_endMs >= 0 && e.startedMs > m_endMs)
        return false;
    if (m_errorsOnly != e.json.contains(str("error")))
        return false;
    if (!m_types.isEmpty() && !m_types.contains(e.json.value(str("type")).toString()))
        return false;
    if (!m_userId.isEmpty() && e.json.value(str("user_id")).toString() != m_userId)
        return false;
    if (!m_coId.isEmpty() && e.json.value(str("co_id")).toString() != m_coId)
        return false;
    return true;
}

QJsonObject SimLogQuery::run(const QList<SimLogEntry> &entries) const
{
    // Entries are kept in the order they happened; the reply goes newest first, so walk back.
    QJsonArray logs;
    int skipped = 0;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const SimLogEntry &e = entries[i];
        if (!matches(e))
            continue;
        if (skipped < m_skip) {
            ++skipped;
            continue;
        }
        if (logs.size() < m_limit) {
            logs.append(e.json);
            continue;
        }
        // The first entry left out starts the next page. Entries of its millisecond that this
        // request returned or skipped come again with end_date inclusive: skip them then.
        int sameMs = 0;
        for (qsizetype j = entries.size() - 1; j > i; --j)
            sameMs += entries[j].startedMs == e.startedMs && matches(entries[j]) ? 1 : 0;
        return {{str("logs"), logs}, {str("nextEndDate"), SimLogEntry::iso(e.startedMs)},
            {str("nextSkip"), sameMs}};
    }
    return {{str("logs"), logs}};
}
