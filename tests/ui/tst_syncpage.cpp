// The Sync page: its badge, its default state by object name, the TERMINATE SYNC section.
#include "DraftBar.h"
#include "ObjectNames.h"
#include "StatusBadge.h"
#include "UiFixture.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class TestSyncPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void badgeSaysTheStatus()
    {
        StatusBadge badge;
        QCOMPARE(badge.text(), QStringLiteral("LOADING"));
        badge.setStatus(SyncController::Status::Enabled);
        QCOMPARE(badge.text(), QStringLiteral("ENABLED"));
        QCOMPARE(badge.property("status").toString(), QStringLiteral("enabled"));
        badge.setStatus(SyncController::Status::Disabled);
        QCOMPARE(badge.text(), QStringLiteral("DISABLED"));
        badge.setStatus(SyncController::Status::Paused);
        QCOMPARE(badge.text(), QStringLiteral("PAUSED"));
    }

    void syncPageDefaultState()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        QCOMPARE(ui.find<QLabel>(ObjectName::syncTitle)->text(), QStringLiteral("Sync"));
        QCOMPARE(
            ui.find<StatusBadge>(ObjectName::syncStatusBadge)->text(), QStringLiteral("ENABLED"));
        QVERIFY(ui.find(ObjectName::pauseSyncButton)->isVisible());
        QVERIFY(!ui.find(ObjectName::resumeSyncButton)->isVisible());
        QVERIFY(ui.find(ObjectName::terminateSyncButton)->isVisible());
        QWidget *form = ui.find(ObjectName::enableSyncForm); // built when Sync is disabled
        QVERIFY(!form || !form->isVisible());
        QVERIFY(!ui.window->draftBar()->isVisible());
        QCOMPARE(ui.find<QLabel>(ObjectName::navAppName)->text(), QStringLiteral("ExampleApp"));
        QCOMPARE(
            ui.find<QLabel>(ObjectName::navEnvironment)->text(), QStringLiteral("NO ENVIRONMENT"));
        QVERIFY(ui.find<QLabel>(ObjectName::syncLag)->text().contains(QStringLiteral("sec")));
    }

    void terminateSectionCollapses()
    {
        UiFixture ui;
        QVERIFY(ui.load());
        auto *toggle = ui.find<QPushButton>(ObjectName::terminateSectionToggle);
        QVERIFY(ui.find(ObjectName::terminateSyncButton)->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(!ui.find(ObjectName::terminateSyncButton)->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(ui.find(ObjectName::terminateSyncButton)->isVisible());
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
