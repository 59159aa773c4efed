#include "ActivityLog.h"

#include "DisplayTime.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>

ActivityLog::ActivityLog(QObject *parent)
    : QAbstractTableModel(parent)
{ }

bool ActivityLog::attachFile(const QString &path, QString *problem)
{
    PrivateFiles::makeDirectory(QFileInfo(path).absolutePath());
    QList<ApiCallRecord> loaded;
    m_notice.clear();
    for (const QString &file : {path + QStringLiteral(".1"), path}) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            continue;
        int damaged = 0;
        while (!in.atEnd()) {
            const QByteArray text = in.readLine();
            const QJsonDocument line = QJsonDocument::fromJson(text);
            if (line.isObject())
                loaded.prepend(ApiCallRecord::fromJson(line.object()));
            else if (!text.trimmed().isEmpty())
                ++damaged;
        }
        in.close();
        if (damaged == 0)
            continue;
        // The lines that could be read are shown; the file, damaged lines and all, is kept.
        const QString aside = PrivateFiles::setAside(file);
        m_notice = tr("Some lines of the activity log could not be read (%n in all); the file was "
                      "set aside as %1.",
            nullptr, damaged)
                       .arg(aside.isEmpty() ? file : aside);
    }
    QFile probe(path);
    if (!probe.open(QIODevice::Append, PrivateFiles::ownerOnly) || !PrivateFiles::restrict(path)) {
        *problem
            = tr("The activity log cannot be written to %1: %2").arg(path, probe.errorString());
        return false;
    }
    beginResetModel();
    m_records = loaded.mid(0, MaxRows);
    m_path = path;
    endResetModel();
    return true;
}

void ActivityLog::write(const ApiCallRecord &record)
{
    if (m_path.isEmpty())
        return;
    if (QFileInfo(m_path).size() > m_sizeCap) {
        QFile::remove(m_path + QStringLiteral(".1"));
        QFile::rename(m_path, m_path + QStringLiteral(".1"));
    }
    QFile out(m_path);
    if (out.open(QIODevice::Append, PrivateFiles::ownerOnly))
        out.write(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n');
}

void ActivityLog::append(const ApiCallRecord &record)
{
    beginInsertRows(QModelIndex(), 0, 0);
    m_records.prepend(record);
    endInsertRows();
    if (m_records.size() > MaxRows) {
        beginRemoveRows(QModelIndex(), MaxRows, int(m_records.size()) - 1);
        m_records.resize(MaxRows);
        endRemoveRows();
    }
    write(record);
}

bool ActivityLog::exportTo(const QString &path, QString *problem) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(PrivateFiles::ownerOnly)) {
        *problem = out.errorString();
        return false;
    }
    for (auto it = m_records.crbegin(); it != m_records.crend(); ++it)
        out.write(QJsonDocument(it->toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!out.commit()) {
        *problem = out.errorString();
        return false;
    }
    return true;
}

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ActivityLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiCallRecord &r = m_records.at(index.row());
    if (role == RecordRole)
        return QVariant::fromValue(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return DisplayTime::dateTimeMs(r.at);
    case Method:
        return QString::fromLatin1(r.method);
    case Path:
        return QUrl(r.url).path();
    case Status:
        return r.status == 0 ? tr("no answer", "activity table: the call got no HTTP status")
                             : QString::number(r.status);
    case Duration:
        return tr("%1 ms").arg(r.durationMs);
    case Error:
        return r.error;
    default:
        break;
    }
    return {};
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time", "activity table column: when the call was made");
    case Method:
        return tr("Method", "activity table column: HTTP method");
    case Path:
        return tr("Path", "activity table column: API path");
    case Status:
        return tr("Status", "activity table column: HTTP status code");
    case Duration:
        return tr("Duration", "activity table column: how long the call took");
    case Error:
        return tr("Error", "activity table column: the error message");
    default:
        break;
    }
    return {};
}
