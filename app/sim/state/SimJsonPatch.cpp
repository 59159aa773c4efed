#include "SimJsonPatch.h"

#include "Utf8.h"

namespace {

// Lists up to this long are walked without comparing their entries first.
constexpr qsizetype WalkLimit = 16;

QJsonArray below(const QJsonArray &path, const QJsonValue &step)
{
    QJsonArray p = path;
    p.append(step);
    return p;
}

QJsonArray from(const QJsonArray &list, qsizetype first)
{
    QJsonArray rest;
    for (qsizetype i = first; i < list.size(); ++i)
        rest.append(list.at(i));
    return rest;
}

void diffValue(const QJsonArray &path, const QJsonValue &a, const QJsonValue &b, QJsonArray &out);

void diffObject(
    const QJsonArray &path, const QJsonObject &a, const QJsonObject &b, QJsonArray &out)
{
    for (auto it = a.begin(); it != a.end(); ++it)
        if (!b.contains(it.key()))
            out.append(QJsonObject {{str("p"), below(path, it.key())}, {str("d"), 1}});
    for (auto it = b.begin(); it != b.end(); ++it) {
        const auto old = a.constFind(it.key());
        if (old == a.constEnd())
            out.append(QJsonObject {{str("p"), below(path, it.key())}, {str("v"), it.value()}});
        else
            diffValue(below(path, it.key()), old.value(), it.value(), out);
    }
}

void diffArray(const QJsonArray &path, const QJsonArray &a, const QJsonArray &b, QJsonArray &out)
{
    if (!a.isEmpty() && !b.isEmpty() && a.at(0) != b.at(0)) {
        // Entries gone from the start (logs past their retention): where the list now begins.
        for (qsizetype k = 1; k < a.size(); ++k) {
            if (a.at(k) != b.at(0))
                continue;
            qsizetype n = 1;
            while (k + n < a.size() && n < b.size() && a.at(k + n) == b.at(n))
                ++n;
            out.append(QJsonObject {{str("p"), path}, {str("keep"), QJsonArray {k, n}},
                {str("add"), from(b, n)}});
            return;
        }
    }
    // Entries changed in place (a device moved), and some added or dropped at the end.
    // A short list (the apps) is walked entry by entry; in a long one (logs, devices) most
    // entries are unchanged, and one comparison each is cheaper than a path made for each.
    const qsizetype common = qMin(a.size(), b.size());
    const bool walk = common <= WalkLimit;
    for (qsizetype i = 0; i < common; ++i)
        if (walk || a.at(i) != b.at(i))
            diffValue(below(path, i), a.at(i), b.at(i), out);
    if (a.size() != b.size())
        out.append(QJsonObject {{str("p"), path}, {str("keep"), QJsonArray {0, common}},
            {str("add"), from(b, common)}});
}

void diffValue(const QJsonArray &path, const QJsonValue &a, const QJsonValue &b, QJsonArray &out)
{
    // Containers are walked, not compared first: a comparison at every level would walk the
    // whole state once for each level it is nested in (four times for an app's logs).
    if (a.isObject() && b.isObject())
        diffObject(path, a.toObject(), b.toObject(), out);
    else if (a.isArray() && b.isArray())
        diffArray(path, a.toArray(), b.toArray(), out);
    else if (a != b)
        out.append(QJsonObject {{str("p"), path}, {str("v"), b}});
}

// A whole number from 0 to `most`, or -1.
qsizetype index(const QJsonValue &v, qsizetype most)
{
    const double d = v.toDouble(-1);
    return v.isDouble() && d >= 0 && d <= double(most) && d == double(qsizetype(d)) ? qsizetype(d)
                                                                                     : -1;
}

bool keep(QJsonValue &node, const QJsonObject &edit)
{
    if (!node.isArray() || !edit.value(str("add")).isArray())
        return false;
    QJsonArray list = node.toArray();
    node = QJsonValue(); // `list` is then the only holder, and changes in place
    const QJsonArray range = edit.value(str("keep")).toArray();
    const qsizetype first = index(range.at(0), list.size());
    const qsizetype count = first < 0 ? -1 : index(range.at(1), list.size() - first);
    if (range.size() != 2 || count < 0)
        return false;
    while (list.size() > first + count)
        list.removeLast();
    // Dropping an entry at the start costs no shift (Qt's lists move their start instead).
    for (qsizetype i = 0; i < first; ++i)
        list.removeFirst();
    for (const QJsonValue &v : edit.value(str("add")).toArray())
        list.append(v);
    node = list;
    return true;
}

bool applyAt(QJsonValue &node, const QJsonArray &path, qsizetype depth, const QJsonObject &edit)
{
    if (depth == path.size())
        return edit.contains(str("keep")) && keep(node, edit);
    const QJsonValue step = path.at(depth);
    const bool last = depth + 1 == path.size() && !edit.contains(str("keep"));
    if (node.isObject() && step.isString()) {
        QJsonObject object = node.toObject();
        node = QJsonValue();
        const QString key = step.toString();
        if (last && edit.contains(str("v"))) {
            object.insert(key, edit.value(str("v")));
        } else if (last) {
            if (!edit.contains(str("d")) || !object.contains(key))
                return false;
            object.remove(key);
        } else {
            if (!object.contains(key))
                return false;
            QJsonValue child = object.take(key);
            if (!applyAt(child, path, depth + 1, edit))
                return false;
            object.insert(key, child);
        }
        node = object;
        return true;
    }
    if (node.isArray()) {
        QJsonArray list = node.toArray();
        node = QJsonValue();
        const qsizetype i = index(step, list.size() - 1);
        if (i < 0)
            return false;
        if (last) {
            if (!edit.contains(str("v")))
                return false;
            list.replace(i, edit.value(str("v")));
        } else {
            QJsonValue child = list.at(i);
            list.replace(i, QJsonValue());
            if (!applyAt(child, path, depth + 1, edit))
                return false;
            list.replace(i, child);
        }
        node = list;
        return true;
    }
    return false;
}

} // namespace

namespace SimJsonPatch {

QJsonArray diff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonArray out;
    diffObject({}, before, after, out);
    return out;
}

bool apply(QJsonObject *state, const QJsonArray &edits, QString *problem)
{
    QJsonValue root = *state;
    *state = {};
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const QJsonObject edit = edits.at(i).toObject();
        if (!edits.at(i).isObject() || !edit.value(str("p")).isArray()
            || !applyAt(root, edit.value(str("p")).toArray(), 0, edit)) {
            *problem = QStringLiteral("its edit %1 does not fit the state before it").arg(i + 1);
            *state = root.toObject();
            return false;
        }
    }
    *state = root.toObject();
    return true;
}

} // namespace SimJsonPatch
