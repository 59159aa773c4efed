// Mnemonics at rest and with Alt held (issue 19): the Atlas reference screenshots show no
// underlines, so the console underlines a button's or a label's mnemonic only while Alt is
// held, as Windows does; Alt+letter still presses the button.
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QVBoxLayout>

class TestMnemonics : public QObject
{
    Q_OBJECT

    static int underlined(const QWidget *w)
    {
        return w->style()->styleHint(QStyle::SH_UnderlineShortcut, nullptr, w);
    }

private slots:
    void initTestCase() { Theme::apply(*qApp, 100); }

    void underlinedOnlyWhileAltIsHeld()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *button = new QPushButton(QStringLiteral("&Deploy"), &window);
        auto *label = new QLabel(QStringLiteral("&Reason"), &window);
        label->setBuddy(button);
        layout->addWidget(label);
        layout->addWidget(button);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        button->setFocus();

        QCOMPARE(underlined(button), 0);
        QCOMPARE(underlined(label), 0);
        QTest::keyPress(button, Qt::Key_Alt, Qt::AltModifier);
        QCOMPARE(underlined(button), 1);
        QCOMPARE(underlined(label), 1);
        QTest::keyRelease(button, Qt::Key_Alt);
        QCOMPARE(underlined(button), 0);

        // Alt+D still presses the button, and the underline goes with the release.
        QSignalSpy clicked(button, &QPushButton::clicked);
        QTest::keyPress(button, Qt::Key_Alt, Qt::AltModifier);
        QTest::keyClick(button, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(clicked.count(), 1);
        QTest::keyRelease(button, Qt::Key_Alt);
        QCOMPARE(underlined(button), 0);
    }

    void underlineGoesWhenTheApplicationIsLeft()
    {
        QWidget window;
        window.show();
        QTest::keyPress(&window, Qt::Key_Alt, Qt::AltModifier);
        QCOMPARE(underlined(&window), 1);
        // Alt+Tab: the release goes to another application.
        QEvent deactivate(QEvent::ApplicationDeactivate);
        QCoreApplication::sendEvent(qApp, &deactivate);
        QCOMPARE(underlined(&window), 0);
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
