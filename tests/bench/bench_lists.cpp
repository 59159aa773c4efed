// The console's lists with many rows, each against its floor, parsing the same JSON alone:
// the deployment history with 10,000 deployments (parse, model, first paint) and the app
// picker with 1,000 apps (parse, model, filter, first paint); then what painting costs at the
// top and at the end. Medians of several runs.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench_lists
#include "ApiParsers.h"
#include "AppListModel.h"
#include "BenchStats.h"
#include "DeploymentHistoryModel.h"
#include "Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <vector>

using BenchStats::median;
using BenchStats::ms;

namespace {

QByteArray deploymentsJson(int count)
{
    QJsonArray list;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < count; ++i)
        list.append(QJsonObject {
            {QStringLiteral("_id"), QStringLiteral("%1").arg(i, 24, 10, QLatin1Char('0'))},
            {QStringLiteral("name"), QStringLiteral("Deployment %1").arg(i)},
            {QStringLiteral("app_id"), QStringLiteral("6560f0c00000000000000001")},
            {QStringLiteral("draft_id"), QStringLiteral("6560f0c00000000000000002")},
            {QStringLiteral("user_id"), QStringLiteral("5f0c1a2b3c4d5e6f70819203")},
            {QStringLiteral("deployed_at"), double(now - i * 60)},
            {QStringLiteral("origin"), QStringLiteral("UI")}, {QStringLiteral("commit"), QString()},
            {QStringLiteral("status"), QStringLiteral("successful")},
            {QStringLiteral("status_error_message"), QString()},
            {QStringLiteral("diff_url"), QString()},
            {QStringLiteral("remote_location"), QStringLiteral("US-VA")}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray appsJson(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i)
        list.append(QJsonObject {
            {QStringLiteral("_id"), QStringLiteral("%1").arg(i, 24, 10, QLatin1Char('0'))},
            {QStringLiteral("client_app_id"), QStringLiteral("app%1-abcde").arg(i)},
            {QStringLiteral("name"), QStringLiteral("App %1").arg(i)},
            {QStringLiteral("location"), QStringLiteral("US-VA")},
            {QStringLiteral("deployment_model"), QStringLiteral("GLOBAL")},
            {QStringLiteral("domain_id"), QStringLiteral("6560f0c00000000000000003")},
            {QStringLiteral("group_id"), QStringLiteral("6560f0c00000000000000004")},
            {QStringLiteral("last_used"), 1764100000},
            {QStringLiteral("last_modified"), 1764100000},
            {QStringLiteral("product"), QStringLiteral("standard")},
            {QStringLiteral("environment"), QStringLiteral("production")}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Theme::apply(app);
    const QByteArray deployments = deploymentsJson(10000);
    const QByteArray apps = appsJson(1000);

    std::vector<double> historyFloor, history, endPaint, pickerFloor, picker, filter;
    int rows = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        t.start();
        const int parsed = int(ApiParsers::deployments(deployments).value.size());
        historyFloor.push_back(ms(t));
        if (parsed != 10000)
            return 1;

        DeploymentHistoryModel model;
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setModel(&model);
        view.resize(1100, 600);
        view.show();
        t.restart();
        model.setHistory(ApiParsers::deployments(deployments).value, std::nullopt);
        view.grab();
        history.push_back(ms(t));
        rows = model.rowCount();
        view.scrollToBottom();
        t.restart();
        view.grab();
        endPaint.push_back(ms(t));

        t.restart();
        const int appCount = int(ApiParsers::apps(apps).value.size());
        pickerFloor.push_back(ms(t));
        if (appCount != 1000)
            return 1;
        AppListModel list;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&list);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QTableView pickerView;
        pickerView.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        pickerView.setModel(&proxy);
        pickerView.resize(640, 480);
        pickerView.show();
        t.restart();
        list.setApps(ApiParsers::apps(apps).value);
        pickerView.grab();
        picker.push_back(ms(t));
        t.restart();
        proxy.setFilterFixedString(QStringLiteral("app99"));
        const int matches = proxy.rowCount(); // the proxy filters on first use
        filter.push_back(ms(t));
        if (matches != 11)
            return 1;
    }
    const double historyRatio = median(history) / median(historyFloor);
    const double pickerRatio = median(picker) / median(pickerFloor);
    std::printf("deployment history, %d rows (%lld kB of JSON), medians of 7 runs\n", rows,
        qlonglong(deployments.size() / 1024));
    std::printf("  parse alone (the floor)                      %8.2f ms\n", median(historyFloor));
    std::printf("  parse, fill the model, paint the first screen %7.2f ms   %.2f x floor\n",
        median(history), historyRatio);
    std::printf("  paint after jumping to the last row          %8.2f ms\n", median(endPaint));
    std::printf("app picker, 1000 apps (%lld kB of JSON)\n", qlonglong(apps.size() / 1024));
    std::printf("  parse alone (the floor)                      %8.2f ms\n", median(pickerFloor));
    std::printf("  parse, fill the model, paint the first screen %7.2f ms   %.2f x floor\n",
        median(picker), pickerRatio);
    std::printf("  filter for \"app99\" (11 matches)              %8.2f ms\n", median(filter));
    std::printf("FIGURE\tscale: 10,000-row deployment history, populate and paint\t%.1f ms\t%.1f "
                "ms\t%.2f\t<= 3.0\n",
        median(history), median(historyFloor), historyRatio);
    std::printf("FIGURE\tscale: 1,000-app picker, populate and paint\t%.1f ms\t%.1f ms\t%.2f\t<= "
                "3.0\n",
        median(picker), median(pickerFloor), pickerRatio);
    return 0;
}
