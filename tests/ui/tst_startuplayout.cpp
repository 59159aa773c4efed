// Start-up builds and measures only what is shown (issue 24): the pages nobody opened are not
// built, and each word-wrapped text of the Sync page is laid out once per width it is given,
// however often its layouts ask. The system's fonts are read off the GUI thread.
#include "ActivityPage.h"
#include "DeploymentsPage.h"
#include "FontDatabaseWarmUp.h"
#include "ObjectNames.h"
#include "SyncPage.h"
#include "UiFixture.h"
#include "WrappedLabel.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QScrollArea>
#include <QSet>
#include <QTest>
#include <QThread>

namespace {

// The threads Qt's font database added fonts on ("qt.text.font.db": "Adding font: ..."), while
// installed; every other message goes on to QtTest.
struct FontReaders
{
    static QSet<QThread *> &threads()
    {
        static QSet<QThread *> seen;
        return seen;
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (qstrcmp(context.category, "qt.text.font.db") == 0) {
            if (message.startsWith(QLatin1String("Adding font"))) {
                const QMutexLocker lock(&mutex());
                threads().insert(QThread::currentThread());
            }
            return;
        }
        previous()(type, context, message);
    }
};

// Every size a layout asks of a label: both hints and the height at widths from none to any.
void compareSizes(const QLabel &wrapped, const QLabel &plain, const char *what)
{
    QVERIFY2(wrapped.sizeHint() == plain.sizeHint(), what);
    QVERIFY2(wrapped.minimumSizeHint() == plain.minimumSizeHint(), what);
    for (int width : {0, 1, 40, 120, 233, 300, 457, 600, 1000, 1400, QWIDGETSIZE_MAX, 300})
        QVERIFY2(wrapped.heightForWidth(width) == plain.heightForWidth(width),
            qPrintable(QStringLiteral("%1 at %2: %3, QLabel %4")
                           .arg(QLatin1String(what))
                           .arg(width)
                           .arg(wrapped.heightForWidth(width))
                           .arg(plain.heightForWidth(width))));
}

// Counts a widget's paints.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

class TestStartupLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    // First, while nothing in this process has measured a text: the console's main() reads the
    // system's fonts on a thread of its own (fontconfig's set-up, a quarter of a bare window's
    // start) while it signs in, and the window's first text, milliseconds later, finds them
    // read.
    void theFontsAreReadOffTheGuiThread()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("qt.text.font.db.debug=true"));
        FontReaders::previous() = qInstallMessageHandler(FontReaders::handler);
        {
            const FontDatabaseWarmUp fonts(Theme::font());
            QTRY_VERIFY(fonts.isFinished());
            QVERIFY(QFontMetrics(qApp->font()).horizontalAdvance(QStringLiteral("Sync")) > 0);
        }
        qInstallMessageHandler(FontReaders::previous());
        QLoggingCategory::setFilterRules(QStringLiteral("qt.text.font.db.debug=false"));
        const QSet<QThread *> readers = FontReaders::threads();
        QVERIFY2(!readers.isEmpty(), "the fonts were read before this test (run it first)");
        QVERIFY2(!readers.contains(qApp->thread()), "the GUI thread read the fonts");
    }

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

    // A plain text is shaped once and broken at each width, to QLabel's pixel: both hints and
    // every height, in the three languages, with line breaks, trailing spaces, and
    // whatever the font, margins, indent, frame or alignment.
    void plainTextSizesAreQLabelsShapedOnce()
    {
        const QStringList texts {
            QStringLiteral("Terminating Sync will remove metadata associated with Sync and "
                           "prevent all applications from syncing. Clients must reset."),
            QStringLiteral("Wenn Sync beendet wird, werden die Metadaten entfernt; die "
                           "Donaudampfschifffahrtsgesellschaft synchronisiert nicht mehr."),
            QStringLiteral("同期を終了すると、サーバー上の同期メタデータが削除され、以前に同期した"
                           "クライアントはクライアントリセットを実行する必要があります。"),
            QStringLiteral("A first line\nand a second, longer one\n\nthen one after an "
                           "empty line   "),
        };
        for (const QString &text : texts) {
            const QByteArray what = text.left(12).toUtf8();
            WrappedLabel wrapped(text);
            QLabel plain(text);
            for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain})
                l->setWordWrap(true);
            compareSizes(wrapped, plain, (what + " as made").constData());
            QCOMPARE(wrapped.shapings(), 1); // two hints and twelve heights on one shaping
            for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain})
                l->setContentsMargins(24, 0, 0, 22);
            compareSizes(wrapped, plain, (what + " contents margins").constData());
            QFont big = wrapped.font();
            big.setPointSize(big.pointSize() + 5);
            big.setBold(true);
            for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain})
                l->setFont(big);
            compareSizes(wrapped, plain, (what + " a bigger bold font").constData());
            QCOMPARE(wrapped.shapings(), 2); // the new font's
            for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain}) {
                l->setMargin(7);
                l->setIndent(13);
            }
            compareSizes(wrapped, plain, (what + " margin and indent").constData());
            for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain}) {
                l->setIndent(-1);
                l->setFrameShape(QFrame::Box);
                l->setLineWidth(3);
            }
            compareSizes(wrapped, plain, (what + " a frame").constData());
            for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain}) {
                l->setAlignment(Qt::AlignCenter);
                l->setMinimumWidth(90);
            }
            compareSizes(wrapped, plain, (what + " centred, a minimum width").constData());
            for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain})
                l->setAlignment(Qt::AlignRight | Qt::AlignBottom);
            compareSizes(wrapped, plain, (what + " right and bottom").constData());
        }
        // A tab is QLabel's to measure: it expands tabs at its own stops when aligned left.
        const QString tabbed = QStringLiteral("Fields\tand a tab stop, in a text long enough to wrap");
        WrappedLabel wrapped(tabbed);
        QLabel plain(tabbed);
        for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain})
            l->setWordWrap(true);
        compareSizes(wrapped, plain, "a tab");
        QCOMPARE(wrapped.shapings(), 0);
    }

    // A rich text is measured in the label's own document, to QLabel's pixel: both hints and
    // every height, whatever the font, margins, indent, frame, alignment or format.
    void richTextSizesAreQLabels()
    {
        const QString text = QStringLiteral(
            "Synchronize data between your MongoDB Atlas cluster and client application. "
            "<a style=\"color:#1A7DC4; text-decoration:none\" href=\"https://example.com/\">"
            "Learn more about syncing your data.</a><br><b>Note:</b> When Sync is enabled, App "
            "Services will create a copy of all data from collections with a defined JSON schema "
            "in your Atlas cluster.");
        WrappedLabel wrapped(text);
        QLabel plain(text);
        for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain}) {
            l->setWordWrap(true);
            l->setOpenExternalLinks(true);
        }
        compareSizes(wrapped, plain, "as made");
        for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain})
            l->setContentsMargins(24, 0, 0, 22);
        compareSizes(wrapped, plain, "contents margins");
        QFont big = wrapped.font();
        big.setPointSize(big.pointSize() + 5);
        big.setBold(true);
        for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain})
            l->setFont(big);
        compareSizes(wrapped, plain, "a bigger bold font");
        for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain}) {
            l->setMargin(7);
            l->setIndent(13);
        }
        compareSizes(wrapped, plain, "margin and indent");
        for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain}) {
            l->setIndent(-1);
            l->setFrameShape(QFrame::Box);
            l->setLineWidth(3);
        }
        compareSizes(wrapped, plain, "a frame");
        for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain}) {
            l->setAlignment(Qt::AlignCenter);
            l->setMinimumWidth(90);
        }
        compareSizes(wrapped, plain, "centred, a minimum width");
        const QString other = QStringLiteral("<p>Short <i>italic</i> text, then a "
                                             "verylongwordthatcannotwrapanywhere at all.</p>");
        wrapped.setText(other);
        plain.setText(other);
        compareSizes(wrapped, plain, "another text");
        const QString markdown = QStringLiteral("**Bold** and a [link](https://example.com) in "
                                                "a Markdown text long enough to wrap twice.");
        for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain}) {
            l->setTextFormat(Qt::MarkdownText);
            l->setText(markdown);
        }
        compareSizes(wrapped, plain, "Markdown");
        for (QLabel *l : {static_cast<QLabel *>(&wrapped), &plain}) {
            l->setTextFormat(Qt::PlainText);
            l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        }
        compareSizes(wrapped, plain, "selectable plain text");

        // The Sync page's introduction, with its style sheet's font, against a QLabel alike.
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        auto *intro = ui.find<QLabel>(ObjectName::syncIntro);
        QVERIFY(qobject_cast<WrappedLabel *>(intro));
        QLabel same(intro->text());
        same.setWordWrap(true);
        same.setOpenExternalLinks(true);
        same.setFont(intro->font());
        same.setContentsMargins(intro->contentsMargins());
        QCOMPARE(same.font(), intro->font());
        compareSizes(*intro, same, "the Sync page's introduction");
    }

    // After the window is resized, the introduction is painted once: QLabel lays its text out
    // inside the paint, and the update that asks for was a second paint of the same pixels.
    void theIntroductionIsPaintedOnceAfterAResize()
    {
        UiFixture ui(QStringLiteral("partition"));
        QVERIFY(ui.load());
        auto *intro = ui.find<QLabel>(ObjectName::syncIntro);
        QVERIFY(intro && intro->isVisible());
        QTRY_VERIFY(intro->visibleRegion().isEmpty() == false);
        PaintCounter counter;
        intro->installEventFilter(&counter);
        const int before = intro->width();
        ui.window->resize(1200, 760);
        QTRY_VERIFY(intro->width() != before);
        QTRY_COMPARE(counter.paints, 1);
        // Whatever that paint asked for is delivered: an update posted for later, then the
        // window's repaint it schedules.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents();
        QCOMPARE(counter.paints, 1);
    }

    // Before the first load answers, the Sync page is its title and the Loading badge: its
    // tabs and their pages are neither laid out nor painted as a placeholder that the data
    // then reshapes (which repainted the whole window), and they show with the data.
    void theTabsShowWithTheFirstLoad()
    {
        UiFixture ui(QStringLiteral("partition"));
        auto *intro = ui.find<WrappedLabel>(ObjectName::syncIntro);
        auto *tabs = ui.find(ObjectName::syncTabs);
        QVERIFY(intro && tabs);
        PaintCounter introPaints;
        intro->installEventFilter(&introPaints);
        QVERIFY(QTest::qWaitForWindowExposed(ui.window.get()));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QWidget *title = ui.find(ObjectName::syncTitle);
        QVERIFY(title->isVisible());
        const QPoint titleAt = title->mapTo(ui.window.get(), QPoint());
        QCOMPARE(title->height(), title->sizeHint().height()); // at the top, not the page's middle
        QVERIFY(!tabs->isVisible());
        QVERIFY(!intro->isVisible());
        QCOMPARE(intro->layouts(), 0);
        QCOMPARE(introPaints.paints, 0);
        QVERIFY(ui.load());
        QVERIFY(tabs->isVisible());
        QVERIFY(intro->isVisible());
        QTRY_VERIFY(introPaints.paints > 0);
        QCOMPARE(title->mapTo(ui.window.get(), QPoint()), titleAt); // the title stays put
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
