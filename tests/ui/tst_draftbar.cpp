// The Review & Deploy bar: it follows the draft and asks for reviews.
#include "DraftBar.h"
#include "ObjectNames.h"
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
            QStringLiteral("REVIEW && DEPLOY"));
    }
};

QTEST_MAIN(TestDraftBar)
#include "tst_draftbar.moc"
