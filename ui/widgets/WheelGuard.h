#pragma once

#include <QObject>

class QWidget;

// Keeps the mouse wheel from changing a form's values while the user scrolls the page: a combo
// box or spin box guarded by it takes the wheel only once it has the focus (a click or Tab);
// until then the wheel scrolls the scroll area around it. Every view guards its boxes with
// guardChildren() once they are made.
class WheelGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    // Guards `box` (a QComboBox or QAbstractSpinBox): it no longer takes the focus from the
    // wheel, and ignores the wheel while it does not have the focus.
    static void guard(QWidget *box);
    // Guards every combo box and spin box under `root`.
    static void guardChildren(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
    static WheelGuard *instance();
};
