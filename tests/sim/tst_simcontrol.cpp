// The control API's fault rules, checked field by field when they are posted, over HTTP on
// loopback: a path that is no bounded glob, a status, delay or count out of range, a redirect
// that is no absolute http(s) URL or holds a line break are refused with 400 and a sentence
// naming the field, and nothing is put in force. A rule in force is matched in bounded time and
// never writes to stderr, however its pattern reads. And whatever a reply carries, no header
// goes on the wire split: the server refuses with 500 instead.
#include "FaultInjector.h"
#include "FaultRule.h"
#include "HttpConnection.h"
#include "PathGlob.h"
#include "SimFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <tuple>

namespace {

// Every message Qt or the simulator writes while a Capture lives (qWarning and the like go to
// stderr in the simulator program).
QStringList *captured = nullptr;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (captured)
        captured->append(message.left(200));
}

struct Capture
{
    Capture()
    {
        captured = &messages;
        previous = qInstallMessageHandler(capture);
    }
    ~Capture()
    {
        qInstallMessageHandler(previous);
        captured = nullptr;
    }
    QStringList messages;
    QtMessageHandler previous;
};

QJsonObject objectOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

// One raw exchange: the bytes exactly as the server wrote them, up to the end of the JSON body.
QByteArray raw(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    QByteArray received;
    (void)QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState || received.endsWith('}');
        },
        5000);
    return received + socket.readAll();
}

} // namespace

class TestSimControl : public QObject
{
    Q_OBJECT

private slots:
    void faultRulesAreCheckedFieldByField_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        QTest::addColumn<QString>("field"); // empty: the rule is valid and put in force

        const auto rule = [](const char *key, const QJsonValue &value) {
            QJsonObject o {{QStringLiteral("path"), QStringLiteral("/never")},
                {QStringLiteral("status"), 503}};
            o.insert(QLatin1String(key), value);
            return o;
        };
        // A pattern longer than the regular expression engine takes: before, it was kept, and
        // every request then warned about an invalid expression, pattern and all.
        QTest::newRow("a huge path")
            << rule("path", QString(100000, QLatin1Char('x'))) << QStringLiteral("path");
        QTest::newRow("a path past 512")
            << rule("path", QLatin1Char('/') + QString(512, u'x')) << QStringLiteral("path");
        QTest::newRow("a path with a line break")
            << rule("path", QStringLiteral("/groups\r\nX: 1")) << QStringLiteral("path");
        QTest::newRow("a path with a space")
            << rule("path", QStringLiteral("/a b")) << QStringLiteral("path");
        QTest::newRow("a path that starts nowhere")
            << rule("path", QStringLiteral("groups/*")) << QStringLiteral("path");
        QTest::newRow("an empty path") << rule("path", QString()) << QStringLiteral("path");
        QTest::newRow("a path that is no string") << rule("path", 5) << QStringLiteral("path");
        QTest::newRow("a method with a line break")
            << rule("method", QStringLiteral("GET\r\nX")) << QStringLiteral("method");
        QTest::newRow("a 2xx status") << rule("status", 200) << QStringLiteral("status");
        QTest::newRow("a status past 599") << rule("status", 600) << QStringLiteral("status");
        QTest::newRow("a status as text")
            << rule("status", QStringLiteral("503")) << QStringLiteral("status");
        QTest::newRow("a status with a fraction")
            << rule("status", 503.5) << QStringLiteral("status");
        QTest::newRow("a negative latency")
            << rule("latency_ms", -1) << QStringLiteral("latency_ms");
        QTest::newRow("a latency past ten minutes")
            << rule("latency_ms", 600001) << QStringLiteral("latency_ms");
        QTest::newRow("a latency past an int")
            << rule("latency_ms", 1e12) << QStringLiteral("latency_ms");
        QTest::newRow("a Retry-After past a year")
            << rule("retry_after", 40000000) << QStringLiteral("retry_after");
        QTest::newRow("a negative Retry-After")
            << rule("retry_after", -2) << QStringLiteral("retry_after");
        QTest::newRow("a count of none") << rule("count", 0) << QStringLiteral("count");
        QTest::newRow("a count below -1") << rule("count", -5) << QStringLiteral("count");
        QTest::newRow("a flag that is no flag")
            << rule("drop", QStringLiteral("yes")) << QStringLiteral("drop");
        QTest::newRow("an oversize past 512 MiB")
            << rule("oversize_bytes", 1e12) << QStringLiteral("oversize_bytes");
        QTest::newRow("a huge deployment error") << rule("deploy_error",
            QString(5000, QLatin1Char('e'))) << QStringLiteral("deploy_error");
        QTest::newRow("a redirect that splits the reply")
            << rule("redirect", QStringLiteral("http://127.0.0.1:9/x\r\nSet-Cookie: a=b"))
            << QStringLiteral("redirect");
        QTest::newRow("a redirect with a NUL")
            << rule("redirect", QStringLiteral("http://127.0.0.1:9/x") + QChar(0))
            << QStringLiteral("redirect");
        QTest::newRow("a relative redirect")
            << rule("redirect", QStringLiteral("/elsewhere")) << QStringLiteral("redirect");
        QTest::newRow("a redirect to another scheme") << rule("redirect",
            QStringLiteral("javascript:alert(1)")) << QStringLiteral("redirect");
        QTest::newRow("a redirect with a space")
            << rule("redirect", QStringLiteral("http://127.0.0.1:9/a b"))
            << QStringLiteral("redirect");

        QTest::newRow("a glob of stars")
            << rule("path", QStringLiteral("*a*a*a*a*a*a*a*a*a*b")) << QString();
        QTest::newRow("an https redirect")
            << QJsonObject {{QStringLiteral("path"), QStringLiteral("*/login")},
                   {QStringLiteral("redirect"), QStringLiteral("https://example.com/x?y=1")},
                   {QStringLiteral("status"), 302}}
            << QString();
        QTest::newRow("every field in range")
            << QJsonObject {{QStringLiteral("method"), QStringLiteral("post")},
                   {QStringLiteral("path"), QStringLiteral("*/deployment")},
                   {QStringLiteral("latency_ms"), 600000}, {QStringLiteral("retry_after"), 5},
                   {QStringLiteral("count"), 2}, {QStringLiteral("drop"), false},
                   {QStringLiteral("deploy_error"), QStringLiteral("the cluster is down")},
                   {QStringLiteral("oversize_bytes"), 4096}}
            << QString();
    }

    void faultRulesAreCheckedFieldByField()
    {
        QFETCH(QJsonObject, rule);
        QFETCH(QString, field);
        SimFixture f;
        QVERIFY(f.started);
        const auto [status, body]
            = f.http("POST", QStringLiteral("/_sim/faults"), QJsonDocument(rule).toJson());
        if (field.isEmpty()) {
            QCOMPARE(status, 201);
            QCOMPARE(f.server.faults().rules().size(), 1);
            return;
        }
        QCOMPARE(status, 400);
        const QJsonObject error = objectOf(body);
        QCOMPARE(
            error.value(QStringLiteral("error_code")).toString(), QStringLiteral("BadRequest"));
        const QString text = error.value(QStringLiteral("error")).toString();
        QVERIFY2(text.contains(QStringLiteral("\u201c%1\u201d").arg(field)), qPrintable(text));
        QCOMPARE(f.server.faults().rules().size(), 0);
        const auto [listed, list] = f.http("GET", QStringLiteral("/_sim/faults"));
        QCOMPARE(listed, 200);
        QCOMPARE(QJsonDocument::fromJson(list).array().size(), 0);
    }

    // The --fault form and the scenarios' drills read rules through the same checks, and name
    // the key as that form spells it.
    void commandLineRulesAreCheckedAlike_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("key");
        QTest::newRow("a huge path") << QStringLiteral("GET /%1 status=503").arg(QString(600, u'x'))
                                     << QStringLiteral("PATH");
        QTest::newRow("a path with a control character")
            << QStringLiteral("GET /a\u0001b status=503") << QStringLiteral("PATH");
        QTest::newRow("a relative redirect")
            << QStringLiteral("GET * redirect=/x") << QStringLiteral("redirect");
        QTest::newRow("a redirect with a line break") << QStringLiteral(
            "GET * redirect=http://127.0.0.1:9/\rX:1") << QStringLiteral("redirect");
        QTest::newRow("a count of none")
            << QStringLiteral("GET * status=503 count=0") << QStringLiteral("count");
        QTest::newRow("a latency past ten minutes")
            << QStringLiteral("GET * latency=600001") << QStringLiteral("latency");
        QTest::newRow("a method that is none")
            << QStringLiteral("G/T * status=503") << QStringLiteral("METHOD");
    }

    void commandLineRulesAreCheckedAlike()
    {
        QFETCH(QString, spec);
        QFETCH(QString, key);
        QString problem;
        QVERIFY(!FaultRule::parse(spec, &problem));
        QVERIFY2(problem.contains(key + QStringLiteral(" must")), qPrintable(problem));
    }

    // A rule the old regular expression could not compile was kept and then warned on every
    // request (the simulator hung once its stderr pipe was full). Now it is refused, and no
    // request writes anything, whatever rules are in force.
    void noRequestWritesToStderr()
    {
        SimFixture f;
        QVERIFY(f.started);
        Capture capture;
        f.http("POST", QStringLiteral("/_sim/faults"),
            QJsonDocument(QJsonObject {{QStringLiteral("path"), QString(100000, u'x')},
                              {QStringLiteral("status"), 503}})
                .toJson());
        f.http("POST", QStringLiteral("/_sim/faults"),
            R"({"path": "*a*a*a*a*a*a*a*a*a*a*a*a*/b", "status": 503})");
        for (int i = 0; i < 5; ++i)
            QCOMPARE(
                f.http("GET", QStringLiteral("/groups/%1/apps").arg(f.backend.groupId())).first,
                200);
        QVERIFY2(capture.messages.isEmpty(), qPrintable(capture.messages.join(u'\n')));
    }

    void globsMatchAsBefore_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("a star") << QStringLiteral("*") << QStringLiteral("/groups/g") << true;
        QTest::newRow("a star, nothing") << QStringLiteral("*") << QString() << true;
        QTest::newRow("exact") << QStringLiteral("/auth/profile") << QStringLiteral("/auth/profile")
                               << true;
        QTest::newRow("exact, longer")
            << QStringLiteral("/auth/profile") << QStringLiteral("/auth/profile/x") << false;
        QTest::newRow("a star over slashes")
            << QStringLiteral("*/deployment")
            << QStringLiteral("/groups/g/apps/a/drafts/d/deployment") << true;
        QTest::newRow("stars inside") << QStringLiteral("/groups/*/apps/*/drafts")
                                      << QStringLiteral("/groups/g/apps/a/drafts") << true;
        QTest::newRow("stars inside, another end")
            << QStringLiteral("/groups/*/apps/*/drafts") << QStringLiteral("/groups/g/apps/a/logs")
            << false;
        QTest::newRow("start and end overlap")
            << QStringLiteral("ab*ba") << QStringLiteral("aba") << false;
        QTest::newRow("an empty star") << QStringLiteral("/a*/b") << QStringLiteral("/a/b") << true;
        QTest::newRow("pieces in order")
            << QStringLiteral("*b*a*") << QStringLiteral("xaxbx") << false;
        QTest::newRow("regex characters are literal")
            << QStringLiteral("/a.c(d)+") << QStringLiteral("/abc(d)+") << false;
        QTest::newRow("regex characters match themselves")
            << QStringLiteral("/a.c(d)+") << QStringLiteral("/a.c(d)+") << true;
    }

    void globsMatchAsBefore()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(PathGlob(pattern).matches(path), matches);
    }

    // A pattern that made the old regular expression backtrack costs no more than any other: the
    // longest pattern against the longest path a request line holds, many times over.
    void aBacktrackingPatternMatchesInBoundedTime()
    {
        QString pattern;
        while (pattern.size() + 6 <= PathGlob::MaxLength)
            pattern += QStringLiteral("*/a");
        pattern += QStringLiteral("*/b");
        QString problem;
        const std::optional<FaultRule> rule
            = FaultRule::parse(QStringLiteral("GET %1 status=503").arg(pattern), &problem);
        QVERIFY2(rule, qPrintable(problem));
        FaultInjector faults;
        faults.add(*rule);
        // Paths that match no such rule: one with fewer "/a" than the pattern asks for (found
        // out only at the last piece), one that ends past the "/b" (the old expression tried
        // every way of spreading the "/a" first).
        const QStringList paths {QStringLiteral("/a").repeated(100) + QStringLiteral("/b"),
            QStringLiteral("/a").repeated(200) + QStringLiteral("/b/x")};
        Capture capture;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 200; ++i)
            QVERIFY(!faults.take("GET", paths[i % 2]));
        // The old expression took some 60 ms on each path that ends past the "/b" (6 s in all
        // here); the glob takes microseconds.
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(capture.messages.isEmpty());
    }

    // One check where headers are written: a header value with a line break, whatever put it
    // in the reply, is never sent; the reply becomes a 500.
    void noHeaderIsWrittenSplit_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("CR LF") << QByteArray("Location")
                               << QByteArray("http://x/\r\nX-Injected: 1");
        QTest::newRow("LF") << QByteArray("Location") << QByteArray("http://x/\nX-Injected: 1");
        QTest::newRow("CR") << QByteArray("Location") << QByteArray("http://x/\rX-Injected: 1");
        QTest::newRow("NUL") << QByteArray("Location") << QByteArray("http://x/\0X", 11);
        QTest::newRow("a name with a colon") << QByteArray("X-Injected: 1\r\nA") << QByteArray("b");
    }

    void noHeaderIsWrittenSplit()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        SimReply reply
            = SimReply::error(307, QStringLiteral("moved elsewhere"), QStringLiteral("Redirect"));
        reply.headers.append({name, value});
        const QByteArray wire = HttpConnection::serialize(reply, false);
        QVERIFY2(wire.startsWith("HTTP/1.1 500 "), wire.constData());
        const QByteArray head = wire.left(wire.indexOf("\r\n\r\n"));
        QVERIFY2(!head.contains("X-Injected"), head.constData());
        QVERIFY(!head.contains('\0'));
        QCOMPARE(objectOf(wire.mid(wire.indexOf("\r\n\r\n") + 4))
                     .value(QStringLiteral("error_code"))
                     .toString(),
            QStringLiteral("InternalServerError"));
    }

    // The same over HTTP, with a rule put in force past the checks (as a state file written by
    // an older simulator could): the client reads one whole reply, a 500, never two.
    void aRedirectPastTheChecksIsNotSentSplit()
    {
        SimFixture f;
        QVERIFY(f.started);
        FaultRule rule;
        rule.path = QStringLiteral("/auth/profile");
        rule.redirect
            = QStringLiteral("http://127.0.0.1:9/\r\nX-Injected: 1\r\n\r\nHTTP/1.1 200 OK");
        f.server.faults().add(rule);
        const QByteArray reply = raw(f.server.port(),
            "GET /api/admin/v3.0/auth/profile HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 500 "), reply.constData());
        QVERIFY2(!reply.contains("X-Injected"), reply.constData());
        QCOMPARE(reply.count("HTTP/1.1"), 1);
    }

    // An app's config layout moves to sync/config.json as the service moved old apps: the
    // draft's diff names the file the app has now, with the keys that file holds
    // (development_mode_enabled, service_name), and the state keeps it. Anything but
    // "services" or "sync" is refused and changes nothing.
    void theConfigLayoutMovesTheDiffToSyncConfigJson()
    {
        SimFixture f(QStringLiteral("partition"));
        QVERIFY(f.started);
        SimApp &app = f.app();
        QVERIFY(app.legacyLayout);
        QVERIFY(!f.backend
                     .changeSync(app, SyncConfig::Mode::PartitionBased,
                         QJsonObject {{QStringLiteral("state"), QStringLiteral("disabled")}})
                     .isRefused());
        QVERIFY(app.draft.has_value());
        const QString diffPath = QStringLiteral("/groups/%1/apps/%2/drafts/%3/diff")
                                     .arg(f.backend.groupId(), app.id, app.draft->id);
        const auto firstDiff = [&f, &diffPath] {
            const auto [status, body] = f.http("GET", diffPath);
            return status == 200
                ? QJsonDocument::fromJson(body).object().value(QStringLiteral("diffs")).toArray()
                      .at(0).toString()
                : QString::number(status);
        };
        QVERIFY2(firstDiff().startsWith(QStringLiteral("--- services/Example-Service/config.json\n")),
            qPrintable(firstDiff()));

        const QString appPath = QStringLiteral("/_sim/apps/%1").arg(app.id);
        for (const QByteArray &wrong : {QByteArray(R"({"config_layout": "flat"})"),
                 QByteArray("{}"), QByteArray(R"({"config_layout": "sync", "colour": 1})"),
                 QByteArray(R"({"config_layout": 2})"), QByteArray("[]")}) {
            QCOMPARE(f.http("PATCH", appPath, wrong).first, 400);
            QVERIFY(app.legacyLayout);
        }

        const auto [status, body] = f.http("PATCH", appPath, R"({"config_layout": "sync"})");
        QCOMPARE(status, 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("config_layout")),
            QStringLiteral("sync"));
        const QString diff = firstDiff();
        QVERIFY2(diff.startsWith(QStringLiteral("--- sync/config.json\n+++ sync/config.json\n@@ -1,")),
            qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("\n-    \"state\": \"enabled\",\n+    \"state\": \"disabled\",\n")));
        QVERIFY(diff.contains(QStringLiteral("\n+    \"last_disabled\": ")));
        QVERIFY(diff.contains(QStringLiteral("\n     \"development_mode_enabled\": false,\n")));
        QVERIFY(diff.contains(QStringLiteral("\n     \"service_name\": \"Example-Service\"\n")));
        QCOMPARE(f.backend.toJson().value(QStringLiteral("apps")).toArray().at(0).toObject().value(
                     QStringLiteral("legacy_layout")),
            false);

        QCOMPARE(f.http("PATCH", appPath, R"({"config_layout": "services"})").first, 200);
        QVERIFY(firstDiff().startsWith(QStringLiteral("--- services/Example-Service/config.json\n")));
        QCOMPARE(f.http("PATCH", QStringLiteral("/_sim/apps/nope"), R"({"config_layout": "sync"})")
                     .first,
            404);
    }

    // The linked cluster's names: the cluster's and its service's (the diff's file and the
    // services list follow), and the name sync/config.json alone gives it. Names that would not
    // make one path segment are refused and change nothing.
    void theAppsNamesChange()
    {
        SimFixture f(QStringLiteral("partition"));
        QVERIFY(f.started);
        SimApp &app = f.app();
        const QString appPath = QStringLiteral("/_sim/apps/%1").arg(app.id);
        for (const QByteArray &wrong :
            {QByteArray(R"({"service_name": ""})"), QByteArray(R"({"service_name": "a/b"})"),
                QByteArray(R"({"cluster_name": 3})"), QByteArray(R"({"data_source_name": "   "})"),
                QByteArray(R"({"service_name": "x", "name": "y"})"),
                QByteArray("{\"cluster_name\": \"") + QByteArray(65, 'c') + "\"}"}) {
            QCOMPARE(f.http("PATCH", appPath, wrong).first, 400);
            QCOMPARE(app.serviceName, QStringLiteral("Example-Service"));
            QCOMPARE(app.clusterName, QStringLiteral("ExampleCluster"));
            QVERIFY(app.dataSourceName.isEmpty());
        }

        auto [status, body] = f.http(
            "PATCH", appPath, R"({"config_layout": "sync", "data_source_name": "mongodb-atlas"})");
        QCOMPARE(status, 200);
        QJsonObject reply = QJsonDocument::fromJson(body).object();
        QCOMPARE(reply.value(QStringLiteral("service_name")), QStringLiteral("Example-Service"));
        QCOMPARE(reply.value(QStringLiteral("data_source_name")), QStringLiteral("mongodb-atlas"));
        QVERIFY(!f.backend
                     .changeSync(app, SyncConfig::Mode::PartitionBased,
                         QJsonObject {{QStringLiteral("state"), QStringLiteral("disabled")}})
                     .isRefused());
        const QString diffPath = QStringLiteral("/groups/%1/apps/%2/drafts/%3/diff")
                                     .arg(f.backend.groupId(), app.id, app.draft->id);
        const auto diffs = [&f, &diffPath] {
            return QJsonDocument::fromJson(f.http("GET", diffPath).second)
                .object()
                .value(QStringLiteral("diffs"))
                .toArray();
        };
        QVERIFY2(diffs().at(0).toString().contains(
                     QStringLiteral("\n     \"service_name\": \"mongodb-atlas\"\n")),
            qPrintable(diffs().at(0).toString()));
        // Kept in the state, and read back from it.
        const QJsonObject kept
            = f.backend.toJson().value(QStringLiteral("apps")).toArray().at(0).toObject();
        QCOMPARE(SimApp::fromJson(kept).dataSourceName, QStringLiteral("mongodb-atlas"));

        std::tie(status, body) = f.http("PATCH", appPath,
            R"({"config_layout": "services", "cluster_name": "RealmTasks", "service_name": "mongodb-atlas"})");
        QCOMPARE(status, 200);
        QCOMPARE(app.clusterName, QStringLiteral("RealmTasks"));
        QVERIFY2(diffs().at(0).toString().startsWith(
                     QStringLiteral("--- services/mongodb-atlas/config.json\n")),
            qPrintable(diffs().at(0).toString()));
        QVERIFY(
            diffs().at(0).toString().contains(QStringLiteral("\"clusterName\": \"RealmTasks\"")));
        const QString services
            = QStringLiteral("/groups/%1/apps/%2/services").arg(f.backend.groupId(), app.id);
        QVERIFY(f.http("GET", services).second.contains("\"name\":\"mongodb-atlas\""));
    }
};

QTEST_GUILESS_MAIN(TestSimControl)
#include "tst_simcontrol.moc"
