#include "DeploymentsPage.h"

#include "DeploymentHistoryModel.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "SyncController.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DeploymentsPage::DeploymentsPage(SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new DeploymentHistoryModel(this))
    , m_table(new QTableView(this))
    , m_redeploy(
          new QPushButton(tr("Redeploy", "button: deploy an earlier deployment again"), this))
{
    setObjectName(ObjectName::deploymentsPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 24, 24);
    layout->setSpacing(16);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Deployment History"), this);
    title->setObjectName(ObjectName::deploymentsTitle);
    StyleRole::apply(title, StyleRole::pageTitle);
    m_redeploy->setObjectName(ObjectName::redeployButton);
    m_redeploy->setToolTip(tr("Deploy the selected deployment's configuration again"));
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_redeploy);
    layout->addLayout(header);

    m_table->setObjectName(ObjectName::deploymentsTable);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // smooth with many rows
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Deployments", "page title"));
    m_table->setWordWrap(false);
    m_table->setColumnWidth(DeploymentHistoryModel::Time, 170);
    m_table->setColumnWidth(DeploymentHistoryModel::Name, 220);
    layout->addWidget(m_table, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DeploymentsPage::updateButton);
    connect(m_redeploy, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        if (const Deployment *d = m_model->deployment(rows.first().row()))
            emit redeployRequested(d->id, d->name);
    });
    connect(m_controller, &SyncController::deploymentsChanged, this, &DeploymentsPage::render);
    connect(m_controller, &SyncController::draftChanged, this, &DeploymentsPage::render);
    connect(m_controller, &SyncController::activityChanged, this, &DeploymentsPage::updateButton);
    render();
}

void DeploymentsPage::render()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString selected = rows.isEmpty()
        ? QString()
        : m_model->data(rows.first(), DeploymentHistoryModel::DeploymentIdRole).toString();
    m_model->setHistory(m_controller->deployments(), m_controller->draft());
    for (int row = 0; row < m_model->rowCount() && !selected.isEmpty(); ++row)
        if (m_model->data(m_model->index(row, 0), DeploymentHistoryModel::DeploymentIdRole)
                .toString()
            == selected)
            m_table->selectRow(row);
    updateButton();
}

void DeploymentsPage::updateButton()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool deployment = !rows.isEmpty() && m_model->deployment(rows.first().row()) != nullptr;
    m_redeploy->setEnabled(deployment && !m_controller->isBusy());
}
