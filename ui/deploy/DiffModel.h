#pragma once

#include <QAbstractListModel>
#include <QStringList>

// The lines of a draft's unified diffs, one row per line, coloured as the admin UI colours
// them: red removals and hunk headers, green additions, grey italic file headers. One row per
// line keeps a 20,000-line diff fast in a uniform-height list view.
class DiffModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffModel)

public:
    enum class Kind { FileHeader, HunkHeader, Added, Removed, Context };
    Q_ENUM(Kind)
    enum Role { KindRole = Qt::UserRole + 1 };

    explicit DiffModel(QObject *parent = nullptr);

    void setDiffs(const QStringList &diffs);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static Kind kindOf(const QString &line);

private:
    QStringList m_lines;
    QList<Kind> m_kinds;
};
