#pragma once

#include <QStackedWidget>

class QFormLayout;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;
struct SyncLogEntry;

// The Logs page's right side: the selected entry whole, its protocol error explained in words,
// its fields, and its messages, sync query and session metrics; a hint while none is selected.
class SyncLogDetails final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogDetails)

public:
    explicit SyncLogDetails(QWidget *parent = nullptr);

    // Shows `entry`, or the hint for null.
    void show(const SyncLogEntry *entry);

signals:
    // Copy was clicked next to the correlation id.
    void copyRequested();

private:
    QLabel *m_detailsTitle = nullptr;
    QFrame *m_explanation = nullptr;
    QLabel *m_explanationText = nullptr;
    QFormLayout *m_fields = nullptr;
    QPushButton *m_copy = nullptr;
    QPlainTextEdit *m_detailsText = nullptr;
};
