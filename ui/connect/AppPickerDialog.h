#pragma once

#include "AppSummary.h"
#include "ConsoleDialog.h"

class AppListModel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Picks one of a project's apps: name, client app id, location and deployment model, with a
// filter box. A model and a view, so a project with a thousand apps stays quick.
class AppPickerDialog final : public ConsoleDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppPickerDialog)

public:
    AppPickerDialog(
        const QList<AppSummary> &apps, const QString &currentAppId, QWidget *parent = nullptr);

    AppListModel *model() const { return m_model; }
    QSortFilterProxyModel *filtered() const { return m_filtered; }
    QString chosenAppId() const;

signals:
    void appChosen(const QString &appId);

private:
    AppListModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_open;
};
