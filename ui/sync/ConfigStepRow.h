#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;
class QHBoxLayout;

// One configuration step of the Sync page: a done mark (green check) or a numbered circle,
// the title, a description underneath, and on the right a summary or a control.
class ConfigStepRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigStepRow)

public:
    ConfigStepRow(int number, const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    bool isDone() const { return m_done; }
    void setDone(bool done);
    // Numbered: `current` fills the circle; otherwise it is outlined and the title greyed.
    void setCurrent(bool current);
    void setDescription(const QString &text);
    void setSummary(const QString &text);
    QString summary() const;
    // A control on the right (a cluster picker, an editor...); the row keeps it.
    void setControl(QWidget *control);
    QVBoxLayout *details() const { return m_details; }
    void setExpanded(bool expanded);

private:
    void repolish(QWidget *widget);

    int m_number;
    QLabel *m_mark;
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_summary;
    QLabel *m_chevron;
    QHBoxLayout *m_controlRow;
    QVBoxLayout *m_details;
    QWidget *m_control = nullptr;
    bool m_done = false;
    bool m_expanded = false;
};
