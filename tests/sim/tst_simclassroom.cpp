// A class on one simulator (sync-console-sim --classroom N), over HTTP: each seat signs in
// with its own key pair to a project of its own and cannot see or change another seat's
// (404), every seat starts from the same scenario, and the control API resets one seat or all.
#include "ClassroomSeats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSimClassroom : public QObject
{
    Q_OBJECT

    using Room = ClassroomSeats;
    using Answer = ClassroomSeats::Answer;

    // The first app of seat `seat`'s project: its path below the API, or "".
    static QString appPath(Room &room, int seat, const QString &token)
    {
        return room.appPath(SimClassroom::groupIdOf(seat), token);
    }

    // Pauses Sync in the first app (staged in a draft); the app's draft count after.
    static int stageADraft(Room &room, int seat, const QString &token)
    {
        const QString app = appPath(room, seat, token);
        QString service;
        for (const QJsonValue &s : room.call("GET", app + u"/services"_s, token).json.array())
            if (s.toObject().value(u"type"_s).toString() == u"mongodb-atlas"_s)
                service = s.toObject().value(u"_id"_s).toString();
        const QJsonObject config
            = room.call("GET", app + u"/services/"_s + service + u"/config"_s, token).json.object();
        const QString key = config.contains(u"flexible_sync"_s) ? u"flexible_sync"_s : u"sync"_s;
        QJsonObject block = config.value(key).toObject();
        block.insert(u"state"_s, u"disabled"_s);
        const int status = room.call("PATCH", app + u"/services/"_s + service + u"/config"_s, token,
                                   QJsonObject {{key, block}})
                               .status;
        if (status / 100 != 2)
            return -1;
        return drafts(room, seat, token);
    }

    static int drafts(Room &room, int seat, const QString &token)
    {
        return int(
            room.call("GET", appPath(room, seat, token) + u"/drafts"_s, token).json.array().size());
    }

    static QStringList stepsOf(const QJsonObject &seat)
    {
        QStringList steps;
        for (const QJsonValue &s : seat[u"progress"_s][u"steps"_s].toArray())
            steps.append(s[u"step"_s].toString());
        return steps;
    }

private slots:
    void eachSeatSeesItsOwnProjectOnly()
    {
        Room room;
        QVERIFY(room.started);
        const QString one = room.login(1);
        const QString two = room.login(2);
        QVERIFY(!one.isEmpty());
        QVERIFY(!two.isEmpty());
        QVERIFY(one != two);
        // Each seat's profile names its own project.
        QCOMPARE(room.call("GET", room.api() + u"/auth/profile"_s, one)
                     .json[u"roles"_s][0][u"group_id"_s]
                     .toString(),
            SimClassroom::groupIdOf(1));
        QCOMPARE(room.call("GET", room.api() + u"/auth/profile"_s, two)
                     .json[u"roles"_s][0][u"group_id"_s]
                     .toString(),
            SimClassroom::groupIdOf(2));
        // Seat 1 reads its own app; seat 2's project, app and config are not there for it.
        const QString mine = appPath(room, 1, one);
        const QString theirs = appPath(room, 2, two);
        QVERIFY(!mine.isEmpty());
        QVERIFY(!theirs.isEmpty());
        QCOMPARE(room.call("GET", mine, one).status, 200);
        QCOMPARE(room.call("GET",
                         room.api() + u"/groups/"_s + SimClassroom::groupIdOf(2) + u"/apps"_s, one)
                     .status,
            404);
        QCOMPARE(room.call("GET", theirs, one).status, 404);
        QCOMPARE(room.call("GET", theirs + u"/services"_s, one).status, 404);
        QCOMPARE(room.call("PATCH", theirs + u"/services/x/config"_s, one,
                         QJsonObject {{u"sync"_s, QJsonObject {{u"state"_s, u"disabled"_s}}}})
                     .status,
            404);
        // A seat's public key with another seat's private key signs in nowhere.
        QVERIFY(room.login(room.classroom.seat(1)->publicKey, room.classroom.seat(2)->privateKey)
                    .isEmpty());
        // The instructor (the main key pair) reads every seat's project.
        const QString instructor = room.login(SimDefaults::publicKey(), SimDefaults::privateKey());
        QVERIFY(!instructor.isEmpty());
        for (int n = 1; n <= 3; ++n)
            QCOMPARE(room.call("GET",
                             room.api() + u"/groups/"_s + SimClassroom::groupIdOf(n) + u"/apps"_s,
                             instructor)
                         .json.array()
                         .size(),
                1);
        QCOMPARE(room.call("GET", theirs + u"/deployments"_s, instructor).status, 200);
        // Seat 1 staging a change leaves seat 2's app as it was.
        QCOMPARE(stageADraft(room, 1, one), 1);
        QCOMPARE(drafts(room, 2, two), 0);
    }

    void everySeatStartsFromTheScenario()
    {
        Room room;
        QVERIFY(room.started);
        const Answer seats = room.call("GET", room.control() + u"/classroom"_s);
        QCOMPARE(seats.status, 200);
        QCOMPARE(seats.json[u"scenario"_s].toString(), Scenarios::defaultName());
        const QJsonArray list = seats.json[u"seats"_s].toArray();
        QCOMPARE(list.size(), 3);
        for (int n = 1; n <= 3; ++n) {
            const QJsonObject seat = list[n - 1].toObject();
            QCOMPARE(seat[u"seat"_s].toInt(), n);
            QCOMPARE(seat[u"group_id"_s].toString(), SimClassroom::groupIdOf(n));
            QCOMPARE(seat[u"public_key"_s].toString(), room.classroom.seat(n)->publicKey);
            QCOMPARE(seat[u"apps"_s].toArray(), list[0].toObject()[u"apps"_s].toArray());
            QVERIFY(!seat[u"apps"_s].toArray().isEmpty());
        }
        // The sheet has every seat's key pair.
        const QString sheet = room.classroom.sheetMarkdown(room.api());
        for (int n = 1; n <= 3; ++n) {
            QVERIFY(sheet.contains(QStringLiteral("## Seat %1").arg(n)));
            QVERIFY(sheet.contains(room.classroom.seat(n)->privateKey));
        }
        // It names the console's real menu, and with TLS the fingerprint to compare and a
        // curl that checks the certificate instead of trusting any.
        QVERIFY(sheet.contains(u"Connection > Connect..."_s));
        QVERIFY(!sheet.contains(u"--cacert"_s));
        const QString fingerprint = u"CF:56:B6:3D"_s;
        const QString tlsSheet = room.classroom.sheetMarkdown(room.api(), fingerprint);
        QVERIFY(tlsSheet.contains(u"`CF:56:B6:3D`"_s));
        QCOMPARE(tlsSheet.count(u"curl -s --cacert certificate.pem -X POST"_s), 3);
    }

    void aSeatIsResetAloneOrAll()
    {
        Room room;
        QVERIFY(room.started);
        const QString one = room.login(1);
        const QString two = room.login(2);
        QCOMPARE(stageADraft(room, 1, one), 1);
        QCOMPARE(stageADraft(room, 2, two), 1);
        QCOMPARE(room.call("POST", room.control() + u"/classroom/seats/1/reset"_s).status, 200);
        QCOMPARE(drafts(room, 1, one), 0); // still signed in, back at the start
        QCOMPARE(drafts(room, 2, two), 1);
        QCOMPARE(room.call("POST", room.control() + u"/classroom/reset"_s).status, 200);
        QCOMPARE(drafts(room, 2, two), 0);
        QCOMPARE(room.call("POST", room.control() + u"/classroom/seats/4/reset"_s).status, 404);
        QCOMPARE(room.call("GET", room.control() + u"/classroom/seats/1/reset"_s).status, 405);
    }

    // With --state the class survives a restart seat by seat: the same key pairs, and each
    // seat's apps as it left them.
    void theClassSurvivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString keys[4][2];
        {
            Room room(3, dir.path());
            QVERIFY(room.kept);
            QVERIFY(room.started);
            QVERIFY(!room.classroom.seat(1)->restored);
            for (int n = 1; n <= 3; ++n) {
                keys[n][0] = room.classroom.seat(n)->publicKey;
                keys[n][1] = room.classroom.seat(n)->privateKey;
            }
            // The answer comes once the change is in seat 1's file.
            QCOMPARE(stageADraft(room, 1, room.login(1)), 1);
        }
        Room again(3, dir.path());
        QVERIFY(again.kept);
        QVERIFY(again.started);
        for (int n = 1; n <= 3; ++n) {
            QVERIFY(again.classroom.seat(n)->restored);
            QCOMPARE(again.classroom.seat(n)->publicKey, keys[n][0]);
            QCOMPARE(again.classroom.seat(n)->privateKey, keys[n][1]);
        }
        const QString one = again.login(1);
        const QString two = again.login(2);
        QVERIFY(!one.isEmpty());
        QCOMPARE(drafts(again, 1, one), 1);
        QCOMPARE(drafts(again, 2, two), 0);
        QCOMPARE(again
                     .call("GET",
                         again.api() + u"/groups/"_s + SimClassroom::groupIdOf(2) + u"/apps"_s, one)
                     .status,
            404);
        // Another class size in the same place is refused, not mixed up.
        SimClassroom other(2, Scenarios::defaultName());
        QString problem;
        QVERIFY(!other.keepIn(dir.path(), &problem));
        QVERIFY2(problem.contains(u"a class of 3 seats, not 2"_s), qPrintable(problem));
    }

    // Three seats walk the terminate-and-re-enable runbook: seat 1 all of it, waiting the ten
    // minutes (its clock moved on); seat 2 re-enables without waiting; seat 3 stops after the
    // terminate. GET /_sim/classroom tells exactly that.
    void theInstructorSeesWhereEachSeatIs()
    {
        Room room;
        QVERIFY(room.started);
        room.freezeClocks(); // each seat's clock moves only as the test moves it
        const QString one = room.login(1);
        const QString two = room.login(2);
        const QString three = room.login(3);
        QJsonObject blocks[4];
        for (const auto &[seat, token] : {std::pair {1, one}, {2, two}, {3, three}})
            QVERIFY(room.setSyncAndDeploy(seat, token, QString(), &blocks[seat]));
        QCOMPARE(
            room.call("POST", room.control() + u"/classroom/seats/1/clock?advance=600"_s).status,
            200);
        QVERIFY(room.setSyncAndDeploy(1, one, u"enabled"_s, &blocks[1]));
        QCOMPARE(
            room.call("POST", room.control() + u"/classroom/seats/2/clock?advance=60"_s).status,
            200);
        QVERIFY(room.setSyncAndDeploy(2, two, u"enabled"_s, &blocks[2]));
        // Seat 3 asks for seat 1's project: its last error.
        QCOMPARE(
            room.call("GET", room.api() + u"/groups/"_s + SimClassroom::groupIdOf(1) + u"/apps"_s,
                    three)
                .status,
            404);

        const Answer answer = room.call("GET", room.control() + u"/classroom"_s);
        QCOMPARE(answer.status, 200);
        const QJsonArray seats = answer.json[u"seats"_s].toArray();
        QCOMPARE(seats.size(), 3);
        const QJsonObject s1 = seats[0].toObject();
        const QJsonObject s2 = seats[1].toObject();
        const QJsonObject s3 = seats[2].toObject();

        QCOMPARE(stepsOf(s1),
            QStringList({u"terminate_drafted"_s, u"terminate_deployed"_s, u"waited"_s,
                u"reenable_drafted"_s, u"reenable_deployed"_s}));
        QCOMPARE(s1[u"progress"_s][u"finished"_s].toBool(), true);
        QCOMPARE(s1[u"progress"_s][u"next"_s].toString(), QString());
        QCOMPARE(s1[u"progress"_s][u"out_of_order"_s].toArray().size(), 0);
        QCOMPARE(s1[u"sync_state"_s].toString(), u"enabled"_s);
        QVERIFY(s1[u"progress"_s][u"last_error"_s].isNull());

        QCOMPARE(stepsOf(s2),
            QStringList({u"terminate_drafted"_s, u"terminate_deployed"_s, u"reenable_drafted"_s,
                u"reenable_deployed"_s}));
        const QJsonArray flags = s2[u"progress"_s][u"out_of_order"_s].toArray();
        QCOMPARE(flags.size(), 1);
        QVERIFY2(flags[0].toString().contains(u"before the 10-minute wait"_s),
            qPrintable(flags[0].toString()));
        QVERIFY2(flags[0].toString().startsWith(u"re-enabled 60 s after"_s), // moved 60 s
            qPrintable(flags[0].toString()));
        QCOMPARE(s2[u"progress"_s][u"next"_s].toString(), u"waited"_s);
        QCOMPARE(s2[u"sync_state"_s].toString(), u"enabled"_s);

        QCOMPARE(stepsOf(s3), QStringList({u"terminate_drafted"_s, u"terminate_deployed"_s}));
        QCOMPARE(s3[u"progress"_s][u"finished"_s].toBool(), false);
        QCOMPARE(s3[u"progress"_s][u"next"_s].toString(), u"waited"_s);
        QCOMPARE(s3[u"progress"_s][u"out_of_order"_s].toArray().size(), 0);
        QCOMPARE(s3[u"sync_state"_s].toString(), u"terminated"_s);
        QCOMPARE(s3[u"progress"_s][u"last_error"_s][u"status"_s].toInt(), 404);
        QVERIFY(s3[u"progress"_s][u"seconds_on_step"_s].toInteger() >= 0);
        QVERIFY(s3[u"client_resets"_s][u"total"_s].isDouble());

        // Seat 3's wait is over once the class's clock has moved ten minutes on.
        QCOMPARE(room.call("POST", room.control() + u"/classroom/clock?advance=600"_s).status, 200);
        const QJsonObject later
            = room.call("GET", room.control() + u"/classroom"_s).json[u"seats"_s][2].toObject();
        QCOMPARE(stepsOf(later),
            QStringList({u"terminate_drafted"_s, u"terminate_deployed"_s, u"waited"_s}));
        QCOMPARE(later[u"progress"_s][u"next"_s].toString(), u"reenable_drafted"_s);
        // A reset puts the seat's progress back with its apps.
        QCOMPARE(room.call("POST", room.control() + u"/classroom/seats/3/reset"_s).status, 200);
        QCOMPARE(
            stepsOf(
                room.call("GET", room.control() + u"/classroom"_s).json[u"seats"_s][2].toObject()),
            QStringList());
    }

    // The instructor on a laptop of their own: off loopback, the classroom's endpoints answer
    // the main key pair's token only (a seat's: 403; none: 401), the rest of /_sim nobody, and
    // what they answer names no seat's private key. The peer is off loopback for real: the
    // server listens on this machine's own non-loopback address and the test connects to it.
    void theInstructorAsksFromAnotherMachine()
    {
        QHostAddress room4;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()
                && !a.isLinkLocal())
                room4 = a;
        if (room4.isNull())
            QSKIP("this machine has no IPv4 address off loopback to listen on");
        Room room;
        QVERIFY(room.server.start(room4));
        QCOMPARE(QUrl(room.api()).host(), room4.toString());
        const QString classroom = room.control() + u"/classroom"_s;

        QCOMPARE(room.call("GET", classroom).status, 401);
        QCOMPARE(room.call("GET", classroom, u"not-a-token"_s).status, 401);
        const QString seat = room.login(2);
        QVERIFY(!seat.isEmpty());
        QCOMPARE(room.call("GET", classroom, seat).status, 403);
        QCOMPARE(room.call("POST", classroom + u"/seats/1/reset"_s, seat).status, 403);
        QCOMPARE(room.call("POST", classroom + u"/clock?advance=60"_s, seat).status, 403);

        const QString instructor = room.login(SimDefaults::publicKey(), SimDefaults::privateKey());
        QVERIFY(!instructor.isEmpty());
        const Answer seats = room.call("GET", classroom, instructor);
        QCOMPARE(seats.status, 200);
        QCOMPARE(seats.json[u"seats"_s].toArray().size(), 3);
        const QByteArray body = seats.json.toJson(QJsonDocument::Compact);
        for (int n = 1; n <= 3; ++n)
            QVERIFY2(!body.contains(room.classroom.seat(n)->privateKey.toUtf8()),
                qPrintable(u"seat %1's private key is in the classroom's answer"_s.arg(n)));
        QVERIFY(!body.contains(SimDefaults::privateKey().toUtf8()));
        QCOMPARE(room.call("POST", classroom + u"/seats/1/reset"_s, instructor).status, 200);
        QCOMPARE(room.call("POST", classroom + u"/reset"_s, instructor).status, 200);
        QCOMPARE(room.call("POST", classroom + u"/clock?advance=60"_s, instructor).status, 200);
        // The rest of the control API stays the simulator's machine's, token or not.
        QCOMPARE(room.call("GET", room.control() + u"/faults"_s, instructor).status, 403);
        QCOMPARE(room.call("GET", room.control() + u"/faults"_s).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestSimClassroom)
#include "tst_simclassroom.moc"
