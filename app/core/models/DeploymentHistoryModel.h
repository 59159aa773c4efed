#pragma once

#include "Deployment.h"
#include "Draft.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

// The app's recent deployments, newest first, with the pending draft on top when there is one:
// time, name, origin, user, status and error message.
class DeploymentHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentHistoryModel)

public:
    enum Column { Time, Name, Origin, User, Status, Error, ColumnCount };
    enum Role { DeploymentIdRole = Qt::UserRole + 1, IsDraftRole };

    explicit DeploymentHistoryModel(QObject *parent = nullptr);

    void setHistory(const QList<Deployment> &deployments, const std::optional<Draft> &draft);
    bool hasDraftRow() const { return !m_rows.isEmpty() && m_rows.first().isDraft; }
    // The deployment shown in `row`; nullptr for the draft row.
    const Deployment *deployment(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        bool isDraft = false;
        Deployment deployment;
        Draft draft;

        QString key() const { return isDraft ? QLatin1String("draft:") + draft.id : deployment.id; }
    };

    QList<Row> m_rows;
};
