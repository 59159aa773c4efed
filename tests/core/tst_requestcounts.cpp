// The requests each procedure sends, counted against the in-process simulator: the minimum the
// API allows (see BENCHMARKS.md), and no resource read twice without a reason. Counts are
// deterministic where times are not; the polls of a running deployment depend on how long it
// runs and are only required to happen.
#include "AdminApiClient.h"
#include "ControllerFixture.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <functional>

using Status = SyncController::Status;

namespace {

// "GET services/ID/config": the method and the path below the app, ids replaced.
QString requestName(const ApiCallRecord &r)
{
    QString path = QUrl(r.url).path();
    const int apps = path.indexOf(QLatin1String("/apps/"));
    if (apps >= 0) {
        path = path.mid(apps + 6);
        path = path.section(QLatin1Char('/'), 1); // the app's id
    } else {
        path = path.section(QLatin1Char('/'), -2); // e.g. providers/.../login
    }
    static const QRegularExpression id(QStringLiteral("\\b[0-9a-f]{24}\\b"));
    path.replace(id, QStringLiteral("ID"));
    return QString::fromLatin1(r.method) + QLatin1Char(' ') + path;
}

bool isPoll(const QString &name)
{
    return name == QLatin1String("GET deployments/ID");
}

using Step = std::function<bool(ControllerFixture &)>;

bool idle(ControllerFixture &f)
{
    return QTest::qWaitFor(
        [&f] {
            return f.controller->activity() == SyncController::Activity::Idle
                && !f.controller->isBusy();
        },
        10000);
}

bool reviewAndDeploy(ControllerFixture &f)
{
    if (!QTest::qWaitFor([&f] { return f.controller->hasDraft() && idle(f); }, 10000))
        return false;
    f.controller->loadDiff();
    if (!QTest::qWaitFor([&f] { return f.controller->isDiffLoaded() && idle(f); }, 10000))
        return false;
    QSignalSpy done(f.controller.get(), &SyncController::deploymentSucceeded);
    f.controller->deploy();
    return done.wait(10000) && idle(f);
}

bool reaches(ControllerFixture &f, Status status)
{
    return QTest::qWaitFor([&f, status] { return f.controller->status() == status; }, 10000)
        && idle(f);
}

bool pause(ControllerFixture &f)
{
    f.controller->pause();
    return f.sim.app().uiDraftsDisabled ? reaches(f, Status::Paused) : reviewAndDeploy(f);
}

bool terminate(ControllerFixture &f)
{
    f.controller->terminate();
    return f.sim.app().uiDraftsDisabled ? reaches(f, Status::Disabled) : reviewAndDeploy(f);
}

// What a change staged in a draft and then deployed costs: create the draft, PATCH into it,
// re-read what the PATCH changed (config, draft) beside the review's diff, the diff again just
// before deploying, deploy, then re-read what the deployment changed.
const QStringList draftedChange {
    QStringLiteral("POST drafts"),
    QStringLiteral("PATCH services/ID/config"),
    QStringLiteral("GET services/ID/config"),
    QStringLiteral("GET drafts"),
    QStringLiteral("GET drafts/ID/diff"),
    QStringLiteral("GET drafts/ID/diff"),
    QStringLiteral("POST drafts/ID/deployment"),
    QStringLiteral("GET "), // the app
    QStringLiteral("GET services/ID/config"),
    QStringLiteral("GET drafts"),
    QStringLiteral("GET deployments"),
    QStringLiteral("GET metrics"),
};

// With drafts off the PATCH is live: then what it changed is read once.
const QStringList liveChange {
    QStringLiteral("PATCH services/ID/config"),
    QStringLiteral("GET "),
    QStringLiteral("GET services/ID/config"),
    QStringLiteral("GET deployments"),
    QStringLiteral("GET metrics"),
};

} // namespace

Q_DECLARE_METATYPE(Step)

class TestRequestCounts : public QObject
{
    Q_OBJECT

private slots:
    void procedure_data()
    {
        QTest::addColumn<bool>("draftsOff");
        QTest::addColumn<Step>("setUp");
        QTest::addColumn<Step>("run");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("polls");

        const Step none = [](ControllerFixture &) { return true; };
        QTest::newRow("start-up")
            << false << none << Step([](ControllerFixture &f) { return f.sim.login() && f.load(); })
            << QStringList {QStringLiteral("POST mongodb-cloud/login"), QStringLiteral("GET "),
                   QStringLiteral("GET services"), QStringLiteral("GET services/ID/config"),
                   QStringLiteral("GET deploy/config"), QStringLiteral("GET drafts"),
                   QStringLiteral("GET deployments"), QStringLiteral("GET metrics")}
            << false;
        QTest::newRow("terminate, drafts on")
            << false << none << Step(terminate) << draftedChange << true;
        QTest::newRow("pause, drafts on") << false << none << Step(pause) << draftedChange << true;
        QTest::newRow("resume, drafts on")
            << false << Step(pause) << Step([](ControllerFixture &f) {
                   f.controller->resume();
                   return reviewAndDeploy(f);
               })
            << draftedChange << true;
        QTest::newRow("re-enable, drafts on")
            << false << Step(terminate) << Step([](ControllerFixture &f) {
                   f.controller->enable(f.controller->snapshot()->sync);
                   return reviewAndDeploy(f);
               })
            << draftedChange << true;
        QTest::newRow("discard a draft") << false << Step([](ControllerFixture &f) {
            f.controller->pause();
            return QTest::qWaitFor([&f] { return f.controller->hasDraft() && idle(f); });
        }) << Step([](ControllerFixture &f) {
            f.controller->discard();
            return QTest::qWaitFor([&f] { return !f.controller->hasDraft() && idle(f); });
        })
                                         << QStringList {QStringLiteral("DELETE drafts/ID"),
                                                QStringLiteral("GET services/ID/config"),
                                                QStringLiteral("GET drafts")}
                                         << false;
        QTest::newRow("redeploy") << false << Step(pause) << Step([](ControllerFixture &f) {
            QSignalSpy done(f.controller.get(), &SyncController::deploymentSucceeded);
            f.controller->redeploy(f.controller->deployments().first().id);
            return done.wait(10000) && idle(f);
        })
                                  << QStringList {QStringLiteral("POST deployments/ID/redeploy"),
                                         QStringLiteral("GET deployments"), QStringLiteral("GET "),
                                         QStringLiteral("GET services/ID/config"),
                                         QStringLiteral("GET drafts"),
                                         QStringLiteral("GET deployments"),
                                         QStringLiteral("GET metrics")}
                                  << true;
        QTest::newRow("terminate, drafts off")
            << true << none << Step(terminate) << liveChange << false;
        QTest::newRow("pause, drafts off") << true << none << Step(pause) << liveChange << false;
        QTest::newRow("re-enable, drafts off")
            << true << Step(terminate) << Step([](ControllerFixture &f) {
                   f.controller->enable(f.controller->snapshot()->sync);
                   return reaches(f, Status::Enabled);
               })
            << liveChange << false;
    }

    void procedure()
    {
        QFETCH(bool, draftsOff);
        QFETCH(Step, setUp);
        QFETCH(Step, run);
        QFETCH(QStringList, expected);
        QFETCH(bool, polls);

        ControllerFixture f;
        // As on the real service: no simulator control calls, no client-recovery reads.
        f.controller->setSimulatorControl(nullptr);
        f.controller->recovery()->setPollIntervalMs(3600 * 1000);
        f.sim.app().uiDraftsDisabled = draftsOff;
        QVERIFY(f.loggedIn);
        const bool startUp = QByteArray(QTest::currentDataTag()) == "start-up";
        if (!startUp)
            QVERIFY(f.load());
        QVERIFY(setUp(f));

        QStringList sent;
        int pollCount = 0;
        QObject context;
        connect(f.sim.client.get(), &AdminApiClient::callRecorded, &context,
            [&](const ApiCallRecord &r) {
                const QString name = requestName(r);
                if (isPoll(name))
                    ++pollCount;
                else if (!name.endsWith(QLatin1String("/logs")))
                    sent.append(name);
            });
        QVERIFY(run(f));

        sent.sort();
        expected.sort();
        QCOMPARE(sent, expected);
        QCOMPARE(pollCount > 0, polls);
    }
};

QTEST_MAIN(TestRequestCounts)
#include "tst_requestcounts.moc"
