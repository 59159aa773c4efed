#include "ControlOutline.h"

#include "TabPages.h"

#include <QDialog>
#include <QEvent>
#include <QPainter>
#include <QScrollArea>
#include <QTabBar>
#include <QTimer>

namespace {
constexpr int Margin = 4; // the outline's distance around the control
constexpr int LookMs = 150; // how often a control not on screen is looked for
} // namespace

ControlOutline::ControlOutline(QWidget *home)
    : QWidget(home)
    , m_home(home)
    , m_look(new QTimer(this))
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setAttribute(Qt::WA_TranslucentBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    m_look->setInterval(LookMs);
    connect(m_look, &QTimer::timeout, this, &ControlOutline::look);
}

void ControlOutline::follow(const QString &dialog, const QList<QLatin1String> &controls)
{
    m_byName = !controls.isEmpty();
    m_dialog = dialog;
    m_controls = controls;
    detach();
    look();
}

void ControlOutline::setTarget(QWidget *control)
{
    m_byName = false;
    m_controls.clear();
    detach();
    if (control && m_active)
        attach(control);
}

void ControlOutline::setActive(bool active)
{
    m_active = active;
    if (!active) {
        detach();
        m_look->stop();
    } else if (m_byName) {
        look();
    }
}

QRect ControlOutline::outlinedRect() const
{
    return isVisible() ? geometry() : QRect();
}

QWidget *ControlOutline::locate() const
{
    if (!m_home)
        return nullptr;
    const auto first = [this](QWidget *scope) -> QWidget * {
        for (const QLatin1String &name : m_controls)
            for (QWidget *w : scope->findChildren<QWidget *>(name))
                if (w->isVisible() && w != this)
                    return w;
        return nullptr;
    };
    if (!m_dialog.isEmpty()) {
        QWidget *scope = nullptr;
        for (QDialog *d : m_home->findChildren<QDialog *>())
            if (d->objectName() == m_dialog && d->isVisible())
                scope = d;
        return scope ? first(scope) : nullptr;
    }
    // A dialog in front that offers the control itself (the refusal of a resume has its own
    // Terminate Sync…): outline it there, not on the page behind the dialog.
    const QList<QDialog *> dialogs = m_home->findChildren<QDialog *>();
    for (auto d = dialogs.crbegin(); d != dialogs.crend(); ++d)
        if ((*d)->isVisible() && (*d)->isModal())
            if (QWidget *w = first(*d))
                return w;
    return first(m_home);
}

QWidget *ControlOutline::locateBehindATab(int *tab) const
{
    // In the home window only: a dialog's controls are all on screen.
    if (!m_home || !m_dialog.isEmpty())
        return nullptr;
    for (const QLatin1String &name : m_controls)
        for (QWidget *w : m_home->findChildren<QWidget *>(name)) {
            if (w == this || w->isHidden())
                continue; // hidden itself, not only its page: not the control to show
            const TabPages::Tab shows = TabPages::toShow(w);
            if (shows.bar && shows.bar->isVisible()) {
                *tab = shows.index;
                return w;
            }
        }
    return nullptr;
}

void ControlOutline::look()
{
    if (!m_active || !m_byName)
        return m_look->stop();
    int tab = -1;
    QWidget *found = locate();
    QWidget *behind = found ? nullptr : locateBehindATab(&tab);
    if (behind)
        found = TabPages::toShow(behind).bar;
    if (found && found == m_target && tab == m_tab)
        return place();
    detach();
    if (found)
        attach(found, tab, behind);
    else
        m_look->start();
}

void ControlOutline::attach(QWidget *target, int tab, QWidget *behind)
{
    m_look->stop();
    m_target = target;
    m_tab = tab;
    m_behind = behind;
    emit targetChanged();
    QWidget *window = target->window();
    for (QWidget *w = target; w; w = w == window ? nullptr : w->parentWidget()) {
        w->installEventFilter(this);
        m_watched.append(w);
    }
    // Its tab opened, the control shows: then it is outlined itself.
    if (behind) {
        behind->installEventFilter(this);
        m_watched.append(behind);
    }
    if (parentWidget() != window)
        setParent(window); // hides it
    m_reveal = true;
    place();
}

// A control below the fold is scrolled into view, whole: the next step is one a person can see.
// Its page may still be laid out (a form that has just been built grows), so this is done again
// as the layout moves the control, until it has been seen whole once; then the user scrolls.
void ControlOutline::reveal()
{
    if (!m_target)
        return;
    QWidget *window = m_target->window();
    for (QWidget *w = m_target->parentWidget(); w && w != window; w = w->parentWidget()) {
        auto *scroll = qobject_cast<QScrollArea *>(w);
        if (!scroll)
            continue;
        scroll->ensureWidgetVisible(m_target, 16, 16);
        QWidget *viewport = scroll->viewport();
        const QRect shown(m_target->mapTo(viewport, QPoint(0, 0)), m_target->size());
        if (viewport->rect().contains(shown) || m_target->height() > viewport->height())
            m_reveal = false;
        return;
    }
    m_reveal = false; // on no scroll area: it shows as it is
}

void ControlOutline::detach()
{
    for (const QPointer<QWidget> &w : std::as_const(m_watched))
        if (w)
            w->removeEventFilter(this);
    m_watched.clear();
    const bool had = m_target;
    m_target = nullptr;
    if (had)
        emit targetChanged();
    m_tab = -1;
    m_behind = nullptr;
    hide();
    // Back home, so that a dialog closing does not take the outline with it; unless home is
    // closing itself (being destroyed, say): then it goes with the dialog, and is not moved
    // into a window that is coming apart.
    if (m_home && parentWidget() != m_home && m_home->isVisible())
        setParent(m_home);
}

void ControlOutline::place()
{
    if (!m_target || !m_target->isVisible()) {
        // Gone from the screen (its page or dialog went away): look for it again, unless it
        // was given by hand.
        if (m_byName && m_active) {
            detach();
            m_look->start();
        } else {
            hide();
        }
        return;
    }
    if (m_reveal)
        reveal();
    // Only what is on screen: a control scrolled partly out of its page is outlined where it
    // shows.
    QWidget *window = m_target->window();
    // The whole control, or the one tab of a tab bar.
    const auto *bar = qobject_cast<QTabBar *>(m_target.data());
    const QRect part = bar && m_tab >= 0 ? bar->tabRect(m_tab) : m_target->rect();
    QRect area(m_target->mapTo(window, part.topLeft()), part.size());
    area.adjust(-Margin, -Margin, Margin, Margin);
    for (QWidget *w = m_target->parentWidget(); w; w = w == window ? nullptr : w->parentWidget())
        area &= QRect(w->mapTo(window, QPoint(0, 0)), w->size());
    if (area.isEmpty()) {
        hide();
        return;
    }
    setGeometry(area);
    show();
    raise();
    update();
}

bool ControlOutline::eventFilter(QObject *watched, QEvent *event)
{
    if (m_behind && watched == m_behind) {
        // The control behind the outlined tab came on screen: outline it instead.
        if (event->type() == QEvent::Show)
            QTimer::singleShot(0, this, &ControlOutline::look);
        return QWidget::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::Move: // scrolling moves the page: the user's choice, only followed
        place();
        break;
    case QEvent::Resize:
    case QEvent::Show:
        // The page changed size (a banner above it, a form that grew): the control is brought
        // into view again. (A label's new text in the same size, say the countdown's, does not
        // pull the view back to it while the user scrolls.)
        m_reveal = true;
        place();
        break;
    case QEvent::LayoutRequest:
        // After the layout has placed the control.
        QTimer::singleShot(0, this, &ControlOutline::place);
        break;
    case QEvent::Hide:
        // A dialog closing is deleted soon: leave it now, not to be deleted with it.
        if (m_target && watched == m_target->window() && watched != m_home)
            detach();
        QTimer::singleShot(0, this, &ControlOutline::place);
        break;
    case QEvent::ParentChange:
        if (m_target) {
            QWidget *target = m_target;
            const int tab = m_tab;
            QWidget *behind = m_behind;
            detach();
            attach(target, tab, behind);
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ControlOutline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(QColor(0x01, 0x6B, 0xF8), 3);
    painter.setPen(pen);
    painter.setBrush(QColor(0x01, 0x6B, 0xF8, 18));
    painter.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 6, 6);
}
