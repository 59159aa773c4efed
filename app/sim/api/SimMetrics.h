#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QStringList>

struct SimApp;

// The measurements GET .../metrics answers for one app: each Sync metric sampled per
// granularity over the period asked for, from what the app really went through. Requests,
// failures, uploads, downloads and open sessions are read from the app's Sync logs (kept ten
// days); whether Sync ran in a step is read from its deployments. A step in which Sync was
// paused or terminated has no data point, so a terminate and re-enable shows as a gap and a
// recovery. The last point of the lag, the requests and the sessions is the present moment's,
// as the Sync page's header reads them (SyncMetrics::from).
namespace SimMetrics {

// At most this many steps are answered: the most recent ones of the period.
constexpr int MaxSteps = 2000;
// What the simulator counts a downloaded changeset as in SYNC_EGRESS_BYTES.
constexpr int BytesPerDownloadedChangeset = 512;

// Seconds of an ISO 8601 duration ("PT1H" is 3600; a month counts 30 days, a year 365);
// 0 when the text is none.
qint64 durationSeconds(const QString &iso);

// The measurements of `wanted` (all when empty), steps of `stepS` seconds from `startS` to
// `endS`, at the simulator's time `nowS`.
QJsonArray measurements(const SimApp &app, qint64 startS, qint64 endS, qint64 stepS, qint64 nowS,
    const QStringList &wanted);
// The same as the compact JSON text of that array, written without building it (the reply's).
QByteArray measurementsJson(const SimApp &app, qint64 startS, qint64 endS, qint64 stepS,
    qint64 nowS, const QStringList &wanted);

} // namespace SimMetrics
