#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Reads fields from untrusted JSON with type checks. Unknown fields are ignored; a missing
// optional field reads as empty; a field of the wrong type (or a missing required one) is
// recorded as the first problem, and parsing code turns that into a clear error.
class JsonReader final
{
public:
    // A JSON number as a whole number; `fallback` when it is not a number or lies outside
    // what a qint64 holds (converting such a double is undefined behaviour).
    static qint64 toInt64(const QJsonValue &value, qint64 fallback = 0)
    {
        const double d = value.toDouble(double(fallback));
        return d >= -9.2e18 && d <= 9.2e18 ? static_cast<qint64>(d) : fallback;
    }

    enum class Need { Optional, Required };

    // Parses a whole body; on failure problem() says why.
    bool parse(const QByteArray &body, QJsonValue *out);

    QString string(const QJsonObject &object, const QString &key, Need need = Need::Optional);
    bool boolean(const QJsonObject &object, const QString &key, Need need = Need::Optional);
    // Accepts integral JSON numbers only (seconds since the epoch, counters...).
    qint64 integer(const QJsonObject &object, const QString &key, Need need = Need::Optional);
    double number(const QJsonObject &object, const QString &key, Need need = Need::Optional);
    QJsonObject object(const QJsonObject &object, const QString &key, Need need = Need::Optional);
    QJsonArray array(const QJsonObject &object, const QString &key, Need need = Need::Optional);
    QStringList strings(const QJsonObject &object, const QString &key, Need need = Need::Optional);

    QJsonObject asObject(const QJsonValue &value, const QString &what);
    QJsonArray asArray(const QJsonValue &value, const QString &what);

    bool failed() const { return !m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    void fail(const QString &problem);

private:
    QJsonValue field(const QJsonObject &object, const QString &key, Need need,
        QJsonValue::Type type, const char *typeName);

    QString m_problem;
};
