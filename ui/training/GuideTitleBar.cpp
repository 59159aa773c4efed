#include "GuideTitleBar.h"

#include "ObjectNames.h"
#include "Theme.h"

#include <QDockWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

GuideTitleBar::GuideTitleBar(QDockWidget *dock)
    : QFrame(dock)
    , m_dock(dock)
    , m_title(new QLabel(this))
    , m_float(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(ObjectName::guideTitleBar);
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(4);
    m_title->setObjectName(ObjectName::guideTitleBarText);
    layout->addWidget(m_title, 1);
    m_float->setObjectName(ObjectName::guideFloatButton);
    m_close->setObjectName(ObjectName::guideCloseButton);
    m_float->setIcon(style()->standardIcon(QStyle::SP_TitleBarNormalButton, nullptr, dock));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, dock));
    for (QToolButton *button : {m_float, m_close}) {
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus); // as the dock's own: Ctrl+G shows and hides it
        layout->addWidget(button, 0, Qt::AlignVCenter);
    }
    connect(m_float, &QToolButton::clicked, dock, [dock] { dock->setFloating(!dock->isFloating()); });
    connect(m_close, &QToolButton::clicked, dock, &QDockWidget::close);
    connect(dock, &QDockWidget::featuresChanged, this, [this](QDockWidget::DockWidgetFeatures f) {
        m_float->setVisible(f.testFlag(QDockWidget::DockWidgetFloatable));
        m_close->setVisible(f.testFlag(QDockWidget::DockWidgetClosable));
    });
    dock->installEventFilter(this); // its title, as it changes
    retranslate();
    rescale();
}

void GuideTitleBar::retranslate()
{
    m_title->setText(m_dock->windowTitle());
    m_float->setToolTip(tr("Undock the Guide or dock it again"));
    m_float->setAccessibleName(tr("Float the Guide"));
    m_close->setToolTip(tr("Close the Guide (Ctrl+G shows it again)"));
    m_close->setAccessibleName(tr("Close the Guide"));
}

void GuideTitleBar::rescale()
{
    // Margins and icons at the current scale; the style sheet scales the text's font.
    layout()->setContentsMargins(Theme::scaled(12), Theme::scaled(4), Theme::scaled(6),
        Theme::scaled(4));
    for (QToolButton *button : {m_float, m_close}) {
        button->setIconSize(QSize(Theme::scaled(14), Theme::scaled(14)));
        button->setFixedSize(Theme::scaled(24), Theme::scaled(24));
    }
}

void GuideTitleBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        rescale();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

bool GuideTitleBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dock && event->type() == QEvent::WindowTitleChange)
        m_title->setText(m_dock->windowTitle());
    return QFrame::eventFilter(watched, event);
}
