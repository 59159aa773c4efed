#pragma once

#include <QLabel>
#include <QMargins>

// A word-wrapped label that lays its text out once per width. QLabel shapes its whole text
// again on every heightForWidth() call, and a layout asks many times while a page is being
// built (each nested box, each page of a stack, minimum and preferred heights alike): at
// start-up that was a third of the console's time. The answer is kept for the last few widths
// and forgotten when anything it depends on changes (text, font, style, margins). Word wrap is
// set as on any QLabel; without it the label is a plain QLabel.
class WrappedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

    // How many times this label's text was laid out for a height (each a cache miss): what
    // tst_startuplayout and bench_startup count.
    int layouts() const { return m_layouts; }
    // All labels' layouts since the process started.
    static qint64 totalLayouts();

protected:
    bool event(QEvent *e) override;

private:
    struct Entry
    {
        int width = -1;
        int height = 0;
    };
    static constexpr int cacheSize = 8;
    void forget() const;
    bool keyChanged() const;

    mutable Entry m_cache[cacheSize];
    mutable int m_next = 0;
    mutable QString m_text;
    mutable QMargins m_margins;
    mutable int m_margin = 0;
    mutable int m_indent = -1;
    mutable int m_layouts = 0;
};
