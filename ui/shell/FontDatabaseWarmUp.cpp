#include "FontDatabaseWarmUp.h"

#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>

FontDatabaseWarmUp::FontDatabaseWarmUp(const QFont &font)
    // A font of its own, made on its thread: a QFont shares its engines with its copies.
    : m_thread(QThread::create(
        [families = font.families(), points = font.pointSizeF(), hint = font.styleHint()] {
            (void)QFontDatabase::families();
            QFont text;
            text.setFamilies(families);
            text.setStyleHint(hint);
            text.setPointSizeF(points);
            (void)QFontMetrics(text).horizontalAdvance(QStringLiteral("Sync"));
        }))
{
    m_thread->setObjectName(QStringLiteral("Font database"));
    m_thread->start();
}

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    m_thread->wait();
}
