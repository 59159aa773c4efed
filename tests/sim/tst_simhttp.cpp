// The simulator's HTTP server as a training room meets it: requests read within limits (a
// body past the limit refused with 413 before it is read, before authentication), headers
// capped (431), malformed requests refused (400), HTTP/1.0 and "Connection: close" honoured,
// idle and stalled connections closed, and a cap on connections that refuses politely.
#include "FaultRule.h"
#include "FullDisk.h"
#include "HttpRequestParser.h"
#include "LoopbackServer.h"
#include "RawClient.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"
#include "SimStateFile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class TestSimHttp : public QObject
{
    Q_OBJECT

    using Server = LoopbackServer;

    using Client = RawClient;

    static QByteArray get(const char *path, const char *extra = "")
    {
        return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
    }

private slots:
    void parserRefusesWhatBreaksTheRules_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        const QByteArray host = "Host: x\r\n";
        QTest::newRow("body announced past the limit")
            << QByteArray("PATCH /a HTTP/1.1\r\n" + host + "Content-Length: 314572800\r\n\r\n")
            << 413;
        QTest::newRow("chunked body past the limit") << QByteArray("POST /a HTTP/1.1\r\n" + host
            + "Transfer-Encoding: chunked\r\n\r\n80000\r\n" + QByteArray(0x80000, 'x')
            + "\r\n80001\r\n") << 413;
        QByteArray many = "GET / HTTP/1.1\r\n" + host;
        for (int i = 0; i < 101; ++i)
            many += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many headers") << many << 431;
        QTest::newRow("headers too large")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-Big: " + QByteArray(40000, 'a')) << 431;
        QTest::newRow("request line too long")
            << QByteArray("GET /" + QByteArray(9000, 'a')) << 414;
        QTest::newRow("malformed header line")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "no colon here\r\n\r\n") << 400;
        QTest::newRow("folded header")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: 1\r\n  continued\r\n\r\n") << 400;
        QTest::newRow("unknown version") << QByteArray("GET / HTTP/2.0\r\n" + host + "\r\n") << 400;
        QTest::newRow("HTTP/1.1 without Host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("both lengths") << QByteArray("POST / HTTP/1.1\r\n" + host
            + "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n")
                                      << 400;
        QTest::newRow("two lengths") << QByteArray(
            "POST / HTTP/1.1\r\n" + host + "Content-Length: 3\r\nContent-Length: 4\r\n\r\n")
                                     << 400;
        QTest::newRow("length not a number")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n") << 400;
        QTest::newRow("unknown encoding")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: gzip\r\n\r\n") << 501;
        QTest::newRow("bad chunk size")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\nzz\r\n")
            << 400;
        QTest::newRow("a stream of blank lines")
            << QByteArray(100000, '\n').replace("\n", "\r\n") << 400;
        QTest::newRow("two transfer encodings") << QByteArray("POST / HTTP/1.1\r\n" + host
            + "Transfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n")
                                                << 400;
        QTest::newRow("control character in the target")
            << QByteArray("GET /a\x01 HTTP/1.1\r\n" + host + "\r\n") << 400;
    }

    void parserRefusesWhatBreaksTheRules()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        HttpRequestParser parser;
        QCOMPARE(parser.feed(bytes), HttpRequestParser::State::Failed);
        QCOMPARE(parser.errorStatus(), status);
        QVERIFY(!parser.errorText().isEmpty());
    }

    void parserReadsBodiesAndPipelines()
    {
        HttpRequestParser parser;
        const QByteArray two = "POST /x?a=1 HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                               "POST /y HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
                               "3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\nTrailer: t\r\n\r\n"
                               "GET /z HTTP/1.0\r\n\r\n";
        // Byte by byte, as the slowest network would bring it.
        HttpRequestParser::State state = HttpRequestParser::State::Incomplete;
        int i = 0;
        for (; i < two.size() && state == HttpRequestParser::State::Incomplete; ++i)
            state = parser.feed(two.mid(i, 1));
        QCOMPARE(state, HttpRequestParser::State::Complete);
        HttpRequest first = parser.take();
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.path(), QStringLiteral("/x"));
        QCOMPARE(first.query().queryItemValue(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(first.body, QByteArray("hello"));
        QVERIFY(first.keepAlive());
        QCOMPARE(parser.feed(two.mid(i)), HttpRequestParser::State::Complete);
        const HttpRequest second = parser.take();
        QCOMPARE(second.body, QByteArray("abcde"));
        QCOMPARE(parser.state(), HttpRequestParser::State::Complete);
        const HttpRequest third = parser.take();
        QCOMPARE(third.path(), QStringLiteral("/z"));
        QVERIFY(!third.keepAlive()); // HTTP/1.0
        QCOMPARE(parser.state(), HttpRequestParser::State::Incomplete);
        QVERIFY(!parser.inProgress());
    }

    void aHugeBodyIsRefusedBeforeItIsReadOrAuthenticated()
    {
        Server s;
        QVERIFY(s.start());
        Client c(s.server.port());
        QVERIFY(c.connected());
        // No Authorization header, and only the head of a 300 MB body: the answer is 413 at
        // once, not 401 and not after reading 300 MB.
        c.send("PATCH /api/admin/v3.0/groups/g/apps/a/services/s/config HTTP/1.1\r\n"
               "Host: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "Content-Length: 314572800\r\n\r\n{\"x\": \"");
        const QByteArray reply = c.read();
        QVERIFY2(reply.startsWith("HTTP/1.1 413 "), reply.constData());
        QVERIFY(reply.contains("Connection: close"));
        QVERIFY(c.closedByServer());

        // Everyone else is still served.
        Client next(s.server.port());
        QVERIFY(next.connected());
        next.send(get("/api/admin/v3.0/auth/profile"));
        QVERIFY(next.read("}").startsWith("HTTP/1.1 401 "));
    }

    void closeAndHttp10AreHonoured()
    {
        Server s;
        QVERIFY(s.start());
        Client keep(s.server.port());
        QVERIFY(keep.connected());
        keep.send(get("/nowhere") + get("/nowhere/again"));
        const QByteArray two = keep.read("again");
        QCOMPARE(two.count("HTTP/1.1 404 "), 2); // pipelined, both answered, in order
        QVERIFY(two.indexOf("/nowhere ") < two.indexOf("/nowhere/again"));
        QCOMPARE(keep.socket.state(), QAbstractSocket::ConnectedState);

        Client close(s.server.port());
        QVERIFY(close.connected());
        close.send(get("/nowhere", "Connection: close\r\n"));
        QVERIFY(close.closedByServer());
        QVERIFY(close.received.startsWith("HTTP/1.1 404 "));

        Client old(s.server.port());
        QVERIFY(old.connected());
        old.send("GET /nowhere HTTP/1.0\r\n\r\n");
        QVERIFY(old.closedByServer());
        QVERIFY(old.received.startsWith("HTTP/1.1 404 "));
    }

    void idleAndStalledConnectionsAreClosed()
    {
        Server s;
        s.server.setTimeouts({150, 300});
        QVERIFY(s.start());
        Client idle(s.server.port());
        QVERIFY(idle.connected());
        QVERIFY(idle.closedByServer(3000));
        QVERIFY(idle.received.isEmpty());

        Client stalled(s.server.port());
        QVERIFY(stalled.connected());
        stalled.send("GET /api/admin/v3.0/auth/profile HTTP/1.1\r\nHost: 12");
        QVERIFY(stalled.closedByServer(3000));
        QVERIFY2(stalled.received.startsWith("HTTP/1.1 408 "), stalled.received.constData());
        QTRY_COMPARE(s.server.connectionCount(), 0);
    }

    void connectionsPastTheCapAreRefusedPolitely()
    {
        Server s;
        s.server.setConnectionLimits({3, 3});
        QVERIFY(s.start());
        // Three connections busy with requests that have not arrived whole: no room is made.
        std::vector<std::unique_ptr<Client>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(std::make_unique<Client>(s.server.port()));
            QVERIFY(held.back()->connected());
            held.back()->send("GET /nowhere HTTP/1.1\r\nHost: 1");
        }
        QTRY_COMPARE(s.server.busyConnectionCount(), 3);
        Client refused(s.server.port());
        QVERIFY(refused.connected());
        QVERIFY(refused.closedByServer());
        QVERIFY2(refused.received.startsWith("HTTP/1.1 503 "), refused.received.constData());
        QVERIFY(refused.received.contains("Retry-After: 1"));

        // The connections held are still served, and a freed place is taken again.
        held[0]->send("27.0.0.1\r\n\r\n");
        QVERIFY(held[0]->read("}").startsWith("HTTP/1.1 404 "));
        held[1]->socket.disconnectFromHost();
        QTRY_COMPARE(s.server.connectionCount(), 2);
        Client next(s.server.port());
        QVERIFY(next.connected());
        next.send(get("/nowhere"));
        QVERIFY(next.read("}").startsWith("HTTP/1.1 404 "));
    }

    void theControlApiRefusesCrossSiteAndBadInput_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const auto post
            = [](const QByteArray &path, const QByteArray &headers, const QByteArray &body) {
                  return "POST " + path + " HTTP/1.1\r\n" + headers
                      + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
              };
        const QByteArray rule = "{\"path\": \"*\", \"status\": 503}";
        QTest::newRow("a web page's text/plain POST")
            << post("/_sim/faults", "Host: 127.0.0.1:PORT\r\nContent-Type: text/plain\r\n", rule)
            << 415;
        QTest::newRow("a foreign origin") << post("/_sim/faults",
            "Host: 127.0.0.1:PORT\r\nOrigin: http://evil.example\r\n"
            "Content-Type: application/json\r\n",
            rule) << 403;
        QTest::newRow("a rebound name") << post(
            "/_sim/faults", "Host: evil.example:PORT\r\nContent-Type: application/json\r\n", rule)
                                        << 403;
        QTest::newRow("a rule with an unknown field") << post("/_sim/faults",
            "Host: 127.0.0.1:PORT\r\nContent-Type: application/json\r\n",
            "{\"path\": \"*\", \"stauts\": 503}") << 400;
        QTest::newRow("the clock past ten years") << post("/_sim/clock?advance=9223372036854775807",
            "Host: 127.0.0.1:PORT\r\nContent-Type: application/json\r\n", "")
                                                  << 400;
        QTest::newRow("settings that are not settings") << post("/_sim/settings",
            "Host: 127.0.0.1:PORT\r\nContent-Type: application/json\r\n",
            "{\"deployment_delay_ms\": -5}") << 400;
        QTest::newRow("settings with an unknown key") << post("/_sim/settings",
            "Host: 127.0.0.1:PORT\r\nContent-Type: application/json\r\n", "{\"colour\": \"red\"}")
                                                      << 400;
        QTest::newRow("settings that are a list") << post(
            "/_sim/settings", "Host: 127.0.0.1:PORT\r\nContent-Type: application/json\r\n", "[]")
                                                  << 400;
        // One router answers every control path: a known path asked with another method is
        // refused as such, an unknown path or app is not found.
        QTest::newRow("a known path with another method") << post(
            "/_sim/state", "Host: 127.0.0.1:PORT\r\nContent-Type: application/json\r\n", "{}")
                                                          << 405;
        QTest::newRow("an unknown control path") << post(
            "/_sim/nothing", "Host: 127.0.0.1:PORT\r\nContent-Type: application/json\r\n", "{}")
                                                 << 404;
        QTest::newRow("the devices of an unknown app") << post("/_sim/apps/nope/devices",
            "Host: 127.0.0.1:PORT\r\nContent-Type: application/json\r\n", "{\"id\": \"d\"}")
                                                       << 404;
        QTest::newRow("its own origin and JSON pass") << post("/_sim/faults",
            "Host: localhost:PORT\r\nOrigin: http://localhost:PORT\r\n"
            "Content-Type: application/json\r\n",
            "{\"path\": \"/never\", \"status\": 503}") << 201;
    }

    void theControlApiRefusesCrossSiteAndBadInput()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        Server s;
        QVERIFY(s.start());
        const int delayBefore = s.backend.deploymentDelayMs();
        Client c(s.server.port());
        QVERIFY(c.connected());
        c.send(request.replace("PORT", QByteArray::number(s.server.port())));
        const QByteArray reply = c.read("}");
        QVERIFY2(
            reply.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), reply.constData());
        if (status >= 400) { // refused: nothing changed
            QCOMPARE(s.server.faults().rules().size(), 0);
            QVERIFY(qAbs(s.backend.now().secsTo(QDateTime::currentDateTimeUtc())) < 60);
            QCOMPARE(s.backend.deploymentDelayMs(), delayBefore);
        }
    }

    void aChangeThatCannotBeSavedIsRefusedAndUndone()
    {
        // With a state file on a full disk, a change is answered 503 in the service's error
        // shape, not 2xx, and what is served afterwards is what the file holds.
        QTemporaryDir dir;
        auto full = std::make_shared<std::atomic<bool>>(false);
        Server s;
        SimStateFile file(&s.backend, dir.filePath(QStringLiteral("state.json")), nullptr,
            std::make_unique<FullDisk>(full));
        QString problem;
        QVERIFY(file.save(&problem));
        file.watch();
        s.server.setStateFile(&file);
        QVERIFY(s.start());
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(s.server.port()) + "\r\n";
        const auto ask = [&](const QByteArray &method, const QByteArray &path) {
            Client c(s.server.port());
            if (!c.connected())
                return QByteArray();
            c.send(method + ' ' + path + " HTTP/1.1\r\n" + host
                + "Content-Type: application/json\r\nContent-Length: 0\r\n"
                  "Connection: close\r\n\r\n");
            return c.read();
        };
        const auto body = [](const QByteArray &reply) {
            return QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object();
        };
        const auto offset = [&] {
            return body(ask("GET", "/_sim/state")).value(QStringLiteral("clock_offset")).toInt(-1);
        };
        const int before = offset();
        QVERIFY(before >= 0);

        *full = true;
        const QByteArray refused = ask("POST", "/_sim/clock?advance=600");
        QVERIFY2(refused.startsWith("HTTP/1.1 503 "), refused.constData());
        const QJsonObject error = body(refused);
        QCOMPARE(
            error.value(QStringLiteral("error_code")).toString(), QStringLiteral("StateNotSaved"));
        QVERIFY2(error.value(QStringLiteral("error"))
                     .toString()
                     .contains(QStringLiteral("No space left")),
            refused.constData());
        QCOMPARE(offset(), before); // undone, and reads are still served

        *full = false;
        const QByteArray accepted = ask("POST", "/_sim/clock?advance=600");
        QVERIFY2(accepted.startsWith("HTTP/1.1 204 "), accepted.constData());
        QCOMPARE(offset(), before + 600);
    }

    void injectedErrorsCarryTheServicesCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("401") << 401 << QByteArray("InvalidSession");
        QTest::newRow("409") << 409 << QByteArray("Conflict");
        QTest::newRow("503") << 503 << QByteArray("ServiceUnavailable");
        QTest::newRow("500") << 500 << QByteArray("InternalServerError");
    }

    void injectedErrorsCarryTheServicesCodes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        Server s;
        QString problem;
        s.server.faults().add(
            *FaultRule::parse(QStringLiteral("GET /auth/profile status=%1").arg(status), &problem));
        QVERIFY(s.start());
        Client c(s.server.port());
        QVERIFY(c.connected());
        c.send(get("/api/admin/v3.0/auth/profile"));
        const QByteArray reply = c.read("}");
        QVERIFY(reply.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '));
        QVERIFY2(reply.contains("\"error_code\":\"" + code + '"'), reply.constData());
    }
};

QTEST_GUILESS_MAIN(TestSimHttp)
#include "tst_simhttp.moc"
