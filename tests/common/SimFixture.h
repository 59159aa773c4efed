#pragma once

#include "AdminApiClient.h"
#include "ApiCall.h"
#include "RunToResult.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <optional>

// A simulator on a free loopback port and a client talking to it over real HTTP.
class SimFixture
{
public:
    explicit SimFixture(const QString &scenario = Scenarios::defaultName())
    {
        backend.sessions().setApiKey(SimDefaults::publicKey(), SimDefaults::privateKey());
        backend.setDeploymentDelayMs(40);
        backend.setDeviceTickMs(0); // devices move when a test moves them, or the clock
        Scenarios::load(scenario, backend);
        started = server.start(QHostAddress::LocalHost, 0);
        client = std::make_unique<AdminApiClient>(&network, server.baseUrl());
        RetryPolicy fast;
        fast.initialDelayMs = 20;
        fast.maxDelayMs = 2000;
        fast.timeoutMs = 5000;
        client->setRetryPolicy(fast);
    }

    AppRef appRef() const { return {backend.groupId(), backend.apps().first().id}; }
    QString serviceId() const { return backend.apps().first().serviceId; }
    SimApp &app() { return backend.apps().first(); }

    // Runs one client operation to its end and hands back its result.
    template<typename T, typename Start> ApiResult<T> run(Start start)
    {
        return runToResult<T>(start);
    }

    // Adds a fault rule in the --fault form; false (with the reason printed) when it is malformed.
    bool inject(const QString &spec)
    {
        QString problem;
        const std::optional<FaultRule> rule = FaultRule::parse(spec, &problem);
        if (!rule)
            qWarning("%s", qPrintable(problem));
        else
            server.faults().add(*rule);
        return rule.has_value();
    }

    bool login()
    {
        const auto r = run<AuthTokens>([this](QObject *c, auto done) {
            client->login(SimDefaults::publicKey(), SimDefaults::privateKey(), c, done);
        });
        return r.ok();
    }

    // One raw HTTP exchange with the simulator: `path` below the Admin API base, or from the
    // server's root when it starts with "/_sim/". Admin API calls carry a fresh access token.
    QPair<int, QByteArray> http(
        const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QUrl url = server.baseUrl();
        const bool control = path.startsWith(QStringLiteral("/_sim/"));
        url = QUrl(url.toString(QUrl::RemovePath) + (control ? QString() : url.path()) + path);
        QNetworkRequest request(url);
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!control) {
            const SimSessions::Issued issued = backend.sessions().login(
                SimDefaults::publicKey(), SimDefaults::privateKey(), backend.now());
            request.setRawHeader("Authorization", "Bearer " + issued.accessToken.toLatin1());
        }
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(10000);
        reply->deleteLater();
        return qMakePair(
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll());
    }

    SimBackend backend;
    SimServer server {&backend};
    QNetworkAccessManager network;
    std::unique_ptr<AdminApiClient> client;
    bool started = false;
};
