#pragma once

#include <QProxyStyle>

// The console's style over the platform's: mnemonics are underlined only while Alt is held,
// as on Windows and in the Atlas reference screenshots; at rest the buttons and labels show
// their words alone; check boxes and radio buttons grow with presenter mode; a menu item
// holds its whole text. Installed once by
// Theme::apply().
class ConsoleStyle final : public QProxyStyle
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleStyle)

public:
    ConsoleStyle();

    // The check box's and radio button's indicator grows with presenter mode, as the text
    // does (the platform's is a fixed 13 px).
    int pixelMetric(PixelMetric metric, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
    // A menu item is as wide as its text needs where the platform's style draws it: Fusion
    // measures a menu's text in whole pixels and elides it with fractional widths, so in
    // Japanese at 150 % the widest item was drawn elided in the middle.
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
        const QWidget *widget = nullptr) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr, QStyleHintReturn *returnData = nullptr) const override;
    // The menu bar's overflow button (the only standard icon a start asks for) is drawn from
    // the console's own SVG: the platform's is a PNG, and Qt reads a PNG only after loading
    // every image format plugin to ask each whether it reads PNG (five libraries at start).
    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
        const QWidget *widget = nullptr) const override;
    void polish(QApplication *application) override;
    void unpolish(QApplication *application) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

    bool altHeld() const { return m_altHeld; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setAltHeld(bool held);

    bool m_altHeld = false;
};
