#include "CtlLogs.h"

#include "AdminApiClient.h"
#include "CtlExit.h"
#include "CtlFormat.h"
#include "CtlOutput.h"
#include "SyncProtocol.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>

CtlLogs::CtlLogs(const CtlOptions &options, AdminApiClient *client, const AppRef &app,
    CtlOutput *output, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_client(client)
    , m_app(app)
    , m_output(output)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(options.intervalMs);
    connect(m_timer, &QTimer::timeout, this, &CtlLogs::read);
}

CtlLogs::~CtlLogs() = default;

void CtlLogs::start()
{
    m_after = m_options.since;
    read();
}

void CtlLogs::read()
{
    SyncLogQuery query;
    if (!m_options.logType.isEmpty())
        query.type = SyncProtocol::logTypeFromWire(m_options.logType);
    query.errorsOnly = m_options.errorsOnly;
    query.userId = m_options.userId;
    // The start date is exclusive: an entry at the same millisecond as the newest one printed
    // comes back, and is recognised by its id.
    if (m_after.isValid())
        query.startDate = m_after.addMSecs(-1);
    m_client->logs(m_app, query, this, [this](const ApiResult<SyncLogPage> &r) {
        if (!r.ok()) {
            m_output->set(QStringLiteral("error"), CtlFormat::error(r.error));
            return emit finished(CtlExit::of(r.error), r.error.message());
        }
        print(r.value);
        if (m_options.count > 0 && m_printed >= m_options.count)
            return emit finished(CtlExit::Done, QString());
        if (!m_options.follow)
            return emit finished(CtlExit::Done, QString());
        m_timer->start();
    });
}

void CtlLogs::print(const SyncLogPage &page)
{
    QList<SyncLogEntry> entries = page.entries;
    std::sort(entries.begin(), entries.end(),
        [](const SyncLogEntry &a, const SyncLogEntry &b) { return a.started < b.started; });
    QJsonArray all;
    for (const SyncLogEntry &e : entries) {
        if (m_options.count > 0 && m_printed >= m_options.count)
            break;
        if (e.started == m_after && m_printedAtNewest.contains(e.id))
            continue;
        if (m_after.isValid() && e.started < m_after)
            continue;
        if (e.started != m_after)
            m_printedAtNewest.clear();
        m_after = e.started;
        m_printedAtNewest.insert(e.id);
        ++m_printed;
        if (m_options.follow && m_options.json)
            m_output->line(CtlFormat::logEntry(e));
        else
            all.append(CtlFormat::logEntry(e));
        m_output->say(CtlFormat::logEntryText(e));
    }
    if (!m_options.follow)
        m_output->set(QStringLiteral("entries"), all);
    m_first = false;
}
