#pragma once

#include <QObject>
#include <QPointer>

class QAction;

// Keeps an action's shortcut working while a modal dialog is in front of its window. Qt gives
// a window's shortcuts nothing while a modal dialog blocks it, so Ctrl+Shift+P (Presenter
// Mode) did nothing exactly when the class was reading a dialog. Made a child of the action.
class ModalShortcut final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModalShortcut)

public:
    static void install(QAction *action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit ModalShortcut(QAction *action);

    QPointer<QAction> m_action;
};
