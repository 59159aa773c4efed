#include "ConsoleStyle.h"

#include "Theme.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

ConsoleStyle::ConsoleStyle()
    : QProxyStyle()
{ }

int ConsoleStyle::pixelMetric(
    PixelMetric metric, const QStyleOption *option, const QWidget *widget) const
{
    const int base = QProxyStyle::pixelMetric(metric, option, widget);
    switch (metric) {
    case PM_IndicatorWidth:
    case PM_IndicatorHeight:
    case PM_ExclusiveIndicatorWidth:
    case PM_ExclusiveIndicatorHeight:
        return Theme::scaled(base);
    default:
        return base;
    }
}

int ConsoleStyle::styleHint(
    StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *returnData) const
{
    if (hint == SH_UnderlineShortcut)
        return m_altHeld ? 1 : 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void ConsoleStyle::polish(QApplication *application)
{
    QProxyStyle::polish(application);
    application->installEventFilter(this); // Alt pressed and released, anywhere
}

void ConsoleStyle::unpolish(QApplication *application)
{
    application->removeEventFilter(this);
    setAltHeld(false);
    QProxyStyle::unpolish(application);
}

bool ConsoleStyle::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Alt || key->key() == Qt::Key_AltGr)
            setAltHeld(event->type() == QEvent::KeyPress);
        else if (!key->modifiers().testFlag(Qt::AltModifier))
            setAltHeld(false);
        break;
    }
    case QEvent::ApplicationDeactivate:
        setAltHeld(false); // Alt+Tab away: its release goes to another application
        break;
    default:
        break;
    }
    return QProxyStyle::eventFilter(watched, event);
}

void ConsoleStyle::setAltHeld(bool held)
{
    if (m_altHeld == held)
        return;
    m_altHeld = held;
    // Every window shown draws its mnemonics again, with or without their underline.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        if (w->isVisible())
            w->update();
}
