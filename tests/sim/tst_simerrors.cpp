// The simulator's error texts with curly quotes arrive as written: every error whose text holds
// a character past ASCII is provoked over HTTP on loopback, and its `error` must hold the
// quotes themselves, not the mojibake a UTF-8 literal read as Latin-1 turns them into (“
// becomes "â€œ": an "â" and two C1 control characters).
#include "SimFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

class TestSimErrors : public QObject
{
    Q_OBJECT

    // The expected texts, read as the UTF-8 they are (not through the simulator's own helper,
    // whose reading is what is checked).
    static QString utf8(const char *text) { return QString::fromUtf8(text); }

    // Why `text` is not the error as written (the mojibake it holds), or "".
    static QString mojibake(const QString &text)
    {
        if (text.contains(QChar(0x00E2)))
            return utf8("an \u201c\u00e2\u201d, the first byte of a UTF-8 quote read as Latin-1");
        for (const QChar c : text)
            if (c.unicode() >= 0x80 && c.unicode() <= 0x9F)
                return QStringLiteral("the C1 control character U+%1")
                    .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        return {};
    }

    static QString errorOf(const QByteArray &body)
    {
        const QByteArray json = body.mid(body.indexOf('{'));
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("error")).toString();
    }

private slots:
    void errorTextsArriveAsWritten_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path"); // {group}, {app}, {service}, {device}: ids
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");

        const QString app = QStringLiteral("/groups/{group}/apps/{app}");
        const QString config = app + QStringLiteral("/services/{service}/config");
        QTest::newRow("a login without a key pair")
            << QByteArray("POST") << QStringLiteral("/auth/providers/mongodb-cloud/login")
            << QByteArray("{}")
            << utf8("expected a JSON body with \u201cusername\u201d and \u201capiKey\u201d");
        QTest::newRow("both sync blocks")
            << QByteArray("PATCH") << config << QByteArray(R"({"flexible_sync": {}, "sync": {}})")
            << utf8(
                   "a config holds either \u201cflexible_sync\u201d or \u201csync\u201d, not both");
        QTest::newRow("a sync block that is no object")
            << QByteArray("PATCH") << config << QByteArray(R"({"flexible_sync": 5})")
            << utf8("\u201cflexible_sync\u201d must be an object");
        QTest::newRow("a field of the wrong type")
            << QByteArray("PATCH") << config << QByteArray(R"({"flexible_sync": {"state": 5}})")
            << utf8("invalid sync config: \u201cstate\u201d has the wrong type");
        QTest::newRow("an unknown sync state")
            << QByteArray("PATCH") << config << QByteArray(R"({"flexible_sync": {"state": "on"}})")
            << utf8("invalid sync state \u201con\u201d: use \u201cenabled\u201d, "
                    "\u201cdisabled\u201d or \u201c\u201d");
        QTest::newRow("drafts that are not true or false")
            << QByteArray("PATCH") << app + QStringLiteral("/deploy/config")
            << QByteArray(R"({"ui_drafts_disabled": 1})")
            << utf8("\u201cui_drafts_disabled\u201d must be true or false");
        QTest::newRow("metrics without a start")
            << QByteArray("GET") << app + QStringLiteral("/metrics") << QByteArray()
            << utf8("the query parameter \u201cstart\u201d is required");
        QTest::newRow("an unknown log type")
            << QByteArray("GET") << app + QStringLiteral("/logs?type=NOPE") << QByteArray()
            << utf8("unknown log type \u201cNOPE\u201d");
        QTest::newRow("a device without an id")
            << QByteArray("POST") << QStringLiteral("/_sim/apps/{app}/devices")
            << QByteArray(R"({"id": ""})") << utf8("a device needs an \u201cid\u201d of 1 to 100");
        QTest::newRow("an unknown device field")
            << QByteArray("PATCH") << QStringLiteral("/_sim/apps/{app}/devices/{device}")
            << QByteArray(R"({"colour": "red"})")
            << utf8("unknown device field \u201ccolour\u201d");
        QTest::newRow("a log entry without type and time")
            << QByteArray("POST") << QStringLiteral("/_sim/apps/{app}/logs") << QByteArray("[{}]")
            << utf8(
                   "each entry needs a known \u201ctype\u201d and an ISO 8601 \u201cstarted\u201d");
        QTest::newRow("an unknown fault field")
            << QByteArray("POST") << QStringLiteral("/_sim/faults")
            << QByteArray(R"({"colour": "red"})")
            << utf8("\u201ccolour\u201d is not a field of a fault rule");
    }

    void errorTextsArriveAsWritten()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        SimFixture f;
        QVERIFY(f.started);
        path.replace(QStringLiteral("{group}"), f.backend.groupId())
            .replace(QStringLiteral("{app}"), f.app().id)
            .replace(QStringLiteral("{service}"), f.serviceId())
            .replace(QStringLiteral("{device}"), f.app().clients.value(0).id);
        const auto [status, reply] = f.http(method, path, body);
        QCOMPARE(status, 400);
        const QString error = errorOf(reply);
        QVERIFY2(
            mojibake(error).isEmpty(), qPrintable(mojibake(error) + QStringLiteral(": ") + error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // Enabling Sync from scratch names the field it lacks; Sync must be terminated first.
    void enablingNamesTheMissingField()
    {
        SimFixture f;
        QVERIFY(f.started);
        const QString config = QStringLiteral("/groups/%1/apps/%2/services/%3/config")
                                   .arg(f.backend.groupId(), f.app().id, f.serviceId());
        QCOMPARE(f.http("PATCH", config, R"({"flexible_sync": {"state": ""}})").first, 204);
        const auto [status, reply]
            = f.http("PATCH", config, R"({"flexible_sync": {"state": "enabled"}})");
        QCOMPARE(status, 400);
        const QString error = errorOf(reply);
        QVERIFY2(mojibake(error).isEmpty(), qPrintable(error));
        QVERIFY2(error.contains(utf8("the configuration needs \u201cdatabase_name\u201d")),
            qPrintable(error));
    }

    // The HTTP parser's own refusal, for a request line no client library would send.
    void aBrokenRequestLineIsExplained()
    {
        SimFixture f;
        QVERIFY(f.started);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, f.server.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("NOT A REQUEST LINE\r\n\r\n");
        QByteArray received;
        QVERIFY(QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState
                    || received.endsWith('}');
            },
            5000));
        QVERIFY2(received.startsWith("HTTP/1.1 400"), received.constData());
        const QString error = errorOf(received);
        QVERIFY2(mojibake(error).isEmpty(), qPrintable(error));
        QVERIFY2(
            error.contains(utf8("is not \u201cMETHOD TARGET HTTP/1.1\u201d")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSimErrors)
#include "tst_simerrors.moc"
