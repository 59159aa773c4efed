#include "SimStateEdits.h"

#include "SimJsonPatch.h"
#include "Utf8.h"

namespace {

// `state` without its apps' logs, and without what `other` holds the very same of (the
// scenario's start: a whole state, kept as it was, that a comparison would walk each time).
QJsonObject comparable(QJsonObject state, const QJsonObject &other)
{
    const QString start = str("scenario_start");
    if (state.contains(start) && state.value(start) == other.value(start))
        state.remove(start);
    QJsonArray apps = state.take(str("apps")).toArray();
    for (qsizetype i = 0; i < apps.size(); ++i) {
        QJsonObject app = apps.at(i).toObject();
        app.remove(str("logs"));
        apps.replace(i, app);
    }
    state.insert(str("apps"), apps);
    return state;
}

// Whether a log edit's "keep" fits the logs it applies to in `before`.
bool logEditFits(const QJsonObject &before, const QJsonObject &edit)
{
    if (!edit.contains(str("keep")))
        return true; // a whole list: fits any app
    const QJsonArray path = edit.value(str("p")).toArray();
    const QJsonArray keep = edit.value(str("keep")).toArray();
    const QJsonArray apps = before.value(str("apps")).toArray();
    const qsizetype app = path.at(1).toInteger(-1);
    if (path.size() != 3 || app < 0 || app >= apps.size() || keep.size() != 2)
        return false;
    const QJsonValue logs = apps.at(app).toObject().value(str("logs"));
    const qint64 first = keep.at(0).toInteger(-1);
    const qint64 count = keep.at(1).toInteger(-1);
    return logs.isArray() && first >= 0 && count >= 0
        && first + count <= logs.toArray().size();
}

} // namespace

namespace SimStateEdits {

QStringList appIds(const QJsonObject &state)
{
    QStringList ids;
    for (const QJsonValue &app : state.value(str("apps")).toArray())
        ids.append(app.toObject().value(str("_id")).toString());
    return ids;
}

bool between(const QJsonObject &before, const QJsonObject &after, const QJsonArray &logEdits,
    QJsonArray *edits)
{
    for (const QJsonValue &edit : logEdits)
        if (!logEditFits(before, edit.toObject()))
            return false;
    *edits = SimJsonPatch::diff(comparable(before, after), comparable(after, before));
    for (const QJsonValue &edit : logEdits)
        edits->append(edit);
    return true;
}

} // namespace SimStateEdits
