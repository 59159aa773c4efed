// The instructor's view (ClassroomView) through its real widgets, against a classroom
// simulator on loopback driven over HTTP as three trainees would: one walks the whole
// runbook, one deploys the re-enable before the ten-minute wait, one stops half way. The
// table, a seat's activity and the summary say exactly that; the export's CSV too.
#include "AdminApiClient.h"
#include "ClassroomClient.h"
#include "ClassroomExport.h"
#include "ClassroomModel.h"
#include "ClassroomSeats.h"
#include "ScenarioCatalog.h"
#include "ClassroomView.h"
#include "ConsoleApp.h"
#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "ObjectNames.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QMessageBox>
#include <QNetworkInterface>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

class TestClassroomView : public QObject
{
    Q_OBJECT

    // The view on `room`, shown and read once.
    struct Instructor
    {
        explicit Instructor(ClassroomSeats &room)
            : client(&network, room.server.server.baseUrl())
            , classroom(&client)
            , view(&classroom)
        {
            view.show();
        }
        QTableView *table() const
        {
            return view.findChild<QTableView *>(ObjectName::classroomTable);
        }
        QString cell(int row, int column) const
        {
            return table()->model()->index(row, column).data().toString();
        }
        // Reads the class again and waits for the answer.
        bool reread()
        {
            QSignalSpy read(view.model(), &ClassroomModel::refreshed);
            view.findChild<QPushButton *>(ObjectName::classroomRefreshButton)->click();
            return read.wait(5000);
        }

        QNetworkAccessManager network;
        AdminApiClient client;
        ClassroomClient classroom;
        ClassroomView view;
    };

private slots:
    void theRealServiceIsNeverAsked()
    {
        QVERIFY(!ClassroomClient::mayBeClassroom(
            QUrl(QStringLiteral("https://services.cloud.mongodb.com/api/admin/v3.0"))));
        QVERIFY(!ClassroomClient::mayBeClassroom(QUrl(QStringLiteral("https://realm.MongoDB.com/api/admin/v3.0"))));
        QVERIFY(ClassroomClient::mayBeClassroom(QUrl(QStringLiteral("https://10.0.0.5:8443/api/admin/v3.0"))));
        QVERIFY(ClassroomClient::mayBeClassroom(QUrl(QStringLiteral("https://notmongodb.com/api/admin/v3.0"))));
    }

    void theTableShowsWhereEachSeatIs()
    {
        ClassroomSeats room(3);
        QVERIFY(room.started);
        room.freezeClocks();
        QVERIFY(room.walkThreeSeats());

        Instructor instructor(room);
        QTRY_COMPARE_WITH_TIMEOUT(instructor.table()->model()->rowCount(), 3, 5000);
        using C = ClassroomModel;
        // Seat 1: finished, in order.
        QCOMPARE(instructor.cell(0, C::Seat), QStringLiteral("1"));
        QCOMPARE(instructor.cell(0, C::SyncState), QStringLiteral("Enabled"));
        QCOMPARE(instructor.cell(0, C::Runbook), QStringLiteral("Finished"));
        QCOMPARE(instructor.cell(0, C::OutOfOrder), QString());
        QCOMPARE(instructor.cell(0, C::LastError), QString());
        // Seat 2: finished, but re-enabled a minute after the terminate, before the wait.
        QCOMPARE(instructor.cell(1, C::Runbook), QStringLiteral("Finished"));
        QCOMPARE(instructor.cell(1, C::OutOfOrder), QStringLiteral("Re-enabled before the wait"));
        // The seat's clock moved 60 s between the two, and only that (the clocks stand still).
        QCOMPARE(
            instructor.table()->model()->index(1, C::OutOfOrder).data(Qt::ToolTipRole).toString(),
            QStringLiteral(
                "Re-enabled 1:00 after the terminate went live, before the 10-minute wait"));
        QCOMPARE(instructor.table()->model()->index(1, 0).data(C::FlaggedRole).toBool(), true);
        // Seat 3: half way, terminated, on the wait.
        QCOMPARE(instructor.cell(2, C::SyncState), QStringLiteral("Terminated"));
        QCOMPARE(instructor.cell(2, C::Runbook), QStringLiteral("2 of 5: Terminate deployed"));
        QCOMPARE(instructor.cell(2, C::OutOfOrder), QString());
        QVERIFY(!instructor.cell(2, C::TimeOnStep).isEmpty());
        QCOMPARE(instructor.cell(2, C::Key), room.classroom.seat(3)->publicKey);

        // Clicking seat 2 shows what the simulator saw it do.
        QTableView *table = instructor.table();
        const QRect row2 = table->visualRect(table->model()->index(1, C::Runbook));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, row2.center());
        const QString activity
            = instructor.view.findChild<QPlainTextEdit *>(ObjectName::classroomActivity)
                  ->toPlainText();
        QVERIFY2(activity.contains(QStringLiteral("Terminate deployed"))
                && activity.contains(QStringLiteral("Re-enable deployed"))
                && activity.contains(QStringLiteral("Out of order: Re-enabled 1:00")),
            qPrintable(activity));
        QVERIFY2(!activity.contains(QStringLiteral("Waited")), qPrintable(activity));

        // The class's scenario by its title, as everywhere else in the console, not its name.
        QStringList titles;
        for (const QLabel *label : instructor.view.findChildren<QLabel *>())
            titles << label->text();
        QVERIFY2(titles.contains(QStringLiteral("Classroom: ")
                     + Scenarios::title(Scenarios::defaultName())),
            qPrintable(titles.join(QLatin1Char('|'))));

        // The summary: who finished, in what time, which mistakes.
        const QString summary
            = instructor.view.findChild<QLabel *>(ObjectName::classroomSummary)->text();
        QVERIFY2(summary.contains(QStringLiteral("2 of 3 seats finished the runbook."))
                && summary.contains(QStringLiteral("Seat 1: finished in 10:00, no mistakes."))
                && summary.contains(QStringLiteral("Seat 2: finished in 1:00; mistakes: Re-enabled"))
                && summary.contains(
                    QStringLiteral("Seat 3: not finished (2 of 5: Terminate deployed)")),
            qPrintable(summary));

        // Reset Seat puts seat 2 back at the start; the table follows.
        instructor.view.findChild<QPushButton *>(ObjectName::classroomResetSeatButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(instructor.cell(1, C::Runbook), QStringLiteral("Not started"), 5000);
        QCOMPARE(instructor.cell(0, C::Runbook), QStringLiteral("Finished"));

        // Seat 1's key cannot read seat 2's app (nor list its project).
        const QString one = room.login(1);
        QVERIFY(room.appPath(SimClassroom::groupIdOf(1), one) != QString());
        const QString twoApps = QStringLiteral("%1/groups/%2/apps")
                                    .arg(room.api(), SimClassroom::groupIdOf(2));
        QCOMPARE(room.call("GET", twoApps, one).status, 404);
        const QString twoAppId = room.classroom.seat(2)->backend->apps().first().id;
        QCOMPARE(room.call("GET", twoApps + QLatin1Char('/') + twoAppId, one).status, 404);
        // ...and the instructor sees that refusal as seat 1's last error.
        QVERIFY(instructor.reread());
        QCOMPARE(instructor.cell(0, C::LastError),
            QStringLiteral("404 group not found on GET /groups/%1/apps/%2")
                .arg(SimClassroom::groupIdOf(2), twoAppId));
    }

    void theClassClockAndResetAllWork()
    {
        ClassroomSeats room(2);
        QVERIFY(room.started);
        QJsonObject saved;
        QVERIFY(room.setSyncAndDeploy(1, room.login(1), QString(), &saved));
        Instructor instructor(room);
        QTRY_COMPARE_WITH_TIMEOUT(instructor.table()->model()->rowCount(), 2, 5000);
        QCOMPARE(instructor.cell(0, ClassroomModel::Runbook),
            QStringLiteral("2 of 5: Terminate deployed"));
        // Moving the class's clock ten minutes takes seat 1's wait.
        instructor.view.findChild<QPushButton *>(ObjectName::classroomMoveClockButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(instructor.cell(0, ClassroomModel::Runbook),
            QStringLiteral("3 of 5: Waited 10 minutes"), 5000);
        // Reset All asks first; Cancel leaves the class alone, Reset All resets it.
        instructor.view.findChild<QPushButton *>(ObjectName::classroomResetAllButton)->click();
        auto *box = instructor.view.findChild<QMessageBox *>(ObjectName::classroomResetAllConfirm);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(instructor.reread());
        QCOMPARE(instructor.cell(0, ClassroomModel::Runbook),
            QStringLiteral("3 of 5: Waited 10 minutes"));
        instructor.view.findChild<QPushButton *>(ObjectName::classroomResetAllButton)->click();
        box = instructor.view.findChild<QMessageBox *>(ObjectName::classroomResetAllConfirm);
        QVERIFY(box);
        QAbstractButton *yes = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                yes = b;
        QVERIFY(yes);
        yes->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            instructor.cell(0, ClassroomModel::Runbook), QStringLiteral("Not started"), 5000);
    }

    // The CSV a spreadsheet reads: a header of ids, a row a seat, the steps' times; a field
    // with a comma is quoted. Written by the view's export as a file.
    void theExportWritesCsvAndMarkdown()
    {
        ClassroomSeats room(3);
        QVERIFY(room.started);
        room.freezeClocks();
        QVERIFY(room.walkThreeSeats());
        Instructor instructor(room);
        QTRY_COMPARE_WITH_TIMEOUT(instructor.table()->model()->rowCount(), 3, 5000);
        QTemporaryDir dir;
        QString problem;
        const QString csvPath = dir.filePath(QStringLiteral("class.csv"));
        QVERIFY2(instructor.view.exportTo(csvPath, &problem), qPrintable(problem));
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.size(), 5); // a header, three seats, the empty line after the last
        QVERIFY(lines[0].startsWith(QStringLiteral(
            "seat,public_key,group_id,sync_state,steps_done,next,finished,seconds_to_finish,"
            "out_of_order,client_resets")));
        QVERIFY(lines[0].endsWith(QStringLiteral("reenable_drafted_at,reenable_deployed_at")));
        const QStringList seat1 = lines[1].split(QLatin1Char(','));
        QCOMPARE(seat1.size(), 20);
        QCOMPARE(seat1[0], QStringLiteral("1"));
        QCOMPARE(seat1[1], room.classroom.seat(1)->publicKey);
        QCOMPARE(seat1[2], SimClassroom::groupIdOf(1));
        QCOMPARE(seat1[3], QStringLiteral("enabled"));
        QCOMPARE(seat1[4], QStringLiteral("5"));
        QCOMPARE(seat1[6], QStringLiteral("yes"));
        QCOMPARE(seat1[7], QStringLiteral("600")); // the clock moved 600 s, and only that
        QCOMPARE(seat1[8], QString());
        QVERIFY(seat1[19].endsWith(QLatin1Char('Z')));
        // Seat 2's flag holds a comma: quoted. Seat 3 stopped at the wait.
        QVERIFY2(lines[2].contains(
                     QStringLiteral(",\"re-enabled 60 s after the terminate went live, before the "
                                    "10-minute wait\",")),
            qPrintable(lines[2]));
        const QStringList seat3 = lines[3].split(QLatin1Char(','));
        QCOMPARE(seat3[3], QStringLiteral("terminated"));
        QCOMPARE(seat3[4], QStringLiteral("2"));
        QCOMPARE(seat3[5], QStringLiteral("waited"));
        QCOMPARE(seat3[6], QStringLiteral("no"));
        QCOMPARE(seat3[7], QString());

        // Quoting: a field with a comma or a quote.
        ClassroomState state;
        ClassroomSeat odd;
        odd.number = 4;
        odd.lastError = QStringLiteral("bad, \"worse\"");
        odd.lastErrorStatus = 400;
        state.seats.append(odd);
        QVERIFY(ClassroomExport::csv(state).contains(QStringLiteral(",\"bad, \"\"worse\"\"\",")));

        const QString mdPath = dir.filePath(QStringLiteral("class.md"));
        QVERIFY2(instructor.view.exportTo(mdPath, &problem), qPrintable(problem));
        QFile md(mdPath);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(md.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("| Seat | Public Key | Sync | Runbook |"))
                && markdown.contains(QStringLiteral("| 3 | ")) && markdown.contains(QStringLiteral("## Summary"))
                && markdown.contains(QStringLiteral("- 2 of 3 seats finished the runbook.")),
            qPrintable(markdown));
    }

    // Reached as a user would: the console connected to the classroom with the instructor's
    // (main) key offers View ▸ Classroom, and --classroom-view opens it on the seats.
    void theConsoleOffersTheViewOnAClassroom()
    {
        ClassroomSeats room(3);
        QVERIFY(room.started);
        qputenv("MONGODB_ATLAS_PUBLIC_API_KEY", SimDefaults::publicKey().toUtf8());
        qputenv("MONGODB_ATLAS_PRIVATE_API_KEY", SimDefaults::privateKey().toUtf8());
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("sync-console.ini")), QSettings::IniFormat);
        MemorySecretStore keychain;
        ConsoleOptions options;
        options.baseUrl = room.api();
        options.app = QStringLiteral("TaskTracker");
        options.classroomView = true;
        ConsoleApp console(options, &settings, &keychain);
        console.start();
        QTRY_VERIFY_WITH_TIMEOUT(console.classroomView() && console.classroomView()->isVisible(), 10000);
        QAction *action = console.window()->viewMenu()->findChild<QAction *>(ObjectName::classroomAction);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(console.classroomView()->model()->rowCount(), 3, 5000);
        console.classroomView()->hide();
        action->trigger();
        QVERIFY(console.classroomView()->isVisible());
    }

    // A server that is no classroom (404) says so in the view's status line.
    void aServerThatIsNoClassroomSaysSo()
    {
        LoopbackServer plain;
        QVERIFY(plain.start());
        QNetworkAccessManager network;
        AdminApiClient client(&network, plain.server.baseUrl());
        ClassroomClient classroom(&client);
        ClassroomView view(&classroom);
        QSignalSpy failed(view.model(), &ClassroomModel::refreshFailed);
        view.show();
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().at(1).toInt(), 404);
        QVERIFY(view.findChild<QLabel *>(ObjectName::classroomStatus)
                    ->text()
                    .contains(QStringLiteral("not a classroom")));
    }

    // The instructor on a laptop of their own: the classroom listens on this machine's
    // address off loopback, and the view, signed in with the main key pair, reads the seats
    // with its token (without one the simulator answers 401 off loopback).
    void theViewWorksFromAnotherMachine()
    {
        QHostAddress room4;
        for (const QHostAddress &a : QNetworkInterface::allAddresses())
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()
                && !a.isLinkLocal())
                room4 = a;
        if (room4.isNull())
            QSKIP("this machine has no IPv4 address off loopback to listen on");
        ClassroomSeats room(3);
        QVERIFY(room.server.start(room4));
        QNetworkAccessManager network;
        AdminApiClient client(&network, room.server.server.baseUrl());
        QSignalSpy signedIn(&client, &AdminApiClient::signedInChanged);
        client.login(SimDefaults::publicKey(), SimDefaults::privateKey(), this, {});
        QVERIFY(signedIn.wait(5000));
        QVERIFY(client.isSignedIn());
        ClassroomClient classroom(&client);
        ClassroomView view(&classroom);
        QSignalSpy read(view.model(), &ClassroomModel::refreshed);
        QSignalSpy failed(view.model(), &ClassroomModel::refreshFailed);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty() || !failed.isEmpty(), 5000);
        QVERIFY2(failed.isEmpty(),
            qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
        QCOMPARE(view.model()->rowCount(), 3);
    }
};

QTEST_MAIN(TestClassroomView)
#include "tst_classroomview.moc"
