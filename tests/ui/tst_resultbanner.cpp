// The result banners: success with its time, errors in the server's words.
#include "ObjectNames.h"
#include "ResultBanner.h"
#include "Theme.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

class TestResultBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void bannersSayWhatHappened()
    {
        ResultBanner banner;
        banner.showSuccess(QDateTime(QDate(2021, 2, 26), QTime(22, 14, 19), Qt::LocalTime));
        QCOMPARE(banner.text(), QStringLiteral("02/26/2021 22:14:19 Deployment was successful!"));
        QCOMPARE(banner.property("kind").toString(), QStringLiteral("success"));
        QTest::mouseClick(
            banner.findChild<QPushButton *>(ObjectName::resultBannerClose), Qt::LeftButton);
        QVERIFY(banner.isHidden());
        banner.showError(QStringLiteral("boom"));
        QCOMPARE(banner.property("kind").toString(), QStringLiteral("error"));
        QVERIFY(!banner.isHidden());
    }
};

QTEST_MAIN(TestResultBanner)
#include "tst_resultbanner.moc"
