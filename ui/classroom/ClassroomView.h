#pragma once

#include <QWidget>

class ClassroomClient;
class ClassroomModel;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

// The instructor's view of a classroom simulator (View ▸ Classroom, or sync-console
// --classroom-view): the table of seats, read every few seconds; a seat's activity beside it
// when clicked; reset a seat, or every seat after a confirmation; move the class's clock; the
// summary below (who finished, in what time, which mistakes); export as CSV or Markdown.
class ClassroomView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassroomView)

public:
    static constexpr int PollIntervalMs = 3000;

    // Reads the class through `client` (not owned); polls while shown.
    explicit ClassroomView(ClassroomClient *client, QWidget *parent = nullptr);

    ClassroomModel *model() const { return m_model; }
    // Writes the table to `path`: Markdown for *.md, CSV otherwise. False with `problem`.
    bool exportTo(const QString &path, QString *problem) const;

signals:
    void exported(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showState();
    void showSelectedSeat();
    int selectedSeat() const;
    void resetSeat();
    void confirmResetAll();
    void moveClock();
    void chooseExportFile();
    void showProblem(const QString &problem);

    ClassroomClient *m_client;
    ClassroomModel *m_model;
    QLabel *m_title;
    QLabel *m_status;
    QTableView *m_table;
    QLabel *m_activityTitle;
    QPlainTextEdit *m_activity;
    QLabel *m_summary;
    QPushButton *m_resetSeat;
    QSpinBox *m_minutes;
};
