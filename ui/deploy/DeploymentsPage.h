#pragma once

#include <QWidget>

class DeploymentHistoryModel;
class QPushButton;
class QTableView;
class SyncController;

// The Deploy entry of the navigation: the recent deployments with the pending draft on top,
// and Redeploy (confirmed first) for the selected one.
class DeploymentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentsPage)

public:
    explicit DeploymentsPage(SyncController *controller, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    DeploymentHistoryModel *model() const { return m_model; }

signals:
    // The person asked to redeploy this deployment; the main window confirms it first.
    void redeployRequested(const QString &deploymentId, const QString &name);

private:
    void render();
    void updateButton();

    SyncController *m_controller;
    DeploymentHistoryModel *m_model;
    QTableView *m_table;
    QPushButton *m_redeploy;
};
