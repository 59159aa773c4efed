// Every AdminApiClient operation against the simulator over real loopback HTTP: the
// documented procedures, session renewal, and each injected fault.
#include "ApiRequests.h"
#include "SimFixture.h"
#include "SyncMetrics.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

using Mode = SyncConfig::Mode;
using State = SyncConfig::State;

class TestAdminApiClient : public QObject
{
    Q_OBJECT

private:
    struct Recorder
    {
        explicit Recorder(SimServer &server)
        {
            QObject::connect(&server, &SimServer::exchanged, &context,
                [this](const SimRequest &rq, const SimReply &rp) {
                    lines.append(QStringLiteral("%1 %2 %3")
                                     .arg(QString::fromLatin1(rq.method), rq.path)
                                     .arg(rp.status));
                });
        }
        int count(const QString &method, const QString &pathEnd) const
        {
            int n = 0;
            for (const QString &l : lines)
                if (l.startsWith(method + QLatin1Char(' '))
                    && l.section(QLatin1Char(' '), 1, 1).endsWith(pathEnd))
                    ++n;
            return n;
        }
        QObject context;
        QStringList lines;
    };

    static ServiceConfig config(SimFixture &f)
    {
        return f
            .run<ServiceConfig>([&](QObject *c, auto done) {
                f.client->serviceConfig(f.appRef(), f.serviceId(), c, done);
            })
            .value;
    }

    static ApiResult<Done> patch(SimFixture &f, const QJsonObject &body)
    {
        return f.run<Done>([&](QObject *c, auto done) {
            f.client->patchServiceConfig(f.appRef(), f.serviceId(), body, c, done);
        });
    }

    static std::optional<Draft> draft(SimFixture &f)
    {
        return f
            .run<std::optional<Draft>>(
                [&](QObject *c, auto done) { f.client->currentDraft(f.appRef(), c, done); })
            .value;
    }

    // Polls the deployment as the console does until it ends.
    static Deployment pollToEnd(SimFixture &f, const QString &id)
    {
        Deployment d;
        for (int i = 0; i < 20 && !d.isFinished(); ++i) {
            QSignalSpy moved(&f.backend, &SimBackend::changed);
            d = f.run<Deployment>([&](QObject *c, auto done) {
                     f.client->deployment(f.appRef(), id, c, done);
                 }).value;
            if (!d.isFinished() && moved.isEmpty())
                moved.wait(5000); // until the simulator moves the deployment along
        }
        return d;
    }

    // Sends a request built elsewhere; a reply that never comes reads as a timeout.
    static ApiReply raw(SimFixture &f, const ApiRequest &request)
    {
        std::optional<ApiReply> reply;
        QObject context;
        f.client->send(request, &context, [&reply](const ApiReply &r) { reply = r; });
        if (!QTest::qWaitFor([&reply] { return reply.has_value(); }, 20000)) {
            ApiReply none;
            none.error = ApiError::timeout(20);
            return none;
        }
        return *reply;
    }

private slots:
    void loginAndProfile()
    {
        SimFixture f;
        QVERIFY(f.started);
        QVERIFY(!f.client->isSignedIn());
        QVERIFY(f.login());
        QVERIFY(f.client->isSignedIn());
        const auto profile
            = f.run<AdminProfile>([&](QObject *c, auto done) { f.client->profile(c, done); });
        QVERIFY2(profile.ok(), qPrintable(profile.error.message()));
        QCOMPARE(profile.value.groupIds, QStringList {f.backend.groupId()});
        QCOMPARE(profile.value.name, f.backend.adminName());
    }

    void loginRefusesAWrongKey()
    {
        SimFixture f;
        const auto r = f.run<AuthTokens>([&](QObject *c, auto done) {
            f.client->login(SimDefaults::publicKey(), QStringLiteral("wrong"), c, done);
        });
        QVERIFY(!r.ok());
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, 401);
        QCOMPARE(r.error.errorCode, QStringLiteral("InvalidSession"));
        QVERIFY(r.error.message().contains(QStringLiteral("invalid API key pair")));
        QVERIFY(!f.client->isSignedIn());
    }

    void listsAppsServicesAndConfig()
    {
        SimFixture f;
        QVERIFY(f.login());
        const auto apps = f.run<QList<AppSummary>>(
            [&](QObject *c, auto done) { f.client->listApps(f.backend.groupId(), c, done); });
        QVERIFY(apps.ok());
        QCOMPARE(apps.value.size(), 1);
        QCOMPARE(apps.value.first().id, f.app().id);
        QCOMPARE(apps.value.first().clientAppId, QStringLiteral("tasktracker-qzxvb"));
        QCOMPARE(apps.value.first().name, QStringLiteral("TaskTracker"));

        const auto services = f.run<QList<ServiceSummary>>(
            [&](QObject *c, auto done) { f.client->listServices(f.appRef(), c, done); });
        QVERIFY(services.ok());
        QCOMPARE(services.value.size(), 1);
        QVERIFY(services.value.first().isLinkedCluster());
        QCOMPARE(services.value.first().id, f.serviceId());

        const ServiceConfig c = config(f);
        QCOMPARE(c.clusterName, QStringLiteral("Cluster0"));
        QCOMPARE(c.sync.mode, Mode::Flexible);
        QCOMPARE(c.sync.state(), State::Enabled);
        QCOMPARE(c.sync.queryableFields(),
            (QStringList {QStringLiteral("owner_id"), QStringLiteral("team")}));
    }

    void tlsErrorsAreShownNeverIgnored()
    {
        // The simulator behind TLS with a self-signed certificate: the client must refuse it
        // and say why, not ignore the error.
        SimBackend backend;
        backend.sessions().setApiKey(SimDefaults::publicKey(), SimDefaults::privateKey());
        Scenarios::load(Scenarios::defaultName(), backend);
        SimServer server(&backend);
        QFile certFile(QStringLiteral(TEST_DATA "/selfsigned-test.crt"));
        QFile keyFile(QStringLiteral(TEST_DATA "/selfsigned-test.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        server.sslSetup(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa));
        QVERIFY(server.start(QHostAddress::LocalHost, 0));
        QUrl url = server.baseUrl();
        url.setScheme(QStringLiteral("https"));
        QNetworkAccessManager network;
        AdminApiClient client(&network, url);
        const std::optional<ApiResult<AuthTokens>> result = runToResult<AuthTokens>(
            [&](QObject *c, auto done) {
                client.login(SimDefaults::publicKey(), SimDefaults::privateKey(), c, done);
            },
            20000);
        QCOMPARE(result->error.kind, ApiError::Kind::CertificateUntrusted);
        QVERIFY2(result->error.message().contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
            qPrintable(result->error.message()));
        QVERIFY(!client.isSignedIn());
        QCOMPARE(backend.sessions().refreshTokensForTests().size(), 0); // the key never reached it
    }

    void unknownAppIs404()
    {
        SimFixture f;
        QVERIFY(f.login());
        const auto r = f.run<QList<ServiceSummary>>([&](QObject *c, auto done) {
            f.client->listServices({f.backend.groupId(), QStringLiteral("nope")}, c, done);
        });
        QCOMPARE(r.error.httpStatus, 404);
        QCOMPARE(r.error.errorCode, QStringLiteral("AppNotFound"));
    }

    void terminateWithDraftsThroughDeployment()
    {
        SimFixture f;
        QVERIFY(f.login());
        const auto deployConfig = f.run<DeployConfig>(
            [&](QObject *c, auto done) { f.client->deployConfig(f.appRef(), c, done); });
        QVERIFY(deployConfig.ok());
        QVERIFY(deployConfig.value.draftsEnabled());
        QVERIFY(!draft(f).has_value());

        const auto created = f.run<Draft>(
            [&](QObject *c, auto done) { f.client->createDraft(f.appRef(), c, done); });
        QVERIFY(created.ok());
        const auto second = f.run<Draft>(
            [&](QObject *c, auto done) { f.client->createDraft(f.appRef(), c, done); });
        QCOMPARE(second.error.httpStatus, 409);
        QCOMPARE(second.error.errorCode, QStringLiteral("DraftAlreadyExists"));
        QCOMPARE(draft(f)->id, created.value.id);

        const ServiceConfig before = config(f);
        QVERIFY(patch(f, ApiRequests::syncStatePatch(before.sync, State::Terminated)).ok());
        QCOMPARE(config(f).sync.mode, Mode::None); // the draft shows what will be deployed
        QCOMPARE(f.app().deployed.state(), State::Enabled); // nothing deployed yet

        const auto diff = f.run<DraftDiff>([&](QObject *c, auto done) {
            f.client->draftDiff(f.appRef(), created.value.id, c, done);
        });
        QVERIFY(diff.ok());
        QCOMPARE(diff.value.diffs.size(), 1);
        QVERIFY(diff.value.diffs.first().startsWith(
            QStringLiteral("--- sync/config.json\n+++ sync/config.json\n@@ -1,")));
        QVERIFY(
            diff.value.diffs.first().contains(QStringLiteral("\n-    \"state\": \"enabled\",\n")));

        const auto deployment = f.run<Deployment>([&](QObject *c, auto done) {
            f.client->deployDraft(
                f.appRef(), created.value.id, QStringLiteral("Terminate Sync"), c, done);
        });
        QVERIFY2(deployment.ok(), qPrintable(deployment.error.message()));
        QCOMPARE(deployment.value.status(), Deployment::Status::Created);
        QCOMPARE(deployment.value.name, QStringLiteral("Terminate Sync"));
        QCOMPARE(deployment.value.draftId, created.value.id);

        const Deployment done = pollToEnd(f, deployment.value.id);
        QCOMPARE(done.status(), Deployment::Status::Successful);
        QVERIFY(!draft(f).has_value());
        QCOMPARE(config(f).sync.mode, Mode::None);
        QVERIFY(!f.app().syncMetadataPresent);
        for (const SimClient &client : f.app().clients)
            QVERIFY(f.app().needsClientReset(client));

        const auto list = f.run<QList<Deployment>>(
            [&](QObject *c, auto done) { f.client->listDeployments(f.appRef(), c, done); });
        QVERIFY(list.ok());
        QCOMPARE(list.value.first().id, deployment.value.id);
        QVERIFY(list.value.first().deployedAt.isValid());
    }

    void reEnableNeedsAFullConfiguration()
    {
        SimFixture f(QStringLiteral("partition"));
        QVERIFY(f.login());
        f.app().uiDraftsDisabled = true;
        const SyncConfig saved = config(f).sync;
        QVERIFY(patch(f, ApiRequests::syncStatePatch(saved, State::Terminated)).ok());
        QCOMPARE(config(f).sync.mode, Mode::None);

        const auto refused = patch(f, ApiRequests::enableSyncPatch(Mode::PartitionBased, {}));
        QCOMPARE(refused.error.httpStatus, 400);
        QCOMPARE(refused.error.errorCode, QStringLiteral("InvalidSyncConfig"));
        QVERIFY(refused.error.message().contains(QStringLiteral("partition.key")));

        QVERIFY(patch(f, ApiRequests::enableSyncPatch(Mode::PartitionBased, saved.block)).ok());
        const ServiceConfig after = config(f);
        QCOMPARE(after.sync.state(), State::Enabled);
        QCOMPARE(after.sync.partitionKey(), QStringLiteral("_partition"));
        QVERIFY(f.app().syncMetadataPresent);
    }

    void pauseAndResumeWithDraftsOff()
    {
        SimFixture f;
        QVERIFY(f.login());
        const auto current = f.run<DeployConfig>(
            [&](QObject *c, auto done) { f.client->deployConfig(f.appRef(), c, done); });
        QVERIFY(f.run<Done>([&](QObject *c, auto done) {
                     f.client->setUiDraftsDisabled(f.appRef(), current.value, true, c, done);
                 }).ok());
        QVERIFY(f.app().uiDraftsDisabled);

        QVERIFY(patch(f, ApiRequests::syncStatePatch(config(f).sync, State::Paused)).ok());
        const ServiceConfig paused = config(f);
        QCOMPARE(paused.sync.state(), State::Paused);
        QVERIFY(paused.sync.block.value(QStringLiteral("last_disabled")).toDouble() > 0);
        QVERIFY(!draft(f).has_value());
        QVERIFY(f.app().pausedAt > 0);

        QVERIFY(patch(f, ApiRequests::syncStatePatch(paused.sync, State::Enabled)).ok());
        QCOMPARE(config(f).sync.state(), State::Enabled);
        QCOMPARE(f.app().deployments.size(), 2);
    }

    void resumeIsRefusedAfterOplogRollover()
    {
        SimFixture f(QStringLiteral("oplog-rollover"));
        QVERIFY(f.login());
        const ServiceConfig paused = config(f);
        QCOMPARE(paused.sync.state(), State::Paused);
        const auto r = patch(f, ApiRequests::syncStatePatch(paused.sync, State::Enabled));
        QCOMPARE(r.error.httpStatus, 400);
        QCOMPARE(r.error.errorCode, QStringLiteral("SyncResumeOplogRolledOver"));
        QVERIFY(r.error.message().contains(QStringLiteral("terminate Sync and enable it again")));
        QVERIFY(!draft(f).has_value() || draft(f)->id.size() > 0);
        QCOMPARE(f.app().deployed.state(), State::Paused);
    }

    void discardDropsTheDraft()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(patch(f, ApiRequests::syncStatePatch(config(f).sync, State::Paused)).ok());
        const std::optional<Draft> d = draft(f);
        QVERIFY(d.has_value());
        QVERIFY(f.run<Done>([&](QObject *c, auto done) {
                     f.client->discardDraft(f.appRef(), d->id, c, done);
                 }).ok());
        QVERIFY(!draft(f).has_value());
        QCOMPARE(config(f).sync.state(), State::Enabled);
        const auto again = f.run<Done>(
            [&](QObject *c, auto done) { f.client->discardDraft(f.appRef(), d->id, c, done); });
        QCOMPARE(again.error.errorCode, QStringLiteral("DraftNotFound"));
    }

    void failedDeploymentCarriesTheServersMessage()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(f.inject(QStringLiteral(
            "POST */deployment deploy-error=cluster ExampleCluster is unreachable")));
        QVERIFY(patch(f, ApiRequests::syncStatePatch(config(f).sync, State::Paused)).ok());
        const auto deployment = f.run<Deployment>([&](QObject *c, auto done) {
            f.client->deployDraft(f.appRef(), draft(f)->id, QString(), c, done);
        });
        QVERIFY(deployment.ok());
        const Deployment end = pollToEnd(f, deployment.value.id);
        QCOMPARE(end.status(), Deployment::Status::Failed);
        QCOMPARE(end.statusErrorMessage, QStringLiteral("cluster ExampleCluster is unreachable"));
        QCOMPARE(f.app().deployed.state(), State::Enabled);
    }

    void redeployStartsANewDeployment()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(patch(f, ApiRequests::syncStatePatch(config(f).sync, State::Paused)).ok());
        const auto first = f.run<Deployment>([&](QObject *c, auto done) {
            f.client->deployDraft(f.appRef(), draft(f)->id, QStringLiteral("pause"), c, done);
        });
        QCOMPARE(pollToEnd(f, first.value.id).status(), Deployment::Status::Successful);
        QVERIFY(f.run<Done>([&](QObject *c, auto done) {
                     f.client->redeploy(f.appRef(), first.value.id, c, done);
                 }).ok());
        const auto list = f.run<QList<Deployment>>(
            [&](QObject *c, auto done) { f.client->listDeployments(f.appRef(), c, done); });
        QCOMPARE(list.value.size(), 2);
        QCOMPARE(list.value.first().name, QStringLiteral("pause"));
        QVERIFY(list.value.first().id != first.value.id);
        QCOMPARE(pollToEnd(f, list.value.first().id).status(), Deployment::Status::Successful);

        const auto missing = f.run<Done>([&](QObject *c, auto done) {
            f.client->redeploy(f.appRef(), QStringLiteral("x"), c, done);
        });
        QCOMPARE(missing.error.errorCode, QStringLiteral("DeploymentNotFound"));
    }

    void readsSyncMetrics()
    {
        SimFixture f;
        QVERIFY(f.login());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto m = f.run<AppMetrics>([&](QObject *c, auto done) {
            f.client->metrics(
                f.appRef(), now.addSecs(-3600), now, QStringLiteral("PT1M"), {}, c, done);
        });
        QVERIFY2(m.ok(), qPrintable(m.error.message()));
        QVERIFY(m.value.find(QStringLiteral("SYNC_CURRENT_OPLOG_LAG_MS_SUM")));
        QCOMPARE(
            m.value.find(QStringLiteral("SYNC_CURRENT_OPLOG_LAG_MS_SUM"))->points.last().value,
            1000.0);
        // The scenario's three online devices hold sessions; Swift and .NET are offline.
        QCOMPARE(
            m.value.find(QStringLiteral("ACTIVE_OPEN_SYNC_SESSIONS"))->points.last().value, 3.0);
        const SyncMetrics live = SyncMetrics::from(m.value);
        QCOMPARE(live.lagMs, 1000);
        QCOMPARE(live.lastClusterEventProcessed, live.latestSyncEvent.addMSecs(-1000));
        QVERIFY(qAbs(live.latestSyncEvent.secsTo(f.backend.now())) < 10);
    }

    void pausedSyncMetricsStopWhereSyncStopped()
    {
        SimFixture f(QStringLiteral("oplog-rollover"));
        QVERIFY(f.login());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto m = f.run<AppMetrics>([&](QObject *c, auto done) {
            f.client->metrics(f.appRef(), now.addDays(-7), now, QStringLiteral("PT1H"),
                SyncMetrics::metricNames(), c, done);
        });
        QVERIFY(m.ok());
        const SyncMetrics paused = SyncMetrics::from(m.value);
        QCOMPARE(paused.latestSyncEvent.toSecsSinceEpoch(), f.app().pausedAt);
        QCOMPARE(paused.lagMs, 0);
        QCOMPARE(paused.activeSessions, 0);
    }

    void expiredTokenIsRenewedOnceAndReplayed()
    {
        SimFixture f;
        QVERIFY(f.login());
        Recorder rec(f.server);
        f.backend.sessions().expireAccessTokens();
        const auto apps = f.run<QList<AppSummary>>(
            [&](QObject *c, auto done) { f.client->listApps(f.backend.groupId(), c, done); });
        QVERIFY2(apps.ok(), qPrintable(apps.error.message()));
        QCOMPARE(rec.lines.size(), 3);
        QVERIFY(rec.lines[0].endsWith(QStringLiteral(" 401")));
        QVERIFY(rec.lines[1].startsWith(QStringLiteral("POST /auth/session 201")));
        QVERIFY(rec.lines[2].endsWith(QStringLiteral(" 200")));
    }

    void tokensExpireAfterTheirLifetime()
    {
        SimFixture f;
        f.backend.sessions().setAccessTokenLifetime(60);
        QVERIFY(f.login());
        Recorder rec(f.server);
        f.backend.advanceClock(59);
        QVERIFY(draft(f).has_value() == false);
        QCOMPARE(rec.count(QStringLiteral("POST"), QStringLiteral("/auth/session")), 0);
        f.backend.advanceClock(2);
        QVERIFY(!draft(f).has_value());
        QCOMPARE(rec.count(QStringLiteral("POST"), QStringLiteral("/auth/session")), 1);
        QCOMPARE(rec.count(QStringLiteral("GET"), QStringLiteral("/drafts")), 3); // 200, 401, 200
    }

    void concurrentCallsShareOneRenewal()
    {
        SimFixture f;
        QVERIFY(f.login());
        Recorder rec(f.server);
        f.backend.sessions().expireAccessTokens();
        int ok = 0;
        QObject context;
        for (int i = 0; i < 4; ++i)
            f.client->listApps(f.backend.groupId(), &context,
                [&ok](const ApiResult<QList<AppSummary>> &r) { ok += r.ok() ? 1 : 0; });
        QTRY_COMPARE_WITH_TIMEOUT(ok, 4, 10000);
        QCOMPARE(rec.count(QStringLiteral("POST"), QStringLiteral("/auth/session")), 1);
    }

    void rejectedRefreshAsksToSignInAgain()
    {
        SimFixture f;
        const auto tokens = f.run<AuthTokens>([&](QObject *c, auto done) {
            f.client->login(SimDefaults::publicKey(), SimDefaults::privateKey(), c, done);
        });
        QVERIFY(tokens.ok());
        QSignalSpy expired(f.client.get(), &AdminApiClient::sessionExpired);
        f.backend.sessions().remove(tokens.value.refreshToken);
        f.backend.sessions().expireAccessTokens();
        const auto r = f.run<QList<AppSummary>>(
            [&](QObject *c, auto done) { f.client->listApps(f.backend.groupId(), c, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::SessionExpired);
        QCOMPARE(expired.size(), 1);
        QVERIFY(!f.client->isSignedIn());
        QVERIFY(f.login()); // signing in again works
    }

    void logoutDeletesTheSession()
    {
        SimFixture f;
        const auto tokens = f.run<AuthTokens>([&](QObject *c, auto done) {
            f.client->login(SimDefaults::publicKey(), SimDefaults::privateKey(), c, done);
        });
        QVERIFY(f.run<Done>([&](QObject *c, auto done) { f.client->logout(c, done); }).ok());
        QVERIFY(!f.client->isSignedIn());
        QVERIFY(!f.backend.sessions().isRefreshToken(tokens.value.refreshToken));
    }

    void readsAreRetriedThrough503()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(f.inject(QStringLiteral("GET /groups/*/apps status=503 count=2")));
        const ApiReply reply = raw(f, ApiRequests::listApps(f.backend.groupId()));
        QVERIFY2(reply.ok(), qPrintable(reply.error.message()));
        QCOMPARE(reply.attempts, 3);
    }

    void readsGiveUpAfterTheLastAttempt()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(f.inject(QStringLiteral("GET /groups/*/apps status=500")));
        const ApiReply reply = raw(f, ApiRequests::listApps(f.backend.groupId()));
        QCOMPARE(reply.error.httpStatus, 500);
        QCOMPARE(reply.attempts, f.client->retryPolicy().maxAttempts);
        QCOMPARE(reply.error.errorCode, QStringLiteral("InternalServerError"));
    }

    void retryAfterIsHonoured()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(f.inject(QStringLiteral("GET * status=429 retry-after=1 count=1")));
        const ApiReply reply = raw(f, ApiRequests::listApps(f.backend.groupId()));
        QVERIFY(reply.ok());
        QCOMPARE(reply.attempts, 2);
        QVERIFY2(reply.elapsedMs >= 1000, qPrintable(QString::number(reply.elapsedMs)));
    }

    void writesAreNeverRetriedBlindly()
    {
        SimFixture f;
        QVERIFY(f.login());
        Recorder rec(f.server);
        QVERIFY(f.inject(QStringLiteral("POST */drafts status=503 count=1")));
        const auto r = f.run<Draft>(
            [&](QObject *c, auto done) { f.client->createDraft(f.appRef(), c, done); });
        QCOMPARE(r.error.httpStatus, 503);
        QCOMPARE(rec.count(QStringLiteral("POST"), QStringLiteral("/drafts")), 1);
        QVERIFY(r.error.message().contains(QStringLiteral("temporarily unavailable")));
    }

    void aLostDeployReplyNeverDeploysTwice()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(patch(f, ApiRequests::syncStatePatch(config(f).sync, State::Paused)).ok());
        const QString draftId = draft(f)->id;
        Recorder rec(f.server);
        QVERIFY(f.inject(QStringLiteral("POST */deployment drop count=3")));
        const auto r = f.run<Deployment>([&](QObject *c, auto done) {
            f.client->deployDraft(f.appRef(), draftId, QString(), c, done);
        });
        // The deployment went through but its reply was lost: the caller hears of a failure
        // and must reconcile by reading drafts and deployments, never by sending it again.
        QVERIFY(!r.ok());
        QCOMPARE(f.app().deployments.size(), 1);
        QVERIFY(!draft(f).has_value());
        QVERIFY2(rec.lines.first().endsWith(QStringLiteral(" 0")),
            qPrintable(rec.lines.join(QLatin1Char('|'))));
    }

    void droppedReadsAreRetried()
    {
        SimFixture f;
        QVERIFY(f.login());
        Recorder rec(f.server);
        QVERIFY(f.inject(QStringLiteral("GET */drafts drop count=3")));
        const ApiReply reply = raw(f, ApiRequests::listDrafts(f.appRef()));
        QVERIFY2(reply.ok(), qPrintable(reply.error.message()));
        QCOMPARE(rec.count(QStringLiteral("GET"), QStringLiteral("/drafts")), 4);
        QVERIFY(reply.attempts >= 2);
    }

    void malformedBodyIsAClearError()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(f.inject(QStringLiteral("GET */deployments malformed count=1")));
        const auto r = f.run<QList<Deployment>>(
            [&](QObject *c, auto done) { f.client->listDeployments(f.appRef(), c, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::MalformedReply);
        QVERIFY(r.error.message().contains(QStringLiteral("cannot read")));
    }

    void slowWritesTimeOutOnce()
    {
        SimFixture f;
        QVERIFY(f.login());
        RetryPolicy policy = f.client->retryPolicy();
        policy.timeoutMs = 150;
        f.client->setRetryPolicy(policy);
        Recorder rec(f.server);
        QVERIFY(f.inject(QStringLiteral("POST */drafts latency=1000")));
        const auto r = f.run<Draft>(
            [&](QObject *c, auto done) { f.client->createDraft(f.appRef(), c, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(rec.count(QStringLiteral("POST"), QStringLiteral("/drafts")), 1);
    }

    void slowReadsAreRetriedAfterTheirTimeout()
    {
        SimFixture f;
        QVERIFY(f.login());
        RetryPolicy policy = f.client->retryPolicy();
        policy.timeoutMs = 150;
        f.client->setRetryPolicy(policy);
        QVERIFY(f.inject(QStringLiteral("GET */services latency=1000 count=1")));
        const ApiReply reply = raw(f, ApiRequests::listServices(f.appRef()));
        QVERIFY2(reply.ok(), qPrintable(reply.error.message()));
        QCOMPARE(reply.attempts, 2);
    }

    void aTimeoutSaysWhetherItWasRetried()
    {
        SimFixture f;
        QVERIFY(f.login());
        RetryPolicy policy = f.client->retryPolicy();
        policy.timeoutMs = 100;
        policy.maxAttempts = 3;
        f.client->setRetryPolicy(policy);
        QVERIFY(f.inject(QStringLiteral("* * latency=1000")));

        // A read is sent again after a timeout, and the message says so.
        const ApiReply read = raw(f, ApiRequests::listServices(f.appRef()));
        QCOMPARE(read.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(read.attempts, 3);
        QVERIFY2(read.error.message().contains(QStringLiteral("3 attempts")),
            qPrintable(read.error.message()));
        QVERIFY(!read.error.message().contains(QStringLiteral("Nothing was retried")));

        // A write is never sent again, and the message says why.
        const ApiReply write = raw(f, ApiRequests::createDraft(f.appRef()));
        QCOMPARE(write.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(write.attempts, 1);
        QVERIFY2(write.error.message().contains(QStringLiteral("not sent again")),
            qPrintable(write.error.message()));
    }

    void redirectsAreNeverFollowed_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<int>("status");
        // The login carries the private key, a read the access token, the session refresh the
        // refresh token: none of them may reach the redirect's target.
        for (const char *call : {"login", "read", "refresh"})
            for (int status : {301, 302, 307, 308})
                QTest::addRow("%s %d", call, status) << QString::fromLatin1(call) << status;
    }

    void redirectsAreNeverFollowed()
    {
        QFETCH(QString, call);
        QFETCH(int, status);
        QTcpServer elsewhere; // where a followed redirect would take the keys
        QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
        int reached = 0;
        connect(&elsewhere, &QTcpServer::newConnection, &elsewhere, [&] {
            ++reached;
            delete elsewhere.nextPendingConnection();
        });
        const QString target
            = QStringLiteral("http://127.0.0.1:%1/catch").arg(elsewhere.serverPort());
        SimFixture f;
        const QString where = call == QLatin1String("login") ? QStringLiteral("POST */login")
            : call == QLatin1String("read")                  ? QStringLiteral("GET */apps")
                                                             : QStringLiteral("POST /auth/session");
        if (call != QLatin1String("login")) {
            QVERIFY(f.login());
            if (call == QLatin1String("refresh"))
                f.backend.sessions().expireAccessTokens();
        }
        QVERIFY(
            f.inject(QStringLiteral("%1 redirect=%2 status=%3").arg(where, target).arg(status)));

        ApiError error;
        if (call == QLatin1String("login"))
            error = f.run<AuthTokens>([&](QObject *c, auto done) {
                         f.client->login(
                             SimDefaults::publicKey(), SimDefaults::privateKey(), c, done);
                     }).error;
        else
            error = f.run<QList<AppSummary>>([&](QObject *c, auto done) {
                         f.client->listApps(f.backend.groupId(), c, done);
                     }).error;
        QVERIFY(error.isError());
        if (call != QLatin1String("refresh")) {
            QCOMPARE(error.kind, ApiError::Kind::Redirected);
            QCOMPARE(error.httpStatus, status);
            QVERIFY2(error.message().contains(target)
                    && error.message().contains(QStringLiteral("does not follow redirects")),
                qPrintable(error.message()));
        }
        // A followed redirect connects before the call can end (the target closes at once),
        // so by now it would have been counted.
        QCOMPARE(reached, 0);
    }

    void oversizedRepliesAreNotRead()
    {
        SimFixture f;
        QVERIFY(f.login());
        QCOMPARE(f.client->retryPolicy().maxReplyBytes, 8LL * 1024 * 1024);
        QVERIFY(f.inject(QStringLiteral("GET */apps oversize=12000000 count=1")));
        const auto r = f.run<QList<AppSummary>>(
            [&](QObject *c, auto done) { f.client->listApps(f.backend.groupId(), c, done); });
        QCOMPARE(r.error.kind, ApiError::Kind::ReplyTooLarge);
        QVERIFY2(r.error.message().contains(QStringLiteral("larger than 8 MB")),
            qPrintable(r.error.message()));

        // The limit is the policy's.
        RetryPolicy small = f.client->retryPolicy();
        small.maxReplyBytes = 64 * 1024;
        f.client->setRetryPolicy(small);
        QVERIFY(f.inject(QStringLiteral("GET */services oversize=300000 count=1")));
        const auto services = f.run<QList<ServiceSummary>>(
            [&](QObject *c, auto done) { f.client->listServices(f.appRef(), c, done); });
        QCOMPARE(services.error.kind, ApiError::Kind::ReplyTooLarge);
        // A reply under the limit is read as ever.
        QVERIFY(f.run<QList<ServiceSummary>>([&](QObject *c, auto done) {
                     f.client->listServices(f.appRef(), c, done);
                 }).ok());
    }

    void configValuesTheServiceRefuses_data()
    {
        QTest::addColumn<QJsonObject>("body");
        const auto offline = [](const QJsonValue &days) {
            return QJsonObject {{QStringLiteral("flexible_sync"),
                QJsonObject {{QStringLiteral("client_max_offline_days"), days}}}};
        };
        QTest::newRow("offline days -1") << offline(-1);
        QTest::newRow("offline days 0") << offline(0);
        QTest::newRow("offline days 1.5") << offline(1.5);
        QTest::newRow("offline days 1e12") << offline(1e12);
        QTest::newRow("offline days as text") << offline(QStringLiteral("30"));
        QTest::newRow("read preference")
            << QJsonObject {{QStringLiteral("readPreference"), QStringLiteral("nope")}};
        QTest::newRow("read preference as a number")
            << QJsonObject {{QStringLiteral("readPreference"), 1}};
    }

    void configValuesTheServiceRefuses()
    {
        QFETCH(QJsonObject, body);
        SimFixture f;
        QVERIFY(f.login());
        const ServiceConfig before = config(f);
        const auto r = patch(f, body);
        QCOMPARE(r.error.httpStatus, 400);
        QVERIFY2(r.error.message().contains(QStringLiteral("client_max_offline_days"))
                || r.error.message().contains(QStringLiteral("readPreference"))
                || r.error.message().contains(QStringLiteral("wrong type")),
            qPrintable(r.error.message()));
        QCOMPARE(config(f).raw, before.raw); // nothing changed
    }

    void aHugeRetryAfterIsCapped()
    {
        // 3,000,000 s would overflow the delay in milliseconds and never fire.
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(
            f.inject(QStringLiteral("GET /groups/*/apps status=429 retry-after=3000000 count=1")));
        const auto r = f.run<QList<AppSummary>>(
            [&](QObject *c, auto done) { f.client->listApps(f.backend.groupId(), c, done); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    }

    void cancelEndsTheCallAtOnce()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(f.inject(QStringLiteral("GET * latency=3000")));
        std::optional<ApiResult<QList<AppSummary>>> result;
        QObject context;
        ApiCall *call
            = f.client->listApps(f.backend.groupId(), &context, [&](const auto &r) { result = r; });
        QSignalSpy finished(call, &ApiCall::finished);
        call->cancel();
        QVERIFY(result.has_value());
        QCOMPARE(result->error.kind, ApiError::Kind::Cancelled);
        QCOMPARE(finished.size(), 1);
    }

    void destroyingTheContextCancelsSilently()
    {
        SimFixture f;
        QVERIFY(f.login());
        QVERIFY(f.inject(QStringLiteral("GET * latency=300")));
        bool called = false;
        auto context = std::make_unique<QObject>();
        QPointer<ApiCall> call = f.client->listApps(
            f.backend.groupId(), context.get(), [&called](const auto &) { called = true; });
        context.reset();
        QTRY_VERIFY(call.isNull()); // the call finished (cancelled) and deleted itself
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestAdminApiClient)
#include "tst_adminapiclient.moc"
