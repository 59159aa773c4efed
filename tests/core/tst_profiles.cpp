// Connection profiles, the http policy and the keychain: the private key never reaches the
// settings file, and a machine without a keychain service is told so.
#include "ActivityLog.h"
#include "ConnectionProfile.h"
#include "KeychainSecretStore.h"
#include "PrivateFiles.h"
#include "ProfileStore.h"
#include "SyncSnapshotStore.h"
#include "UrlPolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <optional>
#include <sys/stat.h>

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void whatTheConsoleWritesIsTheOwnersAlone()
    {
        // Whatever the umask lets through, settings, snapshots and the activity log are 0600
        // in 0700 folders.
        const mode_t umaskBefore = ::umask(0);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("config/SyncConsole"));
        const QString settingsPath = folder + QStringLiteral("/sync-console.ini");
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ProfileStore store(&settings);
            ConnectionProfile p;
            p.name = QStringLiteral("Prod");
            store.save(p);
        }
        SyncSnapshotStore snapshots(dir.filePath(QStringLiteral("data/snapshots")));
        QString problem;
        SyncConfig sync;
        sync.mode = SyncConfig::Mode::Flexible;
        QVERIFY2(snapshots.save(QStringLiteral("app1"), sync, &problem), qPrintable(problem));
        ActivityLog log;
        const QString logPath = dir.filePath(QStringLiteral("data/activity/profile.jsonl"));
        QVERIFY2(log.attachFile(logPath, &problem), qPrintable(problem));
        ApiCallRecord record;
        record.method = "GET";
        record.url = QStringLiteral("http://127.0.0.1/api/admin/v3.0/groups");
        log.append(record);
        const QString exported = dir.filePath(QStringLiteral("export.jsonl"));
        QVERIFY2(log.exportTo(exported, &problem), qPrintable(problem));
        ::umask(umaskBefore);

        const QFileDevice::Permissions file = PrivateFiles::ownerOnly;
        const QFileDevice::Permissions folderMode
            = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        const auto mode = [](const QString &path) {
            // Only the Owner bits and the others' bits: QFile reports User bits as well.
            return QFile::permissions(path)
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        };
        QCOMPARE(mode(settingsPath), file);
        QCOMPARE(mode(folder), folderMode);
        const QStringList snapshotFiles = QDir(snapshots.directory()).entryList(QDir::Files);
        QCOMPARE(snapshotFiles.size(), 1);
        QCOMPARE(mode(snapshots.directory() + QLatin1Char('/') + snapshotFiles.first()), file);
        QCOMPARE(mode(snapshots.directory()), folderMode);
        QCOMPARE(mode(logPath), file);
        QCOMPARE(mode(QFileInfo(logPath).absolutePath()), folderMode);
        QCOMPARE(mode(exported), file);
    }

    void profilesRoundTripWithoutTheirSecret()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sync-console.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            ProfileStore store(&settings);
            ConnectionProfile p;
            p.name = QStringLiteral("Prod / EU");
            p.kind = ConnectionProfile::Kind::AppServices;
            p.baseUrl = ConnectionProfile::defaultBaseUrl();
            p.publicKey = QStringLiteral("abcdefgh");
            p.groupId = QStringLiteral("5f1a2b3c4d5e6f7a8b9c0d1e");
            store.save(p);
            ConnectionProfile sim;
            sim.name = QStringLiteral("Training");
            sim.scenario = QStringLiteral("partition");
            store.save(sim);
            store.setLastApp(QStringLiteral("Prod / EU"), QStringLiteral("app1"));
            store.setLastProfile(QStringLiteral("Prod / EU"));
        }
        QSettings settings(path, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.profiles().size(), 2);
        const auto p = store.profile(QStringLiteral("Prod / EU"));
        QVERIFY(p.has_value());
        QCOMPARE(p->kind, ConnectionProfile::Kind::AppServices);
        QCOMPARE(p->publicKey, QStringLiteral("abcdefgh"));
        QCOMPARE(p->lastAppId, QStringLiteral("app1"));
        QCOMPARE(store.profile(QStringLiteral("Training"))->scenario, QStringLiteral("partition"));
        QCOMPARE(store.lastProfile(), QStringLiteral("Prod / EU"));
        store.remove(QStringLiteral("Training"));
        QCOMPARE(store.profiles().size(), 1);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("abcdefgh"));
        QVERIFY(!text.toLower().contains("private"));
        QVERIFY(!text.toLower().contains("apikey"));
    }

    void plainHttpOnlyForThisMachine_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("https") << QStringLiteral(
            "https://services.cloud.mongodb.com/api/admin/v3.0")
                               << true;
        QTest::newRow("loopback v4")
            << QStringLiteral("http://127.0.0.1:8080/api/admin/v3.0") << true;
        QTest::newRow("loopback range")
            << QStringLiteral("http://127.8.0.1/api/admin/v3.0") << true;
        QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:9/api/admin/v3.0") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost/api/admin/v3.0") << true;
        QTest::newRow("remote http")
            << QStringLiteral("http://services.cloud.mongodb.com/api/admin/v3.0") << false;
        QTest::newRow("private range") << QStringLiteral("http://10.0.0.5/api/admin/v3.0") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/") << false;
        QTest::newRow("no host") << QStringLiteral("https:///x") << false;
    }

    void plainHttpOnlyForThisMachine()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const QString problem = UrlPolicy::check(QUrl(url));
        QCOMPARE(problem.isEmpty(), accepted);
        if (url.contains(QLatin1String("http://services")))
            QVERIFY(problem.contains(QStringLiteral("unencrypted")));
    }

    void noKeychainServiceIsReportedNotWorkedAround()
    {
        // ctest runs this without a D-Bus session, as on a headless machine.
        QVERIFY(
            qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").startsWith(QLatin1String("disabled")));
        KeychainSecretStore store;
        std::optional<SecretStore::Result> written;
        QObject context;
        store.write(QStringLiteral("test-profile"), QStringLiteral("s3cret-private-key"), &context,
            [&written](const SecretStore::Result &r) { written = r; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
        QVERIFY(!written->ok);
        QVERIFY(written->unavailable);
        QVERIFY2(written->problem.contains(QStringLiteral("asks for it each session")),
            qPrintable(written->problem));
        std::optional<SecretStore::Result> read;
        store.read(QStringLiteral("test-profile"), &context,
            [&read](const SecretStore::Result &r) { read = r; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 20000);
        QVERIFY(!read->ok);
        QVERIFY(read->secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
