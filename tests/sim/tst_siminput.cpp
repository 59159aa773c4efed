// What the simulator's Admin API refuses of a request, over HTTP on loopback: metrics asked for
// with start, end or granularity that are no ISO 8601 times and duration (400, as the logs
// refuse their parameters), lists of queryable fields holding anything but strings, a body with
// a raw control character in a JSON string, and a call with no access token at all, which is
// told so rather than that its token expired.
#include "SimFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QString errorOf(const QByteArray &body)
{
    return objectOf(body).value(QStringLiteral("error")).toString();
}

} // namespace

class TestSimInput : public QObject
{
    Q_OBJECT

    static QString appPath(SimFixture &f)
    {
        return QStringLiteral("/groups/%1/apps/%2").arg(f.backend.groupId(), f.app().id);
    }

    static QString configPath(SimFixture &f)
    {
        return appPath(f) + QStringLiteral("/services/%1/config").arg(f.serviceId());
    }

    // GET /auth/profile with exactly this Authorization header (none when empty).
    static QPair<int, QByteArray> profile(SimFixture &f, const QByteArray &authorization)
    {
        QNetworkRequest request(
            QUrl(f.server.baseUrl().toString() + QStringLiteral("/auth/profile")));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = f.network.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        reply->deleteLater();
        return qMakePair(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    }

private slots:
    void metricsRefuseMalformedParameters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("named"); // the parameter the refusal names; empty: 200
        const QString start = QStringLiteral("start=2024-03-01T00:00:00Z");
        const QString end = QStringLiteral("end=2024-03-02T00:00:00Z");
        const QString hourly = QStringLiteral("granularity=PT1H");
        QTest::newRow("a start that is no time")
            << QStringLiteral("start=x&%1&%2").arg(end, hourly) << QStringLiteral("start");
        QTest::newRow("an end that is no time")
            << QStringLiteral("%1&end=y&%2").arg(start, hourly) << QStringLiteral("end");
        QTest::newRow("a date out of the calendar")
            << QStringLiteral("start=2024-13-45T00:00:00Z&%1&%2").arg(end, hourly)
            << QStringLiteral("start");
        QTest::newRow("a granularity that is no duration")
            << QStringLiteral("%1&%2&granularity=z").arg(start, end)
            << QStringLiteral("granularity");
        QTest::newRow("a duration of nothing")
            << QStringLiteral("%1&%2&granularity=PT0M").arg(start, end)
            << QStringLiteral("granularity");
        QTest::newRow("a duration without a unit")
            << QStringLiteral("%1&%2&granularity=P").arg(start, end)
            << QStringLiteral("granularity");
        QTest::newRow("a time unit without T")
            << QStringLiteral("%1&%2&granularity=P1H").arg(start, end)
            << QStringLiteral("granularity");
        QTest::newRow("a start after the end")
            << QStringLiteral("start=2024-03-03T00:00:00Z&%1&%2").arg(end, hourly)
            << QStringLiteral("start");
        QTest::newRow("hourly") << QStringLiteral("%1&%2&%3").arg(start, end, hourly) << QString();
        QTest::newRow("a month, in minutes")
            << QStringLiteral("%1&%2&granularity=P31D").arg(start, end) << QString();
        QTest::newRow("five minutes, milliseconds")
            << QStringLiteral("start=2024-03-01T00:00:00.000Z&%1&granularity=PT5M").arg(end)
            << QString();
    }

    void metricsRefuseMalformedParameters()
    {
        QFETCH(QString, query);
        QFETCH(QString, named);
        SimFixture f;
        QVERIFY(f.started);
        const auto [status, body] = f.http("GET", appPath(f) + QStringLiteral("/metrics?") + query);
        if (named.isEmpty()) {
            QCOMPARE(status, 200);
            return;
        }
        QCOMPARE(status, 400);
        // As the logs refuse a malformed parameter: InvalidParameter, naming it.
        QCOMPARE(objectOf(body).value(QStringLiteral("error_code")).toString(),
            QStringLiteral("InvalidParameter"));
        QVERIFY2(errorOf(body).startsWith(named + QLatin1Char(' ')), body.constData());
    }

    // The logs' own refusal, which the metrics' follow.
    void logsRefuseAMalformedTimeTheSameWay()
    {
        SimFixture f;
        QVERIFY(f.started);
        const auto [status, body]
            = f.http("GET", appPath(f) + QStringLiteral("/logs?start_date=x"));
        QCOMPARE(status, 400);
        QCOMPARE(objectOf(body).value(QStringLiteral("error_code")).toString(),
            QStringLiteral("InvalidParameter"));
        QVERIFY2(errorOf(body).contains(QStringLiteral("must be an ISO 8601 date and time")),
            body.constData());
    }

    void queryableFieldListsHoldStringsOnly_data()
    {
        QTest::addColumn<QByteArray>("block");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::newRow("an object") << QByteArray(R"({"queryable_fields_names": [{}]})")
                                   << QStringLiteral("queryable_fields_names");
        QTest::newRow("a null") << QByteArray(R"({"queryable_fields_names": ["owner", null]})")
                                << QStringLiteral("queryable_fields_names");
        QTest::newRow("a number") << QByteArray(R"({"queryable_fields_names": [5]})")
                                  << QStringLiteral("queryable_fields_names");
        QTest::newRow("a list") << QByteArray(R"({"queryable_fields_names": [["a"]]})")
                                << QStringLiteral("queryable_fields_names");
        QTest::newRow("an indexed null")
            << QByteArray(R"({"indexed_queryable_fields_names": [null]})")
            << QStringLiteral("indexed_queryable_fields_names");
        QTest::newRow("an asymmetric object") << QByteArray(R"({"asymmetric_tables": [{"a": 1}]})")
                                              << QStringLiteral("asymmetric_tables");
        QTest::newRow("names") << QByteArray(R"({"queryable_fields_names": ["owner", "team"]})")
                               << QString();
    }

    void queryableFieldListsHoldStringsOnly()
    {
        QFETCH(QByteArray, block);
        QFETCH(QString, field);
        SimFixture f;
        QVERIFY(f.started);
        const auto [status, body]
            = f.http("PATCH", configPath(f), R"({"flexible_sync": )" + block + '}');
        if (field.isEmpty()) {
            QVERIFY2(status == 204, body.constData());
            return;
        }
        QCOMPARE(status, 400);
        QCOMPARE(objectOf(body).value(QStringLiteral("error_code")).toString(),
            QStringLiteral("InvalidSyncConfig"));
        QVERIFY2(errorOf(body).contains(
                     QStringLiteral("\u201c%1\u201d must be a list of names").arg(field)),
            body.constData());
    }

    // Qt's JSON reader takes a raw control character inside a string; JSON does not.
    void aRawControlCharacterInAStringIsRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // {config}: the service's config
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("character");
        // "@" stands for the raw character.
        const auto raw = [](const char *json, char c) {
            return QByteArray(json).replace('@', QByteArray(1, c));
        };
        QTest::newRow("a NUL in a config")
            << QByteArray("PATCH") << QStringLiteral("{config}")
            << raw(R"({"flexible_sync": {"queryable_fields_names": ["own@er"]}})", '\0') << 0;
        QTest::newRow("a NUL in a fault rule")
            << QByteArray("POST") << QStringLiteral("/_sim/faults")
            << raw(R"({"status": 503, "path": "/a@"})", '\0') << 0;
        QTest::newRow("a NUL in a login")
            << QByteArray("POST") << QStringLiteral("/auth/providers/mongodb-cloud/login")
            << raw(R"({"username": "a@", "apiKey": "b"})", '\0') << 0;
        QTest::newRow("a raw line break in a config")
            << QByteArray("PATCH") << QStringLiteral("{config}")
            << raw(R"({"flexible_sync": {"database_name": "a@b"}})", '\n') << 0x0a;
    }

    void aRawControlCharacterInAStringIsRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, character);
        SimFixture f;
        QVERIFY(f.started);
        path.replace(QStringLiteral("{config}"), configPath(f));
        const QJsonObject before = f.app().deployed.block;
        const auto [status, reply] = f.http(method, path, body);
        QCOMPARE(status, 400);
        QVERIFY2(errorOf(reply).contains(QStringLiteral("raw control character (U+%1)")
                                             .arg(character, 4, 16, QLatin1Char('0'))),
            reply.constData());
        QCOMPARE(f.server.faults().rules().size(), 0);
        QCOMPARE(f.app().deployed.block, before);
    }

    // The same character escaped is JSON, and taken.
    void anEscapedControlCharacterIsTaken()
    {
        SimFixture f;
        QVERIFY(f.started);
        const auto [status, body] = f.http("PATCH", configPath(f),
            R"({"flexible_sync": {"queryable_fields_names": ["own\u000aer"]}})");
        QVERIFY2(status == 204, body.constData());
    }

    void aMissingTokenIsCalledMissing_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("says");
        QTest::newRow("no header") << QByteArray() << QStringLiteral("no access token was sent");
        QTest::newRow("another scheme")
            << QByteArray("Basic dXNlcjpwYXNz") << QStringLiteral("no access token was sent");
        QTest::newRow("an empty bearer")
            << QByteArray("Bearer ") << QStringLiteral("no access token was sent");
        QTest::newRow("an unknown token")
            << QByteArray("Bearer nope") << QStringLiteral("valid authentication required");
    }

    void aMissingTokenIsCalledMissing()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, says);
        SimFixture f;
        QVERIFY(f.started);
        const auto [status, body] = profile(f, authorization);
        QCOMPARE(status, 401);
        QCOMPARE(objectOf(body).value(QStringLiteral("error_code")).toString(),
            QStringLiteral("InvalidSession"));
        const QString error = errorOf(body);
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("expired")), qPrintable(error));
    }

    // An expired token is still called expired, on the profile as on every other call.
    void anExpiredTokenIsCalledExpired()
    {
        SimFixture f;
        QVERIFY(f.started);
        const SimSessions::Issued issued = f.backend.sessions().login(
            SimDefaults::publicKey(), SimDefaults::privateKey(), f.backend.now());
        f.backend.sessions().expireAccessTokens();
        const auto [status, body] = profile(f, "Bearer " + issued.accessToken.toLatin1());
        QCOMPARE(status, 401);
        QVERIFY2(errorOf(body).contains(QStringLiteral("access token expired")), body.constData());
    }
};

QTEST_GUILESS_MAIN(TestSimInput)
#include "tst_siminput.moc"
