#pragma once

#include <QLabel>

// A value in the Sync page's header (a time, the lag). It asks the layout for room for the
// widest value it expects from the start, so a new value never waits for a layout pass to be
// shown whole, and the header does not shift as the values change.
class MetricLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricLabel)

public:
    // `widest`: a sample of the widest value, in the label's own format.
    explicit MetricLabel(const QString &widest, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    QString m_widest;
};
