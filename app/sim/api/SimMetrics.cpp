#include "SimMetrics.h"

#include "SimApp.h"
#include "SyncProtocol.h"
#include "Utf8.h"
#include "WireTime.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace {

// What happened in one step of the period.
struct Step
{
    bool running = false;
    double requests = 0;
    double failures = 0;
    double uploaded = 0;
    double downloadedBytes = 0;
    int sessions = 0; // the most open at once
};

bool runningIn(const SyncConfig &config)
{
    return config.mode != SyncConfig::Mode::None
        && config.state() == SyncConfig::State::Enabled;
}

// Whether Sync ran at `atS`: not since the pause it is in now; before, as the last deployment
// before then left it. Before the first deployment the app is as deployed now when it never had
// one; otherwise nothing is known, and the step's own activity tells.
std::optional<bool> runningAt(const SimApp &app, qint64 atS)
{
    // Paused now, since `pausedAt`: not running since then, whatever the last deployment said
    // (Sync pauses itself on an idle cluster, and no deployment records that).
    if (app.pausedAt > 0 && atS >= app.pausedAt)
        return false;
    const SimDeployment *last = nullptr;
    for (const SimDeployment &d : app.deployments)
        if (d.status == QLatin1String("successful") && d.deployedAt <= atS)
            last = &d;
    if (last)
        return runningIn(last->config);
    if (app.deployments.isEmpty())
        return runningIn(app.deployed);
    return std::nullopt;
}

// One data point, as QJsonDocument's compact form writes it: {"timestamp":"…","value":…}.
void writePoint(QByteArray *out, qint64 atS, double value)
{
    out->append("{\"timestamp\":\"");
    out->append(WireTime::utcSeconds(atS).toLatin1());
    out->append("\",\"value\":");
    if (qIsFinite(value))
        out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    else
        out->append("null");
    out->append('}');
}

} // namespace

namespace SimMetrics {

qint64 durationSeconds(const QString &iso)
{
    static const QRegularExpression duration(QStringLiteral(
        "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const QRegularExpressionMatch m = duration.match(iso);
    if (!m.hasMatch() || iso.size() > 32)
        return 0;
    static const qint64 unit[] = {365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1};
    qint64 seconds = 0;
    for (int i = 0; i < 7; ++i)
        seconds += qMin<qint64>(m.captured(i + 1).toLongLong(), 1000000) * unit[i];
    return seconds;
}

QJsonArray measurements(const SimApp &app, qint64 startS, qint64 endS, qint64 stepS, qint64 nowS,
    const QStringList &wanted)
{
    return QJsonDocument::fromJson(measurementsJson(app, startS, endS, stepS, nowS, wanted))
        .array();
}

QByteArray measurementsJson(const SimApp &app, qint64 startS, qint64 endS, qint64 stepS,
    qint64 nowS, const QStringList &wanted)
{
    stepS = qMax<qint64>(1, stepS);
    // Steps begin at multiples of the granularity, as the service's do; none lies in the future.
    endS = qMin(endS, nowS);
    qint64 firstS = startS - ((startS % stepS) + stepS) % stepS;
    if (endS >= firstS && (endS - firstS) / stepS >= MaxSteps)
        firstS += ((endS - firstS) / stepS - MaxSteps + 1) * stepS;
    const qint64 count = endS >= firstS ? (endS - firstS) / stepS + 1 : 0;
    std::vector<Step> steps(static_cast<size_t>(count));

    // The logs, oldest first: each step's requests, failures and changes, and the sessions open.
    QHash<QString, bool> open;
    qsizetype index = 0;
    const QList<SimLogEntry> &entries = app.logs.entries();
    const auto apply = [&open](const SimLogEntry &e, Step *step) {
        const SyncLogType type = SyncProtocol::logTypeFromWire(e.json.value(str("type")).toString());
        const QString connection = e.json.value(str("co_id")).toString();
        const QJsonObject counts = e.json.value(str("sync_session_metrics")).toObject();
        if (type == SyncLogType::SessionStart)
            open.insert(connection, true);
        else if (type == SyncLogType::SessionEnd || type == SyncLogType::ConnectionEnd)
            open.remove(connection);
        if (!step)
            return;
        if (type == SyncLogType::SessionStart || type == SyncLogType::ClientWrite)
            step->requests += 1;
        else if (type == SyncLogType::Error)
            step->failures += 1;
        step->uploaded += counts.value(str("changesets")).toDouble();
        step->downloadedBytes
            += counts.value(str("downloaded_changesets")).toDouble() * BytesPerDownloadedChangeset;
        step->sessions = qMax(step->sessions, int(open.size()));
    };
    for (; index < entries.size() && entries[index].startedMs < firstS * 1000; ++index)
        apply(entries[index], nullptr);
    for (qint64 i = 0; i < count; ++i) {
        Step &step = steps[size_t(i)];
        step.sessions = int(open.size());
        const qint64 stepEndMs = (firstS + (i + 1) * stepS) * 1000;
        for (; index < entries.size() && entries[index].startedMs < stepEndMs; ++index)
            apply(entries[index], &step);
        const bool active = step.requests > 0 || step.failures > 0 || step.sessions > 0;
        const qint64 stepEndS = qMin(firstS + (i + 1) * stepS - 1, nowS);
        step.running = runningAt(app, stepEndS).value_or(active)
            || runningAt(app, firstS + i * stepS).value_or(active);
    }

    // The present moment, as the header reads it: while Sync runs its events are as recent as
    // the clock; paused or terminated, they stop where they were. The lag is the gap between
    // the latest sync event and the last cluster event processed.
    const bool running = runningIn(app.deployed);
    const qint64 latest = running ? nowS - 2 : app.latestSyncEvent;
    const qint64 lag = running
        ? app.lagMs
        : qMax<qint64>(0, app.latestSyncEvent - app.lastClusterEventProcessed) * 1000;
    int connected = 0;
    for (const SimClient &c : app.clients)
        connected += running && c.session ? 1 : 0;

    // Written as JSON text directly: the console's first load asks for 30 days by the hour,
    // and a QJsonObject per point, then the document's text, cost a tenth of its start-up.
    QByteArray out("[");
    // `value` of a step; `lastAt`: the present point's time, or 0 for none. Steps that begin
    // at or after it are left to it, so that the line runs on to it without a break.
    const auto add = [&](SyncMetric metric, const char *units,
                         const std::function<double(const Step &)> &value, qint64 lastAt,
                         double lastValue) {
        const QString name = SyncProtocol::wireName(metric);
        if (!wanted.isEmpty() && !wanted.contains(name))
            return;
        if (out.size() > 1)
            out.append(',');
        // Names and units are the protocol's own identifiers: nothing in them to escape.
        out.append("{\"data_points\":[");
        bool first = true;
        const auto append = [&](qint64 at, double v) {
            if (!std::exchange(first, false))
                out.append(',');
            writePoint(&out, at, v);
        };
        for (qint64 i = 0; i < count; ++i) {
            const qint64 at = firstS + i * stepS;
            if (lastAt > 0 && at >= lastAt)
                break;
            if (steps[size_t(i)].running && at >= startS - stepS)
                append(at, value(steps[size_t(i)]));
        }
        if (lastAt > 0)
            append(lastAt, lastValue);
        out.append("],\"name\":\"");
        out.append(name.toUtf8());
        out.append("\",\"units\":\"");
        out.append(units);
        out.append("\"}");
    };
    const auto inStepOf = [&](qint64 atS, double Step::*field) {
        const qint64 i = (atS - firstS) / stepS;
        return atS >= firstS && i < count ? steps[size_t(i)].*field : 0.0;
    };
    add(SyncMetric::SuccessfulRequests, "COUNT", [](const Step &s) { return s.requests; },
        latest, qMax(1.0, inStepOf(latest, &Step::requests)));
    add(SyncMetric::OplogLagMsSum, "MILLISECONDS", [&](const Step &) { return double(app.lagMs); },
        latest, double(lag));
    add(SyncMetric::ActiveOpenSessions, "COUNT", [](const Step &s) { return double(s.sessions); },
        nowS, connected);
    add(SyncMetric::FailedRequests, "COUNT", [](const Step &s) { return s.failures; }, 0, 0);
    add(SyncMetric::ChangesUploaded, "COUNT", [](const Step &s) { return s.uploaded; }, 0, 0);
    add(SyncMetric::EgressBytes, "BYTES", [](const Step &s) { return s.downloadedBytes; }, 0, 0);
    out.append(']');
    return out;
}

} // namespace SimMetrics
