// The Logs page with 10,000 entries: paging them all in through the model (over loopback, from
// the in-process simulator) against the floor of fetching and parsing the same pages alone,
// and painting the first screen and the last one. Medians of several runs.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench_logs [runs]
#include "ApiParsers.h"
#include "BenchStats.h"
#include "LogStaging.h"
#include "SimFixture.h"
#include "SyncLogModel.h"
#include "SyncLogsPage.h"
#include "Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QUrlQuery>
#include <cstdio>
#include <vector>

using BenchStats::median;
using BenchStats::ms;

namespace {

constexpr int Entries = 10000;

// Every page of one stream (errors or not) as raw bodies, following nextEndDate/nextSkip.
QList<QByteArray> fetchPages(SimFixture &f, bool errors)
{
    QList<QByteArray> bodies;
    QUrlQuery query;
    for (int page = 0; page < 1000; ++page) {
        QUrlQuery q = query;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
        if (errors)
            q.addQueryItem(QStringLiteral("errors_only"), QStringLiteral("true"));
        const auto [status, body] = f.http("GET",
            QStringLiteral("/groups/%1/apps/%2/logs?").arg(f.backend.groupId(), f.app().id)
                + q.toString(QUrl::FullyEncoded));
        if (status != 200)
            break;
        bodies.append(body);
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        if (!o.contains(QStringLiteral("nextEndDate")))
            break;
        query.clear();
        query.addQueryItem(
            QStringLiteral("end_date"), o.value(QStringLiteral("nextEndDate")).toString());
        query.addQueryItem(
            QStringLiteral("skip"), QString::number(o.value(QStringLiteral("nextSkip")).toInt()));
    }
    return bodies;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Theme::apply(app);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;

    SimFixture f;
    if (!f.started || !f.login())
        return 1;
    LogStaging::stage(f.backend, f.app(), Entries);

    std::vector<double> harness, pageMemory;
    std::vector<double> fetchFloor, parseFloor, populate, firstPaint, endPaint, topPaint;
    int shown = 0;
    for (int run = 0; run < runs; ++run) {
        // The floor: the same pages fetched and parsed, and nothing else.
        QElapsedTimer t;
        t.start();
        QList<QByteArray> bodies = fetchPages(f, false) + fetchPages(f, true);
        fetchFloor.push_back(ms(t));
        t.restart();
        int parsed = 0;
        for (const QByteArray &b : std::as_const(bodies))
            parsed += int(ApiParsers::logPage(b).value.entries.size());
        parseFloor.push_back(ms(t));
        if (parsed != Entries) {
            std::fprintf(stderr, "the floor parsed %d entries, not %d\n", parsed, Entries);
            return 1;
        }

        bodies.clear();
        // The in-process simulator holding the 10,000 entries is not the console: the page's
        // memory is the peak from here on, over the resident set here.
        harness.push_back(BenchStats::residentMb());
        BenchStats::resetPeak();

        SyncLogModel model(f.client.get(), f.appRef());
        SyncLogsPage page(&model);
        page.resize(1230, 720);
        page.show();
        t.restart();
        // As a view scrolling to the end asks: the next page as soon as the last one is in
        // (driven by the model's own signal, so that no polling sleep counts).
        QEventLoop loop;
        QObject::connect(&model, &SyncLogModel::loadingChanged, &loop, [&model, &loop](bool busy) {
            if (busy)
                return;
            if (model.canFetchMore({}))
                model.fetchMore({});
            else
                loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        model.setFilter({});
        loop.exec();
        const bool loaded = !model.canFetchMore({});
        populate.push_back(ms(t));
        shown = model.rowCount();
        if (!loaded || shown != Entries) {
            std::fprintf(stderr, "the model holds %d entries\n", shown);
            return 1;
        }
        QTableView *table = page.table();
        table->scrollToTop();
        t.restart();
        page.grab();
        firstPaint.push_back(ms(t));
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        t.restart();
        page.grab();
        endPaint.push_back(ms(t));
        table->scrollToTop();
        t.restart();
        page.grab();
        topPaint.push_back(ms(t));
        pageMemory.push_back(BenchStats::peakMb() - harness.back());
    }
    const double floor = median(fetchFloor) + median(parseFloor);
    std::printf("%d entries (errors and non-errors merged), %d runs, medians\n", shown, runs);
    std::printf("fetch the 100-entry pages alone (loopback HTTP)   %8.1f ms\n", median(fetchFloor));
    std::printf("parse them alone                                  %8.1f ms\n", median(parseFloor));
    std::printf("page them all into the Logs page (model + view)   %8.1f ms   %.2f x floor\n",
        median(populate), median(populate) / floor);
    std::printf("paint the first screen                            %8.2f ms\n", median(firstPaint));
    std::printf("paint the last screen                             %8.2f ms\n", median(endPaint));
    std::printf("paint the first screen again                      %8.2f ms\n", median(topPaint));
    // The first run's: later runs reuse what the allocator kept from the run before.
    std::printf("resident set of the simulator with the entries    %8.1f MB\n", harness.front());
    std::printf("peak with the page and its 10,000 rows, over that %8.1f MB (first run)\n",
        pageMemory.front());
    std::printf(
        "FIGURE\tscale: 10,000-entry Logs page, page in and paint\t%.1f ms\t%.1f ms\t%.2f\t<= "
        "3.0\n",
        median(populate) + median(firstPaint), floor,
        (median(populate) + median(firstPaint)) / floor);
    std::printf("FIGURE\tmemory: the Logs page with 10,000 entries, over the simulator\t%.1f "
                "MB\t\t\t(see bench_memory)\n",
        pageMemory.front());
    return 0;
}
