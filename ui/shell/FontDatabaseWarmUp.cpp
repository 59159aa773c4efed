#include "FontDatabaseWarmUp.h"

#include <QFontDatabase>

FontDatabaseWarmUp::FontDatabaseWarmUp()
    : m_thread(QThread::create([] { (void)QFontDatabase::families(); }))
{
    m_thread->setObjectName(QStringLiteral("Font database"));
    m_thread->start();
}

FontDatabaseWarmUp::~FontDatabaseWarmUp()
{
    m_thread->wait();
}
