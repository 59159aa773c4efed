#include "DiffModel.h"

#include "Theme.h"

#include <QBrush>
#include <QColor>
#include <QFont>

DiffModel::DiffModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

DiffModel::Kind DiffModel::kindOf(const QString &line)
{
    if (line.startsWith(QLatin1String("--- ")) || line.startsWith(QLatin1String("+++ ")))
        return Kind::FileHeader;
    if (line.startsWith(QLatin1String("@@")))
        return Kind::HunkHeader;
    if (line.startsWith(QLatin1Char('+')))
        return Kind::Added;
    if (line.startsWith(QLatin1Char('-')))
        return Kind::Removed;
    return Kind::Context;
}

void DiffModel::setDiffs(const QStringList &diffs)
{
    beginResetModel();
    m_lines.clear();
    m_kinds.clear();
    for (const QString &diff : diffs) {
        QStringList lines = diff.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        for (const QString &line : std::as_const(lines)) {
            m_lines.append(line);
            m_kinds.append(kindOf(line));
        }
    }
    endResetModel();
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Kind kind = m_kinds.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return m_lines.at(index.row());
    case KindRole:
        return QVariant::fromValue(kind);
    case Qt::ForegroundRole:
        switch (kind) {
        case Kind::Removed:
        case Kind::HunkHeader:
            return QBrush(QColor(0xCF, 0x4A, 0x22));
        case Kind::Added:
            return QBrush(QColor(0x2F, 0x8A, 0x3F));
        case Kind::FileHeader:
            return QBrush(QColor(0x5D, 0x6C, 0x74));
        case Kind::Context:
            return QBrush(QColor(0x21, 0x31, 0x3C));
        }
        break;
    case Qt::FontRole: {
        QFont font(QStringLiteral("DejaVu Sans Mono"));
        font.setStyleHint(QFont::Monospace);
        font.setPointSizeF(9.5 * Theme::scalePercent() / 100);
        font.setItalic(kind == Kind::FileHeader);
        return font;
    }
    default:
        break;
    }
    return {};
}
