#include "AppListModel.h"

AppListModel::AppListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AppListModel::setApps(const QList<AppSummary> &apps)
{
    beginResetModel();
    m_apps = apps;
    endResetModel();
}

int AppListModel::rowOf(const QString &appId) const
{
    for (int i = 0; i < m_apps.size(); ++i)
        if (m_apps[i].id == appId)
            return i;
    return -1;
}

int AppListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_apps.size());
}

int AppListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AppSummary &a = m_apps.at(index.row());
    if (role == AppIdRole)
        return a.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return a.name;
    case ClientAppId:
        return a.clientAppId;
    case Location:
        return a.location;
    case DeploymentModel:
        return a.deploymentModel;
    default:
        break;
    }
    return {};
}

QVariant AppListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name", "app list column: the app name");
    case ClientAppId:
        return tr("Client App ID");
    case Location:
        return tr("Location", "app list column: cloud region");
    case DeploymentModel:
        return tr("Deployment Model", "app list column: global or local deployment");
    default:
        break;
    }
    return {};
}
