#include "ConsoleStyle.h"

#include "Theme.h"

#include <QApplication>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QIcon>
#include <QStyleOptionMenuItem>
#include <QtMath>
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

QSize ConsoleStyle::sizeFromContents(
    ContentsType type, const QStyleOption *option, const QSize &size, const QWidget *widget) const
{
    QSize needed = QProxyStyle::sizeFromContents(type, option, size, widget);
    const auto *item = qstyleoption_cast<const QStyleOptionMenuItem *>(option);
    if (type != CT_MenuItem || !item || item->text.isEmpty())
        return needed;
    // `size` holds the text's width as QMenu measured it; the style draws the text in at
    // least that width, elided with the font it draws with. Widen the item until that
    // elision keeps the whole text.
    const QString text = item->text.section(QLatin1Char('\t'), 0, 0);
    QFont font = item->font;
    font.setPointSizeF(QFontInfo(item->font).pointSizeF()); // as the Fusion style draws it
    const QFontMetricsF metrics(font);
    const int flags = Qt::TextShowMnemonic | Qt::TextSingleLine;
    const auto whole = [&](int width) {
        QString shown = metrics.elidedText(text, Qt::ElideMiddle, width, flags);
        return shown.remove(QLatin1Char('&')) == QString(text).remove(QLatin1Char('&'));
    };
    int width = size.width();
    const int limit = width + qCeil(metrics.height()) * 4;
    while (width < limit && !whole(width))
        ++width;
    needed.rwidth() += width - size.width();
    return needed;
}

int ConsoleStyle::styleHint(
    StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *returnData) const
{
    if (hint == SH_UnderlineShortcut)
        return m_altHeld ? 1 : 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

QIcon ConsoleStyle::standardIcon(
    StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return Theme::icon(QStringLiteral(":/icons/chevrons-right.svg"));
    case SP_ToolBarVerticalExtensionButton:
        return Theme::icon(QStringLiteral(":/icons/chevrons-down.svg"));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
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
