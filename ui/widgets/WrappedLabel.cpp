#include "WrappedLabel.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPaintEvent>
#include <QStyle>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
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

// Whether QLabel would measure this text with QFontMetrics::boundingRect(): a plain,
// word-wrapped, left-to-right text that is neither selectable nor a mnemonic's. Left to
// QLabel: tabs (it expands them at stops of its own when aligned left) and the length
// variants (U+009C) boundingRect() tries one by one.
bool WrappedLabel::measuresPlainText() const
{
    if (!wordWrap() || text().isEmpty() || buddy() || text().isRightToLeft()
        || text().contains(u'\t') || text().contains(QChar(0x9c)))
        return false;
    const Qt::TextFormat format = textFormat() == Qt::AutoText
        ? (Qt::mightBeRichText(text()) ? Qt::RichText : Qt::PlainText)
        : textFormat();
    return format == Qt::PlainText
        && !(textInteractionFlags() & (Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard));
}

// QFontMetrics::boundingRect(QRect(0, 0, width, 2000), flags, text()) for a word-wrapped
// text, as qt_format_text computes it, on the layout shaped once: each line broken at the
// width, placed on a whole pixel after the font's leading, the widest line's natural width.
// QTextLayout::beginLayout() would shape the text again; clearLayout() keeps the shaping.
QRect WrappedLabel::plainBounds(int width, int flags) const
{
    // Shaped again only for another text, font or justification: margins, indent and widths
    // break the same shaping.
    const bool justify = flags & Qt::AlignJustify;
    const QString current = text();
    if (!m_plain || !(m_plainText.isSharedWith(current) || m_plainText == current)
        || m_plainFont != font() || m_plainJustified != justify) {
        m_plainText = current;
        m_plainFont = font();
        m_plainJustified = justify;
        QString prepared = current;
        for (QChar &c : prepared) {
            if (c == u'\r')
                c = u' ';
            else if (c == u'\n')
                c = QChar::LineSeparator;
        }
        m_plain = std::make_unique<QTextLayout>(prepared, font());
        QTextOption option;
        option.setTextDirection(Qt::LeftToRight);
        option.setAlignment(justify ? Qt::AlignJustify : Qt::AlignLeft);
        m_plain->setTextOption(option);
        m_plain->setCacheEnabled(true);
        m_plain->beginLayout(); // shapes; never ended, each width clears the lines only
        ++m_shapings;
    }
    m_plain->clearLayout();
    const qreal leading = QFontMetricsF(font()).leading();
    const qreal lineWidth = qMax<qreal>(0, width);
    qreal height = -leading;
    qreal widest = 0;
    for (QTextLine line = m_plain->createLine(); line.isValid(); line = m_plain->createLine()) {
        line.setLineWidth(lineWidth);
        height = qCeil(height + leading); // lines on whole pixels
        line.setPosition(QPointF(0, height));
        height += line.ascent() + line.descent();
        widest = qMax(widest, line.naturalTextWidth());
    }
    const qreal x = (flags & Qt::AlignRight) ? width - widest : 0;
    const qreal y = (flags & Qt::AlignBottom) ? 2000 - height : 0;
    return QRectF(x, y, widest, height).toAlignedRect();
}

// QLabel's room around its text, across and down: twice the margin, and the indent on the
// sides the alignment puts the text against (an indent of -1 with a frame: an 'x' less the
// margins). `direction` resolves a leading or trailing alignment as QLabel does for the text.
QSize WrappedLabel::extras(Qt::LayoutDirection direction) const
{
    int hextra = 2 * margin();
    int vextra = hextra;
    int m = indent();
    if (m < 0 && frameWidth())
        m = fontMetrics().horizontalAdvance(u'x') - margin() * 2;
    if (m > 0) {
        const Qt::Alignment align = QStyle::visualAlignment(direction, alignment());
        if (align & (Qt::AlignLeft | Qt::AlignRight))
            hextra += m;
        if (align & (Qt::AlignTop | Qt::AlignBottom))
            vextra += m;
    }
    return {hextra, vextra};
}

// QLabelPrivate::sizeForWidth's branch for a plain text, on the layout shaped once: the same
// extras, the same tries at a preferred width (80 average characters, then half and a quarter
// of that for a short text), the same rounding.
QSize WrappedLabel::plainSizeForWidth(int width) const
{
    if (minimumWidth() > 0)
        width = qMax(width, minimumWidth());
    const QMargins cm = contentsMargins();
    const QSize contentsMargin(cm.left() + cm.right(), cm.top() + cm.bottom());
    const QSize extra = extras(Qt::LeftToRight);
    const int hextra = extra.width();
    const int vextra = extra.height();
    const QFontMetrics fm = fontMetrics();
    const Qt::Alignment align = QStyle::visualAlignment(Qt::LeftToRight, alignment());
    // Centring is left out, as QLabel does, to avoid its rounding; the size is all it wants.
    const int flags = int(align & ~(Qt::AlignVCenter | Qt::AlignHCenter)) | Qt::TextWordWrap;
    const bool tryWidth = width < 0;
    if (tryWidth)
        width = qMin(fm.averageCharWidth() * 80, maximumSize().width());
    width -= hextra + contentsMargin.width();
    QRect br = plainBounds(width, flags);
    if (tryWidth && br.height() < 4 * fm.lineSpacing() && br.width() > width / 2)
        br = plainBounds(width / 2, flags);
    if (tryWidth && br.height() < 2 * fm.lineSpacing() && br.width() > width / 4)
        br = plainBounds(width / 4, flags);
    ++m_layouts;
    ++g_layouts;
    const QSize contents(br.width() + hextra, br.height() + vextra);
    return (contents + contentsMargin).expandedTo(minimumSize());
}

// QLabelPrivate::sizeForWidth's branch for a label with a text document, on the label's own
// measuring document: the same document (text, default font, alignment, word wrap, no frame
// margin), the same extras (margin, indent, contents margins) and the same rounding. QLabel
// sets its painting document to the width and back for each answer (two layouts); this one
// stays at the last width asked.
QSize WrappedLabel::sizeForWidth(int width) const
{
    if (measuresPlainText())
        return plainSizeForWidth(width);
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
    const QSize extra = extras(layoutDirection());
    const int hextra = extra.width();
    const int vextra = extra.height();
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
    if (!measuresItself() && !measuresPlainText())
        return QLabel::sizeHint();
    ensureHints();
    return m_sizeHint;
}

QSize WrappedLabel::minimumSizeHint() const
{
    if (!measuresItself() && !measuresPlainText())
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
    if (measuresItself() || measuresPlainText()) {
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
