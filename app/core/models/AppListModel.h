#pragma once

#include "AppSummary.h"

#include <QAbstractTableModel>
#include <QList>

// A project's apps for the app picker: name, client app id, location, deployment model.
// Filter it with a QSortFilterProxyModel; a thousand rows cost nothing to show.
class AppListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppListModel)

public:
    enum Column { Name, ClientAppId, Location, DeploymentModel, ColumnCount };
    enum Role { AppIdRole = Qt::UserRole + 1 };

    explicit AppListModel(QObject *parent = nullptr);

    void setApps(const QList<AppSummary> &apps);
    const AppSummary &app(int row) const { return m_apps.at(row); }
    int rowOf(const QString &appId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AppSummary> m_apps;
};
