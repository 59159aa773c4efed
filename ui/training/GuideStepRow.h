#pragma once

#include <QFrame>

class QLabel;

// One step in the Guide panel: its number ("2.1") or a check once done, and its text; the
// current step is highlighted.
class GuideStepRow final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideStepRow)

public:
    // TimeMoved: done, because the simulator's clock was moved past it (shown as done, and said).
    enum class State { Pending, Current, Done, Skipped, TimeMoved };

    GuideStepRow(const QString &number, const QString &text, QWidget *parent = nullptr);

    void setState(State state);
    State state() const { return m_state; }
    QString text() const;

private:
    QLabel *m_mark;
    QLabel *m_text;
    QString m_plainText;
    QString m_number;
    State m_state = State::Pending;
};
