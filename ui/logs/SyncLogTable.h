#pragma once

#include <QTableView>

// The Logs page's table. Rows paged in below the last one on screen change nothing that is
// shown: the table then only moves its scroll bar, where a QTableView repaints every visible
// cell after each page (its delayed layout updates the whole viewport), and shaping and eliding
// those cells' texts again was most of the time the page took to read 10,000 entries. Any other
// change (rows on screen or above, removed, moved, a reset, a new layout) repaints as usual.
class SyncLogTable final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogTable)

public:
    explicit SyncLogTable(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    void reset() override;
    void doItemsLayout() override;

    // The columns' widths at 100 %, the last one taking the rest. When the table is too narrow
    // for them (the Guide docked beside the page, presenter mode), the columns before the last
    // give up room, down to half their width, then the right-most of them are hidden, so the
    // last one (the entry's status, the error) stays on screen.
    void setColumnWidths(const QList<int> &px, int lastAtLeast);

    // Layouts that repainted the viewport, and those that only moved the scroll bar, since the
    // table was made: what tst_synclogspage counts.
    int fullLayouts() const { return m_fullLayouts; }
    int quietLayouts() const { return m_quietLayouts; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

protected slots:
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;

private:
    void fitColumns();

    QList<int> m_widths;
    int m_lastAtLeast = 0;
    // Only rows below the last one on screen came since the last layout.
    bool m_onlyBelow = false;
    // A change since the last layout that may show: the next layout repaints.
    bool m_changed = false;
    int m_fullLayouts = 0;
    int m_quietLayouts = 0;
};
