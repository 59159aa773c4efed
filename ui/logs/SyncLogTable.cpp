#include "SyncLogTable.h"

#include <utility>

SyncLogTable::SyncLogTable(QWidget *parent)
    : QTableView(parent)
{ }

void SyncLogTable::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    // Whatever else reshapes the rows is shown as QTableView shows it.
    const auto changed = [this] { m_changed = true; };
    connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    connect(model, &QAbstractItemModel::rowsMoved, this, changed);
    connect(model, &QAbstractItemModel::columnsInserted, this, changed);
    connect(model, &QAbstractItemModel::columnsRemoved, this, changed);
    connect(model, &QAbstractItemModel::columnsMoved, this, changed);
}

void SyncLogTable::reset()
{
    m_changed = true;
    QTableView::reset();
}

void SyncLogTable::rowsInserted(const QModelIndex &parent, int start, int end)
{
    // The rows before `start` are as they were: when the viewport's bottom edge shows one of
    // them, the new rows are all below it.
    const int lastShown = rowAt(viewport()->height() - 1);
    if (!parent.isValid() && lastShown >= 0 && start > lastShown)
        m_onlyBelow = true;
    else
        m_changed = true;
    QTableView::rowsInserted(parent, start, end);
}

void SyncLogTable::rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end)
{
    m_changed = true;
    QTableView::rowsAboutToBeRemoved(parent, start, end);
}

void SyncLogTable::doItemsLayout()
{
    const bool changed = std::exchange(m_changed, false);
    const bool onlyBelow = std::exchange(m_onlyBelow, false);
    if (onlyBelow && !changed) {
        // The scroll bar's range and the headers' geometry; no cell on screen moved.
        ++m_quietLayouts;
        updateGeometries();
        return;
    }
    ++m_fullLayouts;
    QTableView::doItemsLayout();
}
