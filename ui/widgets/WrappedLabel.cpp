#include "WrappedLabel.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPaintEvent>
#include <QStyle>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextOption>
#include <QtMath>
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

WrappedLabel::~WrappedLabel() = default;

qint64 WrappedLabel::totalLayouts()
{
    return g_layouts.load();
}

void WrappedLabel::forget() const
{
    for (Entry &e : m_cache)
        e = Entry();
    m_next = 0;
    m_doc.reset();
    m_hintsValid = false;
}

bool WrappedLabel::keyChanged() const
{
    // QLabel's setters are not virtual: what the height depends on is compared instead. The
    // text is shared with the label's own, so the comparison is a pointer's most of the time.
    const bool same = m_margins == contentsMargins() && m_margin == margin()
        && m_indent == indent() && m_alignment == alignment() && m_format == textFormat()
        && m_minimumSize == minimumSize();
    if (same && (m_text.isSharedWith(text()) || m_text == text()))
        return false;
    m_text = text();
    m_margins = contentsMargins();
    m_margin = margin();
    m_indent = indent();
    m_alignment = alignment();
    m_format = textFormat();
    m_minimumSize = minimumSize();
    return true;
}

// Whether QLabel would measure this text in its document (a rich text, or a selectable one):
// then the label measures it in its own. A mnemonic's text (with a buddy) stays QLabel's.
bool WrappedLabel::measuresItself() const
{
    if (!wordWrap() || text().isEmpty() || buddy())
        return false;
    const Qt::TextFormat format = textFormat() == Qt::AutoText
        ? (Qt::mightBeRichText(text()) ? Qt::RichText : Qt::PlainText)
        : textFormat();
    return format != Qt::PlainText
        || (textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard));
}

// QLabelPrivate::sizeForWidth's branch for a label with a text document, on the label's own
// measuring document: the same document (text, default font, alignment, word wrap, no frame
// margin), the same extras (margin, indent, contents margins) and the same rounding. QLabel
// sets its painting document to the width and back for each answer (two layouts); this one
// stays at the last width asked.
QSize WrappedLabel::sizeForWidth(int width) const
{
    if (!m_doc) {
        m_doc = std::make_unique<QTextDocument>();
        m_doc->setUndoRedoEnabled(false);
        m_doc->setDefaultFont(font());
        const bool rich = textFormat() == Qt::RichText
            || (textFormat() == Qt::AutoText && Qt::mightBeRichText(text()));
        if (rich)
            m_doc->setHtml(text());
        else if (textFormat() == Qt::MarkdownText)
            m_doc->setMarkdown(text());
        else
            m_doc->setPlainText(text());
        QTextOption option = m_doc->defaultTextOption();
        option.setAlignment(alignment() | Qt::Alignment(Qt::TextWordWrap));
        option.setWrapMode(QTextOption::WordWrap);
        m_doc->setDefaultTextOption(option);
        QTextFrameFormat frame = m_doc->rootFrame()->frameFormat();
        frame.setMargin(0);
        m_doc->rootFrame()->setFrameFormat(frame);
    }
    if (minimumWidth() > 0)
        width = qMax(width, minimumWidth());
    const QMargins cm = contentsMargins();
    const QSize contentsMargin(cm.left() + cm.right(), cm.top() + cm.bottom());
    int hextra = 2 * margin();
    int vextra = hextra;
    int m = indent();
    if (m < 0 && frameWidth())
        m = fontMetrics().horizontalAdvance(u'x') - margin() * 2;
    if (m > 0) {
        const Qt::Alignment align = QStyle::visualAlignment(layoutDirection(), alignment());
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            hextra += m;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            vextra += m;
    }
    if (width >= 0)
        m_doc->setTextWidth(qMax(width - hextra - contentsMargin.width(), 0));
    else
        m_doc->adjustSize();
    ++m_layouts;
    ++g_layouts;
    const QSizeF size = m_doc->size();
    const QSize contents(qCeil(size.width()) + hextra, qCeil(size.height()) + vextra);
    return (contents + contentsMargin).expandedTo(minimumSize());
}

// QLabel::minimumSizeHint's rules: the preferred size at the document's own width, the
// minimum width of its longest word, the minimum height of one line (or less).
void WrappedLabel::ensureHints() const
{
    ensurePolished();
    if (keyChanged())
        forget();
    if (m_hintsValid)
        return;
    m_sizeHint = sizeForWidth(-1);
    m_minimumSizeHint = QSize(sizeForWidth(0).width(), sizeForWidth(QWIDGETSIZE_MAX).height());
    if (m_sizeHint.height() < m_minimumSizeHint.height())
        m_minimumSizeHint.setHeight(m_sizeHint.height());
    m_hintsValid = true;
}

QSize WrappedLabel::sizeHint() const
{
    if (!measuresItself())
        return QLabel::sizeHint();
    ensureHints();
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (!measuresItself())
        return QLabel::minimumSizeHint();
    ensureHints();
    return m_minimumSizeHint;
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
    int height;
    if (measuresItself()) {
        height = sizeForWidth(width).height();
    } else {
        height = QLabel::heightForWidth(width);
        ++m_layouts;
        ++g_layouts;
    }
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

// After a resize QLabel lays its document out at the new width inside its paint, and that
// layout asks for an update from inside the paint, which Qt posts: the label would be painted
// a second time with nothing changed. A paint of the whole label drew it as it now is, so
// what it asked for meanwhile is dropped.
void WrappedLabel::paintEvent(QPaintEvent *e)
{
    QLabel::paintEvent(e);
    if (measuresItself() && (QRegion(rect()) - e->region()).isEmpty())
        QCoreApplication::removePostedEvents(this, QEvent::UpdateLater);
}
