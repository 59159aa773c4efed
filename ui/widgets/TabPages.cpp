#include "TabPages.h"

#include <QPointer>
#include <QStackedWidget>
#include <QTabBar>

namespace {
// On the stack: the tab bar that chooses its page.
constexpr char LinkedBar[] = "syncConsoleTabBar";
} // namespace

namespace TabPages {

void link(QTabBar *tabs, QStackedWidget *pages)
{
    pages->setProperty(LinkedBar, QVariant::fromValue(QPointer<QTabBar>(tabs)));
    QObject::connect(tabs, &QTabBar::currentChanged, pages, &QStackedWidget::setCurrentIndex);
}

Tab toShow(const QWidget *control)
{
    Tab tab;
    for (const QWidget *w = control; w && !w->isWindow(); w = w->parentWidget()) {
        auto *pages = qobject_cast<QStackedWidget *>(w->parentWidget());
        if (!pages || pages->currentWidget() == w)
            continue;
        const auto bar = pages->property(LinkedBar).value<QPointer<QTabBar>>();
        const int index = pages->indexOf(const_cast<QWidget *>(w));
        if (bar && index >= 0 && index < bar->count())
            tab = {bar.data(), index}; // the outermost page not shown: the tab to open first
    }
    return tab;
}

} // namespace TabPages
