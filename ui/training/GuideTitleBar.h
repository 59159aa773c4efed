#pragma once

#include <QFrame>

class QDockWidget;
class QLabel;
class QToolButton;

// The Guide's title bar: its title, and its float and close buttons grown with the text in
// presenter mode. The dock's own buttons keep the style's fixed 13 px, their icons clipped and
// the × against the window's edge at 150 %.
class GuideTitleBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideTitleBar)

public:
    explicit GuideTitleBar(QDockWidget *dock);

    QToolButton *floatButton() const { return m_float; }
    QToolButton *closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rescale();

    QDockWidget *m_dock;
    QLabel *m_title;
    QToolButton *m_float;
    QToolButton *m_close;
};
