#include "JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

bool JsonReader::parse(const QByteArray &body, QJsonValue *out)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (body.trimmed().isEmpty())
            fail(QStringLiteral("the reply was empty where JSON was expected"));
        else
            fail(QStringLiteral("invalid JSON at byte %1 (%2)")
                     .arg(error.offset)
                     .arg(error.errorString()));
        return false;
    }
    *out = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    return true;
}

void JsonReader::fail(const QString &problem)
{
    if (m_problem.isEmpty())
        m_problem = problem;
}

QJsonValue JsonReader::field(const QJsonObject &object, const QString &key, Need need,
    QJsonValue::Type type, const char *typeName)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (need == Need::Required)
            fail(QStringLiteral("the field \u201c%1\u201d is missing").arg(key));
        return {};
    }
    if (value.type() != type) {
        fail(QStringLiteral("the field \u201c%1\u201d should be %2")
                 .arg(key, QLatin1String(typeName)));
        return {};
    }
    return value;
}

QString JsonReader::string(const QJsonObject &object, const QString &key, Need need)
{
    return field(object, key, need, QJsonValue::String, "a string").toString();
}

bool JsonReader::boolean(const QJsonObject &object, const QString &key, Need need)
{
    return field(object, key, need, QJsonValue::Bool, "true or false").toBool();
}

qint64 JsonReader::integer(const QJsonObject &object, const QString &key, Need need)
{
    const double value = field(object, key, need, QJsonValue::Double, "a number").toDouble();
    if (!std::isfinite(value) || std::trunc(value) != value || std::fabs(value) > 9.0e15) {
        fail(QStringLiteral("the field \u201c%1\u201d should be a whole number").arg(key));
        return 0;
    }
    return static_cast<qint64>(value);
}

double JsonReader::number(const QJsonObject &object, const QString &key, Need need)
{
    return field(object, key, need, QJsonValue::Double, "a number").toDouble();
}

QJsonObject JsonReader::object(const QJsonObject &object, const QString &key, Need need)
{
    return field(object, key, need, QJsonValue::Object, "an object").toObject();
}

QJsonArray JsonReader::array(const QJsonObject &object, const QString &key, Need need)
{
    return field(object, key, need, QJsonValue::Array, "a list").toArray();
}

QStringList JsonReader::strings(const QJsonObject &object, const QString &key, Need need)
{
    QStringList out;
    const QJsonArray items = array(object, key, need);
    for (const QJsonValue &item : items) {
        if (!item.isString()) {
            fail(QStringLiteral("the field \u201c%1\u201d should list strings").arg(key));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

QJsonObject JsonReader::asObject(const QJsonValue &value, const QString &what)
{
    if (!value.isObject()) {
        fail(QStringLiteral("%1 should be a JSON object").arg(what));
        return {};
    }
    return value.toObject();
}

QJsonArray JsonReader::asArray(const QJsonValue &value, const QString &what)
{
    if (!value.isArray()) {
        fail(QStringLiteral("%1 should be a JSON list").arg(what));
        return {};
    }
    return value.toArray();
}
