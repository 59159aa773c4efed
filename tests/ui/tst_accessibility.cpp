// A screen reader names every control: every interactive widget of every window and dialog
// (EveryWindow) has a name the accessibility layer gives it (its accessible name, its text,
// or its label's buddy), and every dialog answers Escape (cancel) and has a default button
// for Enter.
#include "EveryWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QDialog>
#include <QLabel>
#include <QMultiHash>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTextEdit>

namespace {

bool interactive(QWidget *w)
{
    if (auto *text = qobject_cast<QTextEdit *>(w))
        return !text->isReadOnly() || text->textInteractionFlags() & Qt::TextSelectableByKeyboard;
    return qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w)
        || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractSlider *>(w)
        || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTabBar *>(w);
}

QString nameOf(QWidget *w)
{
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                     : w->objectName();
}

// Inside a combo box, a spin box or a scroll bar: named by the control it belongs to.
bool partOfAnother(QWidget *w)
{
    for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p))
            return true;
    // A table's header is read with the table (its columns are its children's names).
    if (w->inherits("QHeaderView"))
        return true;
    return qobject_cast<QAbstractSlider *>(w) && w->inherits("QScrollBar");
}

// The letter Alt presses for `text` ("&Pause Sync": "P"); empty when it has none.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] != QLatin1Char('&'))
            return text[i + 1].toUpper();
        ++i; // "&&" is a literal ampersand
    }
    return {};
}

// Pressed by Esc or Enter already, or not a control of the dialog's own (the settings' OK and
// Cancel come from Qt's button box, translated by Qt).
bool needsNoMnemonic(QAbstractButton *b)
{
    return b->objectName() == ObjectName::cancelButton
        || b->objectName() == ObjectName::scenarioBriefingClose
        || b->objectName() == ObjectName::dialogCloseButton || b->text().isEmpty()
        || b->parentWidget()->inherits("QDialogButtonBox");
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install(QStringLiteral("en")); }
    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void everyControlHasANameAndEveryDialogEscapeAndEnter()
    {
        QStringList problems;
        int controls = 0;
        int dialogs = 0;
        EveryWindow::walk(QSize(1420, 760), [&](QWidget *root, const QString &where) {
            QList<QWidget *> widgets = root->findChildren<QWidget *>();
            for (QWidget *w : std::as_const(widgets)) {
                if (!w->isVisible() || !interactive(w) || partOfAnother(w))
                    continue;
                ++controls;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
                if (name.isEmpty())
                    problems << QStringLiteral("%1: %2 (%3) has no accessible name")
                                    .arg(where, nameOf(w),
                                        QString::fromLatin1(w->metaObject()->className()));
            }
            if (auto *dialog = qobject_cast<QDialog *>(root)) {
                ++dialogs;
                bool hasDefault = false;
                for (QPushButton *b : dialog->findChildren<QPushButton *>())
                    hasDefault |= b->isDefault() && b->isVisible();
                if (!hasDefault)
                    problems << QStringLiteral("%1: no default button for Enter").arg(where);
            }
        });
        QVERIFY(!QTest::currentTestFailed());
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
        QVERIFY(controls > 100);
        QCOMPARE(dialogs, 13); // with the 2023 Deployment Draft dialog
    }

    void mnemonics_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "ja"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // Alt and a letter reach every button of a dialog (but Cancel and Close, which Esc
    // presses), and no letter means two things in one window or one menu, in any language.
    void mnemonics()
    {
        QFETCH(QString, language);
        Translations::install(language);
        QStringList problems;
        EveryWindow::walk(QSize(1420, 760), [&](QWidget *root, const QString &where) {
            QMultiHash<QString, QString> letters; // letter -> what it presses
            if (auto *main = qobject_cast<QMainWindow *>(root)) {
                for (QAction *menu : main->menuBar()->actions()) {
                    letters.insert(mnemonic(menu->text()), menu->text());
                    if (!menu->menu())
                        continue;
                    QMultiHash<QString, QString> items;
                    for (QAction *item : menu->menu()->actions())
                        if (!item->isSeparator() && item->isVisible()
                            && !mnemonic(item->text()).isEmpty())
                            items.insert(mnemonic(item->text()), item->text());
                    for (const QString &key : items.uniqueKeys())
                        if (items.count(key) > 1)
                            problems << QStringLiteral("%1: menu %2: Alt+%3 is %4")
                                            .arg(where, menu->text(), key,
                                                QStringList(items.values(key)).join(QStringLiteral(", ")));
                }
            }
            for (QAbstractButton *b : root->findChildren<QAbstractButton *>()) {
                if (!b->isVisible())
                    continue;
                const QString key = mnemonic(b->text());
                if (!key.isEmpty())
                    letters.insert(key, b->text());
                else if (qobject_cast<QDialog *>(root) && !needsNoMnemonic(b))
                    problems << QStringLiteral("%1: %2 \u201c%3\u201d has no mnemonic")
                                    .arg(where, nameOf(b), b->text());
            }
            for (QLabel *l : root->findChildren<QLabel *>())
                if (l->isVisible() && l->buddy() && !mnemonic(l->text()).isEmpty())
                    letters.insert(mnemonic(l->text()), l->text());
            letters.remove(QString());
            for (const QString &key : letters.uniqueKeys())
                if (letters.count(key) > 1)
                    problems << QStringLiteral("%1: Alt+%2 is %3")
                                    .arg(where, key, QStringList(letters.values(key)).join(QStringLiteral(", ")));
        });
        QVERIFY(!QTest::currentTestFailed());
        problems.removeDuplicates();
        for (const QString &p : std::as_const(problems))
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problems").arg(problems.size())));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
