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
    // Writes the log as JSON lines to `path`; exported() or exportFailed() tells the outcome.
    void exportTo(const QString &path);

signals:
    // A call was put on the clipboard as a curl command.
    void copied(const QString &curl);
    void exported(const QString &path);
    // The export failed; `message` says why.
    void exportFailed(const QString &message);

private:
    void exportLog();

    ActivityLog *m_log;
    QSortFilterProxyModel *m_filtered;
    QLineEdit *m_filter;
    QTableView *m_table;
    QPushButton *m_copy;
};
