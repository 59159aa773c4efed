// The lists of the console with many rows: the deployment history with 10,000 deployments
// and the app picker's filter over 1,000 apps, each a median of several runs.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench_lists
#include "AppListModel.h"
#include "BenchStats.h"
#include "DeploymentHistoryModel.h"
#include "Theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <vector>

using BenchStats::median;
using BenchStats::ms;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Theme::apply(app);
    QList<Deployment> deployments;
    for (int i = 0; i < 10000; ++i) {
        Deployment d;
        d.id = QString::number(i);
        d.name = QStringLiteral("Deployment %1").arg(i);
        d.origin = QStringLiteral("UI");
        d.userId = QStringLiteral("5f0c1a2b3c4d5e6f70819203");
        d.statusText = QStringLiteral("successful");
        d.deployedAt = QDateTime::currentDateTimeUtc().addSecs(-i * 60);
        deployments.append(d);
    }
    QList<AppSummary> apps;
    for (int i = 0; i < 1000; ++i) {
        AppSummary a;
        a.id = QString::number(i);
        a.name = QStringLiteral("App %1").arg(i);
        a.clientAppId = QStringLiteral("app%1-abcde").arg(i);
        a.location = QStringLiteral("US-VA");
        a.deploymentModel = QStringLiteral("GLOBAL");
        apps.append(a);
    }

    std::vector<double> load, paint, endPaint, filter;
    for (int run = 0; run < 7; ++run) {
        DeploymentHistoryModel model;
        QTableView view;
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.setModel(&model);
        view.resize(1100, 600);
        view.show();
        QElapsedTimer t;
        t.start();
        model.setHistory(deployments, std::nullopt); // shares the list: no copy
        load.push_back(ms(t));
        t.restart();
        view.grab();
        paint.push_back(ms(t));
        view.scrollToBottom();
        t.restart();
        view.grab();
        endPaint.push_back(ms(t));

        AppListModel list;
        list.setApps(apps);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&list);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        t.restart();
        proxy.setFilterFixedString(QStringLiteral("app99"));
        const int matches = proxy.rowCount(); // the proxy filters on first use
        filter.push_back(ms(t));
        if (matches != 11)
            return 1;
    }
    std::printf("deployment history, 10000 rows: load median %.1f ms, first paint %.1f ms, paint "
                "at the end %.1f ms\n",
        median(load), median(paint), median(endPaint));
    std::printf("app picker, 1000 apps: filter \"app99\" median %.2f ms\n", median(filter));
    return 0;
}
