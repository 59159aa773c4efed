#pragma once

#include <QComboBox>

// A combo box in a narrow place (the Guide's reason box) whose choices are sentences: the box
// shows the current one whole when it fits and elided with "…" when it does not, with the
// whole sentence in its tooltip; the list shows every choice whole. A plain combo box clipped
// it mid-word ("The oplog rolled over while Sync was pa", German "…während Sy").
class ElidingComboBox final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidingComboBox)

public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    // The current text as the box paints it: whole, or elided to the width it has.
    QString displayedText() const;
    // The width the box gives its text.
    int textWidth() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};
