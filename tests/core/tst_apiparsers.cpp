// Response parsing without a network, with documented, live, malformed and hostile bodies.
#include "ApiParsers.h"
#include "ReplyHead.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

using namespace ApiParsers;

class TestApiParsers : public QObject
{
    Q_OBJECT

private slots:
    void tokens()
    {
        const auto r = ApiParsers::tokens(
            R"({"access_token":"a","refresh_token":"r","user_id":"u","device_id":"d","extra":1})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.accessToken, QStringLiteral("a"));
        QCOMPARE(r.value.refreshToken, QStringLiteral("r"));
        QCOMPARE(r.value.userId, QStringLiteral("u"));
    }

    void tokensNeedBothTokens()
    {
        const auto r = ApiParsers::tokens(R"({"access_token":"a"})");
        QCOMPARE(r.error.kind, ApiError::Kind::MalformedReply);
        QVERIFY(r.error.detail.contains(QStringLiteral("refresh_token")));
    }

    void httpErrorReadsTheServersWords()
    {
        const ApiError e
            = httpError(409, R"({"error":"draft exists","error_code":"DraftAlreadyExists"})");
        QCOMPARE(e.kind, ApiError::Kind::Http);
        QCOMPARE(e.httpStatus, 409);
        QCOMPARE(e.error, QStringLiteral("draft exists"));
        QCOMPARE(e.errorCode, QStringLiteral("DraftAlreadyExists"));
        QVERIFY(e.message().contains(QStringLiteral("draft exists")));
        QVERIFY(e.message().contains(QStringLiteral("DraftAlreadyExists")));
    }

    void httpErrorKnowsTheCodesTheConsoleReactsTo()
    {
        const ApiError e = httpError(404, R"({"error":"gone","error_code":"DraftNotFound"})");
        QVERIFY(e.hasCode(ApiErrorCode::DraftNotFound));
        QVERIFY(!e.hasCode(ApiErrorCode::DraftChanged));
        const ApiError own
            = ApiError::http(409, QStringLiteral("changed"), ApiErrorCode::DraftChanged);
        QCOMPARE(own.errorCode, QStringLiteral("DraftChanged"));
        QVERIFY(own.hasCode(ApiErrorCode::DraftChanged));
    }

    void httpErrorWithoutJson()
    {
        const ApiError e = httpError(502, "<html>Bad Gateway</html>");
        QCOMPARE(e.httpStatus, 502);
        QVERIFY(e.error.isEmpty());
        QVERIFY(e.detail.contains(QStringLiteral("Bad Gateway")));
        QVERIFY(!e.message().isEmpty());
    }

    void profileListsEachGroupOnce()
    {
        const auto r = profile(
            R"({"user_id":"u","data":{"name":"N"},"roles":[{"role_name":"GROUP_OWNER","group_id":"g1"},{"role_name":"GROUP_READ_ONLY","group_id":"g1"},{"role_name":"ORG_OWNER"},{"group_id":"g2"}]})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.groupIds, (QStringList {QStringLiteral("g1"), QStringLiteral("g2")}));
        QCOMPARE(r.value.name, QStringLiteral("N"));
    }

    void apps()
    {
        const auto r = ApiParsers::apps(
            R"([{"_id":"1","client_app_id":"c-1","name":"A","location":"US-VA","deployment_model":"GLOBAL","last_modified":1700000000,"new_field":{"x":1}}])");
        QVERIFY(r.ok());
        QCOMPARE(r.value.size(), 1);
        QCOMPARE(r.value.first().id, QStringLiteral("1"));
        QCOMPARE(r.value.first().clientAppId, QStringLiteral("c-1"));
        QCOMPARE(r.value.first().lastModified, 1700000000);
    }

    void appsMustBeAList()
    {
        const auto r = ApiParsers::apps(R"({"_id":"1"})");
        QCOMPARE(r.error.kind, ApiError::Kind::MalformedReply);
        QVERIFY(r.error.message().contains(QStringLiteral("app list")));
    }

    void wrongTypesAreRejected_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("id number") << QByteArray(R"([{"_id":5}])") << QStringLiteral("_id");
        QTest::newRow("name object")
            << QByteArray(R"([{"_id":"1","name":{}}])") << QStringLiteral("name");
        QTest::newRow("last_modified string")
            << QByteArray(R"([{"_id":"1","last_modified":"yesterday"}])")
            << QStringLiteral("last_modified");
        QTest::newRow("last_modified fraction")
            << QByteArray(R"([{"_id":"1","last_modified":1.5}])")
            << QStringLiteral("last_modified");
        QTest::newRow("item not object") << QByteArray(R"([1,2])") << QStringLiteral("an app");
    }

    void wrongTypesAreRejected()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const auto r = ApiParsers::apps(body);
        QCOMPARE(r.error.kind, ApiError::Kind::MalformedReply);
        QVERIFY2(r.error.detail.contains(field), qPrintable(r.error.detail));
    }

    void flexibleConfig()
    {
        const auto r = serviceConfig(
            R"({"clusterName":"C","readPreference":"primary","wireProtocolEnabled":false,
            "flexible_sync":{"state":"enabled","database_name":"db","queryable_fields_names":["a","b"],"permissions":{"rules":{}},"future":true}})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.clusterName, QStringLiteral("C"));
        QCOMPARE(r.value.sync.mode, SyncConfig::Mode::Flexible);
        QCOMPARE(r.value.sync.state(), SyncConfig::State::Enabled);
        QCOMPARE(r.value.sync.databaseName(), QStringLiteral("db"));
        QCOMPARE(r.value.sync.queryableFields(),
            (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(
            r.value.sync.block.value(QStringLiteral("future")).toBool()); // kept for the round trip
    }

    void partitionConfig()
    {
        const auto r = serviceConfig(
            R"({"clusterName":"C","sync":{"state":"disabled","partition":{"key":"_partition","type":"string","required":true,"permissions":{"read":{},"write":{}}}}})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.sync.mode, SyncConfig::Mode::PartitionBased);
        QCOMPARE(r.value.sync.state(), SyncConfig::State::Paused);
        QCOMPARE(r.value.sync.partitionKey(), QStringLiteral("_partition"));
        QVERIFY(r.value.sync.partitionRequired());
        QVERIFY(r.value.sync.permissions().contains(QStringLiteral("read")));
    }

    void terminatedConfigHasNoSync()
    {
        const auto r = serviceConfig(R"({"clusterName":"C","readPreference":"primary"})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.sync.mode, SyncConfig::Mode::None);
    }

    void syncBlockWithoutState()
    {
        const auto r = serviceConfig(R"({"flexible_sync":{"database_name":"db"}})");
        QCOMPARE(r.error.kind, ApiError::Kind::MalformedReply);
        QVERIFY(r.error.detail.contains(QStringLiteral("state")));
    }

    void draftListInBothShapes()
    {
        const auto live = currentDraft(R"([{"_id":"d1","user_id":"u","app":{"_id":"a"}}])");
        QVERIFY(live.ok());
        QCOMPARE(live.value->id, QStringLiteral("d1"));
        QCOMPARE(live.value->appId, QStringLiteral("a"));
        const auto none = currentDraft("[]");
        QVERIFY(none.ok());
        QVERIFY(!none.value.has_value());
        const auto documented = currentDraft(R"({"_id":"d2"})");
        QVERIFY(documented.ok());
        QCOMPARE(documented.value->id, QStringLiteral("d2"));
        QVERIFY(!currentDraft("{}").value.has_value());
        QCOMPARE(currentDraft("\"d1\"").error.kind, ApiError::Kind::MalformedReply);
    }

    void deploymentStatuses()
    {
        const auto r = deployment(
            R"({"_id":"x","status":"failed","status_error_message":"boom","deployed_at":1626361477,"origin":"UI"})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.status(), Deployment::Status::Failed);
        QVERIFY(r.value.isFinished());
        QCOMPARE(r.value.statusErrorMessage, QStringLiteral("boom"));
        QCOMPARE(r.value.deployedAt, QDateTime::fromSecsSinceEpoch(1626361477, Qt::UTC));
        QCOMPARE(deployment(R"({"_id":"x","status":"pending"})").value.status(),
            Deployment::Status::Pending);
        QCOMPARE(deployment(R"({"_id":"x","status":"weird"})").value.status(),
            Deployment::Status::Unknown);
    }

    void diff()
    {
        const auto r = draftDiff(R"({"diffs":["--- a\n+++ a\n"],"hosting_files_diff":{}})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.diffs.size(), 1);
        QCOMPARE(draftDiff(R"({"diffs":[1]})").error.kind, ApiError::Kind::MalformedReply);
    }

    void hostileBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray(R"({"_id": "x", "status": [tru)");
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("huge number") << QByteArray(R"({"_id":"x","deployed_at":1e400})");
        QTest::newRow("wrong status type") << QByteArray(R"({"_id":"x","status":{"$ne":1}})");
        QTest::newRow("utf16 garbage") << QByteArray("\xff\xfe{\x00}\x00", 6);
    }

    void hostileBodies()
    {
        QFETCH(QByteArray, body);
        const auto r = deployment(body);
        QCOMPARE(r.error.kind, ApiError::Kind::MalformedReply);
        QVERIFY(!r.error.message().isEmpty());
    }

    void nulBytesInStringsAreKeptAsData()
    {
        const auto r = deployment(QByteArray("{\"_id\":\"a\0b\"}", 13));
        QVERIFY(r.ok());
        QCOMPARE(r.value.id.size(), 3);
    }

    void metrics()
    {
        const auto r = ApiParsers::metrics(
            R"({"app_id":"a","granularity":"PT1M","measurements":[{"name":"SYNC_CURRENT_OPLOG_LAG_MS_SUM","units":"MILLISECONDS","data_points":[{"timestamp":"2026-01-02T03:04:05Z","value":120}]}]})");
        QVERIFY(r.ok());
        const AppMetrics::Measurement *lag
            = r.value.find(QStringLiteral("SYNC_CURRENT_OPLOG_LAG_MS_SUM"));
        QVERIFY(lag);
        QCOMPARE(lag->points.first().value, 120.0);
        QCOMPARE(
            lag->points.first().timestamp, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(!r.value.find(QStringLiteral("NOPE")));
        QCOMPARE(
            ApiParsers::metrics(R"({"app_id":"a"})").error.kind, ApiError::Kind::MalformedReply);
    }

    void logPageReadsEveryField()
    {
        const QByteArray body = "{\"logs\":[{\"_id\":\"l2\",\"co_id\":\"c2\",\"domain_id\":\"d\","
                                "\"app_id\":\"a\",\"group_id\":\"g\",\"type\":\"SYNC_ERROR\","
                                "\"started\":\"2026-11-26T10:00:00.123Z\","
                                "\"completed\":\"2026-11-26T10:00:00.41Z\",\"user_id\":\"u1\","
                                "\"remote_ip_address\":\"10.0.0.7\",\"platform\":\"iOS\","
                                "\"platform_version\":\"17.2\",\"sdk_name\":\"Realm Swift\","
                                "\"sdk_version\":\"10.45.0\",\"error\":\"client file not found. "
                                "(ProtocolErrorCode=208)\",\"error_code\":\"BadClientFileIdent\","
                                "\"messages\":[\"one\",\"two\"],\"status\":0,\"extra\":{}},"
                                "{\"_id\":\"l1\",\"type\":\"SYNC_SESSION_START\","
                                "\"started\":\"2026-11-26T09:59:59Z\","
                                "\"sync_query\":{\"Item\":\"(owner_id == \\\"u1\\\")\"},"
                                "\"sync_session_metrics\":{\"uploads\":2}}],"
                                "\"nextEndDate\":\"2026-11-26T09:00:00.123Z\",\"nextSkip\":3}";
        const auto r = logPage(body);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        const SyncLogPage &page = r.value;
        QCOMPARE(page.entries.size(), 2);
        QCOMPARE(page.malformed, 0);
        const SyncLogEntry &e = page.entries.first();
        QCOMPARE(e.id, QStringLiteral("l2"));
        QCOMPARE(e.coId, QStringLiteral("c2"));
        QCOMPARE(e.type, SyncLogType::Error);
        QCOMPARE(e.started, QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, 123), Qt::UTC));
        QCOMPARE(e.completed, QDateTime(QDate(2026, 11, 26), QTime(10, 0, 0, 410), Qt::UTC));
        QCOMPARE(e.userId, QStringLiteral("u1"));
        QCOMPARE(e.remoteIpAddress, QStringLiteral("10.0.0.7"));
        QCOMPARE(e.platform, QStringLiteral("iOS"));
        QCOMPARE(e.platformVersion, QStringLiteral("17.2"));
        QCOMPARE(e.sdkName, QStringLiteral("Realm Swift"));
        QCOMPARE(e.sdkVersion, QStringLiteral("10.45.0"));
        QCOMPARE(e.errorCode, QStringLiteral("BadClientFileIdent"));
        QCOMPARE(e.messages, QStringList({QStringLiteral("one"), QStringLiteral("two")}));
        QVERIFY(e.isError());
        QCOMPARE(e.protocolErrorCode(), 208);
        // What the fields do not hold is kept as it came; the rest is not kept twice.
        QCOMPARE(
            e.extra.keys(), QStringList({QStringLiteral("domain_id"), QStringLiteral("extra")}));
        const SyncLogEntry &session = page.entries.last();
        QVERIFY(!session.isError());
        QCOMPARE(session.started, QDateTime(QDate(2026, 11, 26), QTime(9, 59, 59), Qt::UTC));
        QCOMPARE(session.syncQuery.value(QStringLiteral("Item")).toString(),
            QStringLiteral("(owner_id == \"u1\")"));
        QCOMPARE(session.syncSessionMetrics.value(QStringLiteral("uploads")).toInt(), 2);
        QVERIFY(page.hasMore());
        QCOMPARE(page.nextEndDate, QDateTime(QDate(2026, 11, 26), QTime(9, 0, 0, 123), Qt::UTC));
        QCOMPARE(page.nextSkip, 3);
    }

    void logPageTellsOtherKindsOfLogFromSync()
    {
        const auto r
            = logPage(R"({"logs":[)"
                      R"({"_id":"f","type":"FUNCTION","started":"2026-01-01T00:00:00Z"},)"
                      R"({"_id":"n","started":"2026-01-01T00:00:00Z"},)"
                      R"({"_id":"s","type":"SYNC_OTHER","started":"2026-01-01T00:00:00Z"}]})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.entries.size(), 3);
        QCOMPARE(r.value.entries[0].type, SyncLogType::Unknown);
        QVERIFY(r.value.entries[0].isOfAnotherKind());
        QCOMPARE(r.value.entries[0].extra.value(QStringLiteral("type")).toString(),
            QStringLiteral("FUNCTION"));
        QCOMPARE(r.value.entries[1].type, SyncLogType::Unknown);
        QVERIFY(!r.value.entries[1].isOfAnotherKind());
        QCOMPARE(r.value.entries[2].type, SyncLogType::Other);
        QVERIFY(!r.value.entries[2].isOfAnotherKind());
    }

    void logPageKeepsSyncTypesItDoesNotKnow()
    {
        // The service may add a Sync type: it is still a Sync log, shown by its name.
        const auto r = logPage(
            R"({"logs":[)"
            R"({"_id":"x","type":"SYNC_SOMETHING_NEW","started":"2026-01-01T00:00:00Z"}]})");
        QVERIFY(r.ok());
        QCOMPARE(r.value.entries.size(), 1);
        QCOMPARE(r.value.entries[0].type, SyncLogType::Unknown);
        QVERIFY(!r.value.entries[0].isOfAnotherKind());
        QCOMPARE(r.value.entries[0].typeWireName(), QStringLiteral("SYNC_SOMETHING_NEW"));
    }

    void logPageLastPage()
    {
        const auto r = logPage("{\"logs\":[]}");
        QVERIFY(r.ok());
        QVERIFY(r.value.entries.isEmpty());
        QVERIFY(!r.value.hasMore());
        // A next page without a skip starts at its end date.
        const auto more = logPage("{\"logs\":[],\"nextEndDate\":\"2026-11-26T09:00:00.000Z\"}");
        QVERIFY(more.ok());
        QVERIFY(more.value.hasMore());
        QCOMPARE(more.value.nextSkip, 0);
    }

    void logPageSkipsMalformedEntries_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::newRow("not an object") << QByteArray("42");
        QTest::newRow("a list") << QByteArray("[]");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("no _id") << QByteArray("{\"started\":\"2026-11-26T10:00:00.000Z\"}");
        QTest::newRow("empty _id")
            << QByteArray("{\"_id\":\"\",\"started\":\"2026-11-26T10:00:00.000Z\"}");
        QTest::newRow("_id a number")
            << QByteArray("{\"_id\":7,\"started\":\"2026-11-26T10:00:00.000Z\"}");
        QTest::newRow("no started") << QByteArray("{\"_id\":\"x\"}");
        QTest::newRow("started not a time")
            << QByteArray("{\"_id\":\"x\",\"started\":\"yesterday\"}");
        QTest::newRow("started a number") << QByteArray("{\"_id\":\"x\",\"started\":1700000000}");
        QTest::newRow("messages not strings") << QByteArray(
            "{\"_id\":\"x\",\"started\":\"2026-11-26T10:00:00.000Z\",\"messages\":[1]}");
        QTest::newRow("error an object")
            << QByteArray("{\"_id\":\"x\",\"started\":\"2026-11-26T10:00:00.000Z\",\"error\":{}}");
        QTest::newRow("sync_query a string") << QByteArray(
            "{\"_id\":\"x\",\"started\":\"2026-11-26T10:00:00.000Z\",\"sync_query\":\"q\"}");
        QTest::newRow("status a string") << QByteArray(
            "{\"_id\":\"x\",\"started\":\"2026-11-26T10:00:00.000Z\",\"status\":\"ok\"}");
    }

    void logPageSkipsMalformedEntries()
    {
        QFETCH(QByteArray, entry);
        const QByteArray good = "{\"_id\":\"good\",\"started\":\"2026-11-26T10:00:00.000Z\"}";
        const auto r = logPage("{\"logs\":[" + good + "," + entry + "," + good + "]}");
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.entries.size(), 2);
        QCOMPARE(r.value.malformed, 1);
    }

    // Every parser error whose text holds a curly quote, as the user reads it: the narrow
    // literals are UTF-8, and read as Latin-1 a “ would arrive as mojibake ("â€œ").
    void errorTextsArriveAsWritten_data()
    {
        QTest::addColumn<QString>("which"); // the parser
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("nextEndDate not a time")
            << QStringLiteral("logPage") << QByteArray(R"({"logs":[],"nextEndDate":"soon"})")
            << QStringLiteral("nextEndDate");
        QTest::newRow("nextSkip below 0")
            << QStringLiteral("logPage")
            << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-26T09:00:00Z","nextSkip":-1})")
            << QStringLiteral("nextSkip");
        QTest::newRow("nextSkip not whole")
            << QStringLiteral("logPage")
            << QByteArray(R"({"logs":[],"nextEndDate":"2026-11-26T09:00:00Z","nextSkip":1.5})")
            << QStringLiteral("nextSkip");
        QTest::newRow("field missing")
            << QStringLiteral("tokens") << QByteArray(R"({"access_token":"a"})")
            << QStringLiteral("refresh_token");
        QTest::newRow("field of another type")
            << QStringLiteral("tokens") << QByteArray(R"({"access_token":1,"refresh_token":"r"})")
            << QStringLiteral("access_token");
        QTest::newRow("list not of strings")
            << QStringLiteral("draftDiff") << QByteArray(R"({"diffs":[1]})")
            << QStringLiteral("diffs");
    }

    void errorTextsArriveAsWritten()
    {
        QFETCH(QString, which);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        ApiError error;
        if (which == QLatin1String("logPage"))
            error = logPage(body).error;
        else if (which == QLatin1String("tokens"))
            error = ApiParsers::tokens(body).error;
        else
            error = draftDiff(body).error;
        QCOMPARE(error.kind, ApiError::Kind::MalformedReply);
        for (const QString &text : {error.detail, error.message()}) {
            QVERIFY2(
                text.contains(QString(QChar(0x201c)) + field + QChar(0x201d)), qPrintable(text));
            QVERIFY2(!text.contains(QChar(0x00e2)), qPrintable(text));
            for (const QChar c : text)
                QVERIFY2(c.unicode() < 0x80 || c.unicode() > 0x9f, qPrintable(text));
        }
    }

    void logPageNeedsItsList_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("a list") << QByteArray("[]");
        QTest::newRow("no logs") << QByteArray("{\"nextSkip\":1}");
        QTest::newRow("logs an object") << QByteArray("{\"logs\":{}}");
        QTest::newRow("truncated") << QByteArray("{\"logs\":[{\"_id\":\"x\"");
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
        QTest::newRow("bad next end date")
            << QByteArray("{\"logs\":[],\"nextEndDate\":\"soon\",\"nextSkip\":0}");
        QTest::newRow("negative skip") << QByteArray(
            "{\"logs\":[],\"nextEndDate\":\"2026-11-26T10:00:00.000Z\",\"nextSkip\":-1}");
        QTest::newRow("huge skip") << QByteArray(
            "{\"logs\":[],\"nextEndDate\":\"2026-11-26T10:00:00.000Z\",\"nextSkip\":1e400}");
        QTest::newRow("fractional skip") << QByteArray(
            "{\"logs\":[],\"nextEndDate\":\"2026-11-26T10:00:00.000Z\",\"nextSkip\":1.5}");
    }

    void logPageNeedsItsList()
    {
        QFETCH(QByteArray, body);
        const auto r = logPage(body);
        QCOMPARE(r.error.kind, ApiError::Kind::MalformedReply);
        QVERIFY(!r.error.message().isEmpty());
    }

    void tokensMustBeB64Tokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("usable");
        QTest::addRow("JWT") << QStringLiteral("eyJhbGciOi.eyJzdWIiOi-_x.c2ln") << true;
        QTest::addRow("base64 with padding") << QStringLiteral("ab+/cd==") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("only padding") << QStringLiteral("==") << false;
        QTest::addRow("padding inside") << QStringLiteral("ab=cd") << false;
        QTest::addRow("CR LF") << QStringLiteral("ab\r\nX-Injected: 1") << false;
        QTest::addRow("LF") << QStringLiteral("ab\ncd") << false;
        QTest::addRow("space") << QStringLiteral("ab cd") << false;
        QTest::addRow("tab") << QStringLiteral("ab\tcd") << false;
        QTest::addRow("NUL") << QString(QStringLiteral("ab") + QChar(0) + QStringLiteral("cd")) << false;
        QTest::addRow("non-ASCII") << QStringLiteral("ab\u00e9") << false;
        QTest::addRow("quote") << QStringLiteral("ab\"cd") << false;
        QTest::addRow("over 16 KB") << QString(16 * 1024 + 1, QLatin1Char('a')) << false;
    }

    void tokensMustBeB64Tokens()
    {
        QFETCH(QString, token);
        QFETCH(bool, usable);
        QCOMPARE(ApiParsers::isUsableToken(token), usable);
        const QByteArray login = QJsonDocument(QJsonObject {{QStringLiteral("access_token"), token},
                                                   {QStringLiteral("refresh_token"), QStringLiteral("r")}})
                                     .toJson();
        const auto r = ApiParsers::tokens(login);
        QCOMPARE(r.ok(), usable);
        const QByteArray renewal
            = QJsonDocument(QJsonObject {{QStringLiteral("access_token"), token}}).toJson();
        QCOMPARE(ApiParsers::accessToken(renewal).ok(), usable);
    }

    void replyHeadVerdicts()
    {
        using V = ReplyHead::Verdict;
        const ReplyHead::Fields json {{"Content-Type", "application/json"}, {"Content-Length", "2"}};
        QCOMPARE(ReplyHead::classify(200, json, 1024), V::Read);
        QCOMPARE(ReplyHead::classify(204, {{"Date", "x"}}, 1024), V::Read);
        QCOMPARE(ReplyHead::classify(103, {{"Link", "</a>"}}, 1024), V::InterimOnly);
        QCOMPARE(ReplyHead::classify(101, {}, 1024), V::InterimOnly);
        QCOMPARE(ReplyHead::classify(200, {}, 1024), V::HeaderUnreadable);
        QCOMPARE(ReplyHead::classify(503, {}, 1024), V::HeaderUnreadable);
        QCOMPARE(ReplyHead::classify(302, {{"Location", "http://x/"}}, 1024), V::Redirected);
        QCOMPARE(ReplyHead::classify(200, {{"content-length", "1025"}}, 1024), V::TooLarge);
        QCOMPARE(ReplyHead::classify(200, {{"Content-Length", "1024"}}, 1024), V::Read);
        QCOMPARE(ReplyHead::classify(200, {{"Content-Length", "99999999999999999999999"}}, 1024),
            V::Read); // not a number Qt would use either; the body's size is checked as it comes
        QCOMPARE(ReplyHead::retryAfterSeconds("5"), 5);
        QCOMPARE(ReplyHead::retryAfterSeconds(" 0 "), 0);
        QCOMPARE(ReplyHead::retryAfterSeconds("-1"), -1);
        QCOMPARE(ReplyHead::retryAfterSeconds("+5"), -1);
        QCOMPARE(ReplyHead::retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT"), -1);
        QCOMPARE(ReplyHead::retryAfterSeconds(""), -1);
        QCOMPARE(ReplyHead::retryAfterSeconds("3000000000000"), std::numeric_limits<int>::max());
    }
};

QTEST_GUILESS_MAIN(TestApiParsers)
#include "tst_apiparsers.moc"
