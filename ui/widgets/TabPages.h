#pragma once

class QStackedWidget;
class QTabBar;
class QWidget;

// A tab bar and the stack of pages it chooses between (tab i shows page i), linked so that a
// control on a page not shown can say which tab shows it: the Guide's outline then points at
// that tab (the 2023 page's Resume Sync is on its Configuration tab while the Dashboard shows).
namespace TabPages {

struct Tab
{
    QTabBar *bar = nullptr;
    int index = -1;
};

// Tab i of `tabs` shows page i of `pages`, from now on.
void link(QTabBar *tabs, QStackedWidget *pages);

// The tab to open for `control` to show: the nearest linked page around it that is not the
// current one. No bar when it is on none (or its pages are all shown).
Tab toShow(const QWidget *control);

} // namespace TabPages
