#include "ClassroomExport.h"

#include "ClassroomModel.h"

#include <QStringList>

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString markdownCell(QString text)
{
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

int exportStepCount(const ClassroomState &state)
{
    return state.stepIds.isEmpty() ? 5 : int(state.stepIds.size());
}

} // namespace

QString ClassroomExport::csv(const ClassroomState &state)
{
    const QStringList steps = state.stepIds.isEmpty()
        ? QStringList {QStringLiteral("terminate_drafted"), QStringLiteral("terminate_deployed"),
              QStringLiteral("waited"), QStringLiteral("reenable_drafted"),
              QStringLiteral("reenable_deployed")}
        : state.stepIds;
    QStringList header {QStringLiteral("seat"), QStringLiteral("public_key"),
        QStringLiteral("group_id"), QStringLiteral("sync_state"), QStringLiteral("steps_done"),
        QStringLiteral("next"), QStringLiteral("finished"), QStringLiteral("seconds_to_finish"),
        QStringLiteral("out_of_order"), QStringLiteral("client_resets"),
        QStringLiteral("client_resets_waiting"), QStringLiteral("last_error_status"),
        QStringLiteral("last_error"), QStringLiteral("last_error_request"),
        QStringLiteral("seconds_on_step")};
    for (const QString &id : steps)
        header.append(id + QStringLiteral("_at"));
    QString out = header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const ClassroomSeat &s : state.seats) {
        QStringList row {QString::number(s.number), s.publicKey, s.groupId, s.syncState,
            QString::number(s.steps.size()), s.next,
            s.finished ? QStringLiteral("yes") : QStringLiteral("no"),
            s.finished ? QString::number(s.secondsToFinish()) : QString(),
            s.outOfOrder.join(QStringLiteral("; ")), QString::number(s.clientResets),
            QString::number(s.resetsWaiting),
            s.lastErrorStatus ? QString::number(s.lastErrorStatus) : QString(), s.lastError,
            s.lastErrorRequest, QString::number(s.secondsOnStep)};
        for (const QString &id : steps) {
            QString at;
            for (const ClassroomSeat::Step &step : s.steps)
                if (step.id == id)
                    at = QDateTime::fromSecsSinceEpoch(step.at, Qt::UTC).toString(Qt::ISODate);
            row.append(at);
        }
        for (QString &field : row)
            field = csvField(field);
        out += row.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString ClassroomExport::markdown(const ClassroomState &state)
{
    QStringList titles;
    QStringList rule;
    for (int c = 0; c < ClassroomModel::ColumnCount; ++c) {
        titles.append(ClassroomModel::columnTitle(c));
        rule.append(QStringLiteral("---"));
    }
    QString out = QStringLiteral("# ")
        + ClassroomModel::tr("Classroom: %1").arg(state.scenario) + QStringLiteral("\n\n| ")
        + titles.join(QStringLiteral(" | ")) + QStringLiteral(" |\n| ")
        + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    for (const ClassroomSeat &s : state.seats) {
        QStringList cells;
        for (int c = 0; c < ClassroomModel::ColumnCount; ++c)
            cells.append(markdownCell(ClassroomModel::cell(s, c, exportStepCount(state))));
        out += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
    }
    out += QStringLiteral("\n## ") + ClassroomModel::tr("Summary") + QStringLiteral("\n\n");
    for (const QString &line : ClassroomModel::summary(state))
        out += QStringLiteral("- ") + line + QLatin1Char('\n');
    return out;
}
