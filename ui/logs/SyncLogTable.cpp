#include "SyncLogTable.h"

#include "Theme.h"

#include <QEvent>
#include <QHeaderView>
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

void SyncLogTable::setColumnWidths(const QList<int> &px, int lastAtLeast)
{
    m_widths = px;
    m_lastAtLeast = lastAtLeast;
    fitColumns();
}

void SyncLogTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void SyncLogTable::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumns(); // presenter mode
}

void SyncLogTable::fitColumns()
{
    if (m_widths.isEmpty())
        return;
    // What the columns before the last may take. The first (the time) stays whole while it can:
    // the others give up to half their width first, and when that is not enough, the right-most
    // of them (SDK / Platform, then User, then Type) goes from the table; the details beside it
    // still show them. Only then does the first give way, down to half its width.
    const int room = viewport()->width() - Theme::scaled(m_lastAtLeast);
    const int first = Theme::scaled(m_widths.first());
    int shown = int(m_widths.size());
    int others = 0;
    for (int column = 1; column < shown; ++column)
        others += Theme::scaled(m_widths.at(column));
    while (shown > 1 && first + others / 2 > room)
        others -= Theme::scaled(m_widths.at(--shown));
    const double share
        = others > 0 && first + others > room ? qMax(0.5, double(room - first) / others) : 1.0;
    setColumnWidth(0, shown > 1 ? first : qBound(first / 2, room, first));
    for (int column = 1; column < m_widths.size(); ++column) {
        setColumnHidden(column, column >= shown);
        if (column < shown)
            setColumnWidth(column, int(Theme::scaled(m_widths.at(column)) * share));
    }
}
