#include "Theme.h"

#include <QApplication>
#include <QFile>
#include <QFont>

namespace Theme {

void apply(QApplication &application)
{
    QFont font(QStringLiteral("Lato"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    application.setFont(font);
    QFile style(QStringLiteral(":/style/sync-console.qss"));
    if (style.open(QIODevice::ReadOnly))
        application.setStyleSheet(QString::fromUtf8(style.readAll()));
}

} // namespace Theme
