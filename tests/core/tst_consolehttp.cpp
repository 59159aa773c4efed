// The console's HTTP client against replies no well-behaved server sends, served byte for byte
// by a raw QTcpServer in the test: an interim 1xx before the answer, a header block Qt's HTTP
// client throws away (one 1 MB field, 20,000 fields), tokens that would split a request. Each
// must end the call at once with a sentence that names what happened.
#include "AdminApiClient.h"
#include "ApiCall.h"
#include "ApiRequests.h"
#include "RunToResult.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <functional>

namespace {

// Answers every request on loopback with what `answer` makes of it, on connections kept open
// (as a server that means to send more would), and keeps every request it was sent.
class RawServer final : public QObject
{
public:
    using Answer = std::function<QByteArray(const QByteArray &request)>;

    explicit RawServer(Answer answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
        m_listening = m_server.listen(QHostAddress::LocalHost, 0);
    }

    bool listening() const { return m_listening; }
    QUrl baseUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api/admin/v3.0").arg(m_server.serverPort()));
    }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            for (const QByteArray &line : buffer.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            const QByteArray request = buffer.left(end + 4 + length);
            buffer.remove(0, request.size());
            m_requests.append(request);
            socket->write(m_answer(request));
        }
    }

    Answer m_answer;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
    bool m_listening = false;
};

QByteArray json(const QByteArray &body, int status = 200, const QByteArray &reason = "OK")
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

const QByteArray appsBody = R"([{"_id":"a1","client_app_id":"app-abc","name":"app","group_id":"g"}])";

} // namespace

class TestConsoleHttp : public QObject
{
    Q_OBJECT

private:
    // The apps list through a client with the default policy (30 s a try, reads tried 4 times):
    // what a user waits for.
    static ApiResult<QList<AppSummary>> listApps(RawServer &server, qint64 *elapsedMs)
    {
        QNetworkAccessManager network;
        AdminApiClient client(&network, server.baseUrl());
        QElapsedTimer clock;
        clock.start();
        const auto r = runToResult<QList<AppSummary>>(
            [&](QObject *c, auto done) { client.listApps(QStringLiteral("g"), c, done); }, 20000);
        *elapsedMs = clock.elapsed();
        return r;
    }

private slots:
    void aPlainReplyIsRead()
    {
        // The server below works: what the other cases break is all that differs.
        RawServer server([](const QByteArray &) { return json(appsBody); });
        QVERIFY(server.listening());
        qint64 ms = 0;
        const auto r = listApps(server, &ms);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QCOMPARE(r.value.size(), 1);
    }

    void anInterimReplyIsNamed_data()
    {
        QTest::addColumn<QByteArray>("interim");
        QTest::addRow("103 Early Hints")
            << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n");
        QTest::addRow("102 Processing") << QByteArray("HTTP/1.1 102 Processing\r\n\r\n");
    }

    void anInterimReplyIsNamed()
    {
        // Qt 6.4 ends the reply at any 1xx but 100 and loses the answer behind it: the console
        // cannot read the answer, but says why, at once, instead of "empty reply".
        QFETCH(QByteArray, interim);
        RawServer server([&](const QByteArray &) { return interim + json(appsBody); });
        QVERIFY(server.listening());
        qint64 ms = 0;
        const auto r = listApps(server, &ms);
        QCOMPARE(r.error.kind, ApiError::Kind::InterimOnly);
        QVERIFY(r.error.httpStatus >= 100 && r.error.httpStatus < 200);
        QVERIFY2(r.error.message().contains(QStringLiteral("only an interim answer (HTTP 1")),
            qPrintable(r.error.message()));
        QVERIFY2(!r.error.message().contains(QStringLiteral("empty")), qPrintable(r.error.message()));
        QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
        QCOMPARE(server.requests().size(), 1); // the server behaves the same each time

        // A change that met it may have been made: the console says so and reads again.
        const ApiError during = r.error.during(QStringLiteral("Pausing was interrupted."), true);
        QVERIFY(during.maybeApplied);
    }

    void anOversizedHeaderIsNamedAtOnce_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addRow("one 1 MB field") << "X-Padding: " + QByteArray(1024 * 1024, 'a') + "\r\n";
        QByteArray many;
        for (int i = 0; i < 20000; ++i)
            many += "X-Field-" + QByteArray::number(i) + ": v\r\n";
        QTest::addRow("20,000 fields") << many;
        QByteArray same;
        for (int i = 0; i < 20000; ++i)
            same += "X-Same: v\r\n";
        QTest::addRow("one field 20,000 times") << same;
        QTest::addRow("101 fields") << many.left(many.indexOf("X-Field-101:"));
    }

    void anOversizedHeaderIsNamedAtOnce()
    {
        // Qt drops such a block whole and then waits for the server to close; the console used
        // to wait out 4 tries of 30 s and call it a timeout. It ends the call as soon as Qt
        // hands over the empty header.
        QFETCH(QByteArray, fields);
        RawServer server([&](const QByteArray &) {
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + fields
                + "Content-Length: " + QByteArray::number(appsBody.size()) + "\r\n\r\n" + appsBody;
        });
        QVERIFY(server.listening());
        qint64 ms = 0;
        const auto r = listApps(server, &ms);
        QCOMPARE(r.error.kind, ApiError::Kind::HeaderUnreadable);
        QCOMPARE(r.error.httpStatus, 200);
        QVERIFY2(r.error.message().contains(QStringLiteral("header Sync Console cannot read")),
            qPrintable(r.error.message()));
        QVERIFY2(r.error.message().contains(QStringLiteral("100 fields")),
            qPrintable(r.error.message()));
        QVERIFY2(ms < 10000, qPrintable(QString::number(ms)));
        QCOMPARE(server.requests().size(), 1); // not tried again: it would only repeat
    }

    void aHeaderWithinQtsLimitsIsRead()
    {
        // 100 fields, one of 8,000 bytes: Qt reads them, and so does the console.
        QByteArray fields = "X-Long: " + QByteArray(8000, 'b') + "\r\n";
        for (int i = 0; i < 97; ++i)
            fields += "X-Field-" + QByteArray::number(i) + ": v\r\n";
        RawServer server([&](const QByteArray &) {
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + fields
                + "Content-Length: " + QByteArray::number(appsBody.size()) + "\r\n\r\n" + appsBody;
        });
        QVERIFY(server.listening());
        qint64 ms = 0;
        const auto r = listApps(server, &ms);
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    }

    void aTokenThatWouldSplitARequestIsRefused_data()
    {
        QTest::addColumn<QByteArray>("access");
        QTest::addColumn<QByteArray>("refresh");
        QTest::addColumn<QString>("sentence");
        const QString access = QStringLiteral("an access token the console cannot use");
        const QString refresh = QStringLiteral("a refresh token the console cannot use");
        QTest::addRow("CR LF in the access token")
            << QByteArray(R"(tok\r\nX-Injected: 1)") << QByteArray("good-refresh") << access;
        QTest::addRow("LF in the access token")
            << QByteArray(R"(tok\nX-Injected: 1)") << QByteArray("good-refresh") << access;
        QTest::addRow("CR LF in the refresh token")
            << QByteArray("good-access") << QByteArray(R"(r\r\nX-Injected: 1)") << refresh;
        QTest::addRow("a space") << QByteArray("tok X-Injected") << QByteArray("r") << access;
        QTest::addRow("NUL") << QByteArray(R"(tok\u0000)") << QByteArray("r") << access;
        QTest::addRow("non-ASCII") << QByteArray("tok\xc3\xa9") << QByteArray("r") << access;
    }

    void aTokenThatWouldSplitARequestIsRefused()
    {
        QFETCH(QByteArray, access);
        QFETCH(QByteArray, refresh);
        QFETCH(QString, sentence);
        RawServer server([&](const QByteArray &request) {
            if (request.startsWith("POST") && request.contains("/login"))
                return json(R"({"access_token":")" + access + R"(","refresh_token":")" + refresh
                    + R"(","user_id":"u"})");
            return json(appsBody);
        });
        QVERIFY(server.listening());
        QNetworkAccessManager network;
        AdminApiClient client(&network, server.baseUrl());
        const auto login = runToResult<AuthTokens>([&](QObject *c, auto done) {
            client.login(QStringLiteral("pub"), QStringLiteral("priv"), c, done);
        });
        QCOMPARE(login.error.kind, ApiError::Kind::UnusableToken);
        QVERIFY2(login.error.message().contains(sentence), qPrintable(login.error.message()));
        QVERIFY(!client.isSignedIn());

        // Nothing goes out with it.
        const auto apps = runToResult<QList<AppSummary>>(
            [&](QObject *c, auto done) { client.listApps(QStringLiteral("g"), c, done); });
        Q_UNUSED(apps);
        for (const QByteArray &request : server.requests())
            QVERIFY2(!request.contains("X-Injected") && !request.contains("tok"),
                request.constData());
    }

    void aRenewedTokenThatWouldSplitARequestIsRefused()
    {
        // The session renewal hands a token with CR LF: the calls waiting for it fail with the
        // sentence, and none is replayed with it.
        int apps = 0;
        RawServer server([&](const QByteArray &request) -> QByteArray {
            if (request.contains("/login"))
                return json(R"({"access_token":"first","refresh_token":"r","user_id":"u"})");
            if (request.contains("/auth/session"))
                return json(R"({"access_token":"second\r\nX-Injected: 1"})", 201, "Created");
            ++apps;
            return json(R"({"error":"invalid session"})", 401, "Unauthorized");
        });
        QVERIFY(server.listening());
        QNetworkAccessManager network;
        AdminApiClient client(&network, server.baseUrl());
        QVERIFY(runToResult<AuthTokens>([&](QObject *c, auto done) {
            client.login(QStringLiteral("pub"), QStringLiteral("priv"), c, done);
        }).ok());
        const auto r = runToResult<QList<AppSummary>>(
            [&](QObject *c, auto done) { client.listApps(QStringLiteral("g"), c, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::UnusableToken);
        QVERIFY2(r.error.message().contains(
                     QStringLiteral("an access token the console cannot use")),
            qPrintable(r.error.message()));
        QCOMPARE(apps, 1); // not replayed
        for (const QByteArray &request : server.requests())
            QVERIFY2(!request.contains("X-Injected"), request.constData());
    }
};

QTEST_GUILESS_MAIN(TestConsoleHttp)
#include "tst_consolehttp.moc"
