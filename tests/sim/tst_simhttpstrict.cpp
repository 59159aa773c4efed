// The simulator's HTTP server is exactly as strict as RFC 9112 asks, each case sent as raw
// bytes over a socket: header values lose SP and HTAB only (a vertical tab is not white space),
// a chunk size is 1*HEXDIG with extensions per the grammar, two Host headers are refused, and
// a request gets one deadline for its headers and body together, however slowly it trickles.
#include "LoopbackServer.h"
#include "RawClient.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"

#include <QTest>
#include <QTimer>

class TestSimHttpStrict : public QObject
{
    Q_OBJECT

    using Server = LoopbackServer;

    static QByteArray chunked(const QByteArray &chunks)
    {
        return "POST /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
               "Connection: close\r\n\r\n"
            + chunks;
    }

private slots:
    void requestsAreReadExactlyAsTheRfcSays_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("status");
        // Refused: each was taken before.
        QTest::newRow("vertical tab before chunked") << QByteArray(
            "POST /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Transfer-Encoding:\x0b"
            "chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("form feed after a value")
            << QByteArray("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\x0c\r\n\r\n")
            << QByteArray("400");
        QTest::newRow("chunk size 0x3") << chunked("0x3\r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunk size +3") << chunked("+3\r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunk size -0") << chunked("-0\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunk size ' 3 '")
            << chunked(" 3 \r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunk size '3 '") << chunked("3 \r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunk size of 16 digits")
            << chunked("0000000000000003\r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("empty chunk extension")
            << chunked("3;\r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunk extension without a value")
            << chunked("3;a=\r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("unterminated quoted extension")
            << chunked("3;a=\"b\r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("chunk extension ending in white space")
            << chunked("3;a=b \r\nabc\r\n0\r\n\r\n") << QByteArray("400");
        QTest::newRow("two Host headers")
            << QByteArray("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n")
            << QByteArray("400");
        QTest::newRow("two Host headers, same value")
            << QByteArray("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: 127.0.0.1\r\n\r\n")
            << QByteArray("400");
        // Accepted: what the grammar allows is read, and the path is answered as unknown.
        QTest::newRow("SP and HTAB around a value") << QByteArray(
            "GET /nowhere HTTP/1.1\r\nHost: \t 127.0.0.1 \t\r\n"
            "Connection: close\r\n\r\n") << QByteArray("404");
        QTest::newRow("hex digits in both cases")
            << chunked("a\r\n0123456789\r\nA\r\n0123456789\r\n0\r\n\r\n") << QByteArray("404");
        QTest::newRow("chunk extensions per the grammar")
            << chunked("3 ; name ; a=b ;q=\"x \\\" y\"\r\nabc\r\n0;last\r\n\r\n")
            << QByteArray("404");
    }

    void requestsAreReadExactlyAsTheRfcSays()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, status);
        Server s;
        QVERIFY(s.start());
        RawClient c(s.server.port());
        QVERIFY(c.connected());
        c.send(bytes);
        QVERIFY(c.closedByServer());
        QVERIFY2(c.statusLine().startsWith("HTTP/1.1 " + status + ' '), c.received.constData());
    }

    void aTrickledRequestMeetsOneDeadline_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<char>("byte");
        // Headers that never end, and a chunked body whose bytes never end: a byte every 40 ms,
        // well within the idle time (10 s), past the request's deadline (400 ms).
        QTest::newRow("headers") << QByteArray("GET /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: ")
                                 << 'a';
        QTest::newRow("chunked body") << chunked("ffff\r\n") << 'a';
        QTest::newRow("content-length body") << QByteArray(
            "POST /nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 65535\r\n\r\n")
                                             << 'a';
    }

    void aTrickledRequestMeetsOneDeadline()
    {
        QFETCH(QByteArray, head);
        QFETCH(char, byte);
        Server s;
        s.server.setTimeouts({10000, 400});
        QVERIFY(s.start());
        RawClient c(s.server.port());
        QVERIFY(c.connected());
        c.send(head);
        QTimer trickle;
        int sent = 0;
        connect(&trickle, &QTimer::timeout, this, [&] {
            c.send(QByteArray(1, byte));
            ++sent;
        });
        trickle.start(40);
        // Never more than the idle time: before the fix the chunked body was never refused.
        QVERIFY2(c.closedByServer(8000), c.received.constData());
        trickle.stop();
        QVERIFY2(c.statusLine() == "HTTP/1.1 408 Request Timeout", c.received.constData());
        QVERIFY(sent > 0); // it was trickling when it was cut off
        QTRY_COMPARE(s.server.connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimHttpStrict)
#include "tst_simhttpstrict.moc"
