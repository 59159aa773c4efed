#pragma once

#include <QLatin1String>
#include <QList>
#include <QPointer>
#include <QWidget>

class QTimer;

// An outline drawn around a control, to show a person which one to use next: a transparent,
// mouse-transparent child of the control's window that follows the control as it moves,
// resizes, shows and hides (an event filter), across dialogs. The control is found by its
// object name, in the dialog named for it or in the home window, and looked for again while it
// is not on screen. The guide and autoplay share it.
class ControlOutline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlOutline)

public:
    // `home`: the main window, which owns the outline and the dialogs.
    explicit ControlOutline(QWidget *home);

    // Outlines the first visible of `controls`, inside the open dialog named `dialog` (empty:
    // the home window). Empty `controls`: nothing is outlined.
    void follow(const QString &dialog, const QList<QLatin1String> &controls);
    // Outlines `control` itself; null: nothing.
    void setTarget(QWidget *control);
    // Off: nothing is drawn, nothing is looked for.
    void setActive(bool active);
    QWidget *target() const { return m_target; }
    // Where the outline is drawn, in the target window's coordinates; empty when hidden.
    QRect outlinedRect() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *locate() const;
    void attach(QWidget *target);
    void detach();
    void place();
    void reveal();
    void look();

    QPointer<QWidget> m_home;
    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_watched; // the target and its ancestors up to its window
    QString m_dialog;
    QList<QLatin1String> m_controls;
    bool m_byName = false;
    bool m_active = true;
    bool m_reveal = false; // the target is still to be scrolled into view whole
    QTimer *m_look;
};
