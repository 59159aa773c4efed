#include "WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QWheelEvent>

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{ }

WheelGuard *WheelGuard::instance()
{
    // One filter for the whole application, deleted with it.
    static WheelGuard *guard = new WheelGuard(QCoreApplication::instance());
    return guard;
}

void WheelGuard::guard(QWidget *box)
{
    if (!box || box->property("wheelGuarded").toBool())
        return;
    box->setProperty("wheelGuarded", true);
    if (box->focusPolicy() == Qt::WheelFocus)
        box->setFocusPolicy(Qt::StrongFocus);
    box->installEventFilter(instance());
}

void WheelGuard::guardChildren(QWidget *root)
{
    if (!root)
        return;
    for (QComboBox *box : root->findChildren<QComboBox *>())
        guard(box);
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>())
        guard(box);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return QObject::eventFilter(watched, event);
    auto *box = qobject_cast<QWidget *>(watched);
    if (!box || box->hasFocus())
        return false; // a focused box is being used: it takes the wheel
    // The page scrolls instead: the nearest scroll area around the box gets the wheel.
    auto *wheel = static_cast<QWheelEvent *>(event);
    for (QWidget *w = box->parentWidget(); w; w = w->parentWidget()) {
        auto *area = qobject_cast<QAbstractScrollArea *>(w);
        if (!area)
            continue;
        QWidget *viewport = area->viewport();
        const QPointF at = viewport->mapFromGlobal(wheel->globalPosition());
        QWheelEvent forwarded(at, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(),
            wheel->buttons(), wheel->modifiers(), wheel->phase(), wheel->inverted(),
            wheel->source());
        QCoreApplication::sendEvent(viewport, &forwarded);
        return true;
    }
    event->ignore(); // no page to scroll: the window may use it
    return true;
}
