#pragma once

#include <QColor>
#include <QLabel>

// A short label in a rounded pill: the status badge beside the page title and the environment
// tag in the navigation. It paints the pill itself, with ends as round as the label is high: a
// style sheet's border-radius falls back to square corners whenever the radius is more than
// half the height, which a small font and a scale factor are enough to cause. The colours come
// from the style sheet (qproperty-pillBackground, qproperty-pillBorder; the text's `color`).
class PillLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PillLabel)
    Q_PROPERTY(QColor pillBackground READ pillBackground WRITE setPillBackground)
    Q_PROPERTY(QColor pillBorder READ pillBorder WRITE setPillBorder)

public:
    explicit PillLabel(QWidget *parent = nullptr);

    QColor pillBackground() const { return m_background; }
    void setPillBackground(const QColor &color);
    QColor pillBorder() const { return m_border; }
    void setPillBorder(const QColor &color);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QColor m_background = Qt::transparent;
    QColor m_border = Qt::transparent;
};
