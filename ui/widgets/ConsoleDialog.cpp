#include "ConsoleDialog.h"

#include "ObjectNames.h"
#include "StyleRole.h"
#include "Theme.h"

#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <QWindow>

ConsoleDialog::ConsoleDialog(QWidget *parent)
    : QDialog(parent)
    , m_header(new QHBoxLayout)
    , m_title(new QLabel(this))
    , m_close(new QPushButton(this))
    , m_body(new QVBoxLayout)
    , m_buttons(new QHBoxLayout)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(true);
    // Over a window it is rounded; alone (a connection dialog before any window) it keeps the
    // system's frame, to be moved and found as any window.
    if (parent)
        setWindowFlag(Qt::FramelessWindowHint);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 20, 28, 24);
    layout->setSpacing(14);

    QHBoxLayout *header = m_header;
    m_title->setObjectName(ObjectName::dialogTitle);
    StyleRole::apply(m_title, StyleRole::dialogTitle);
    // One line: a wrapping rich-text title asks for height for a width it never gets.
    m_title->setWordWrap(false);
    m_title->setTextFormat(Qt::RichText);
    QPushButton *close = m_close;
    close->setObjectName(ObjectName::dialogCloseButton);
    StyleRole::apply(close, StyleRole::dialogClose);
    Theme::setIcon(close, QStringLiteral(":/icons/close.svg"), 14);
    close->setAccessibleName(tr("Close", "button: close the dialog"));
    close->setToolTip(tr("Close", "button: close the dialog"));
    close->setFocusPolicy(Qt::TabFocus);
    close->setAutoDefault(false); // never the default: Enter away from it is not ×
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    header->addWidget(m_title, 1, Qt::AlignTop);
    header->addWidget(close, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_body->setSpacing(12);
    layout->addLayout(m_body);
    m_buttons->addStretch(1);
    m_buttons->setSpacing(10);
    layout->addLayout(m_buttons);
}

void ConsoleDialog::showEvent(QShowEvent *event)
{
    // Wrapped text asks for more height than it needs at the dialog's real width: size the
    // dialog for that width, so no gap opens under the title.
    const int placedHeight = height();
    if (layout()->hasHeightForWidth()) {
        const int width = qMax(this->width(), minimumWidth());
        resize(width, layout()->totalHeightForWidth(width));
    }
    // Placed by its opener (MainWindow places its dialogs over the pages), it stays there, as
    // placeOver() would have it at its height now; else QDialog centres it over its window,
    // and it goes where the references' modals stand.
    const bool placed = testAttribute(Qt::WA_Moved);
    if (placed && height() != placedHeight)
        move(x(), y() + (placedHeight - height()) * 55 / 100);
    QDialog::showEvent(event);
    if (!placed && !event->spontaneous())
        placeOverWindow();
    // A frameless dialog has no window manager's decoration to be activated through, and under
    // a bare X server (or a window manager that leaves new windows alone) it opened without
    // the keyboard: Return did nothing until it was clicked. It takes the focus itself (the
    // platform defers the activation until the window is mapped).
    // (A window just shown is on top already: no raise(), which the offscreen platform warns of.)
    if (isRounded() && !testAttribute(Qt::WA_ShowWithoutActivating))
        activateWindow();
}

void ConsoleDialog::hideEvent(QHideEvent *event)
{
    // The other half of showEvent's activation: with no window manager to hand the keyboard
    // back, closing a frameless dialog left it with no window at all, and the window's
    // shortcuts did nothing until it was clicked. The window it stood over takes it back.
    // (QApplication has already forgotten it was active; the platform's focus window has not.)
    const bool hadTheKeyboard = windowHandle() && QGuiApplication::focusWindow() == windowHandle();
    QDialog::hideEvent(event);
    QWidget *over = parentWidget() ? parentWidget()->window() : nullptr;
    if (hadTheKeyboard && isRounded() && over && over->isVisible() && !event->spontaneous())
        over->activateWindow();
}

QPoint ConsoleDialog::placeOver(const QRect &area, const QSize &size)
{
    const int freeHeight = area.height() - size.height();
    return {area.left() + (area.width() - size.width()) / 2,
        area.top() + qMax(0, freeHeight * 55 / 100)};
}

void ConsoleDialog::placeOverWindow()
{
    const QWidget *over = parentWidget() ? parentWidget()->window() : nullptr;
    if (!over || !isRounded())
        return;
    QPoint at = placeOver(over->geometry(), size());
    if (const QScreen *on = over->screen()) {
        const QRect room = on->availableGeometry();
        at.setX(qMax(room.left(), qMin(at.x(), room.right() + 1 - width())));
        at.setY(qMax(room.top(), qMin(at.y(), room.bottom() + 1 - height())));
    }
    move(at);
    setAttribute(Qt::WA_Moved, false); // not placed by anyone: shown again, it is placed again
}

void ConsoleDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    updateMask();
    if (m_cornerClose) {
        const QSize size = m_close->sizeHint();
        m_close->setGeometry(QRect(QPoint(width() - CornerCloseInset - size.width() / 2,
                                       CornerCloseInset - size.height() / 2),
            size));
    }
}

void ConsoleDialog::setCornerClose()
{
    m_cornerClose = true;
    m_header->removeWidget(m_close);
    m_close->raise();
    // The heading starts below the ×, as in the reference (its first line 38 px down).
    QMargins margins = layout()->contentsMargins();
    margins.setTop(38);
    margins.setRight(margins.right() + 14); // the heading keeps clear of the ×
    layout()->setContentsMargins(margins);
    update();
}

bool ConsoleDialog::isRounded() const
{
    return windowFlags().testFlag(Qt::FramelessWindowHint);
}

void ConsoleDialog::updateMask()
{
    if (!isRounded())
        return;
    QPainterPath outline;
    outline.addRoundedRect(QRectF(rect()), m_radius, m_radius);
    setMask(QRegion(outline.toFillPolygon().toPolygon()));
}

void ConsoleDialog::paintEvent(QPaintEvent *event)
{
    QDialog::paintEvent(event);
    if (!isRounded() || m_cornerClose)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), m_radius, m_radius);
}

void ConsoleDialog::mousePressEvent(QMouseEvent *event)
{
    // No title bar to drag: the window system moves the dialog by its background.
    if (isRounded() && event->button() == Qt::LeftButton && windowHandle()
        && windowHandle()->startSystemMove())
        return event->accept();
    QDialog::mousePressEvent(event);
}

void ConsoleDialog::setCornerRadius(int radius)
{
    m_radius = radius;
    updateMask();
    update();
}

void ConsoleDialog::keyPressEvent(QKeyEvent *event)
{
    // QDialog sends Enter to the default button even when the user tabbed to another one (the
    // row's buttons are not auto-default, so the default stays drawn as the default): the
    // refusal dialog's own "Terminate Sync…" closed the dialog. The button tabbed to wins; a
    // button that only has the focus the dialog opened with (a Cancel, the ×) does not.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    if (enter && modifiers == Qt::NoModifier && m_tabbedTo && m_tabbedTo == focusWidget()) {
        auto *button = qobject_cast<QPushButton *>(focusWidget());
        if (button && button->window() == this && button->isVisible() && button->isEnabled()) {
            button->click();
            event->accept();
            return;
        }
    }
    QDialog::keyPressEvent(event);
}

bool ConsoleDialog::focusNextPrevChild(bool next)
{
    const bool moved = QDialog::focusNextPrevChild(next);
    m_tabbedTo = focusWidget();
    return moved;
}

QPushButton *ConsoleDialog::addButton(
    const QString &text, const QString &objectName, const char *variant)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    if (variant)
        button->setProperty("variant", QString::fromLatin1(variant));
    button->setAutoDefault(false);
    m_buttons->addWidget(button);
    return button;
}

void ConsoleDialog::setTitleIcon(const QString &path)
{
    m_titleIcon = new QLabel(this);
    Theme::setIcon(m_titleIcon, path, 34);
    m_header->insertWidget(0, m_titleIcon, 0, Qt::AlignTop);
}

void ConsoleDialog::indentUnderTitle()
{
    if (!m_titleIcon)
        return;
    const int indent = m_titleIcon->sizeHint().width() + qMax(0, m_header->spacing());
    m_body->setContentsMargins(indent, 0, 0, 0);
    m_buttons->setContentsMargins(indent, 0, 0, 0);
}

void ConsoleDialog::addToTitleRow(QWidget *widget)
{
    m_header->insertWidget(m_header->count() - 1, widget, 0, Qt::AlignBottom);
}

void ConsoleDialog::addRule()
{
    auto *rule = new QFrame(this);
    StyleRole::apply(rule, StyleRole::rule);
    m_body->addWidget(rule);
}
