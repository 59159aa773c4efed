#pragma once

#include <QStackedLayout>

// A stacked layout as tall as the page it shows, not as its tallest page. QStackedLayout sizes
// itself by every page (its height for a width is the tallest page's, whatever their size
// policies), so a tall page shown once (the Enable Sync form restored, its steps open) kept
// every later page as tall: the Sync page's TERMINATE SYNC section went below the fold behind
// a scroll bar (the 2021 pause figures, captured after the terminate and enable runs).
class CurrentPageLayout final : public QStackedLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurrentPageLayout)

public:
    explicit CurrentPageLayout(QWidget *parent);

    QSize sizeHint() const override;
    QSize minimumSize() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};
