// Start-up builds and measures only what is shown (issue 24): the pages nobody opened are not
// built, and each word-wrapped text of the Sync page is laid out once per width it is given,
// however often its layouts ask.
#include "ActivityPage.h"
#include "DeploymentsPage.h"
#include "ObjectNames.h"
#include "SyncPage.h"
#include "UiFixture.h"
#include "WrappedLabel.h"

#include <QLabel>
#include <QScrollArea>
#include <QSet>

class TestStartupLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    // The answer is QLabel's own, and it follows the text, the font and the margins.
    void heightIsQLabelsAndFollowsChanges()
    {
        const QString text = QStringLiteral("Terminating Sync will remove metadata associated "
                                            "with Sync and prevent all applications from syncing.");
        WrappedLabel wrapped(text);
        wrapped.setWordWrap(true);
        QLabel plain(text);
        plain.setWordWrap(true);
        for (int width : {120, 300, 120, 600})
            QCOMPARE(wrapped.heightForWidth(width), plain.heightForWidth(width));
        QCOMPARE(wrapped.layouts(), 3); // 120 once
        const QString longer = text + QLatin1Char(' ') + text + QLatin1Char(' ') + text;
        wrapped.setText(longer);
        plain.setText(longer);
        QCOMPARE(wrapped.heightForWidth(120), plain.heightForWidth(120));
        QFont big = wrapped.font();
        big.setPointSize(big.pointSize() * 2);
        wrapped.setFont(big);
        plain.setFont(big);
        QCOMPARE(wrapped.heightForWidth(120), plain.heightForWidth(120));
        wrapped.setContentsMargins(40, 10, 40, 10);
        plain.setContentsMargins(40, 10, 40, 10);
        QCOMPARE(wrapped.heightForWidth(300), plain.heightForWidth(300));
        wrapped.setIndent(30);
        plain.setIndent(30);
        QCOMPARE(wrapped.heightForWidth(300), plain.heightForWidth(300));
    }

    // The Deploy and Activity pages are built when first shown, not at start-up.
    void hiddenPagesAreNotBuilt()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        QVERIFY(!ui.window->findChild<DeploymentsPage *>());
        QVERIFY(!ui.window->findChild<ActivityPage *>());
        QVERIFY(!ui.find(ObjectName::developmentModeText));
        ui.window->showPage(Page::Deploy);
        QVERIFY(ui.find(ObjectName::deploymentsTable)->isVisible());
        ui.window->showPage(Page::Activity);
        QVERIFY(ui.find(ObjectName::activityTable)->isVisible());
    }

    // Every word-wrapped text on the Sync page is a WrappedLabel, and by the time the page
    // shows the server's data each was laid out no more than once per width it was given.
    void eachTextIsLaidOutOncePerWidth()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        int wrappedSeen = 0;
        for (QLabel *label : ui.window->syncPage()->findChildren<QLabel *>()) {
            if (!label->wordWrap())
                continue;
            auto *wrapped = qobject_cast<WrappedLabel *>(label);
            QVERIFY2(wrapped, qPrintable(label->text().left(40)));
            ++wrappedSeen;
            // The layouts ask at a handful of widths while the window finds its size (minimum
            // and preferred widths of each nested box, the scroll area with and without its
            // bar), 270 times in all for three labels: each width is laid out once, 6 or 7 here.
            QVERIFY2(wrapped->layouts() <= 8,
                qPrintable(QStringLiteral("%1 layouts of \"%2\"")
                               .arg(wrapped->layouts())
                               .arg(label->text().left(40))));
        }
        QVERIFY(wrappedSeen >= 3); // the introduction, a step's description, Terminate's text
    }
};

QTEST_MAIN(TestStartupLayout)
#include "tst_startuplayout.moc"
