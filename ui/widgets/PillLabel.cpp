#include "PillLabel.h"

#include <QPainter>

PillLabel::PillLabel(QWidget *parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    // Room for the round ends: half the height on either side would crowd the text.
    setContentsMargins(9, 2, 9, 2);
}

void PillLabel::setPillBackground(const QColor &color)
{
    m_background = color;
    update();
}

void PillLabel::setPillBorder(const QColor &color)
{
    m_border = color;
    update();
}

void PillLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF pill = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = pill.height() / 2;
    painter.setPen(m_border.alpha() ? QPen(m_border, 1) : QPen(Qt::NoPen));
    painter.setBrush(m_background);
    painter.drawRoundedRect(pill, radius, radius);
    painter.setPen(palette().color(foregroundRole()));
    painter.drawText(contentsRect(), int(alignment()), text());
}
