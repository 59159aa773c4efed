#pragma once

// A classroom simulator (sync-console-sim --classroom N) on a loopback port, and trainees'
// requests over real HTTP: sign a seat in, terminate or re-enable Sync in its first app and
// deploy it, move a seat's clock. For the instructor's view's tests (the same steps as
// tst_simclassroom uses, and the HTTP calls they are made of).
#include "LoopbackServer.h"
#include "SimClassroom.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

struct ClassroomSeats
{
    struct Answer
    {
        int status = 0;
        QJsonDocument json;
    };

    // `seats` seats of the default scenario; `dir`: where the class is kept, or nowhere.
    explicit ClassroomSeats(int seats = 3, const QString &dir = QString())
        : classroom(seats, Scenarios::defaultName())
    {
        classroom.setDeploymentDelayMs(0);
        QString problem;
        kept = dir.isEmpty() || classroom.keepIn(dir, &problem);
        if (!problem.isEmpty())
            qWarning("%s", qPrintable(problem));
        server.server.setClassroom(&classroom);
        started = server.start();
    }

    QString api() const { return server.server.baseUrl().toString(); }
    QString control() const
    {
        return server.server.baseUrl().toString(QUrl::RemovePath) + QStringLiteral("/_sim");
    }

    Answer call(const QByteArray &method, const QString &url, const QString &token = {},
        const QJsonObject &body = {})
    {
        QNetworkRequest request {QUrl(url)};
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QNetworkReply *reply = network.sendCustomRequest(request, method,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(5000);
        Answer answer {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll())};
        delete reply;
        return answer;
    }

    // A key pair's access token, or "" when the pair signs in nowhere.
    QString login(const QString &publicKey, const QString &privateKey)
    {
        return call("POST", api() + QStringLiteral("/auth/providers/mongodb-cloud/login"), {},
            QJsonObject {
                {QStringLiteral("username"), publicKey}, {QStringLiteral("apiKey"), privateKey}})
            .json.object()
            .value(QStringLiteral("access_token"))
            .toString();
    }

    QString login(int seat)
    {
        const SimClassroom::Seat *s = classroom.seat(seat);
        return login(s->publicKey, s->privateKey);
    }

    // The first app of `group`'s project, as `token` sees it: its path below the API, or "".
    QString appPath(const QString &group, const QString &token)
    {
        const QString apps = api() + QStringLiteral("/groups/") + group + QStringLiteral("/apps");
        const QString id = call("GET", apps, token)
                               .json.array()
                               .first()
                               .toObject()
                               .value(QStringLiteral("_id"))
                               .toString();
        return id.isEmpty() ? QString() : apps + QLatin1Char('/') + id;
    }

    // Sets Sync's state in seat `seat`'s first app ("" terminates, "enabled" re-enables),
    // deploys the draft and waits until it is live; false when a step is refused or does not
    // go live. The re-enable sends the sync block the terminate saw, kept in `saved`.
    bool setSyncAndDeploy(int seat, const QString &token, const QString &state, QJsonObject *saved)
    {
        const QString app = appPath(SimClassroom::groupIdOf(seat), token);
        QString service;
        for (const QJsonValue &s :
            call("GET", app + QStringLiteral("/services"), token).json.array())
            if (s.toObject().value(QStringLiteral("type")).toString()
                == QLatin1String("mongodb-atlas"))
                service = s.toObject().value(QStringLiteral("_id")).toString();
        const QString config
            = app + QStringLiteral("/services/") + service + QStringLiteral("/config");
        const QJsonObject current = call("GET", config, token).json.object();
        for (const QString &key : {QStringLiteral("flexible_sync"), QStringLiteral("sync")})
            if (current.contains(key))
                *saved = QJsonObject {{key, current.value(key)}};
        const QString key = saved->keys().value(0);
        QJsonObject block = saved->value(key).toObject();
        block.insert(QStringLiteral("state"), state);
        if (call("PATCH", config, token, QJsonObject {{key, block}}).status / 100 != 2)
            return false;
        const QString draft = call("GET", app + QStringLiteral("/drafts"), token)
                                  .json[0][QStringLiteral("_id")]
                                  .toString();
        const Answer deployment
            = call("POST", app + QStringLiteral("/drafts/") + draft + QStringLiteral("/deployment"),
                token, QJsonObject {{QStringLiteral("name"), state}});
        const QString id = deployment.json[QStringLiteral("_id")].toString();
        if (deployment.status / 100 != 2 || id.isEmpty())
            return false;
        return QTest::qWaitFor([&] {
            return call("GET", app + QStringLiteral("/deployments/") + id, token)
                       .json[QStringLiteral("status")]
                       .toString()
                == QLatin1String("successful");
        });
    }

    // Stops every seat's clock where it is: each moves only when the test moves it, so the
    // times the instructor's view shows are exact however slowly the run goes (on a running
    // clock the sanitizers' CI read "1:01" for the minute seat 2 waited).
    void freezeClocks()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int seat = 1; seat <= classroom.size(); ++seat)
            classroom.seat(seat)->backend->freezeClock(now);
    }

    // Moves seat `seat`'s clock on (0: the class's).
    int advance(int seat, qint64 seconds)
    {
        const QString path = seat > 0
            ? QStringLiteral("/classroom/seats/%1/clock?advance=%2").arg(seat).arg(seconds)
            : QStringLiteral("/classroom/clock?advance=%1").arg(seconds);
        return call("POST", control() + path).status;
    }

    // The three seats of the "Done when" case: seat 1 walks the whole runbook, waiting the ten
    // minutes; seat 2 deploys the re-enable a minute after the terminate, before the wait;
    // seat 3 stops half way, after the terminate went live. False when a step fails.
    bool walkThreeSeats()
    {
        const QString one = login(1);
        const QString two = login(2);
        const QString three = login(3);
        if (one.isEmpty() || two.isEmpty() || three.isEmpty())
            return false;
        QJsonObject saved[4];
        const QString tokens[4] = {QString(), one, two, three};
        for (int seat = 1; seat <= 3; ++seat)
            if (!setSyncAndDeploy(seat, tokens[seat], QString(), &saved[seat]))
                return false;
        return advance(1, 600) == 200
            && setSyncAndDeploy(1, one, QStringLiteral("enabled"), &saved[1])
            && advance(2, 60) == 200
            && setSyncAndDeploy(2, two, QStringLiteral("enabled"), &saved[2]);
    }

    LoopbackServer server;
    SimClassroom classroom;
    bool started = false;
    bool kept = false;
    QNetworkAccessManager network;
};
