// The activity log: every call recorded, redacted, persisted with rotation, exported, and
// copyable as curl with nothing secret in it.
#include "ActivityLog.h"
#include "CurlCommand.h"
#include "SimFixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

class TestActivity : public QObject
{
    Q_OBJECT

private slots:
    void everyCallIsRecordedWithoutSecrets()
    {
        SimFixture f;
        ActivityLog log;
        QAbstractItemModelTester tester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(f.client.get(), &AdminApiClient::callRecorded, &log, &ActivityLog::append);
        const auto tokens = f.run<AuthTokens>([&](QObject *c, auto done) {
            f.client->login(SimDefaults::publicKey(), SimDefaults::privateKey(), c, done);
        });
        QVERIFY(tokens.ok());
        QVERIFY(f.run<QList<AppSummary>>([&](QObject *c, auto d) {
                     f.client->listApps(f.backend.groupId(), c, d);
                 }).ok());
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.data(log.index(0, ActivityLog::Method)).toString(),
            QStringLiteral("GET")); // newest first
        QCOMPARE(log.data(log.index(0, ActivityLog::Path)).toString(),
            QStringLiteral("/api/admin/v3.0/groups/%1/apps").arg(f.backend.groupId()));
        QCOMPARE(log.data(log.index(0, ActivityLog::Status)).toString(), QStringLiteral("200"));
        QCOMPARE(log.data(log.index(1, ActivityLog::Method)).toString(), QStringLiteral("POST"));

        const ApiCallRecord &login = log.record(1);
        QVERIFY(!login.body.contains(SimDefaults::privateKey().toUtf8()));
        QVERIFY(login.body.contains("<PRIVATE_API_KEY>"));
        const QString curl = CurlCommand::build(login);
        QVERIFY(curl.startsWith(QStringLiteral("curl -X POST '") + f.server.baseUrl().toString()));
        QVERIFY(curl.contains(QStringLiteral("<PUBLIC_API_KEY>")));
        QVERIFY(!curl.contains(SimDefaults::privateKey()));
        QVERIFY(!curl.contains(tokens.value.accessToken));
        const QString get = CurlCommand::build(log.record(0));
        QVERIFY(get.contains(QStringLiteral("'Authorization: Bearer <ACCESS_TOKEN>'")));
        QVERIFY(!get.contains(tokens.value.accessToken));
        QVERIFY(!get.contains(tokens.value.refreshToken));
    }

    void failuresAreRecordedWithTheError()
    {
        SimFixture f;
        ActivityLog log;
        QObject::connect(f.client.get(), &AdminApiClient::callRecorded, &log, &ActivityLog::append);
        QVERIFY(f.login());
        QVERIFY(!f.run<Draft>([&](QObject *c, auto d) {
                      f.client->createDraft({f.backend.groupId(), QStringLiteral("nope")}, c, d);
                  }).ok());
        QCOMPARE(log.data(log.index(0, ActivityLog::Status)).toString(), QStringLiteral("404"));
        QVERIFY(log.data(log.index(0, ActivityLog::Error))
                    .toString()
                    .contains(QStringLiteral("AppNotFound")));
    }

    void shellQuoting()
    {
        QCOMPARE(CurlCommand::shellQuote(QStringLiteral("it's")), QStringLiteral("'it'\\''s'"));
        ApiCallRecord r;
        r.method = "PATCH";
        r.url = QStringLiteral("https://h/x");
        r.body = "{\"sync\":{\"state\":\"it's\"}}"; // (no raw string: moc misreads its quote)
        QCOMPARE(CurlCommand::build(r),
            QStringLiteral(
                "curl -X PATCH 'https://h/x' -H 'Authorization: Bearer <ACCESS_TOKEN>' "
                "-H 'Content-Type: application/json' -d '{\"sync\":{\"state\":\"it'\\''s\"}}'"));
    }

    void persistsRotatesAndExports()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("activity/profile.jsonl"));
        QString problem;
        {
            ActivityLog log;
            log.setSizeCap(2000);
            QVERIFY2(log.attachFile(path, &problem), qPrintable(problem));
            for (int i = 0; i < 40; ++i) {
                ApiCallRecord r;
                r.at = QDateTime::currentDateTimeUtc();
                r.method = "GET";
                r.url = QStringLiteral("http://127.0.0.1/api/admin/v3.0/call/%1").arg(i);
                r.status = 200;
                log.append(r);
            }
        }
        QVERIFY(QFile::exists(path + QStringLiteral(".1"))); // rotated
        QVERIFY(QFileInfo(path).size() <= 2000 + 400);
        ActivityLog reloaded;
        QVERIFY(reloaded.attachFile(path, &problem));
        QVERIFY(reloaded.rowCount() > 5);
        QVERIFY(reloaded.rowCount() < 40); // only the current and the previous file are kept
        QCOMPARE(QUrl(reloaded.record(0).url).path(), QStringLiteral("/api/admin/v3.0/call/39"));

        const QString exported = dir.filePath(QStringLiteral("export.jsonl"));
        QVERIFY(reloaded.exportTo(exported, &problem));
        QFile in(exported);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = in.readAll().split('\n');
        QCOMPARE(lines.size() - 1, reloaded.rowCount());
        QVERIFY(QJsonDocument::fromJson(lines.first()).isObject());
    }

    void aDamagedLineIsSkippedAndTheFileKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.jsonl"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"method\":\"GET\",\"url\":\"http://h/x\",\"status\":200}\n{broken\n");
        out.close();
        ActivityLog log;
        QString problem;
        QVERIFY(log.attachFile(path, &problem));
        QCOMPARE(log.rowCount(), 1);
        // Said, and the file, damaged line and all, kept aside rather than overwritten.
        QVERIFY2(
            log.notice().contains(QStringLiteral("could not be read")), qPrintable(log.notice()));
        const QStringList aside
            = QDir(dir.path()).entryList({QStringLiteral("a.jsonl.damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("{broken"));
        // A clean log has nothing to say.
        ActivityLog again;
        QVERIFY(again.attachFile(path, &problem));
        QVERIFY(again.notice().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
