#pragma once

#include "ClassroomSeat.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class ClassroomClient;

// The instructor's table of seats (one row a seat), read from a classroom simulator's
// GET /_sim/classroom and read again every few seconds while polling: the seat, its key, its
// live Sync state, where it is in the runbook, the steps it took out of order, its client
// resets, its last error and the time on its step. Also the words every view of the class
// shares (a step's name, a seat's activity, the summary), so the exports say the same.
class ClassroomModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassroomModel)

public:
    enum Column { Seat, Key, SyncState, Runbook, OutOfOrder, ClientResets, LastError, TimeOnStep, ColumnCount };
    // For cell(): the out-of-order flags in a few words, as the table shows them.
    static constexpr int OutOfOrderShort = ColumnCount;
    enum Role { SeatNumberRole = Qt::UserRole + 1, FlaggedRole, FinishedRole };

    explicit ClassroomModel(ClassroomClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Reads the class now (one call at a time: a refresh asked while one is out is dropped).
    void refresh();
    // Reads it every `intervalMs` (0: stops).
    void setPollInterval(int intervalMs);
    int pollInterval() const { return m_poll.isActive() ? m_poll.interval() : 0; }
    // Shows `state` as if it had been read (tests, exports from the command line).
    void setState(const ClassroomState &state);
    const ClassroomState &state() const { return m_state; }
    const ClassroomSeat *seat(int row) const;
    int rowOfSeat(int number) const;
    bool loaded() const { return m_loaded; }

    // The words of a cell, a seat's activity and the class's summary.
    static QString stepName(const QString &id);
    static QString syncStateName(const QString &state);
    static QString runbookText(const ClassroomSeat &seat, int stepCount);
    static QString outOfOrderText(const QString &flag);
    static QString resetsText(const ClassroomSeat &seat);
    static QString errorText(const ClassroomSeat &seat);
    static QString duration(qint64 seconds);
    static QString columnTitle(int column);
    static QString cell(const ClassroomSeat &seat, int column, int stepCount);
    // What the simulator saw the seat do, a line an event, in order.
    static QStringList activity(const ClassroomSeat &seat);
    // Who finished, in what time, which mistakes; who did not and where they stopped.
    static QStringList summary(const ClassroomState &state);

signals:
    void refreshed();
    // The class could not be read: why (the server is no classroom: a 404).
    void refreshFailed(const QString &problem, int httpStatus);

private:
    QPointer<ClassroomClient> m_client;
    ClassroomState m_state;
    QTimer m_poll;
    bool m_inFlight = false;
    bool m_loaded = false;
};
