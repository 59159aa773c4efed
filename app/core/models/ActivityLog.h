#pragma once

#include "ApiCallRecord.h"

#include <QAbstractTableModel>
#include <QList>

// Every Admin API call the console made, newest first: time, method, path, status, duration
// and error. It can keep itself in a JSON-lines file (rotated once it passes a size cap) and
// export itself. Nothing secret is in it: records are redacted when they are made.
class ActivityLog final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)

public:
    enum Column { Time, Method, Path, Status, Duration, Error, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1 };

    explicit ActivityLog(QObject *parent = nullptr);

    // Loads what the file holds (the newest `MaxRows`) and appends every new record to it.
    bool attachFile(const QString &path, QString *problem);
    // What attachFile() found damaged and set aside, in words; empty when all was read.
    QString notice() const { return m_notice; }
    void setSizeCap(qint64 bytes) { m_sizeCap = bytes; }

    void append(const ApiCallRecord &record);
    const ApiCallRecord &record(int row) const { return m_records.at(row); }
    bool exportTo(const QString &path, QString *problem) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void write(const ApiCallRecord &record);

    QList<ApiCallRecord> m_records; // newest first
    QString m_path;
    QString m_notice;
    qint64 m_sizeCap = 1024 * 1024;
    static constexpr int MaxRows = 10000;
};
