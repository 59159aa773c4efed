#include "DeploymentHistoryModel.h"

#include "DisplayTime.h"

DeploymentHistoryModel::DeploymentHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeploymentHistoryModel::setHistory(
    const QList<Deployment> &deployments, const std::optional<Draft> &draft)
{
    QList<Row> rows;
    rows.reserve(deployments.size() + 1);
    if (draft)
        rows.append({true, {}, *draft});
    for (const Deployment &d : deployments)
        rows.append({false, d, {}});

    // The list moves by its ends: a new deployment or a draft on top, the oldest dropping off
    // the bottom. Rows are inserted and removed there, and the run of rows both lists share
    // keeps its place (and the view its selection); only an unrelated list resets the model.
    qsizetype oldStart = 0;
    qsizetype newStart = -1;
    for (; oldStart < m_rows.size(); ++oldStart) {
        const QString key = m_rows[oldStart].key();
        for (qsizetype i = 0; i < rows.size() && newStart < 0; ++i)
            if (rows[i].key() == key)
                newStart = i;
        if (newStart >= 0)
            break;
    }
    if (newStart < 0 && (m_rows.isEmpty() || rows.isEmpty())) {
        newStart = 0; // all rows come, or all go: no row to keep in place
        oldStart = m_rows.size();
    }
    if (newStart < 0) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    qsizetype shared = 0;
    while (oldStart + shared < m_rows.size() && newStart + shared < rows.size()
        && m_rows[oldStart + shared].key() == rows[newStart + shared].key())
        ++shared;

    if (oldStart + shared < m_rows.size()) {
        beginRemoveRows({}, int(oldStart + shared), int(m_rows.size()) - 1);
        m_rows.resize(oldStart + shared);
        endRemoveRows();
    }
    if (oldStart > 0) {
        beginRemoveRows({}, 0, int(oldStart) - 1);
        m_rows.remove(0, oldStart);
        endRemoveRows();
    }
    if (newStart > 0) {
        beginInsertRows({}, 0, int(newStart) - 1);
        m_rows = rows.mid(0, newStart) + m_rows;
        endInsertRows();
    }
    if (newStart + shared < rows.size()) {
        beginInsertRows({}, int(newStart + shared), int(rows.size()) - 1);
        m_rows += rows.mid(newStart + shared);
        endInsertRows();
    }
    // The shared rows may have moved on (a deployment's status): say so, row by row.
    for (qsizetype i = newStart; i < newStart + shared; ++i) {
        const Row &now = rows[i];
        Row &was = m_rows[i];
        if (now.deployment == was.deployment && now.draft == was.draft)
            continue;
        was = now;
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

const Deployment *DeploymentHistoryModel::deployment(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows[row].isDraft ? &m_rows[row].deployment
                                                                   : nullptr;
}

int DeploymentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Deployment *d = row.isDraft ? nullptr : &row.deployment;
    if (role == IsDraftRole)
        return d == nullptr;
    if (role == DeploymentIdRole)
        return d ? d->id : row.draft.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (!d) {
        switch (index.column()) {
        case Name:
            return tr("Draft (not deployed)");
        case Status:
            return tr("pending changes");
        case User:
            return row.draft.userId;
        default:
            return QString();
        }
    }
    switch (index.column()) {
    case Time:
        return DisplayTime::dateTime(d->deployedAt);
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
        return tr("Deployed At", "deployment history column: date and time");
    case Name:
        return tr("Name", "deployment history column: deployment name");
    case Origin:
        return tr("Origin", "deployment history column: where the deployment came from");
    case User:
        return tr("User", "deployment history column: who deployed");
    case Status:
        return tr("Status", "deployment history column: deployment status");
    case Error:
        return tr("Error", "deployment history column: the error message");
    default:
        break;
    }
    return {};
}
