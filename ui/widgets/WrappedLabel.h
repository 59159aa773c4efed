#pragma once

#include <QLabel>
#include <QMargins>
#include <memory>

class QTextDocument;
class QTextLayout;

// A word-wrapped label that lays its text out once per width. QLabel shapes its whole text
// again on every heightForWidth() call, and a layout asks many times while a page is being
// built (each nested box, each page of a stack, minimum and preferred heights alike): at
// start-up that was a third of the console's time. The answer is kept for the last few widths
// and forgotten when anything it depends on changes (text, font, style, margins). Word wrap is
// set as on any QLabel; without it the label is a plain QLabel.
//
// A plain text is shaped once: QLabel measures it with QFontMetrics::boundingRect(), which
// shapes the whole text again for every size (up to five for its two hints, then one per
// height asked), and shaping Lato costs the same whatever the text's length. The label keeps
// one QTextLayout, shaped on first use, and breaks it into lines at each width as
// QFontMetrics does (the same lines, leading and rounding, so QLabel's sizes to the pixel).
//
// A rich text (a link, bold) is measured in a document of the label's own, laid out by
// QLabel's rules (its font, no frame margin, its alignment, word wrap), so that QLabel's
// painting document is laid out only at the width it is shown at: QLabel lays that one out
// twice for every size it is asked (at the width asked, then back at its own), 29 times for
// the Sync page's introduction at start-up. The size hints are QLabel's to the pixel
// (tst_startuplayout compares them with a plain QLabel's).
class WrappedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);
    ~WrappedLabel() override;

    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // How many times this label's text was laid out for a height (each a cache miss): what
    // tst_startuplayout and bench_startup count.
    int layouts() const { return m_layouts; }
    // How many times this label shaped its plain text (once per text, font and style).
    int shapings() const { return m_shapings; }
    // All labels' layouts since the process started.
    static qint64 totalLayouts();

protected:
    bool event(QEvent *e) override;
    void paintEvent(QPaintEvent *e) override;

private:
    struct Entry
    {
        int width = -1;
        int height = 0;
    };
    static constexpr int cacheSize = 8;
    void forget() const;
    bool keyChanged() const;
    bool measuresItself() const;
    bool measuresPlainText() const;
    QSize sizeForWidth(int width) const;
    QSize plainSizeForWidth(int width) const;
    QSize extras(Qt::LayoutDirection direction) const;
    QRect plainBounds(int width, int flags) const;
    void ensureHints() const; // polished, current, and both hints computed once

    mutable Entry m_cache[cacheSize];
    mutable int m_next = 0;
    mutable QString m_text;
    mutable QMargins m_margins;
    mutable int m_margin = 0;
    mutable int m_indent = -1;
    mutable Qt::Alignment m_alignment;
    mutable Qt::TextFormat m_format = Qt::AutoText;
    mutable QSize m_minimumSize;
    mutable int m_layouts = 0;
    // The measuring document (rich text only), made on first use.
    mutable std::unique_ptr<QTextDocument> m_doc;
    // The plain text's layout (plain text only), shaped on first use and broken at each width.
    mutable std::unique_ptr<QTextLayout> m_plain;
    mutable QString m_plainText; // what m_plain was shaped from
    mutable QFont m_plainFont;
    mutable bool m_plainJustified = false;
    mutable int m_shapings = 0;
    mutable bool m_hintsValid = false;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
};
