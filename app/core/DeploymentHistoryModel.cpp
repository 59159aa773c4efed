#include "DeploymentHistoryModel.h"

DeploymentHistoryModel::DeploymentHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeploymentHistoryModel::setHistory(
    const QList<Deployment> &deployments, const std::optional<Draft> &draft)
{
    beginResetModel();
    m_deployments = deployments;
    m_draft = draft;
    endResetModel();
}

const Deployment *DeploymentHistoryModel::deployment(int row) const
{
    const int index = row - (m_draft ? 1 : 0);
    return index >= 0 && index < m_deployments.size() ? &m_deployments[index] : nullptr;
}

int DeploymentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deployments.size()) + (m_draft ? 1 : 0);
}

int DeploymentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Deployment *d = deployment(index.row());
    if (role == IsDraftRole)
        return d == nullptr;
    if (role == DeploymentIdRole)
        return d ? d->id : m_draft->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (!d) {
        switch (index.column()) {
        case Name:
            return tr("Draft (not deployed)");
        case Status:
            return tr("pending changes");
        case User:
            return m_draft->userId;
        default:
            return QString();
        }
    }
    switch (index.column()) {
    case Time:
        return d->deployedAt.isValid()
            ? d->deployedAt.toLocalTime().toString(QStringLiteral("MM/dd/yyyy HH:mm:ss"))
            : QString();
    case Name:
        return d->name;
    case Origin:
        return d->origin;
    case User:
        return d->userId;
    case Status:
        return d->statusText;
    case Error:
        return d->statusErrorMessage;
    default:
        break;
    }
    return {};
}

QVariant DeploymentHistoryModel::headerData(
    int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Deployed At");
    case Name:
        return tr("Name");
    case Origin:
        return tr("Origin");
    case User:
        return tr("User");
    case Status:
        return tr("Status");
    case Error:
        return tr("Error");
    default:
        break;
    }
    return {};
}
