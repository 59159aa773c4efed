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
class ConsoleDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleDialog)

public:
    explicit ConsoleDialog(QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;
    // Enter on a button the user tabbed to presses that button; elsewhere (and on a button
    // that merely has the focus the dialog opened with), the default button.
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
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

private:
    QHBoxLayout *m_header;
    QLabel *m_title;
    QVBoxLayout *m_body;
    QHBoxLayout *m_buttons;
    QPointer<QWidget> m_tabbedTo; // where Tab or Shift+Tab last put the focus
};
