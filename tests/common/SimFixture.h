#pragma once

#include "AdminApiClient.h"
#include "ApiCall.h"
#include "RunToResult.h"
#include "Scenarios.h"
#include "SimBackend.h"
#include "SimDefaults.h"
#include "SimServer.h"

#include <QNetworkAccessManager>
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

    SimBackend backend;
    SimServer server {&backend};
    QNetworkAccessManager network;
    std::unique_ptr<AdminApiClient> client;
    bool started = false;
};
