#include "AppPickerDialog.h"

#include "AppListModel.h"
#include "ObjectNames.h"
#include "StyleRole.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

AppPickerDialog::AppPickerDialog(
    const QList<AppSummary> &apps, const QString &currentAppId, QWidget *parent)
    : ConsoleDialog(parent)
    , m_model(new AppListModel(this))
    , m_filtered(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(ObjectName::appPickerDialog);
    setWindowTitle(tr("Choose an App"));
    titleLabel()->setText(windowTitle());
    StyleRole::apply(titleLabel(), StyleRole::dialogHeading);
    setMinimumWidth(760);
    m_model->setApps(apps);
    m_filtered->setSourceModel(m_model);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(ObjectName::appFilter);
    m_filter->setPlaceholderText(tr("Filter by name, client app id, location"));
    m_filter->setAccessibleName(tr("Filter the apps"));
    body()->addWidget(m_filter);
    m_table->setObjectName(ObjectName::appTable);
    m_table->setAccessibleName(tr("Apps", "the table of apps to choose from"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AppListModel::Name, 220);
    m_table->setColumnWidth(AppListModel::ClientAppId, 240);
    m_table->setMinimumHeight(320);
    body()->addWidget(m_table);

    auto *cancel = addButton(tr("Cancel"), ObjectName::cancelButton);
    m_open = addButton(
        tr("&Open", "button: open the chosen app"), ObjectName::openAppButton, "primary");
    m_open->setDefault(true);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    const auto choose = [this] {
        const QString id = chosenAppId();
        if (id.isEmpty())
            return;
        emit appChosen(id);
        accept();
    };
    connect(m_open, &QPushButton::clicked, this, choose);
    connect(m_table, &QTableView::doubleClicked, this, choose);
    connect(m_filter, &QLineEdit::textChanged, m_filtered,
        &QSortFilterProxyModel::setFilterFixedString);
    const auto updateOpen = [this] { m_open->setEnabled(!chosenAppId().isEmpty()); };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateOpen);
    connect(m_filtered, &QAbstractItemModel::modelReset, this, updateOpen);
    connect(m_filtered, &QAbstractItemModel::layoutChanged, this, updateOpen);
    const int row = m_model->rowOf(currentAppId);
    m_table->selectRow(row >= 0 ? m_filtered->mapFromSource(m_model->index(row, 0)).row() : 0);
    updateOpen();
    m_filter->setFocus();
}

QString AppPickerDialog::chosenAppId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_filtered->data(rows.first(), AppListModel::AppIdRole).toString();
}
