// Prints medians for the paths that matter to a user: one Admin API round trip through the
// client (against raw QNetworkAccessManager on the same simulator, so the ratio is the
// client's own cost), a draft diff of a 20,000-line config file, and parsing 1,000 apps.
// Run: build/tests/bench_core [rounds]
#include "AdminApiClient.h"
#include "ApiCall.h"
#include "ApiParsers.h"
#include "ApiRequests.h"
#include "BenchStats.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"
#include "UnifiedDiff.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <vector>

using BenchStats::median;

namespace {

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(double(v.size()) * p))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(10, atoi(argv[1])) : 300;

    SimBackend backend;
    backend.sessions().setApiKey(SimDefaults::publicKey(), SimDefaults::privateKey());
    Scenarios::load(Scenarios::defaultName(), backend);
    SimServer server(&backend);
    server.start(QHostAddress::LocalHost, 0);
    QNetworkAccessManager network;
    AdminApiClient client(&network, server.baseUrl());

    bool signedIn = false;
    client.login(SimDefaults::publicKey(), SimDefaults::privateKey(), &app,
        [&signedIn](const ApiResult<AuthTokens> &r) { signedIn = r.ok(); });
    if (!QTest::qWaitFor([&] { return client.isSignedIn(); }, 5000) || !signedIn) {
        std::fprintf(stderr, "could not sign in to the simulator\n");
        return 1;
    }
    const AppRef ref {backend.groupId(), backend.apps().first().id};
    const QString serviceId = backend.apps().first().serviceId;

    // The same GET, alternately through the client and through raw QNAM, so both see the
    // same machine load.
    std::vector<double> viaClient;
    std::vector<double> viaRaw;
    QNetworkRequest raw(
        QUrl(client.baseUrl().toString() + ApiRequests::serviceConfig(ref, serviceId).path));
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        QEventLoop loop; // a benchmark may spin its own loop; qWaitFor would add 10 ms polls
        bool done = false;
        client.serviceConfig(ref, serviceId, &app, [&](const ApiResult<ServiceConfig> &r) {
            done = r.ok();
            loop.quit();
        });
        loop.exec();
        if (!done)
            return 1;
        viaClient.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    // Token for raw requests: log in once more and keep the access token.
    QNetworkRequest login(
        QUrl(client.baseUrl().toString() + QStringLiteral("/auth/providers/mongodb-cloud/login")));
    login.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *loginReply = network.post(
        login, ApiRequests::login(SimDefaults::publicKey(), SimDefaults::privateKey()).body);
    if (!QTest::qWaitFor([&] { return loginReply->isFinished(); }, 5000))
        return 1;
    const QString token = QJsonDocument::fromJson(loginReply->readAll())
                              .object()
                              .value(QStringLiteral("access_token"))
                              .toString();
    raw.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        QNetworkReply *reply = network.get(raw);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->readAll();
        reply->deleteLater();
        viaRaw.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    // A 20,000-line config file with 200 scattered edits.
    QStringList before;
    for (int i = 0; i < 20000; ++i)
        before.append(QStringLiteral("    \"field_%1\": %2,").arg(i).arg(i * 7));
    QStringList after = before;
    for (int i = 0; i < 200; ++i)
        after[i * 97] = QStringLiteral("    \"field_%1\": \"changed\",").arg(i * 97);
    const QString a = before.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const QString b = after.join(QLatin1Char('\n')) + QLatin1Char('\n');
    std::vector<double> diffMs;
    qsizetype diffSize = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        diffSize = UnifiedDiff::compute(QStringLiteral("big.json"), a, b).size();
        diffMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    QJsonArray apps;
    for (int i = 0; i < 1000; ++i) {
        QJsonObject o = backend.apps().first().toApiJson();
        o.insert(QStringLiteral("_id"), QString::number(i));
        apps.append(o);
    }
    const QByteArray appsBody = QJsonDocument(apps).toJson(QJsonDocument::Compact);
    std::vector<double> parseMs;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        const auto parsed = ApiParsers::apps(appsBody);
        parseMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (parsed.value.size() != 1000)
            return 1;
    }

    std::printf("rounds: %d\n", rounds);
    std::printf("GET service config via AdminApiClient: median %.3f ms, p95 %.3f ms\n",
        median(viaClient), percentile(viaClient, 0.95));
    std::printf("GET service config via raw QNAM:       median %.3f ms, p95 %.3f ms\n",
        median(viaRaw), percentile(viaRaw, 0.95));
    std::printf(
        "client / raw median ratio:             %.2f\n", median(viaClient) / median(viaRaw));
    std::printf("unified diff, 20000 lines, 200 edits:  median %.1f ms (%lld chars)\n",
        median(diffMs), static_cast<long long>(diffSize));
    std::printf("parse 1000 apps (%lld bytes):          median %.2f ms\n",
        static_cast<long long>(appsBody.size()), median(parseMs));
    return 0;
}
