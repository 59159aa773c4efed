#pragma once

#include <QDialog>
#include <QPointer>

class QHBoxLayout;
class QIcon;
class QLabel;
class QPushButton;
class QVBoxLayout;

// The frame every Sync Console modal shares: a title row with a close button (×), a body and
// a row of buttons on the right. Esc and × cancel. Open it with open(), never exec().
// Rounded as the admin UI's modals are: the dialog draws its own border (no window manager's
// title bar; it is dragged by its background) and a mask cuts its corners, so they show the
// window behind with or without a compositor.
class ConsoleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleDialog)

public:
    explicit ConsoleDialog(QWidget *parent = nullptr);

    // Rounded (over a window): the radius of its corners; 0 with the system's frame.
    int cornerRadius() const { return isRounded() ? m_radius : 0; }
    bool isRounded() const;

    // Where a modal of `size` stands over `area` (a window, or a figure's page): centred across,
    // and a little below the middle, as the admin UI's modals stand in the reference figures
    // (55 % of the free height above it, 45 % below; measured: 54 % in pause-sync-modal, 56 % in
    // pause-sync-deploy-button). Taller than `area`: at its top.
    static QPoint placeOver(const QRect &area, const QSize &size);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    // The 2021 modals are slightly rounded (the default), the 2023 type-to-confirm one more.
    void setCornerRadius(int radius);
    // Enter on a button the user tabbed to presses that button; elsewhere (and on a button
    // that merely has the focus the dialog opened with), the default button.
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    // Over its window (rounded), where placeOver() puts it, kept inside the screen's available
    // room; a dialog with the system's frame is left where the window system puts it.
    void placeOverWindow();
    QLabel *titleLabel() const { return m_title; }
    // Puts `widget` in the title row, right of the title and left of the close button.
    void addToTitleRow(QWidget *widget);
    QVBoxLayout *body() const { return m_body; }
    QHBoxLayout *buttons() const { return m_buttons; }
    // A plain button in the button row; the first one added is the left-most.
    QPushButton *addButton(
        const QString &text, const QString &objectName, const char *variant = nullptr);
    void addRule();
    // An icon left of the title (the admin UI's newer modals mark danger so).
    void setTitleIcon(const QString &iconPath); // grows with presenter mode
    // The body and the buttons under the title, right of its icon (the 2023 modals' layout).
    void indentUnderTitle();
    // The 2023 modals' frame: the × alone in the top-right corner, above the title (its centre
    // CornerCloseInset px from the top and from the right), and no border line around the
    // dialog (the dimmed window behind it outlines it).
    void setCornerClose();
    static constexpr int CornerCloseInset = 31;

private:
    void updateMask();

    QHBoxLayout *m_header;
    QLabel *m_title;
    QLabel *m_titleIcon = nullptr;
    QPushButton *m_close;
    bool m_cornerClose = false;
    QVBoxLayout *m_body;
    QHBoxLayout *m_buttons;
    QPointer<QWidget> m_tabbedTo; // where Tab or Shift+Tab last put the focus
    int m_radius = 6;
};
