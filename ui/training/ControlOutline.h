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
// is not on screen. A control on a tab page that is not shown is pointed at through its tab:
// the tab is outlined until it is opened. The guide and autoplay share it.
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
    // The control outlined, or the tab bar whose tab `tab()` shows the control.
    QWidget *target() const { return m_target; }
    // The tab outlined on target(), a tab bar; -1 when target() is the control itself.
    int tab() const { return m_tab; }
    // Where the outline is drawn, in the target window's coordinates; empty when hidden.
    QRect outlinedRect() const;

signals:
    // It outlines another control, or another tab, or nothing any more.
    void targetChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QWidget *locate() const;
    // The control asked for, on a page a tab shows, when it is nowhere on screen: *tab is set
    // to that tab.
    QWidget *locateBehindATab(int *tab) const;
    void attach(QWidget *target, int tab = -1, QWidget *behind = nullptr);
    void detach();
    void place();
    void reveal();
    void look();

    QPointer<QWidget> m_home;
    QPointer<QWidget> m_target;
    int m_tab = -1;
    QPointer<QWidget> m_behind; // the control asked for, while its tab is outlined
    QList<QPointer<QWidget>> m_watched; // the target and its ancestors up to its window
    QString m_dialog;
    QList<QLatin1String> m_controls;
    bool m_byName = false;
    bool m_active = true;
    bool m_reveal = false; // the target is still to be scrolled into view whole
    QTimer *m_look;
};
