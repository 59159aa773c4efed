// How the deploy dialog's diff view copes with a 20,000-line diff: loading the model, the
// first paint, and painting after a jump to the end, each as a median of several runs.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench_diffview
#include "ApiParsers.h"
#include "BenchStats.h"
#include "DiffModel.h"
#include "ObjectNames.h"
#include "Theme.h"
#include "UnifiedDiff.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QScrollBar>
#include <algorithm>
#include <cstdio>
#include <vector>

using BenchStats::median;
using BenchStats::ms;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Theme::apply(app);
    QStringList before;
    for (int i = 0; i < 20000; ++i)
        before.append(QStringLiteral("    \"field_%1\": %2,").arg(i).arg(i * 7));
    QStringList after = before;
    for (int i = 0; i < 20000; i += 2)
        after[i] = QStringLiteral("    \"field_%1\": \"changed\",").arg(i);
    const QString diff = UnifiedDiff::compute(QStringLiteral("big.json"),
        before.join(QLatin1Char('\n')) + QLatin1Char('\n'),
        after.join(QLatin1Char('\n')) + QLatin1Char('\n'));

    // The benchmark's own data (the two files, dtl's work) is not the view's: the view's memory
    // is the peak after this point, over the resident set at this point.
    const double harnessMb = BenchStats::residentMb();
    BenchStats::resetPeak();
    // As the service sends it: GET .../drafts/{id}/diff.
    const QByteArray body = QJsonDocument(
        QJsonObject {{QStringLiteral("diffs"),
            QJsonArray {diff}}}).toJson(QJsonDocument::Compact);
    std::vector<double> floor, opened, load, firstPaint, endPaint;
    int rows = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer parse;
        parse.start();
        const DraftDiff parsed = ApiParsers::draftDiff(body).value;
        floor.push_back(ms(parse));
        if (parsed.diffs.size() != 1)
            return 1;
        {
            // The whole way: the reply parsed, the model filled, the first screen painted.
            DiffModel model;
            QListView view;
            view.setUniformItemSizes(true);
            view.resize(760, 420);
            view.setModel(&model);
            view.show();
            QElapsedTimer t;
            t.start();
            model.setDiffs(ApiParsers::draftDiff(body).value.diffs);
            view.grab();
            opened.push_back(ms(t));
        }
        DiffModel model;
        QListView view;
        view.setObjectName(ObjectName::diffView);
        view.setUniformItemSizes(true);
        view.resize(760, 420);
        view.setModel(&model);
        view.show();
        QElapsedTimer t;
        t.start();
        model.setDiffs({diff});
        load.push_back(ms(t));
        rows = model.rowCount();
        t.restart();
        view.grab();
        firstPaint.push_back(ms(t));
        view.scrollToBottom();
        t.restart();
        view.grab();
        endPaint.push_back(ms(t));
    }
    std::printf("diff lines in the model:            %d\n", rows);
    std::printf("parse the reply alone (the floor):  median %.1f ms\n", median(floor));
    std::printf("parse, load and paint the first screen: median %.1f ms, %.2f x floor\n",
        median(opened), median(opened) / median(floor));
    std::printf("load the model (setDiffs):          median %.1f ms\n", median(load));
    std::printf("first paint of the view:            median %.1f ms\n", median(firstPaint));
    std::printf("paint after jumping to the end:     median %.1f ms\n", median(endPaint));
    std::printf(
        "resident set with the files and their diff, before any view: %.1f MB\n", harnessMb);
    std::printf("peak with the view open, over that: %.1f MB\n", BenchStats::peakMb() - harnessMb);
    std::printf("FIGURE\tmemory: the 20,000-line diff view, over its set-up\t%.1f MB\t\t\t(see "
                "bench_memory)\n",
        BenchStats::peakMb() - harnessMb);
    std::printf("FIGURE\tscale: 20,000-line draft diff, open and paint\t%.1f ms\t%.1f ms\t%.2f\t<= "
                "3.0\n",
        median(opened), median(floor), median(opened) / median(floor));
    return 0;
}
