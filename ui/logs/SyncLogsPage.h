#pragma once

#include "SyncLogModel.h"
#include "SyncLogTable.h"

#include <QWidget>

class QComboBox;
class SyncLogDetails;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;

// The Logs entry of the navigation: the app's Sync log entries, newest first, with filters on
// top (type, errors, time, user, and a text search over what has been read), Follow, and the
// selected entry whole beside the list, its protocol error explained in words. Older entries
// are paged in as the list scrolls; Follow polls for new ones only while the page is shown.
class SyncLogsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogsPage)

public:
    explicit SyncLogsPage(SyncLogModel *model, QWidget *parent = nullptr);

    SyncLogModel *model() const { return m_model; }
    SyncLogTable *table() const { return m_table; }
    QSortFilterProxyModel *filtered() const { return m_filtered; }
    // What the filter bar asks for, its time range counted back from `now`.
    SyncLogModel::Filter filterFromFields(const QDateTime &now) const;
    // The entry the details show, or null.
    const SyncLogEntry *shownEntry() const;

signals:
    // The correlation id of the entry shown was put on the clipboard.
    void copied(const QString &correlationId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildFilterBar();
    void applyFilter();
    void updateFollowing();
    void renderState();
    void showSelected();
    void showEntry(const SyncLogEntry *entry);

    SyncLogModel *m_model;
    QSortFilterProxyModel *m_filtered;
    QComboBox *m_type = nullptr;
    QComboBox *m_errors = nullptr;
    QComboBox *m_range = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_follow = nullptr;
    QFrame *m_problem = nullptr;
    QLabel *m_problemText = nullptr;
    QLabel *m_malformed = nullptr;
    QStackedWidget *m_listArea = nullptr;
    QLabel *m_empty = nullptr;
    SyncLogTable *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    SyncLogDetails *m_details = nullptr;
    QString m_shownId;
    QString m_appliedUser;
    bool m_shown = false;
};
