#include "ClassroomModel.h"

#include "ClassroomClient.h"


namespace {


int stepCountOf(const ClassroomState &state)
{
    return state.stepIds.isEmpty() ? 5 : int(state.stepIds.size());
}

} // namespace

ClassroomModel::ClassroomModel(ClassroomClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{
    connect(&m_poll, &QTimer::timeout, this, &ClassroomModel::refresh);
}

int ClassroomModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_state.seats.size());
}

int ClassroomModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ClassroomSeat *ClassroomModel::seat(int row) const
{
    return row >= 0 && row < m_state.seats.size() ? &m_state.seats[row] : nullptr;
}

int ClassroomModel::rowOfSeat(int number) const
{
    for (int row = 0; row < m_state.seats.size(); ++row)
        if (m_state.seats[row].number == number)
            return row;
    return -1;
}

QVariant ClassroomModel::data(const QModelIndex &index, int role) const
{
    const ClassroomSeat *s = index.isValid() ? seat(index.row()) : nullptr;
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        // The table says a flag in a few words; its tooltip, the activity and the exports in
        // full.
        return cell(*s, index.column() == OutOfOrder ? int(OutOfOrderShort) : index.column(),
            stepCountOf(m_state));
    case Qt::ToolTipRole:
        if (index.column() == OutOfOrder || index.column() == LastError)
            return cell(*s, index.column(), stepCountOf(m_state));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Seat || index.column() == ClientResets || index.column() == TimeOnStep)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeatNumberRole:
        return s->number;
    case FlaggedRole:
        return !s->outOfOrder.isEmpty();
    case FinishedRole:
        return s->finished;
    default:
        return {};
    }
}

QVariant ClassroomModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

void ClassroomModel::refresh()
{
    if (!m_client || m_inFlight)
        return;
    m_inFlight = true;
    m_client->seats(this, [this](const ApiResult<ClassroomState> &r) {
        m_inFlight = false;
        if (!r.ok()) {
            emit refreshFailed(r.error.message(), r.error.httpStatus);
            return;
        }
        setState(r.value);
        emit refreshed();
    });
}

void ClassroomModel::setPollInterval(int intervalMs)
{
    if (intervalMs <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.start(intervalMs);
}

void ClassroomModel::setState(const ClassroomState &state)
{
    m_loaded = true;
    if (state.seats.size() == m_state.seats.size()) {
        // Same class: the rows stay (and the selection with them), their cells change.
        m_state = state;
        if (!m_state.seats.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_state = state;
    endResetModel();
}

QString ClassroomModel::columnTitle(int column)
{
    switch (column) {
    case Seat:
        return tr("Seat", "classroom column: the trainee's seat number");
    case Key:
        return tr("Public Key", "classroom column");
    case SyncState:
        return tr("Sync", "classroom column: the seat's live Sync state");
    case Runbook:
        return tr("Runbook", "classroom column: where the seat is in the terminate-and-re-enable runbook");
    case OutOfOrder:
        return tr("Out of Order", "classroom column: steps taken out of order");
    case ClientResets:
        return tr("Client Resets", "classroom column");
    case LastError:
        return tr("Last Error", "classroom column");
    case TimeOnStep:
        return tr("On Step", "classroom column: time spent on the current step");
    default:
        return {};
    }
}

QString ClassroomModel::stepName(const QString &id)
{
    if (id == QLatin1String("terminate_drafted"))
        return tr("Terminate drafted", "runbook step");
    if (id == QLatin1String("terminate_deployed"))
        return tr("Terminate deployed", "runbook step");
    if (id == QLatin1String("waited"))
        return tr("Waited 10 minutes", "runbook step");
    if (id == QLatin1String("reenable_drafted"))
        return tr("Re-enable drafted", "runbook step");
    if (id == QLatin1String("reenable_deployed"))
        return tr("Re-enable deployed", "runbook step");
    return id;
}

QString ClassroomModel::syncStateName(const QString &state)
{
    if (state == QLatin1String("enabled"))
        return tr("Enabled", "Sync state");
    if (state == QLatin1String("paused"))
        return tr("Paused", "Sync state");
    if (state == QLatin1String("terminated"))
        return tr("Terminated", "Sync state");
    return state.isEmpty() ? tr("No app", "classroom: a seat without an app") : state;
}

QString ClassroomModel::runbookText(const ClassroomSeat &seat, int stepCount)
{
    if (seat.finished)
        return tr("Finished", "classroom: the seat's re-enable is live");
    if (seat.steps.isEmpty())
        return tr("Not started", "classroom: no runbook step seen yet");
    //: %1 steps done of %2; %3 the latest step's name
    return tr("%1 of %2: %3").arg(seat.steps.size()).arg(stepCount).arg(stepName(seat.steps.last().id));
}

QString ClassroomModel::outOfOrderText(const QString &flag)
{
    // The simulator's flags are English sentences: the two it writes are said in the console's
    // language, anything else as it came.
    if (flag.startsWith(QLatin1String("the re-enable was drafted before")))
        return tr("Re-enable drafted before the terminate was deployed");
    if (flag.startsWith(QLatin1String("re-enabled "))) {
        const qint64 seconds = flag.section(QLatin1Char(' '), 1, 1).toLongLong();
        return tr("Re-enabled %1 after the terminate went live, before the 10-minute wait")
            .arg(duration(seconds));
    }
    return flag;
}

QString ClassroomModel::resetsText(const ClassroomSeat &seat)
{
    if (seat.resetsWaiting == 0)
        return QString::number(seat.clientResets);
    //: client resets of a seat: %1 in all, %2 of them still waiting in error
    return tr("%1 (%2 waiting)").arg(seat.clientResets).arg(seat.resetsWaiting);
}

QString ClassroomModel::errorText(const ClassroomSeat &seat)
{
    if (seat.lastErrorStatus == 0)
        return QString();
    //: a seat's last error: %1 HTTP status, %2 error code, %3 the request (METHOD PATH)
    return tr("%1 %2 on %3").arg(seat.lastErrorStatus).arg(seat.lastError, seat.lastErrorRequest);
}

QString ClassroomModel::duration(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString ClassroomModel::cell(const ClassroomSeat &seat, int column, int stepCount)
{
    switch (column) {
    case Seat:
        return QString::number(seat.number);
    case Key:
        return seat.publicKey;
    case SyncState:
        return syncStateName(seat.syncState);
    case Runbook:
        return runbookText(seat, stepCount);
    case OutOfOrder: {
        QStringList flags;
        for (const QString &f : seat.outOfOrder)
            flags.append(outOfOrderText(f));
        return flags.join(QStringLiteral("; "));
    }
    case OutOfOrderShort: {
        QStringList flags;
        for (const QString &f : seat.outOfOrder)
            flags.append(f.startsWith(QLatin1String("re-enabled "))
                    ? tr("Re-enabled before the wait", "classroom: a short out-of-order flag")
                    : f.startsWith(QLatin1String("the re-enable was drafted before"))
                    ? tr("Re-enable drafted early", "classroom: a short out-of-order flag")
                    : outOfOrderText(f));
        return flags.join(QStringLiteral("; "));
    }
    case ClientResets:
        return resetsText(seat);
    case LastError:
        return errorText(seat);
    case TimeOnStep:
        return seat.finished ? QString() : duration(seat.secondsOnStep);
    default:
        return {};
    }
}

QStringList ClassroomModel::activity(const ClassroomSeat &seat)
{
    QStringList lines;
    for (const ClassroomSeat::Step &s : seat.steps)
        lines.append(QStringLiteral("%1  %2").arg(
            QDateTime::fromSecsSinceEpoch(s.at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            stepName(s.id)));
    if (seat.steps.isEmpty())
        lines.append(tr("No runbook step seen yet."));
    for (const QString &f : seat.outOfOrder)
        lines.append(tr("Out of order: %1").arg(outOfOrderText(f)));
    if (seat.lastErrorStatus != 0)
        lines.append(tr("Last error: %1").arg(errorText(seat)));
    if (seat.clientResets > 0)
        lines.append(tr("Client resets: %1").arg(resetsText(seat)));
    if (!seat.finished && !seat.next.isEmpty())
        //: %1 the next step's name, %2 time on the current step (m:ss)
        lines.append(tr("Next: %1 (on the current step for %2)")
                         .arg(stepName(seat.next), duration(seat.secondsOnStep)));
    return lines;
}

QStringList ClassroomModel::summary(const ClassroomState &state)
{
    QStringList lines;
    int finished = 0;
    for (const ClassroomSeat &s : state.seats)
        finished += s.finished ? 1 : 0;
    //: %1 seats finished of %2
    lines.append(tr("%1 of %2 seats finished the runbook.").arg(finished).arg(state.seats.size()));
    for (const ClassroomSeat &s : state.seats) {
        QStringList mistakes;
        for (const QString &f : s.outOfOrder)
            mistakes.append(outOfOrderText(f));
        QString line = s.finished
            //: %1 seat number, %2 time from the first step to the re-enable (m:ss)
            ? tr("Seat %1: finished in %2").arg(s.number).arg(duration(s.secondsToFinish()))
            //: %1 seat number, %2 where the seat is in the runbook
            : tr("Seat %1: not finished (%2)").arg(s.number).arg(runbookText(s, stepCountOf(state)));
        line += mistakes.isEmpty() ? tr(", no mistakes.") : tr("; mistakes: %1.").arg(mistakes.join(QStringLiteral("; ")));
        lines.append(line);
    }
    return lines;
}
