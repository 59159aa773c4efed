// One heavy request does not stall the room: the diff of a draft of 85,000 keys is computed
// off the thread that serves everyone, so another client's small request, sent after it, is
// answered first (the order of the replies, not their timing).
#include "RawClient.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestSimHeavy : public QObject
{
    Q_OBJECT

private slots:
    void aHugeDiffDoesNotStallOtherClients()
    {
        SimBackend backend;
        backend.sessions().setApiKey(SimDefaults::publicKey(), SimDefaults::privateKey());
        Scenarios::load(Scenarios::defaultName(), backend);
        SimApp &app = backend.apps().first();
        if (!app.draft)
            backend.createDraft(app);
        // A draft that turns Sync on with 85,000 keys in its block (the most a 1 MiB PATCH
        // carries): a diff of as many lines.
        QJsonObject keys;
        for (int i = 0; i < 85000; ++i)
            keys.insert(QStringLiteral("k%1").arg(i), i);
        QJsonObject block {{QStringLiteral("state"), QStringLiteral("enabled")},
            {QStringLiteral("database_name"), QStringLiteral("todo")},
            {QStringLiteral("queryable_fields_names"), QJsonArray()},
            {QStringLiteral("extra"), keys}};
        app.draft->staged.mode = SyncConfig::Mode::Flexible;
        app.draft->staged.block = block;
        SimServer server(&backend);
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        const SimSessions::Issued issued = backend.sessions().login(
            SimDefaults::publicKey(), SimDefaults::privateKey(), backend.now());
        const QByteArray head = "Host: 127.0.0.1\r\nAuthorization: Bearer "
            + issued.accessToken.toLatin1() + "\r\nConnection: close\r\n\r\n";

        RawClient heavy(server.port());
        QVERIFY(heavy.connected());
        QElapsedTimer clock;
        clock.start();
        heavy.send("GET /api/admin/v3.0/groups/" + backend.groupId().toLatin1() + "/apps/"
            + app.id.toLatin1() + "/drafts/" + app.draft->id.toLatin1() + "/diff HTTP/1.1\r\n"
            + head);
        QTRY_COMPARE(server.busyConnectionCount(), 1); // the diff is under way
        RawClient light(server.port(), QHostAddress(QStringLiteral("127.0.0.2")));
        QVERIFY(light.connected());
        light.send("GET /api/admin/v3.0/auth/profile HTTP/1.1\r\n" + head);
        QVERIFY(light.closedByServer());
        QVERIFY2(light.statusLine().startsWith("HTTP/1.1 200 "), light.received.constData());
        QVERIFY2(heavy.socket.bytesAvailable() == 0 && heavy.received.isEmpty(),
            "the diff was answered before the small request");

        QVERIFY(heavy.closedByServer(60000));
        qInfo("the diff took %lld ms", clock.elapsed());
        QVERIFY2(heavy.statusLine().startsWith("HTTP/1.1 200 "), heavy.statusLine().constData());
        const QByteArray body = heavy.received.mid(heavy.received.indexOf("\r\n\r\n") + 4);
        const QJsonArray diffs
            = QJsonDocument::fromJson(body).object().value(QStringLiteral("diffs")).toArray();
        QVERIFY(!diffs.isEmpty());
        QVERIFY(diffs.last().toString().contains(QStringLiteral("\"k84999\": 84999")));
    }
};

QTEST_GUILESS_MAIN(TestSimHeavy)
#include "tst_simheavy.moc"
