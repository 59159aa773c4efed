#include "Theme.h"

#include "ConsoleStyle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFont>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QLayout>
#include <QRegularExpression>
#include <utility>

namespace {

int current = 100;

QString baseStyleSheet()
{
    QFile style(QStringLiteral(":/style/sync-console.qss"));
    return style.open(QIODevice::ReadOnly) ? QString::fromUtf8(style.readAll()) : QString();
}

// The unscaled sizes a widget asked for, kept on the widget so apply() can scale them again.
constexpr char fixedWidthKey[] = "_theme_fixed_width";
constexpr char minimumWidthKey[] = "_theme_minimum_width";
constexpr char maximumWidthKey[] = "_theme_maximum_width";
constexpr char iconKey[] = "_theme_icon";
constexpr char iconSizeKey[] = "_theme_icon_px";

void applyIcon(QLabel *label, const QString &path, int px)
{
    const int side = Theme::scaled(px);
    label->setPixmap(Theme::icon(path).pixmap(QSize(side, side), label->devicePixelRatioF()));
}

// Every widget with a size or an icon set through Theme, at the current scale; a dialog that
// is open grows to hold its text.
void rescaleWidgets()
{
    const QWidgetList widgets = QApplication::allWidgets();
    for (QWidget *w : widgets) {
        bool ok = false;
        if (const int px = w->property(fixedWidthKey).toInt(&ok); ok)
            w->setFixedWidth(Theme::scaled(px));
        if (const int px = w->property(minimumWidthKey).toInt(&ok); ok)
            w->setMinimumWidth(Theme::scaled(px));
        if (const int px = w->property(maximumWidthKey).toInt(&ok); ok)
            w->setMaximumWidth(Theme::scaled(px));
        const QString icon = w->property(iconKey).toString();
        if (icon.isEmpty())
            continue;
        const int px = w->property(iconSizeKey).toInt();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            button->setIconSize(QSize(Theme::scaled(px), Theme::scaled(px)));
        else if (auto *label = qobject_cast<QLabel *>(w); label && !label->pixmap().isNull())
            applyIcon(label, icon, px); // a label showing text again keeps it
    }
    for (QWidget *w : widgets) {
        auto *dialog = qobject_cast<QDialog *>(w);
        if (!dialog || !dialog->isVisible())
            continue;
        dialog->ensurePolished();
        if (QLayout *layout = dialog->layout())
            layout->activate();
        const QSize needed = dialog->sizeHint().expandedTo(dialog->minimumSizeHint());
        const int width = qMax(dialog->width(), needed.width());
        // Wrapped text: the height it needs at the dialog's width (a size hint's height is for
        // a narrower width, and left a gap under the title), as ConsoleDialog does on show.
        QLayout *layout = dialog->layout();
        const int height = layout && layout->hasHeightForWidth()
            ? qMax(layout->totalHeightForWidth(width), dialog->minimumHeight())
            : qMax(dialog->height(), needed.height());
        if (dialog->size() != QSize(width, height))
            dialog->resize(width, height);
    }
}

} // namespace

namespace Theme {

void setFixedWidth(QWidget *widget, int px)
{
    widget->setProperty(fixedWidthKey, px);
    widget->setFixedWidth(scaled(px));
}

void setMinimumWidth(QWidget *widget, int px)
{
    widget->setProperty(minimumWidthKey, px);
    widget->setMinimumWidth(scaled(px));
}

void setMaximumWidth(QWidget *widget, int px)
{
    widget->setProperty(maximumWidthKey, px);
    widget->setMaximumWidth(scaled(px));
}

QIcon icon(const QString &path)
{
    static QHash<QString, QIcon> icons; // a few dozen files, each shared by every widget
    auto it = icons.find(path);
    if (it == icons.end())
        it = icons.insert(path, QIcon(path));
    return *it;
}

void setIcon(QAbstractButton *button, const QString &path, int px)
{
    button->setProperty(iconKey, path);
    button->setProperty(iconSizeKey, px);
    button->setIcon(icon(path));
    button->setIconSize(QSize(scaled(px), scaled(px)));
}

void setIcon(QLabel *label, const QString &path, int px)
{
    label->setProperty(iconKey, path);
    label->setProperty(iconSizeKey, px);
    applyIcon(label, path, px);
}

void apply(QApplication &application, int percent)
{
    // Mnemonics underlined only while Alt is held: installed once, under the style sheet.
    static bool styleInstalled = false;
    if (!std::exchange(styleInstalled, true))
        QApplication::setStyle(new ConsoleStyle); // the application owns it
    current = percent >= 50 && percent <= 400 ? percent : 100;
    application.setFont(font(current));
    static const QString base = baseStyleSheet();
    application.setStyleSheet(scaledStyleSheet(base, current));
    rescaleWidgets();
}

QFont font(int percent)
{
    QFont font(QStringLiteral("Lato"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10.0 * percent / 100);
    return font;
}

int scalePercent()
{
    return current;
}

int scaled(int px)
{
    return (px * current + 50) / 100;
}

QString scaledStyleSheet(const QString &styleSheet, int percent)
{
    if (percent == 100)
        return styleSheet;
    // A number right before "pt" or "px", not inside a name or a colour (#89979B has no unit).
    static const QRegularExpression size(
        QStringLiteral("(?<![\\w#.-])(\\d+(?:\\.\\d+)?)(pt|px)\\b"));
    QString out;
    out.reserve(styleSheet.size());
    qsizetype from = 0;
    for (auto it = size.globalMatch(styleSheet); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(styleSheet).mid(from, m.capturedStart() - from);
        const double value = m.captured(1).toDouble() * percent / 100;
        const bool points = m.captured(2) == QLatin1String("pt");
        // A hairline stays a hairline: borders of 1px keep their look at any scale.
        const double scaledValue
            = points ? value : (m.captured(1) == QLatin1String("1") ? 1 : qRound(value));
        out += QString::number(scaledValue, 'g', 4) + m.captured(2);
        from = m.capturedEnd();
    }
    out += QStringView(styleSheet).mid(from);
    return out;
}

QList<int> presenterScales()
{
    return {125, 150, 200};
}

int defaultPresenterScale()
{
    return 150;
}

} // namespace Theme
