#pragma once

#include <QWidget>

class ActivityLog;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

// Every Admin API call the console made, newest first, filterable; Copy as curl for the
// selected call (secrets as placeholders) and Export as JSON lines.
class ActivityPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    explicit ActivityPage(ActivityLog *log, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *filtered() const { return m_filtered; }
    // The curl command for the selected call, as Copy as curl puts it on the clipboard.
    QString selectedCurl() const;

signals:
    void copied(const QString &what);

private:
    void exportLog();

    ActivityLog *m_log;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_copy;
};
