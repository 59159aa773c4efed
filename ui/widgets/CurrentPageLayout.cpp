#include "CurrentPageLayout.h"

#include <QWidget>

// The pages are asked directly, as QStackedLayout does: a page's layout item reports nothing
// while the page is hidden, which it is until the stack is first shown.
CurrentPageLayout::CurrentPageLayout(QWidget *parent)
    : QStackedLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
    connect(this, &QStackedLayout::currentChanged, this, &QLayout::invalidate);
}

QSize CurrentPageLayout::sizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->sizeHint().expandedTo(minimumSize()) : QSize(0, 0);
}

QSize CurrentPageLayout::minimumSize() const
{
    const QWidget *page = currentWidget();
    return page ? page->minimumSizeHint().expandedTo(page->minimumSize()) : QSize(0, 0);
}

bool CurrentPageLayout::hasHeightForWidth() const
{
    const QWidget *page = currentWidget();
    return page && page->hasHeightForWidth();
}

int CurrentPageLayout::heightForWidth(int width) const
{
    const QWidget *page = currentWidget();
    if (!page || !page->hasHeightForWidth())
        return -1;
    return qMax(page->heightForWidth(width), minimumSize().height());
}
