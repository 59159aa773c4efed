// Request building without a network: methods, paths, queries and bodies.
#include "ApiRequests.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

class TestApiRequests : public QObject
{
    Q_OBJECT

    static QJsonObject body(const ApiRequest &r)
    {
        return QJsonDocument::fromJson(r.body).object();
    }
    const AppRef app {QStringLiteral("g1"), QStringLiteral("a1")};

private slots:
    void login()
    {
        const ApiRequest r = ApiRequests::login(QStringLiteral("pub"), QStringLiteral("priv"));
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QStringLiteral("/auth/providers/mongodb-cloud/login"));
        QCOMPARE(r.auth, ApiRequest::Auth::None);
        QCOMPARE(body(r),
            (QJsonObject {{QStringLiteral("username"), QStringLiteral("pub")},
                {QStringLiteral("apiKey"), QStringLiteral("priv")}}));
        QVERIFY(!r.isRetriable());
    }

    void sessionUsesTheRefreshToken()
    {
        QCOMPARE(ApiRequests::refreshSession().auth, ApiRequest::Auth::RefreshToken);
        QCOMPARE(ApiRequests::refreshSession().method, QByteArray("POST"));
        QCOMPARE(ApiRequests::deleteSession().auth, ApiRequest::Auth::RefreshToken);
        QCOMPARE(ApiRequests::deleteSession().method, QByteArray("DELETE"));
        QCOMPARE(ApiRequests::profile().auth, ApiRequest::Auth::AccessToken);
    }

    void paths_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const ApiRequest &r, const char *expected) {
            QTest::newRow(name) << r.method << r.path << QString::fromLatin1(expected);
        };
        row("apps", ApiRequests::listApps(QStringLiteral("g1")), "/groups/g1/apps");
        row("services", ApiRequests::listServices(app), "/groups/g1/apps/a1/services");
        row("config", ApiRequests::serviceConfig(app, QStringLiteral("s1")),
            "/groups/g1/apps/a1/services/s1/config");
        row("patch", ApiRequests::patchServiceConfig(app, QStringLiteral("s1"), {}),
            "/groups/g1/apps/a1/services/s1/config");
        row("deploy config", ApiRequests::deployConfig(app), "/groups/g1/apps/a1/deploy/config");
        row("drafts", ApiRequests::listDrafts(app), "/groups/g1/apps/a1/drafts");
        row("create draft", ApiRequests::createDraft(app), "/groups/g1/apps/a1/drafts");
        row("delete draft", ApiRequests::deleteDraft(app, QStringLiteral("d1")),
            "/groups/g1/apps/a1/drafts/d1");
        row("diff", ApiRequests::draftDiff(app, QStringLiteral("d1")),
            "/groups/g1/apps/a1/drafts/d1/diff");
        row("deploy", ApiRequests::deployDraft(app, QStringLiteral("d1"), {}),
            "/groups/g1/apps/a1/drafts/d1/deployment");
        row("deployments", ApiRequests::listDeployments(app), "/groups/g1/apps/a1/deployments");
        row("deployment", ApiRequests::deployment(app, QStringLiteral("x1")),
            "/groups/g1/apps/a1/deployments/x1");
        row("redeploy", ApiRequests::redeploy(app, QStringLiteral("x1")),
            "/groups/g1/apps/a1/deployments/x1/redeploy");
    }

    void paths()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(path, expected);
    }

    void idsArePercentEncoded()
    {
        const ApiRequest r = ApiRequests::deployment(
            {QStringLiteral("g/1"), QStringLiteral("a 1")}, QStringLiteral("../x?"));
        QCOMPARE(r.path, QStringLiteral("/groups/g%2F1/apps/a%201/deployments/..%2Fx%3F"));
    }

    void onlyReadsAreRetriable()
    {
        QVERIFY(ApiRequests::listApps(QStringLiteral("g")).isRetriable());
        QVERIFY(!ApiRequests::createDraft(app).isRetriable());
        QVERIFY(!ApiRequests::deployDraft(app, QStringLiteral("d"), {}).isRetriable());
        QVERIFY(!ApiRequests::deleteDraft(app, QStringLiteral("d")).isRetriable());
        QVERIFY(!ApiRequests::redeploy(app, QStringLiteral("d")).isRetriable());
    }

    void deployNameIsOptional()
    {
        QVERIFY(ApiRequests::deployDraft(app, QStringLiteral("d1"), {}).body.isEmpty());
        QCOMPARE(body(ApiRequests::deployDraft(app, QStringLiteral("d1"), QStringLiteral("n"))),
            (QJsonObject {{QStringLiteral("name"), QStringLiteral("n")}}));
    }

    void syncStatePatchKeepsTheBlock()
    {
        SyncConfig current;
        current.mode = SyncConfig::Mode::PartitionBased;
        current.block = {{QStringLiteral("state"), QStringLiteral("enabled")},
            {QStringLiteral("partition"),
                QJsonObject {{QStringLiteral("key"), QStringLiteral("_partition")}}},
            {QStringLiteral("unknown_field"), 7}};
        const QJsonObject pause = ApiRequests::syncStatePatch(current, SyncConfig::State::Paused);
        QCOMPARE(pause.keys(), QStringList {QStringLiteral("sync")});
        const QJsonObject block = pause.value(QStringLiteral("sync")).toObject();
        QCOMPARE(block.value(QStringLiteral("state")).toString(), QStringLiteral("disabled"));
        QCOMPARE(block.value(QStringLiteral("unknown_field")).toInt(), 7);

        const QJsonObject terminate
            = ApiRequests::syncStatePatch(current, SyncConfig::State::Terminated);
        QVERIFY(terminate.value(QStringLiteral("sync"))
                    .toObject()
                    .value(QStringLiteral("state"))
                    .isString());
        QCOMPARE(terminate.value(QStringLiteral("sync"))
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QString());
    }

    void enablePatchForcesEnabled()
    {
        const QJsonObject patch = ApiRequests::enableSyncPatch(SyncConfig::Mode::Flexible,
            {{QStringLiteral("state"), QStringLiteral("")},
                {QStringLiteral("database_name"), QStringLiteral("db")}});
        const QJsonObject block = patch.value(QStringLiteral("flexible_sync")).toObject();
        QCOMPARE(block.value(QStringLiteral("state")).toString(), QStringLiteral("enabled"));
        QCOMPARE(block.value(QStringLiteral("database_name")).toString(), QStringLiteral("db"));
    }

    void deployConfigPatchSendsAWholeConfig()
    {
        DeployConfig current;
        current.raw
            = {{QStringLiteral("ui_drafts_disabled"), false}, {QStringLiteral("last_modified"), 5}};
        const QJsonObject b = body(ApiRequests::patchDeployConfig(app, current, true));
        QCOMPARE(b.value(QStringLiteral("ui_drafts_disabled")).toBool(), true);
        QVERIFY(b.value(QStringLiteral("automatic_deployment")).isObject());
        QVERIFY(!b.contains(QStringLiteral("last_modified")));
    }

    void metricsQuery()
    {
        const QDateTime start = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
        const ApiRequest r = ApiRequests::metrics(app, start, start.addSecs(60),
            QStringLiteral("PT1M"), {QStringLiteral("A"), QStringLiteral("B")});
        QCOMPARE(r.path, QStringLiteral("/groups/g1/apps/a1/metrics"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("start")),
            QStringLiteral("2026-01-02T03:04:05Z"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("metrics")), QStringLiteral("A,B"));
    }

    void logsQueryFirstPage()
    {
        SyncLogQuery q;
        q.type = SyncLogType::Error;
        q.errorsOnly = true;
        q.userId = QStringLiteral("u1");
        q.startDate = QDateTime(QDate(2026, 11, 26), QTime(9, 0, 0, 5), Qt::UTC);
        q.limit = 25;
        const ApiRequest r = ApiRequests::logs(app, q);
        QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY(r.isRetriable());
        QCOMPARE(r.path, QStringLiteral("/groups/g1/apps/a1/logs"));
        const auto value = [&r](const char *key) {
            return r.query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        };
        QCOMPARE(value("type"), QStringLiteral("SYNC_ERROR"));
        QCOMPARE(value("errors_only"), QStringLiteral("true"));
        QCOMPARE(value("user_id"), QStringLiteral("u1"));
        QCOMPARE(value("start_date"), QStringLiteral("2026-11-26T09:00:00.005Z"));
        QCOMPARE(value("limit"), QStringLiteral("25"));
        // Left out when empty: an empty `end_date` or `skip` would be a bad parameter.
        for (const char *absent : {"co_id", "end_date", "skip"})
            QVERIFY2(!r.query.hasQueryItem(QString::fromLatin1(absent)), absent);
    }

    void logsQueryWithoutErrorsOnlyLeavesItOut()
    {
        // The service reads `errors_only` by its presence: "false" would still mean errors.
        SyncLogQuery q;
        q.errorsOnly = false;
        const ApiRequest r = ApiRequests::logs(app, q);
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("errors_only")));
        QVERIFY(!r.query.hasQueryItem(QStringLiteral("type")));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("100"));
    }

    void logsQueryNextPage()
    {
        SyncLogQuery q;
        q.endDate = QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, 123), Qt::UTC);
        q.skip = 3;
        q.coId = QStringLiteral("c9");
        const ApiRequest r = ApiRequests::logs(app, q);
        QCOMPARE(r.query.queryItemValue(QStringLiteral("end_date")),
            QStringLiteral("2026-11-26T10:00:00.123Z"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("skip")), QStringLiteral("3"));
        QCOMPARE(r.query.queryItemValue(QStringLiteral("co_id")), QStringLiteral("c9"));
    }

    void logsQueryTimesAreSentInUtc()
    {
        SyncLogQuery q;
        q.startDate = QDateTime(QDate(2026, 11, 26), QTime(12, 0), QTimeZone(3600 * 2));
        const ApiRequest r = ApiRequests::logs(app, q);
        QCOMPARE(r.query.queryItemValue(QStringLiteral("start_date")),
            QStringLiteral("2026-11-26T10:00:00.000Z"));
    }

    void logsQueryLimitStaysInRange()
    {
        SyncLogQuery q;
        q.limit = 500;
        QCOMPARE(ApiRequests::logs(app, q).query.queryItemValue(QStringLiteral("limit")),
            QStringLiteral("100"));
        q.limit = 0;
        QCOMPARE(ApiRequests::logs(app, q).query.queryItemValue(QStringLiteral("limit")),
            QStringLiteral("1"));
    }

    void logsQueryValuesSurviveTheWire()
    {
        // A user id typed with '+', '&', '%' or a space reaches the server as typed.
        SyncLogQuery q;
        q.userId = QStringLiteral("a+b&c=d %41");
        QUrl url(QStringLiteral("http://127.0.0.1/api/admin/v3.0/x"));
        url.setQuery(ApiRequests::logs(app, q).query);
        const QString wire = url.toString(QUrl::FullyEncoded);
        QVERIFY2(!wire.contains(QLatin1Char('+')), qPrintable(wire));
        const QUrlQuery read(url);
        QCOMPARE(read.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded), q.userId);
    }
};

QTEST_GUILESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
