#include "ModalShortcut.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

void ModalShortcut::install(QAction *action)
{
    new ModalShortcut(action);
}

ModalShortcut::ModalShortcut(QAction *action)
    : QObject(action)
    , m_action(action)
{
    qApp->installEventFilter(this);
}

bool ModalShortcut::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !m_action || !m_action->isEnabled()
        || m_action->shortcut().isEmpty())
        return false;
    QWidget *modal = QApplication::activeModalWidget();
    auto *target = qobject_cast<QWidget *>(watched);
    // Only a key meant for the modal dialog itself; without one, the shortcut works as usual.
    if (!modal || !target || target->window() != modal)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    if (QKeySequence(key->keyCombination()) != m_action->shortcut())
        return false;
    m_action->trigger();
    return true;
}
