#include "ResultBanner.h"
#include "Theme.h"

#include "DisplayTime.h"
#include "ObjectNames.h"
#include "StyleRole.h"
#include "WrappedLabel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

ResultBanner::ResultBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new WrappedLabel(this))
    , m_close(new QPushButton(this))
{
    setObjectName(ObjectName::resultBanner);
    StyleRole::apply(this, StyleRole::banner);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    m_text->setObjectName(ObjectName::resultBannerText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *close = m_close;
    close->setObjectName(ObjectName::resultBannerClose);
    Theme::setIcon(close, QStringLiteral(":/icons/close-white.svg"), 10);
    close->setAccessibleName(tr("Dismiss"));
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ResultBanner::setKind(const char *kind)
{
    setProperty("kind", QString::fromLatin1(kind));
    style()->unpolish(this);
    style()->polish(this);
}

void ResultBanner::showSuccess(const QDateTime &when)
{
    setKind("success");
    m_success = when;
    renderSuccess();
    show();
}

void ResultBanner::setFigureWording(const FigureWording &wording)
{
    m_mid2021 = wording.pausedAsDisabled;
    m_close->setVisible(!m_mid2021);
    if (m_success.isValid())
        renderSuccess();
}

void ResultBanner::renderSuccess()
{
    const QString time = DisplayTime::dateTime(m_success);
    m_text->setText(m_mid2021
            ? tr("%1 <b>Deployment was successful!</b>",
                "mid-2021's banner (a training figure): the message bold after the time")
                  .arg(time)
            : tr("%1 Deployment was successful!").arg(time));
    setAccessibleName(tr("%1 Deployment was successful!").arg(time));
}

void ResultBanner::showError(const QString &message)
{
    m_success = QDateTime();
    setKind("error");
    m_text->setText(message);
    setAccessibleName(message);
    show();
}

QString ResultBanner::text() const
{
    return m_text->text();
}
