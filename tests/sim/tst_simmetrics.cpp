// GET .../metrics over HTTP: each Sync metric has a history, step by step, read from what the
// devices did; a terminate and re-enable shows as a gap in every series and a recovery after it.
#include "SimFixture.h"
#include "SimMetrics.h"
#include "SyncMetrics.h"
#include "SyncProtocol.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Mode = SyncConfig::Mode;

class TestSimMetrics : public QObject
{
    Q_OBJECT

    static SimClient writer(const char *id)
    {
        SimClient c;
        c.id = str(id);
        c.sdk = str("Kotlin");
        c.userId = str("user-") + str(id);
        c.online = true;
        c.fileEpoch = 1;
        c.resetMode = SimClient::ResetMode::Recover;
        c.writeEverySeconds = 60;
        return c;
    }

    // The minutes (since `from`) that have a point in `name`.
    static QList<qint64> minutes(const AppMetrics &m, SyncMetric metric, const QDateTime &from)
    {
        QList<qint64> out;
        if (const AppMetrics::Measurement *series = m.find(SyncProtocol::wireName(metric)))
            for (const AppMetrics::DataPoint &p : series->points)
                out.append(from.secsTo(p.timestamp) / 60);
        return out;
    }

private slots:
    void durations()
    {
        QCOMPARE(SimMetrics::durationSeconds(str("PT1M")), 60);
        QCOMPARE(SimMetrics::durationSeconds(str("PT1H")), 3600);
        QCOMPARE(SimMetrics::durationSeconds(str("P1DT6H")), 30 * 3600);
        QCOMPARE(SimMetrics::durationSeconds(str("P31D")), 31 * 86400);
        QCOMPARE(SimMetrics::durationSeconds(str("1H")), 0);
    }

    void terminateAndReenableShowAsAGapAndARecovery()
    {
        SimFixture f(str("flexible"));
        QVERIFY(f.started);
        QVERIFY(f.login());
        SimApp &app = f.app();
        f.backend.setUiDraftsDisabled(app, true);
        // Start on a whole minute, so that each advance of 60 s is one step of PT1M.
        f.backend.advanceClock(60 - f.backend.now().toSecsSinceEpoch() % 60);
        app.logs.clear();
        app.clients = {writer("a"), writer("b")};
        const QDateTime from
            = QDateTime::fromSecsSinceEpoch(f.backend.now().toSecsSinceEpoch(), Qt::UTC);
        const QJsonObject block = app.deployed.block;
        for (int minute = 0; minute < 10; ++minute)
            f.backend.advanceClock(60);
        QVERIFY(!f.backend.changeSync(app, Mode::Flexible, {{str("state"), str("")}}).isRefused());
        for (int minute = 0; minute < 10; ++minute)
            f.backend.advanceClock(60);
        QVERIFY(!f.backend.changeSync(app, Mode::Flexible, block).isRefused());
        for (int minute = 0; minute < 10; ++minute)
            f.backend.advanceClock(60);

        const QDateTime end = f.backend.now();
        const auto m = f.run<AppMetrics>([&](QObject *c, auto done) {
            QStringList names;
            for (const SyncMetric metric : SyncProtocol::chartMetrics())
                names.append(SyncProtocol::wireName(metric));
            f.client->metrics(f.appRef(), from, end, str("PT1M"), names, c, done);
        });
        QVERIFY2(m.ok(), qPrintable(m.error.message()));
        QCOMPARE(m.value.measurements.size(), SyncProtocol::chartMetrics().size());

        // Sessions: open through the first ten minutes, none while terminated, open again.
        const QList<qint64> sessions = minutes(m.value, SyncMetric::ActiveOpenSessions, from);
        QVERIFY2(sessions.size() >= 15, qPrintable(QString::number(sessions.size())));
        for (const qint64 minute : sessions)
            QVERIFY2(minute <= 10 || minute >= 20, qPrintable(QString::number(minute)));
        QVERIFY(sessions.contains(5));
        QVERIFY(sessions.contains(25));
        const AppMetrics::Measurement *open
            = m.value.find(SyncProtocol::wireName(SyncMetric::ActiveOpenSessions));
        QCOMPARE(open->points.at(5).value, 2.0);
        QCOMPARE(open->points.last().value, 2.0);

        // Uploads before and after, none in the gap; the lag has the same gap.
        for (const SyncMetric metric : {SyncMetric::ChangesUploaded, SyncMetric::OplogLagMsSum,
                 SyncMetric::SuccessfulRequests, SyncMetric::EgressBytes}) {
            const QList<qint64> at = minutes(m.value, metric, from);
            QVERIFY(at.contains(5));
            QVERIFY(at.contains(25));
            QVERIFY(!at.contains(15));
        }
        double uploadedBefore = 0;
        double uploadedAfter = 0;
        const AppMetrics::Measurement *uploads
            = m.value.find(SyncProtocol::wireName(SyncMetric::ChangesUploaded));
        for (const AppMetrics::DataPoint &p : uploads->points)
            (from.secsTo(p.timestamp) < 600 ? uploadedBefore : uploadedAfter) += p.value;
        QVERIFY(uploadedBefore >= 8);
        QVERIFY(uploadedAfter >= 8); // what was written in the gap, and after

        // The header still reads the present moment from the same answer.
        const SyncMetrics live = SyncMetrics::from(m.value);
        QVERIFY(qAbs(live.latestSyncEvent.secsTo(end)) < 10);
        QCOMPARE(live.activeSessions, 2);
    }

    // idle-auto-pause: Sync paused itself 32 days ago, a pause no deployment records (its last
    // deployment enabled Sync). The last hour is no time Sync ran: no series has a point in it
    // but the present one the header reads (sessions: 0). Before, the sessions, failures,
    // uploads and bytes ran along 0 through the pause, against the Dashboard's own note that a
    // gap in a line is Sync paused or terminated.
    void aPauseNoDeploymentRecordsIsAGap()
    {
        SimFixture f(str("idle-auto-pause"));
        QVERIFY(f.started);
        QVERIFY(f.login());
        const QDateTime now = f.backend.now();
        const auto m = f.run<AppMetrics>([&](QObject *c, auto done) {
            f.client->metrics(f.appRef(), now.addSecs(-3600), now, str("PT1M"), {}, c, done);
        });
        QVERIFY2(m.ok(), qPrintable(m.error.message()));
        QVERIFY(!m.value.measurements.isEmpty());
        for (const AppMetrics::Measurement &series : m.value.measurements) {
            const bool present = series.name
                == SyncProtocol::wireName(SyncMetric::ActiveOpenSessions);
            QList<AppMetrics::DataPoint> inTheHour;
            for (const AppMetrics::DataPoint &p : series.points)
                if (p.timestamp >= now.addSecs(-3600)
                    && !(present && qAbs(p.timestamp.secsTo(now)) <= 5))
                    inTheHour.append(p);
            QVERIFY2(inTheHour.isEmpty(),
                qPrintable(QStringLiteral("%1: %2 points in the paused hour, the first at %3")
                        .arg(series.name)
                        .arg(inTheHour.size())
                        .arg(inTheHour.value(0).timestamp.toString(Qt::ISODate))));
        }
    }

    void aLongPeriodAnswersTheMostRecentSteps()
    {
        SimFixture f(str("flexible"));
        QVERIFY(f.login());
        const QDateTime now = f.backend.now();
        const auto m = f.run<AppMetrics>([&](QObject *c, auto done) {
            f.client->metrics(f.appRef(), now.addDays(-30), now, str("PT1M"),
                {SyncProtocol::wireName(SyncMetric::ActiveOpenSessions)}, c, done);
        });
        QVERIFY2(m.ok(), qPrintable(m.error.message()));
        QCOMPARE(m.value.measurements.size(), 1);
        const QList<AppMetrics::DataPoint> &points = m.value.measurements.first().points;
        QVERIFY(points.size() <= SimMetrics::MaxSteps + 1);
        QVERIFY(points.first().timestamp.secsTo(now) <= SimMetrics::MaxSteps * 60);
    }

    // The reply's measurements are written as text without a QJsonObject per point (start-up
    // cost, issue 24): the text is what QJsonDocument writes for them, and nothing is lost.
    void theMeasurementsTextIsQtsCompactJson()
    {
        SimFixture f(str("flexible"));
        QVERIFY(f.login());
        const QString now = f.backend.now().toUTC().toString(Qt::ISODate);
        const QString start = f.backend.now().addDays(-30).toUTC().toString(Qt::ISODate);
        const AppRef app = f.appRef();
        const auto [status, body] = f.http("GET",
            QStringLiteral("/groups/%1/apps/%2/metrics?start=%3&end=%4&granularity=PT1H")
                .arg(app.groupId, app.appId, start, now));
        QCOMPARE(status, 200);
        QJsonParseError error;
        const QJsonObject reply = QJsonDocument::fromJson(body, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"app_id", "app_name", "group_id", "start", "end", "granularity"})
            QVERIFY2(reply.value(str(key)).isString(), key);
        QCOMPARE(reply.value(str("start")).toString(), start);
        const QJsonArray measurements = reply.value(str("measurements")).toArray();
        QCOMPARE(measurements.size(), SyncProtocol::chartMetrics().size());
        int points = 0;
        for (const QJsonValue &m : measurements) {
            const QJsonObject measurement = m.toObject();
            QCOMPARE(measurement.size(), 3);
            QVERIFY(!measurement.value(str("name")).toString().isEmpty());
            QVERIFY(!measurement.value(str("units")).toString().isEmpty());
            for (const QJsonValue &p : measurement.value(str("data_points")).toArray()) {
                const QJsonObject point = p.toObject();
                QCOMPARE(point.size(), 2);
                QVERIFY(QDateTime::fromString(point.value(str("timestamp")).toString(),
                    Qt::ISODate).isValid());
                QVERIFY(point.value(str("value")).isDouble());
                ++points;
            }
        }
        QVERIFY2(points > 100, qPrintable(QString::number(points)));
        QVERIFY(body.contains(",\"measurements\":"
            + QJsonDocument(measurements).toJson(QJsonDocument::Compact) + '}'));
    }
};

QTEST_GUILESS_MAIN(TestSimMetrics)
#include "tst_simmetrics.moc"
