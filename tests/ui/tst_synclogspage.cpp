// The Logs page, clicked through the main window on the simulator: the navigation opens it,
// each filter changes the query the server is asked, the text search stays local, a selected
// 208 shows its explanation, Copy puts the correlation id on the clipboard, Follow polls only
// while it is on and the page is shown, and the empty, failed and malformed states say so.
#include "LogStaging.h"
#include "SyncLogsPage.h"
#include "UiFixture.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QUrlQuery>

namespace {

// Counts one kind of event its watched objects receive.
class EventCounter final : public QObject
{
public:
    EventCounter(QEvent::Type type, int *count)
        : m_type(type)
        , m_count(count)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            ++*m_count;
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
    int *m_count;
};

// The console with its Logs page, on staged entries; every logs request the client sends is
// kept, as the page's query.
struct LogsFixture
{
    explicit LogsFixture(int entries = 60, const QString &scenario = Scenarios::defaultName())
        : ui(scenario)
    {
        if (entries >= 0) // -1: the scenario's own logs, as it built them
            staged = LogStaging::stage(ui.sim.backend, ui.sim.app(), entries);
        model.setFollowIntervalMs(30);
        QObject::connect(ui.sim.client.get(), &AdminApiClient::callRecorded, &model,
            [this](const ApiCallRecord &r) {
                if (r.url.contains(QLatin1String("/logs")))
                    queries.append(QUrlQuery(QUrl(r.url).query()));
            });
        ui.window->setSyncLogs(&model);
    }
    ~LogsFixture() { ui.window.reset(); } // the page shows the model: it goes first

    SyncLogsPage *page() const { return ui.window->syncLogsPage(); }
    template<typename T = QWidget> T *find(QLatin1String name) const { return ui.find<T>(name); }
    bool settled() const
    {
        return QTest::qWaitFor([this] { return !model.isLoading(); }, 10000);
    }
    bool open()
    {
        QTest::mouseClick(find<QPushButton>(ObjectName::navLogs), Qt::LeftButton);
        return page()->isVisible() && model.isStarted() && settled();
    }
    QString last(const char *key) const
    {
        return queries.isEmpty()
            ? QString()
            : queries.last().queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    }
    bool lastHas(const char *key) const
    {
        return !queries.isEmpty() && queries.last().hasQueryItem(QString::fromLatin1(key));
    }
    // Picks the next (or previous) entry of a combo box with the keyboard, as a person does.
    static void step(QComboBox *combo, Qt::Key key = Qt::Key_Down)
    {
        combo->setFocus();
        QTest::keyClick(combo, key);
    }
    QModelIndex rowOf(const QString &id) const
    {
        QSortFilterProxyModel *proxy = page()->filtered();
        const int row = model.rowOf(id);
        return row < 0 ? QModelIndex() : proxy->mapFromSource(model.index(row, 0));
    }
    void click(const QModelIndex &index) const
    {
        QTableView *table = page()->table();
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

    UiFixture ui;
    // Before the model: its end cancels a request in flight, which is recorded here.
    QList<QUrlQuery> queries;
    SyncLogModel model {ui.sim.client.get(), ui.sim.appRef()};
    QList<LogStaging::Staged> staged;
};

} // namespace

class TestSyncLogsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Theme::apply(*qApp); }

    void theNavigationOpensIt()
    {
        UiFixture bare;
        QVERIFY(!bare.find(ObjectName::navLogs)->isEnabled()); // no logs model, no page

        LogsFixture f;
        QVERIFY(f.ui.load());
        auto *nav = f.find<QPushButton>(ObjectName::navLogs);
        QVERIFY(nav->isEnabled());
        QVERIFY(!f.model.isStarted()); // nothing read before the page is shown
        QVERIFY(f.queries.isEmpty());
        QVERIFY(f.open());
        QCOMPARE(nav->property("current").toBool(), true);
        QCOMPARE(f.model.rowCount(), 60);
        QCOMPARE(f.page()->table()->model()->rowCount(), 60);
        QVERIFY(f.find(ObjectName::syncLogsTable)->isVisible());
        QVERIFY(!f.find(ObjectName::syncLogsEmpty)->isVisible());
        QVERIFY(!f.find(ObjectName::syncLogsProblem)->isVisible());
        QVERIFY(!f.find(ObjectName::syncLogsMalformed)->isVisible());
        // Both kinds, errors and not, over the last ten days, at most a hundred at a time.
        QCOMPARE(f.queries.size(), 2);
        QVERIFY(f.queries[0].hasQueryItem(QStringLiteral("errors_only"))
            != f.queries[1].hasQueryItem(QStringLiteral("errors_only")));
        QVERIFY(!f.lastHas("type"));
        QCOMPARE(f.last("limit"), QStringLiteral("100"));
        const QDateTime start = QDateTime::fromString(f.last("start_date"), Qt::ISODateWithMs);
        QVERIFY(qAbs(start.secsTo(QDateTime::currentDateTimeUtc()) - 10 * 86400) < 60);
        QCOMPARE(f.page()->table()->model()->headerData(0, Qt::Horizontal).toString(),
            QStringLiteral("Time"));
    }

    void filtersChangeTheQuery()
    {
        LogsFixture f;
        QVERIFY(f.ui.load());
        QVERIFY(f.open());

        auto *errors = f.find<QComboBox>(ObjectName::syncLogsErrorsFilter);
        LogsFixture::step(errors); // Errors only
        QVERIFY(f.settled());
        QCOMPARE(f.model.filter().errors, SyncLogModel::Errors::ErrorsOnly);
        QCOMPARE(f.last("errors_only"), QStringLiteral("true"));
        QCOMPARE(f.model.rowCount(), 9); // 3, 10, ... 59
        for (int row = 0; row < f.model.rowCount(); ++row)
            QVERIFY(f.model.entry(row)->isError());

        LogsFixture::step(errors); // Non-errors only
        QVERIFY(f.settled());
        QVERIFY(!f.lastHas("errors_only"));
        QCOMPARE(f.model.rowCount(), 51);

        auto *type = f.find<QComboBox>(ObjectName::syncLogsTypeFilter);
        while (type->currentData().toString() != QLatin1String("SYNC_SESSION_START"))
            LogsFixture::step(type);
        QVERIFY(f.settled());
        QCOMPARE(f.last("type"), QStringLiteral("SYNC_SESSION_START"));
        QCOMPARE(f.model.rowCount(), 11); // i % 5 == 1 among the non-errors

        auto *user = f.find<QLineEdit>(ObjectName::syncLogsUserFilter);
        QTest::keyClicks(user, LogStaging::user(1));
        QVERIFY(f.queries.last().queryItemValue(QStringLiteral("user_id")).isEmpty());
        QTest::keyClick(user, Qt::Key_Return);
        QVERIFY(f.settled());
        QCOMPARE(f.last("user_id"), LogStaging::user(1));
        for (int row = 0; row < f.model.rowCount(); ++row)
            QCOMPARE(f.model.entry(row)->userId, LogStaging::user(1));

        const qsizetype asked = f.queries.size();
        user->setFocus();
        QTest::keyClick(user, Qt::Key_Return); // the same user again: nothing to ask
        QCOMPARE(f.queries.size(), asked);

        auto *range = f.find<QComboBox>(ObjectName::syncLogsTimeRange);
        LogsFixture::step(range, Qt::Key_Up); // Last 7 days
        QVERIFY(f.settled());
        const QDateTime start = QDateTime::fromString(f.last("start_date"), Qt::ISODateWithMs);
        QVERIFY(qAbs(start.secsTo(QDateTime::currentDateTimeUtc()) - 7 * 86400) < 60);
    }

    void theSearchStaysLocal()
    {
        LogsFixture f;
        QVERIFY(f.ui.load());
        QVERIFY(f.open());
        const qsizetype asked = f.queries.size();
        QTableView *table = f.page()->table();
        QTest::keyClicks(f.find(ObjectName::syncLogsSearch), QStringLiteral("realm swift"));
        QTRY_COMPARE(table->model()->rowCount(), 15); // the iOS device's: i % 4 == 1
        QTest::keyClicks(f.find(ObjectName::syncLogsSearch), QStringLiteral(" zzz"));
        QTRY_COMPARE(table->model()->rowCount(), 0);
        auto *empty = f.find<QLabel>(ObjectName::syncLogsEmpty);
        QVERIFY(empty->isVisible());
        QVERIFY2(
            empty->text().contains(QStringLiteral("realm swift zzz")), qPrintable(empty->text()));
        f.find<QLineEdit>(ObjectName::syncLogsSearch)->clear();
        QTRY_COMPARE(table->model()->rowCount(), 60);
        QCOMPARE(f.queries.size(), asked); // the API has no text search: nothing was asked
    }

    void aSelected208IsExplained()
    {
        LogsFixture f;
        QVERIFY(f.ui.load());
        QVERIFY(f.open());
        auto *explanation = f.find<QLabel>(ObjectName::syncLogsExplanation);
        QVERIFY(!explanation->isVisible()); // nothing selected yet
        // Entry 3 is the first 208 (entries 3, 10 and 24 are 208s, 17 a 222).
        f.click(f.rowOf(QStringLiteral("log000003")));
        const SyncLogEntry *shown = f.page()->shownEntry();
        QVERIFY(shown);
        QCOMPARE(shown->id, QStringLiteral("log000003"));
        QVERIFY(explanation->isVisible());
        QVERIFY2(explanation->text().contains(QStringLiteral("208"))
                && explanation->text().contains(QStringLiteral("BadClientFileIdent"))
                && explanation->text().contains(
                    QStringLiteral("synced before Sync was terminated and re-enabled"))
                && explanation->text().contains(QStringLiteral("client reset")),
            qPrintable(explanation->text()));
        auto *text = f.find<QPlainTextEdit>(ObjectName::syncLogsDetailsText);
        QVERIFY(text->toPlainText().contains(QStringLiteral("Ending session with error")));

        f.click(f.rowOf(QStringLiteral("log000017")));
        QVERIFY2(explanation->text().contains(QStringLiteral("222"))
                && explanation->text().contains(QStringLiteral("Client Max Offline Time")),
            qPrintable(explanation->text()));

        // A session's query and metrics, as indented JSON; no error, no explanation.
        f.click(f.rowOf(QStringLiteral("log000007"))); // SYNC_CLIENT_WRITE
        QVERIFY(!explanation->isVisible());
        const QString details = text->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Sync query"))
                && details.contains(QStringLiteral("\"Item\": \"(owner_id"))
                && details.contains(QStringLiteral("Session metrics"))
                && details.contains(QStringLiteral("    \"uploads\"")),
            qPrintable(details));
    }

    // The oplog-rollover scenario's key entry: the translator's ChangeStreamHistoryLost, which
    // has no protocol number, is explained from the table of Sync errors like a 208.
    void theTranslatorsHistoryLostIsExplained()
    {
        LogsFixture f(-1, QStringLiteral("oplog-rollover"));
        QVERIFY(f.ui.load());
        QVERIFY(f.open());
        auto *range = f.find<QComboBox>(ObjectName::syncLogsTimeRange);
        range->setCurrentIndex(range->count() - 1); // the last ten days: the whole scenario
        QVERIFY(f.settled());
        QString id;
        for (int row = 0; row < f.model.rowCount() && id.isEmpty(); ++row)
            if (f.model.entry(row)->errorCode == QStringLiteral("ChangeStreamHistoryLost"))
                id = f.model.entry(row)->id;
        QVERIFY2(!id.isEmpty(), "the scenario's translator error is in the logs");
        f.click(f.rowOf(id));
        auto *explanation = f.find<QLabel>(ObjectName::syncLogsExplanation);
        QVERIFY(explanation->isVisible());
        const QString text = explanation->text();
        QVERIFY2(text.contains(QStringLiteral("ChangeStreamHistoryLost"))
                && text.contains(QStringLiteral("oplog no longer holds"))
                && text.contains(QStringLiteral("Client reset: yes"))
                && text.contains(QStringLiteral("terminates Sync and enables it again"))
                && !text.contains(QStringLiteral("The server reported an error")),
            qPrintable(text));
    }

    void copyPutsTheCorrelationIdOnTheClipboard()
    {
        LogsFixture f;
        QVERIFY(f.ui.load());
        QVERIFY(f.open());
        f.click(f.rowOf(QStringLiteral("log000010")));
        QSignalSpy copied(f.page(), &SyncLogsPage::copied);
        QTest::mouseClick(
            f.find<QPushButton>(ObjectName::syncLogsCopyCorrelationId), Qt::LeftButton);
        QCOMPARE(copied.size(), 1);
        const QString coId = f.model.entry(f.model.rowOf(QStringLiteral("log000010")))->coId;
        QCOMPARE(QGuiApplication::clipboard()->text(), coId);
        QCOMPARE(copied.first().first().toString(), coId);
        QVERIFY(
            f.ui.window->statusBar()->currentMessage().contains(QStringLiteral("correlation ID")));
    }

    void followTogglesPolling()
    {
        LogsFixture f;
        QVERIFY(f.ui.load());
        QVERIFY(f.open());
        auto *follow = f.find<QPushButton>(ObjectName::syncLogsFollowButton);
        QVERIFY(!follow->isChecked());
        QVERIFY(!f.model.isFollowing());
        const qsizetype loaded = f.queries.size();
        QTest::mouseClick(follow, Qt::LeftButton);
        QVERIFY(f.model.isFollowing());
        QTRY_VERIFY(f.queries.size() >= loaded + 4);
        for (qsizetype i = loaded; i < f.queries.size(); ++i)
            QVERIFY(f.queries[i].hasQueryItem(QStringLiteral("start_date")));

        // A new entry shows at the top, the selected entry stays selected.
        f.click(f.rowOf(QStringLiteral("log000010")));
        const qint64 now = f.staged.last().startedMs + 40;
        f.ui.sim.backend.appendLog(
            f.ui.sim.app(), SimLogEntry {now, LogStaging::entry(500, now, true)});
        QTRY_COMPARE(f.model.rowCount(), 61);
        QCOMPARE(f.model.entry(0)->id, QStringLiteral("log000500"));
        QCOMPARE(f.page()->shownEntry()->id, QStringLiteral("log000010"));

        // Away from the page, no polling; back on it, polling again.
        f.ui.window->showPage(Page::Sync);
        QVERIFY(!f.model.isFollowing());
        QVERIFY(f.settled());
        QVERIFY(!f.model.isPollScheduled()); // nothing more will be asked
        QSignalSpy recorded(f.ui.sim.client.get(), &AdminApiClient::callRecorded);
        f.ui.window->showPage(Page::Logs);
        QVERIFY(f.model.isPollScheduled());
        QVERIFY(f.model.isFollowing());
        QTRY_VERIFY(recorded.size() > 0);

        QTest::mouseClick(follow, Qt::LeftButton);
        QVERIFY(!follow->isChecked());
        QVERIFY(!f.model.isFollowing());
    }

    void pagesBelowTheScreenDoNotRepaintIt()
    {
        // Paging in 10,000 entries repainted every visible cell after each page: most of the
        // page's time (bench_logs). Rows below the last one on screen now only move the scroll
        // bar; rows that show (new ones at the top) repaint.
        LogsFixture f(500);
        QVERIFY(f.ui.load());
        QVERIFY(f.open());
        QTableView *table = f.page()->table();
        QCOMPARE(f.model.rowCount(), 100);
        QTRY_VERIFY(table->verticalScrollBar()->maximum() > 0); // laid out, more rows than fit
        // Activating the window repaints every view: done before counting.
        QVERIFY(QTest::qWaitForWindowActive(f.ui.window.get()));
        int paints = 0;
        EventCounter counter(QEvent::Paint, &paints);
        table->viewport()->installEventFilter(&counter);
        // Every pending update is painted in one pass: once a marker widget asked to repaint
        // has been painted, whatever was due on the table has been too.
        auto *marker = f.find<QPushButton>(ObjectName::syncLogsFollowButton);
        int markerPaints = 0;
        EventCounter markerCounter(QEvent::Paint, &markerPaints);
        marker->installEventFilter(&markerCounter);
        const auto flushed = [&] {
            markerPaints = 0;
            marker->update();
            return QTest::qWaitFor([&] { return markerPaints > 0; }, 5000);
        };
        QVERIFY(flushed());
        paints = 0;

        // Three more pages, each asked once the last is in, as scrolling towards the end asks.
        for (int rows = 200; rows <= 400; rows += 100) {
            const int scrollRange = table->verticalScrollBar()->maximum();
            f.model.fetchMore({});
            QVERIFY(f.settled());
            QCOMPARE(f.model.rowCount(), rows);
            QTRY_VERIFY(table->verticalScrollBar()->maximum() > scrollRange);
            QVERIFY(flushed());
        }
        // Before: a repaint of every cell on screen for each page (3 or more here). The scroll
        // bar's first growth may still repaint the table's frame once.
        QVERIFY2(paints <= 1, qPrintable(QString::number(paints)));
        QCOMPARE(table->indexAt(QPoint(4, 4)).row(), 0); // the screen shows the same rows

        // A new entry at the top is on screen: it is painted.
        const qint64 now = f.staged.last().startedMs + 40;
        f.ui.sim.backend.appendLog(
            f.ui.sim.app(), SimLogEntry {now, LogStaging::entry(900, now, false)});
        QTest::mouseClick(marker, Qt::LeftButton); // Follow
        QTRY_COMPARE(f.model.rowCount(), 401);
        QTRY_VERIFY(paints > 0);
        QCOMPARE(f.model.entry(0)->id, QStringLiteral("log000900"));
    }

    void emptyFailedAndMalformedStates()
    {
        LogsFixture f(0);
        QVERIFY(f.ui.load());
        QVERIFY(f.open());
        auto *empty = f.find<QLabel>(ObjectName::syncLogsEmpty);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->text(), QStringLiteral("No Sync log entries match these filters."));

        QVERIFY(f.ui.sim.inject(QStringLiteral("GET */logs status=403")));
        LogsFixture::step(f.find<QComboBox>(ObjectName::syncLogsErrorsFilter));
        QVERIFY(f.settled());
        auto *problem = f.find(ObjectName::syncLogsProblem);
        QVERIFY(problem->isVisible());
        const QString words = problem->findChild<QLabel *>()->text();
        QVERIFY2(words.contains(QStringLiteral("The Sync logs could not be read."))
                && words.contains(QStringLiteral("Your API key is not allowed to do this.")),
            qPrintable(words));
        QVERIFY(!empty->isVisible() || !empty->text().contains(QStringLiteral("match")));

        f.ui.sim.server.faults().clear();
        const qint64 at = f.ui.sim.backend.now().toMSecsSinceEpoch() - 1000;
        f.ui.sim.backend.appendLog(
            f.ui.sim.app(), SimLogEntry {at, LogStaging::entry(3, at, true)});
        f.ui.sim.backend.appendLog(f.ui.sim.app(),
            SimLogEntry {at,
                {{QStringLiteral("_id"), QStringLiteral("broken")},
                    {QStringLiteral("started"), QStringLiteral("soon")},
                    {QStringLiteral("error"), QStringLiteral("x")}}});
        QTest::mouseClick(f.find<QPushButton>(ObjectName::syncLogsRetryButton), Qt::LeftButton);
        QVERIFY(f.settled());
        QVERIFY(!problem->isVisible());
        QCOMPARE(f.model.rowCount(), 1);
        auto *malformed = f.find<QLabel>(ObjectName::syncLogsMalformed);
        QVERIFY(malformed->isVisible());
        QVERIFY2(malformed->text().startsWith(QStringLiteral("Malformed entries skipped: 1 ")),
            qPrintable(malformed->text()));
    }

    void anotherAppGetsItsOwnLogs()
    {
        // Switching apps builds a new window and model; a model reset to nothing greys the
        // entry out and leaves the page.
        LogsFixture f;
        QVERIFY(f.ui.load());
        QVERIFY(f.open());
        SyncLogModel other(f.ui.sim.client.get(), {f.ui.sim.appRef().groupId, QStringLiteral("x")});
        f.ui.window->setSyncLogs(&other);
        QCOMPARE(f.page()->model(), &other);
        QVERIFY(f.page()->isVisible());
        QVERIFY(other.isStarted());
        f.ui.window->setSyncLogs(nullptr);
        QVERIFY(!f.page());
        QVERIFY(!f.find(ObjectName::navLogs)->isEnabled());
        QVERIFY(f.find(ObjectName::syncPage)->isVisible());
    }
};

QTEST_MAIN(TestSyncLogsPage)
#include "tst_synclogspage.moc"
