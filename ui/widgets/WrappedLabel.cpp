#include "WrappedLabel.h"

#include <QEvent>
#include <atomic>

namespace {
std::atomic<qint64> g_layouts {0};
}

WrappedLabel::WrappedLabel(QWidget *parent)
    : WrappedLabel(QString(), parent)
{ }

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{ }

qint64 WrappedLabel::totalLayouts()
{
    return g_layouts.load();
}

void WrappedLabel::forget() const
{
    for (Entry &e : m_cache)
        e = Entry();
    m_next = 0;
}

bool WrappedLabel::keyChanged() const
{
    // QLabel's setters are not virtual: what the height depends on is compared instead. The
    // text is shared with the label's own, so the comparison is a pointer's most of the time.
    if (m_text.isSharedWith(text()) && m_margins == contentsMargins() && m_margin == margin()
        && m_indent == indent())
        return false;
    if (m_text == text() && m_margins == contentsMargins() && m_margin == margin()
        && m_indent == indent())
        return false;
    m_text = text();
    m_margins = contentsMargins();
    m_margin = margin();
    m_indent = indent();
    return true;
}

int WrappedLabel::heightForWidth(int width) const
{
    if (!wordWrap())
        return QLabel::heightForWidth(width);
    if (keyChanged())
        forget();
    for (const Entry &e : m_cache)
        if (e.width == width)
            return e.height;
    const int height = QLabel::heightForWidth(width);
    ++m_layouts;
    ++g_layouts;
    m_cache[m_next] = Entry {width, height};
    m_next = (m_next + 1) % cacheSize;
    return height;
}

bool WrappedLabel::event(QEvent *e)
{
    switch (e->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::Polish:
    case QEvent::ContentsRectChange:
    case QEvent::LayoutDirectionChange:
    case QEvent::LanguageChange:
        forget();
        break;
    default:
        break;
    }
    return QLabel::event(e);
}
