// GET .../logs over HTTP as the OpenAPI document describes it: filters, errors_only, date
// bounds, paging through nextEndDate/nextSkip; the control API's devices; GET and POST
// redeploy.
#include "SimFixture.h"
#include "Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrlQuery>

class TestSimLogs : public QObject
{
    Q_OBJECT

    QString logsPath(SimFixture &f) const
    {
        return QStringLiteral("/groups/%1/apps/%2/logs").arg(f.backend.groupId(), f.app().id);
    }

    // 250 entries in 72 distinct milliseconds: four or three share one, some are errors.
    static QJsonArray staged(qint64 baseMs)
    {
        QJsonArray entries;
        qint64 ms = baseMs;
        for (int i = 0; i < 250; ++i) {
            if (i % 7 == 0 || i % 7 == 4)
                ms += 1000;
            const bool error = i % 7 == 0;
            QJsonObject e {{str("_id"), QStringLiteral("entry-%1").arg(i, 3, 10, QLatin1Char('0'))},
                {str("co_id"), QStringLiteral("co-%1").arg(i / 10)},
                {str("type"), error ? str("SYNC_ERROR") : str("SYNC_SESSION_START")},
                {str("started"),
                    QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs)},
                {str("user_id"), QStringLiteral("user-%1").arg(i % 3)}};
            if (error)
                e.insert(str("error"), str("bad client file ident (ProtocolErrorCode=208)"));
            entries.append(e);
        }
        return entries;
    }

    // Every page of `query` with `limit`, following nextEndDate/nextSkip; ids in order.
    QStringList pageAll(SimFixture &f, QUrlQuery query, int limit, int *pages = nullptr)
    {
        QStringList ids;
        query.addQueryItem(str("limit"), QString::number(limit));
        int n = 0;
        for (; n < 1000; ++n) {
            const auto [status, body] = f.http(
                "GET", logsPath(f) + QLatin1Char('?') + query.toString(QUrl::FullyEncoded));
            if (status != 200)
                return {QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromUtf8(body))};
            const QJsonObject page = QJsonDocument::fromJson(body).object();
            const QJsonArray logs = page.value(str("logs")).toArray();
            if (logs.size() > limit)
                return {str("page longer than the limit")};
            for (const QJsonValue &e : logs)
                ids.append(e.toObject().value(str("_id")).toString());
            if (!page.contains(str("nextEndDate")))
                break;
            query.removeAllQueryItems(str("end_date"));
            query.removeAllQueryItems(str("skip"));
            query.addQueryItem(str("end_date"), page.value(str("nextEndDate")).toString());
            query.addQueryItem(str("skip"), QString::number(page.value(str("nextSkip")).toInt()));
        }
        if (pages)
            *pages = n + 1;
        return ids;
    }

    // The staged ids that match, newest first (the order the server answers in).
    static QStringList expected(
        const QJsonArray &entries, const std::function<bool(const QJsonObject &)> &keep)
    {
        QStringList ids;
        for (qsizetype i = entries.size() - 1; i >= 0; --i)
            if (keep(entries[i].toObject()))
                ids.append(entries[i].toObject().value(str("_id")).toString());
        return ids;
    }

    QJsonArray stage(SimFixture &f)
    {
        f.app().logs.clear();
        const QJsonArray entries = staged(f.backend.now().toMSecsSinceEpoch() - 3600 * 1000);
        const auto [status, body]
            = f.http("POST", QStringLiteral("/_sim/apps/%1/logs").arg(f.app().id),
                QJsonDocument(entries).toJson(QJsonDocument::Compact));
        if (status != 201)
            qWarning("staging answered %d %s", status, body.constData());
        return entries;
    }

private slots:
    void pagingGetsEveryEntryOnce_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("limit 1") << 1;
        QTest::newRow("limit 2") << 2;
        QTest::newRow("limit 3") << 3;
        QTest::newRow("limit 100") << 100;
    }

    void pagingGetsEveryEntryOnce()
    {
        QFETCH(int, limit);
        SimFixture f;
        QVERIFY(f.started);
        const QJsonArray entries = stage(f);
        const auto isError = [](const QJsonObject &e) { return e.contains(str("error")); };

        int pages = 0;
        const QStringList nonErrors = pageAll(f, {}, limit, &pages);
        QCOMPARE(nonErrors, expected(entries, [&](const QJsonObject &e) { return !isError(e); }));
        QCOMPARE(QSet<QString>(nonErrors.begin(), nonErrors.end()).size(), nonErrors.size());
        // A page for every `limit` entries: the last full page names no next one.
        QCOMPARE(pages, int(nonErrors.size()) / limit + (nonErrors.size() % limit ? 1 : 0));

        QUrlQuery errorsOnly;
        errorsOnly.addQueryItem(str("errors_only"), str("true"));
        QCOMPARE(pageAll(f, errorsOnly, limit), expected(entries, isError));

        QUrlQuery byUser;
        byUser.addQueryItem(str("user_id"), str("user-1"));
        QCOMPARE(pageAll(f, byUser, limit), expected(entries, [&](const QJsonObject &e) {
            return !isError(e) && e.value(str("user_id")).toString() == str("user-1");
        }));
    }

    void errorsOnlyMeansPresentNotTrue()
    {
        SimFixture f;
        const QJsonArray entries = stage(f);
        const auto isError = [](const QJsonObject &e) { return e.contains(str("error")); };
        QUrlQuery q;
        q.addQueryItem(str("errors_only"), str("false")); // present: errors only, as documented
        QCOMPARE(pageAll(f, q, 100), expected(entries, isError));
    }

    void dateBoundsAndFilters()
    {
        SimFixture f;
        const QJsonArray entries = stage(f);
        const QString at100 = entries[100].toObject().value(str("started")).toString();
        const QString at200 = entries[200].toObject().value(str("started")).toString();
        QUrlQuery q;
        q.addQueryItem(str("start_date"), at100); // exclusive
        q.addQueryItem(str("end_date"), at200); // inclusive
        q.addQueryItem(str("type"), str("SYNC_SESSION_START"));
        const QStringList ids = pageAll(f, q, 7);
        QCOMPARE(ids, expected(entries, [&](const QJsonObject &e) {
            const QString t = e.value(str("started")).toString();
            return !e.contains(str("error")) && t > at100 && t <= at200;
        }));
        QVERIFY(ids.contains(entries[200].toObject().value(str("_id")).toString()));
        QVERIFY(!ids.contains(entries[100].toObject().value(str("_id")).toString()));

        QUrlQuery co;
        co.addQueryItem(str("co_id"), str("co-3"));
        QCOMPARE(pageAll(f, co, 100), expected(entries, [](const QJsonObject &e) {
            return !e.contains(str("error")) && e.value(str("co_id")).toString() == str("co-3");
        }));

        QUrlQuery other;
        other.addQueryItem(str("type"), str("SYNC_CLIENT_WRITE"));
        QCOMPARE(pageAll(f, other, 100), QStringList());
        QUrlQuery several; // a comma-separated list, as realm-cli sends
        several.addQueryItem(str("type"), str("SYNC_CLIENT_WRITE,SYNC_SESSION_START"));
        QCOMPARE(pageAll(f, several, 9),
            expected(entries, [](const QJsonObject &e) { return !e.contains(str("error")); }));
    }

    void malformedParametersAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("limit 0") << str("limit=0");
        QTest::newRow("limit 101") << str("limit=101");
        QTest::newRow("limit words") << str("limit=ten");
        QTest::newRow("skip negative") << str("skip=-1");
        QTest::newRow("start date") << str("start_date=yesterday");
        QTest::newRow("end date") << str("end_date=2024-13-45T00:00:00Z");
        QTest::newRow("type") << str("type=SYNC_EVERYTHING");
        QTest::newRow("one type of several") << str("type=SYNC_ERROR,SYNC_EVERYTHING");
    }

    void malformedParametersAreRefused()
    {
        QFETCH(QString, query);
        SimFixture f;
        const auto [status, body] = f.http("GET", logsPath(f) + QLatin1Char('?') + query);
        QCOMPARE(status, 400);
        const QJsonObject error = QJsonDocument::fromJson(body).object();
        QVERIFY(!error.value(str("error")).toString().isEmpty());
        QCOMPARE(error.value(str("error_code")).toString(), str("InvalidParameter"));
        // The simulator keeps serving.
        QCOMPARE(f.http("GET", logsPath(f)).first, 200);
    }

    void devicesLeaveTheirResetsInTheLogs()
    {
        SimFixture f;
        f.backend.setUiDraftsDisabled(f.app(), true);
        SimApp &app = f.app();
        QVERIFY(!f.backend.changeSync(app, SyncConfig::Mode::Flexible, {{str("state"), str("")}})
                     .isRefused());
        QVERIFY(!f.backend
                     .changeSync(app, SyncConfig::Mode::Flexible,
                         {{str("state"), str("enabled")}, {str("database_name"), str("todo")},
                             {str("queryable_fields_names"), QJsonArray {str("owner_id")}}})
                     .isRefused());
        QUrlQuery q;
        q.addQueryItem(str("errors_only"), str("true"));
        q.addQueryItem(str("type"), str("SYNC_ERROR"));
        const auto [status, body]
            = f.http("GET", logsPath(f) + QLatin1Char('?') + q.toString(QUrl::FullyEncoded));
        QCOMPARE(status, 200);
        const QJsonArray logs = QJsonDocument::fromJson(body).object().value(str("logs")).toArray();
        QCOMPARE(logs.size(), 3); // the three online devices; Swift and .NET are still away
        for (const QJsonValue &e : logs)
            QCOMPARE(e.toObject().value(str("error_code")).toString(), str("BadClientFileIdent"));
    }

    void controlApiStagesDevices()
    {
        SimFixture f;
        const QString devices = QStringLiteral("/_sim/apps/%1/devices").arg(f.app().id);
        QCOMPARE(f.http("POST", devices,
                      "{\"id\": \"lab-1\", \"sdk\": \"Swift\", \"client_reset_mode\": \"manual\", "
                      "\"unsynced_changes\": 4, \"synced\": true}")
                     .first,
            201);
        QCOMPARE(f.http("POST", devices, "{\"id\": \"lab-1\"}").first, 409);
        QCOMPARE(f.http("POST", devices, "{\"id\": \"lab-2\", \"colour\": \"red\"}").first, 400);
        QCOMPARE(f.http("POST", devices, "{\"id\": \"lab-2\", \"client_reset_mode\": \"x\"}").first,
            400);
        QCOMPARE(f.http("PATCH", devices + str("/lab-1"), "{\"unsynced_changes\": -1}").first, 400);
        QCOMPARE(f.http("PATCH", devices + str("/nobody"), "{}").first, 404);
        // Online, it connected and uploaded its four changes.
        QCOMPARE(f.app().clients.last().unsyncedChanges, 0);
        QVERIFY(f.app().clients.last().session);
        QCOMPARE(f.http("POST", devices + str("/lab-1/reset"), "{}").first, 409);

        QCOMPARE(f.http("PATCH", devices + str("/lab-1"), "{\"online\": false}").first, 200);
        QVERIFY(!f.app().clients.last().session);
        QCOMPARE(f.http("PATCH", devices + str("/lab-1"), "{\"unsynced_changes\": 5}").first, 200);

        f.backend.setUiDraftsDisabled(f.app(), true);
        QVERIFY(
            !f.backend.changeSync(f.app(), SyncConfig::Mode::Flexible, {{str("state"), str("")}})
                 .isRefused());
        QVERIFY(!f.backend
                     .changeSync(f.app(), SyncConfig::Mode::Flexible,
                         {{str("state"), str("enabled")}, {str("database_name"), str("todo")},
                             {str("queryable_fields_names"), QJsonArray {str("owner_id")}}})
                     .isRefused());
        QCOMPARE(f.http("PATCH", devices + str("/lab-1"), "{\"online\": true}").first, 200);
        const auto [status, body] = f.http("GET", devices + str("/lab-1"));
        QCOMPARE(status, 200);
        const QJsonObject stuck = QJsonDocument::fromJson(body).object();
        QCOMPARE(stuck.value(str("stuck_error")).toInt(), 208);
        QVERIFY(stuck.value(str("needs_client_reset")).toBool());
        QCOMPARE(stuck.value(str("resets")).toArray().size(), 1);
        QCOMPARE(
            stuck.value(str("resets")).toArray()[0].toObject().value(str("outcome")).toString(),
            str("manual"));

        QCOMPARE(f.http("POST", devices + str("/lab-1/reset"), "{}").first, 200);
        QVERIFY(f.app().clients.last().session);
        QCOMPARE(f.http("DELETE", devices + str("/lab-1")).first, 204);
        QCOMPARE(f.http("GET", devices + str("/lab-1")).first, 404);
        QCOMPARE(f.http("POST", QStringLiteral("/_sim/apps/%1/logs").arg(f.app().id), "[{}]").first,
            400);
    }

    void redeployAnswersGetAndPost()
    {
        SimFixture f;
        f.backend.setUiDraftsDisabled(f.app(), true);
        QVERIFY(
            !f.backend
                 .changeSync(f.app(), SyncConfig::Mode::Flexible, {{str("state"), str("disabled")}})
                 .isRefused());
        const QString id = f.app().deployments.last().id;
        const QString path = QStringLiteral("/groups/%1/apps/%2/deployments/%3/redeploy")
                                 .arg(f.backend.groupId(), f.app().id, id);
        const qsizetype before = f.app().deployments.size();
        QCOMPARE(f.http("POST", path).first, 204);
        QCOMPARE(f.http("GET", path).first, 204);
        QCOMPARE(f.app().deployments.size(), before + 2);
        QCOMPARE(f.http("PUT", path).first, 405);
    }
};

QTEST_GUILESS_MAIN(TestSimLogs)
#include "tst_simlogs.moc"
