// A kept class (sync-console-sim --classroom N --state FILE) brings each seat's progress
// through the runbook back after a restart, seat by seat: the steps and their times, the
// out-of-order flags, the last error; a seat reset before the restart stays reset.
#include "ClassroomSeats.h"

#include <QTemporaryDir>

class TestSimClassroomState : public QObject
{
    Q_OBJECT

    static QJsonArray seats(ClassroomSeats &room)
    {
        return room.call("GET", room.control() + QStringLiteral("/classroom"))
            .json[QStringLiteral("seats")]
            .toArray();
    }

    // A seat's progress without the time on its step (the clock runs between two reads).
    static QJsonObject progressOf(const QJsonValue &seat)
    {
        QJsonObject p = seat[QStringLiteral("progress")].toObject();
        p.remove(QStringLiteral("seconds_on_step"));
        return p;
    }

private slots:
    void progressSurvivesARestart()
    {
        QTemporaryDir dir;
        QJsonArray before;
        {
            ClassroomSeats room(3, dir.path());
            QVERIFY(room.kept);
            QVERIFY(room.started);
            QVERIFY(room.walkThreeSeats());
            // Seat 3 asks for seat 1's project: its last error.
            QCOMPARE(room.call("GET",
                         room.api() + QStringLiteral("/groups/") + SimClassroom::groupIdOf(1)
                             + QStringLiteral("/apps"),
                         room.login(3))
                         .status,
                404);
            before = seats(room);
            QCOMPARE(before.size(), 3);
            QCOMPARE(before[0][QStringLiteral("progress")][QStringLiteral("finished")].toBool(), true);
            QCOMPARE(before[1][QStringLiteral("progress")][QStringLiteral("out_of_order")]
                         .toArray()
                         .size(),
                1);
            QCOMPARE(before[2][QStringLiteral("progress")][QStringLiteral("steps")].toArray().size(), 2);
        }
        ClassroomSeats again(3, dir.path());
        QVERIFY(again.kept);
        QVERIFY(again.started);
        const QJsonArray after = seats(again);
        QCOMPARE(after.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(after[i][QStringLiteral("public_key")], before[i][QStringLiteral("public_key")]);
            QCOMPARE(progressOf(after[i]), progressOf(before[i]));
        }
        QCOMPARE(after[2][QStringLiteral("progress")][QStringLiteral("last_error")]
                     [QStringLiteral("status")]
                         .toInt(),
            404);
    }

    void aResetSeatStaysResetAfterARestart()
    {
        QTemporaryDir dir;
        {
            ClassroomSeats room(2, dir.path());
            QVERIFY(room.started);
            QJsonObject saved;
            QVERIFY(room.setSyncAndDeploy(1, room.login(1), QString(), &saved));
            QVERIFY(room.setSyncAndDeploy(2, room.login(2), QString(), &saved));
            QCOMPARE(room.call("POST", room.control() + QStringLiteral("/classroom/seats/2/reset"))
                         .status,
                200);
        }
        ClassroomSeats again(2, dir.path());
        QVERIFY(again.started);
        const QJsonArray after = seats(again);
        QCOMPARE(after[0][QStringLiteral("progress")][QStringLiteral("steps")].toArray().size(), 2);
        QCOMPARE(after[1][QStringLiteral("progress")][QStringLiteral("steps")].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSimClassroomState)
#include "tst_simclassroomstate.moc"
