#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextEdit>

// The texts a picture of a window shows (OCR-free: read from the widgets, not the pixels):
// the window's title, every visible label, button, line edit, combo box and text view, and
// the cells of the item views. render_views checks them before it writes a picture.
namespace ShownTexts {

inline QStringList of(QWidget *root)
{
    QStringList texts {root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text() << edit->placeholderText();
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            texts << combo->currentText();
        else if (auto *text = qobject_cast<QTextEdit *>(w))
            texts << text->toPlainText();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(w))
            texts << plain->toPlainText();
        else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            const QAbstractItemModel *m = view->model();
            for (int r = 0; r < qMin(m->rowCount(), 500); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    texts << m->index(r, c).data().toString();
        }
    }
    texts.removeAll(QString());
    return texts;
}

// The texts that hold a path into a temporary folder (/tmp/..., the system's temp location):
// a test's or a script's scratch files, which no picture for a reader may show.
inline QStringList temporaryPaths(const QStringList &texts)
{
    QStringList roots {QStringLiteral("/tmp/"), QStringLiteral("/var/tmp/"),
        QDir::tempPath() + QLatin1Char('/'),
        QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QLatin1Char('/')};
    roots.removeDuplicates();
    QStringList found;
    for (const QString &t : texts)
        for (const QString &r : std::as_const(roots))
            if (r.size() > 1 && t.contains(r)) {
                found << t;
                break;
            }
    return found;
}

// The texts that are a scenario's name as the simulator knows it ("flexible",
// "oplog-rollover") where a reader should see its title ("A healthy Flexible Sync app").
inline QStringList rawNames(const QStringList &texts, const QStringList &names)
{
    QStringList found;
    for (const QString &t : texts)
        if (names.contains(t.trimmed()))
            found << t;
    return found;
}

} // namespace ShownTexts
