// The Sync logs model against the simulator over loopback HTTP, under QAbstractItemModelTester:
// paging in small steps gets every entry once and in order, also when errors and non-errors
// come as two streams; following inserts new entries at the top without reading old ones
// again; malformed entries are counted; failures are said in words. The tester asks for more
// rows whenever it looks, so the tests of a partly read list run without it.
#include "LogStaging.h"
#include "SimFixture.h"
#include "SyncLogModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using LogStaging::Staged;

class TestSyncLogModel : public QObject
{
    Q_OBJECT

    static QList<Staged> stage(SimFixture &sim, int count, int firstIndex = 0)
    {
        return LogStaging::stage(sim.backend, sim.app(), count, firstIndex);
    }

    static bool settle(const SyncLogModel &model)
    {
        return QTest::qWaitFor([&model] { return !model.isLoading(); }, 20000);
    }

    // Scrolls to the end, as a view does: fetchMore until nothing is left.
    static bool readAll(SyncLogModel &model)
    {
        if (!settle(model))
            return false;
        while (model.canFetchMore({})) {
            model.fetchMore({});
            if (!settle(model))
                return false;
        }
        return !model.error().isError();
    }

    static QStringList ids(const SyncLogModel &model)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.entry(row)->id);
        return out;
    }

    static bool newestFirst(const SyncLogModel &model)
    {
        for (int row = 1; row < model.rowCount(); ++row)
            if (model.entry(row - 1)->started < model.entry(row)->started)
                return false;
        return true;
    }

private slots:
    void pagesEveryEntryOnceInOrder_data()
    {
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("pageSize");
        QTest::newRow("all, pages of 7") << int(SyncLogModel::Errors::All) << 7;
        QTest::newRow("all, pages of 1") << int(SyncLogModel::Errors::All) << 1;
        QTest::newRow("errors only, pages of 4") << int(SyncLogModel::Errors::ErrorsOnly) << 4;
        QTest::newRow("non-errors, pages of 9") << int(SyncLogModel::Errors::NonErrorsOnly) << 9;
        QTest::newRow("all, pages of 100") << int(SyncLogModel::Errors::All) << 100;
    }

    void pagesEveryEntryOnceInOrder()
    {
        QFETCH(int, errors);
        QFETCH(int, pageSize);
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        const QList<Staged> staged = stage(sim, 250);
        const auto kind = SyncLogModel::Errors(errors);

        SyncLogModel model(sim.client.get(), sim.appRef());
        QAbstractItemModelTester tester(&model);
        model.setPageSize(pageSize);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        SyncLogModel::Filter filter;
        filter.errors = kind;
        model.setFilter(filter);
        QVERIFY(readAll(model));
        QCOMPARE(resets.size(), 1); // the filter's; paging only inserts

        // What the service holds for this filter, newest first (one millisecond: latest first).
        QStringList expected;
        for (qsizetype i = staged.size() - 1; i >= 0; --i)
            if (kind == SyncLogModel::Errors::All
                || staged[i].error == (kind == SyncLogModel::Errors::ErrorsOnly))
                expected.append(staged[i].id);
        const QStringList shown = ids(model);
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), shown.size());
        QCOMPARE(shown.size(), expected.size());
        QVERIFY(newestFirst(model));
        if (kind != SyncLogModel::Errors::All)
            QCOMPARE(shown, expected);
        else
            QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()),
                QSet<QString>(expected.cbegin(), expected.cend()));
        QCOMPARE(model.malformedCount(), 0);
    }

    void theFirstPageIsOnePage()
    {
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        stage(sim, 60);
        QStringList urls; // outlives the model, whose last call may be recorded as it goes
        connect(sim.client.get(), &AdminApiClient::callRecorded, this,
            [&urls](const ApiCallRecord &r) { urls.append(r.url); });
        SyncLogModel model(sim.client.get(), sim.appRef());
        QVERIFY(!model.isStarted());
        QVERIFY(!model.canFetchMore({}));
        model.setPageSize(10);
        SyncLogModel::Filter filter;
        filter.errors = SyncLogModel::Errors::NonErrorsOnly;
        model.setFilter(filter);
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(urls.size(), 1);
        QVERIFY(urls.first().contains(QStringLiteral("limit=10")));
        QVERIFY(!urls.first().contains(QStringLiteral("errors_only")));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({}); // asked again while the page is on its way: one request
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 20);
        QCOMPARE(urls.size(), 2);
        const QUrlQuery second(QUrl(urls.last()).query());
        QVERIFY(second.hasQueryItem(QStringLiteral("end_date")));
    }

    void followInsertsNewEntriesAtTheTop()
    {
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        const QList<Staged> staged = stage(sim, 40);
        QList<ApiCallRecord> polls; // outlives the model, whose last call may be recorded
        bool recording = false;
        connect(sim.client.get(), &AdminApiClient::callRecorded, this,
            [&polls, &recording](const ApiCallRecord &r) {
                if (recording)
                    polls.append(r);
            });
        SyncLogModel model(sim.client.get(), sim.appRef());
        model.setPageSize(10);
        model.setFollowIntervalMs(30);
        model.setFilter({});
        QVERIFY(readAll(model));
        QCOMPARE(model.rowCount(), 40);
        const qint64 newest = staged.last().startedMs;
        QCOMPARE(model.entry(0)->started.toMSecsSinceEpoch(), newest);

        polls.clear();
        recording = true;
        QSignalSpy arrived(&model, &SyncLogModel::entriesArrived);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.follow(true);
        QVERIFY(model.isFollowing());
        // Nothing new: polls find nothing and change nothing.
        QTRY_VERIFY(polls.size() >= 4);
        QCOMPARE(model.rowCount(), 40);

        // One in the very millisecond of the newest held (an exclusive start_date at that
        // time would miss it), one after it, an error among them.
        SimApp &app = sim.app();
        QJsonObject same = LogStaging::entry(900, newest, false);
        sim.backend.appendLog(app, SimLogEntry {newest, same});
        QJsonObject later = LogStaging::entry(901, newest + 5, true);
        sim.backend.appendLog(app, SimLogEntry {newest + 5, later});
        QTRY_COMPARE(model.rowCount(), 42);
        QCOMPARE(model.entry(0)->id, QStringLiteral("log000901"));
        QCOMPARE(model.entry(1)->id, QStringLiteral("log000900"));
        int arrivedCount = 0; // in one round, or two when a poll was under way as they came
        for (const QList<QVariant> &signal : std::as_const(arrived))
            arrivedCount += signal.first().toInt();
        QCOMPARE(arrivedCount, 2);
        QCOMPARE(resets.size(), 0);
        QVERIFY(newestFirst(model));
        const QStringList shown = ids(model);
        QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()).size(), shown.size());

        // Every poll asked only for what is newer than what the model held of its kind (errors,
        // or not), never for old pages.
        qint64 newestOfKind[2] = {0, 0};
        for (const Staged &e : staged)
            newestOfKind[e.error ? 1 : 0] = qMax(newestOfKind[e.error ? 1 : 0], e.startedMs);
        for (const ApiCallRecord &r : std::as_const(polls)) {
            const QUrlQuery q(QUrl(r.url).query());
            QVERIFY2(q.hasQueryItem(QStringLiteral("start_date")), qPrintable(r.url));
            QVERIFY2(!q.hasQueryItem(QStringLiteral("end_date")), qPrintable(r.url));
            const QDateTime start = QDateTime::fromString(
                q.queryItemValue(QStringLiteral("start_date")), Qt::ISODateWithMs);
            const bool errors = q.hasQueryItem(QStringLiteral("errors_only"));
            QVERIFY2(
                start.toMSecsSinceEpoch() >= newestOfKind[errors ? 1 : 0] - 1, qPrintable(r.url));
        }

        QVERIFY(model.isPollScheduled());
        model.follow(false);
        QVERIFY(settle(model)); // a poll under way ends, and no round goes on after it
        QVERIFY(!model.isPollScheduled());
    }

    void followCatchesUpPastOnePage()
    {
        // More new entries than a page between two polls: all of them, in order, once.
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        const QList<Staged> staged = stage(sim, 20);
        SyncLogModel model(sim.client.get(), sim.appRef());
        model.setPageSize(5);
        model.setFollowIntervalMs(3600 * 1000);
        model.setFilter({});
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 5);
        const QList<Staged> fresh = stage(sim, 23, 200);
        model.follow(true); // catches up at once
        QTRY_COMPARE(model.rowCount(), 5 + 23);
        QSet<QString> top;
        QSet<QString> expected;
        for (int i = 0; i < 23; ++i) {
            top.insert(model.entry(i)->id);
            expected.insert(fresh[i].id);
        }
        QCOMPARE(top, expected);
        QVERIFY(newestFirst(model));
        QVERIFY(readAll(model));
        QCOMPARE(model.rowCount(), 20 + 23);
    }

    void aLateEntryGoesToItsPlace()
    {
        // Errors and non-errors are polled one after the other, so an error can come that is
        // older than the newest entry shown: it goes to its place in time, shown at once when
        // that place is among the rows, or paged in with the rest when it lies below them.
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        const QList<Staged> staged = stage(sim, 40);
        qint64 newestError = 0;
        for (const Staged &e : staged)
            newestError = e.error ? qMax(newestError, e.startedMs) : newestError;
        SyncLogModel model(sim.client.get(), sim.appRef());
        model.setPageSize(3);
        model.setFollowIntervalMs(3600 * 1000);
        model.setFilter({});
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 3);
        const qint64 newest = staged.last().startedMs;
        QVERIFY(newestError < newest);
        const qint64 lastShown = model.entry(2)->started.toMSecsSinceEpoch();

        // Among the rows: between the newest and the last row shown.
        const qint64 among = newestError + 1;
        QVERIFY(among > lastShown && among < newest);
        sim.backend.appendLog(sim.app(), SimLogEntry {among, LogStaging::entry(700, among, true)});
        model.follow(true);
        QTRY_COMPARE(model.rowCount(), 4);
        model.follow(false);
        QVERIFY(settle(model));
        const int at = model.rowOf(QStringLiteral("log000700"));
        QVERIFY(at > 0);
        QVERIFY(newestFirst(model));

        QVERIFY(readAll(model));
        QCOMPARE(model.rowCount(), 41);
        QVERIFY(newestFirst(model));
    }

    void aLateEntryBelowTheRowsWaitsForPaging()
    {
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        const QList<Staged> staged = stage(sim, 40);
        SyncLogModel model(sim.client.get(), sim.appRef());
        model.setPageSize(1);
        model.setFollowIntervalMs(3600 * 1000);
        model.setFilter({});
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entry(0)->id, staged.last().id);
        // Newer than every error read, older than the one row shown, with more rows to page.
        const qint64 late = staged.last().startedMs - 2;
        sim.backend.appendLog(sim.app(), SimLogEntry {late, LogStaging::entry(701, late, true)});
        QSignalSpy recorded(sim.client.get(), &AdminApiClient::callRecorded);
        model.follow(true); // one round at once, its requests one after the other
        QVERIFY(model.isLoading());
        QVERIFY(settle(model));
        QCOMPARE(recorded.size(), 3); // non-errors; errors in two pages of one
        model.follow(false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("log000701")), -1);
        model.fetchMore({});
        QVERIFY(settle(model));
        QCOMPARE(model.entry(1)->id, QStringLiteral("log000701"));
        QVERIFY(readAll(model));
        QCOMPARE(model.rowCount(), 41);
        QVERIFY(newestFirst(model));
    }

    void followReadsTheFirstPageWhenNothingMatched()
    {
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        sim.app().logs.clear();
        SyncLogModel model(sim.client.get(), sim.appRef());
        QAbstractItemModelTester tester(&model);
        model.setFollowIntervalMs(30);
        model.setFilter({});
        QVERIFY(settle(model));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.follow(true);
        stage(sim, 3);
        QTRY_COMPARE(model.rowCount(), 3);
    }

    void filtersRestartTheList()
    {
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        stage(sim, 90);
        SyncLogModel model(sim.client.get(), sim.appRef());
        QAbstractItemModelTester tester(&model);
        model.setPageSize(100);
        SyncLogModel::Filter mine;
        mine.userId = LogStaging::user(1);
        SyncLogModel::Filter errors;
        errors.errors = SyncLogModel::Errors::ErrorsOnly;
        errors.type = SyncLogType::Error;
        // The first filter's answer, still on its way when the second is set, is dropped.
        model.setFilter(mine);
        model.setFilter(errors);
        QVERIFY(readAll(model));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.entry(row)->isError());
        model.setFilter(mine);
        QVERIFY(readAll(model));
        QCOMPARE(model.rowCount(), 23); // entries 1, 5, ... 89
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.entry(row)->userId, LogStaging::user(1));
    }

    void malformedEntriesAreCounted()
    {
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        stage(sim, 12);
        SimApp &app = sim.app();
        const qint64 at = sim.backend.now().toMSecsSinceEpoch() - 60 * 1000;
        const QList<QJsonObject> broken
            = {{{QStringLiteral("type"), QStringLiteral("SYNC_OTHER")}, // no _id
                   {QStringLiteral("started"), LogStaging::iso(at)}},
                {{QStringLiteral("_id"), QStringLiteral("bad-time")},
                    {QStringLiteral("started"), QStringLiteral("last tuesday")}},
                {{QStringLiteral("_id"), QStringLiteral("bad-messages")},
                    {QStringLiteral("started"), LogStaging::iso(at)},
                    {QStringLiteral("messages"), QStringLiteral("not a list")}}};
        for (const QJsonObject &json : broken)
            sim.backend.appendLog(app, SimLogEntry {at, json});
        SyncLogModel model(sim.client.get(), sim.appRef());
        QAbstractItemModelTester tester(&model);
        model.setPageSize(5);
        QSignalSpy counted(&model, &SyncLogModel::malformedCountChanged);
        SyncLogModel::Filter filter;
        filter.errors = SyncLogModel::Errors::NonErrorsOnly;
        model.setFilter(filter);
        QVERIFY(readAll(model));
        QCOMPARE(model.malformedCount(), 3);
        QVERIFY(counted.size() >= 1);
        int good = 0;
        for (int i = 0; i < 12; ++i)
            good += i % 7 == 3 ? 0 : 1;
        QCOMPARE(model.rowCount(), good);
        model.reload();
        QCOMPARE(model.malformedCount(), 0);
    }

    void aBrokenReplyIsAFailureInWords()
    {
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        stage(sim, 5);
        QVERIFY(sim.inject(QStringLiteral("GET */logs malformed count=1")));
        SyncLogModel model(sim.client.get(), sim.appRef());
        QSignalSpy errorChanged(&model, &SyncLogModel::errorChanged);
        model.setFilter({});
        QVERIFY(settle(model));
        QCOMPARE(model.error().kind, ApiError::Kind::MalformedReply);
        QVERIFY(model.errorText().contains(QStringLiteral("cannot read")));
        QVERIFY(!model.canFetchMore({}));
        model.retry();
        QVERIFY(readAll(model));
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.errorText().isEmpty());
        QVERIFY(errorChanged.size() >= 2);
    }

    void failuresAreSaidInWords_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("words");
        QTest::newRow("403") << QStringLiteral("GET */logs status=403")
                             << QStringLiteral("Your API key is not allowed to do this.");
        QTest::newRow("429") << QStringLiteral("GET */logs status=429 retry-after=0")
                             << QStringLiteral("too many requests");
        QTest::newRow("503") << QStringLiteral("GET */logs status=503")
                             << QStringLiteral("temporarily unavailable");
    }

    void failuresAreSaidInWords()
    {
        QFETCH(QString, fault);
        QFETCH(QString, words);
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        stage(sim, 5);
        QVERIFY(sim.inject(fault));
        SyncLogModel model(sim.client.get(), sim.appRef());
        QAbstractItemModelTester tester(&model);
        model.setFilter({});
        QVERIFY(settle(model));
        QCOMPARE(model.error().kind, ApiError::Kind::Http);
        QVERIFY2(model.errorText().contains(words), qPrintable(model.errorText()));
        QCOMPARE(model.rowCount(), 0);
        sim.server.faults().clear();
        model.retry();
        QVERIFY(readAll(model));
        QCOMPARE(model.rowCount(), 5);
    }

    void holdsTenThousandEntries()
    {
        SimFixture sim;
        QVERIFY(sim.started && sim.login());
        stage(sim, 10000);
        SyncLogModel model(sim.client.get(), sim.appRef());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QElapsedTimer clock;
        clock.start();
        model.setFilter({});
        QVERIFY(readAll(model));
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(resets.size(), 1);
        QVERIFY(inserted.size() >= 100); // a page at a time
        QVERIFY(newestFirst(model));
        QCOMPARE(model.rowOf(QStringLiteral("log000000")), 9999);
        qInfo("10,000 entries in %lld ms", clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSyncLogModel)
#include "tst_synclogmodel.moc"
