#include "ActivityPage.h"

#include "ActivityLog.h"
#include "CurlCommand.h"
#include "ObjectNames.h"
#include "StyleRole.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

ActivityPage::ActivityPage(ActivityLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_filtered(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_copy(new QPushButton(tr("Copy as curl"), this))
{
    setObjectName(ObjectName::activityPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 24, 24);
    layout->setSpacing(16);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Activity", "page title: the REST calls the console made"), this);
    StyleRole::apply(title, StyleRole::pageTitle);
    m_filter->setObjectName(ObjectName::activityFilter);
    m_filter->setPlaceholderText(tr("Filter by method, path, status or error"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the activity"));
    m_copy->setObjectName(ObjectName::copyCurlButton);
    m_copy->setEnabled(false);
    auto *exportButton = new QPushButton(tr("Export\u2026"), this);
    exportButton->setObjectName(ObjectName::exportActivityButton);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_filter, 1);
    header->addWidget(m_copy);
    header->addWidget(exportButton);
    layout->addLayout(header);

    m_filtered->setSourceModel(log);
    m_filtered->setFilterKeyColumn(-1);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setObjectName(ObjectName::activityTable);
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(28);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ActivityLog::Time, 190);
    m_table->setColumnWidth(ActivityLog::Path, 420);
    m_table->setAccessibleName(tr("Admin API calls"));
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_filtered,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { m_copy->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString curl = selectedCurl();
        if (curl.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(curl);
        emit copied(curl);
    });
    connect(exportButton, &QPushButton::clicked, this, &ActivityPage::exportLog);
}

QString ActivityPage::selectedCurl() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return CurlCommand::build(m_log->record(m_filtered->mapToSource(rows.first()).row()));
}

void ActivityPage::exportLog()
{
    auto *dialog
        = new QFileDialog(this, tr("Export the activity"), QString(), tr("JSON lines (*.jsonl)"));
    dialog->setObjectName(ObjectName::exportActivityDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("jsonl"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ActivityPage::exportTo);
    dialog->open();
}

void ActivityPage::exportTo(const QString &path)
{
    QString problem;
    if (m_log->exportTo(path, &problem))
        emit exported(path);
    else
        emit exportFailed(tr("The activity could not be exported: %1").arg(problem));
}
