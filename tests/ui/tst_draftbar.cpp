// The Review & Deploy bar: it follows the draft and asks for reviews.
#include "DraftBar.h"
#include "ObjectNames.h"
#include "ResultBanner.h"
#include "UiFixture.h"

#include <QPushButton>

class TestDraftBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void theBarFollowsTheDraft()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        QVERIFY(!ui.window->draftBar()->isVisible());
        ui.sim.backend.createDraft(ui.sim.app()); // made elsewhere, e.g. in the browser
        QVERIFY(ui.load());
        QVERIFY(ui.window->draftBar()->isVisible());
        ui.sim.backend.discardDraft(ui.sim.app());
        QVERIFY(ui.load());
        QVERIFY(!ui.window->draftBar()->isVisible());
    }

    // The result of the last deployment belongs to the last procedure: a new one starting
    // (a new draft, another terminate) clears it, green or red.
    void aNewProcedureClearsTheLastResult()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        ResultBanner *banner = ui.window->banner();
        ui.controller->terminate();
        QVERIFY(ui.idle());
        ui.controller->deploy();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible()
                && banner->text().endsWith(QStringLiteral("Deployment was successful!")),
            10000);
        QVERIFY(ui.idle());
        QVERIFY(ui.controller->snapshot().has_value());
        ui.controller->enable(ui.controller->snapshot()->sync); // a new draft starts
        QVERIFY(ui.idle());
        QVERIFY(ui.window->draftBar()->isVisible());
        QVERIFY(!banner->isVisible());

        QVERIFY(
            ui.sim.inject(QStringLiteral("POST */deployment deploy-error=cluster is unreachable")));
        ui.controller->deploy();
        QTRY_VERIFY_WITH_TIMEOUT(
            banner->isVisible() && banner->text().startsWith(QStringLiteral("Deployment failed")),
            10000);
        QVERIFY(ui.idle());
        // The next procedure: discard what is left, or enable again.
        if (ui.controller->hasDraft())
            ui.controller->discard();
        else
            ui.controller->enable(ui.controller->snapshot()->sync);
        QVERIFY(ui.idle());
        QVERIFY(!banner->isVisible());
    }

    void draftBarAsksForReviews()
    {
        DraftBar bar;
        bar.show();
        QSignalSpy deploy(&bar, &DraftBar::reviewDeployRequested);
        QSignalSpy discard(&bar, &DraftBar::reviewDiscardRequested);
        QTest::mouseClick(
            bar.findChild<QPushButton *>(ObjectName::reviewDeployButton), Qt::LeftButton);
        QTest::mouseClick(
            bar.findChild<QPushButton *>(ObjectName::reviewDiscardButton), Qt::LeftButton);
        QCOMPARE(deploy.size(), 1);
        QCOMPARE(discard.size(), 1);
        QCOMPARE(bar.findChild<QPushButton *>(ObjectName::reviewDeployButton)->text(),
            QStringLiteral("REVIEW && &DEPLOY")); // Alt+D
    }
};

QTEST_MAIN(TestDraftBar)
#include "tst_draftbar.moc"
