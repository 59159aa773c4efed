#include "ReplyHead.h"

#include <limits>

namespace ReplyHead {

Verdict classify(int status, const Fields &fields, qint64 maxReplyBytes)
{
    if (status >= 100 && status < 200)
        return Verdict::InterimOnly;
    if (fields.isEmpty())
        return Verdict::HeaderUnreadable;
    if (status >= 300 && status < 400)
        return Verdict::Redirected;
    const QByteArray length = field(fields, QByteArrayLiteral("content-length")).trimmed();
    bool ok = false;
    const qulonglong announced = length.toULongLong(&ok);
    if (ok && announced > qulonglong(qMax<qint64>(0, maxReplyBytes)))
        return Verdict::TooLarge;
    return Verdict::Read;
}

QByteArray field(const Fields &fields, const QByteArray &name)
{
    for (const auto &f : fields)
        if (f.first.compare(name, Qt::CaseInsensitive) == 0)
            return f.second;
    return {};
}

int retryAfterSeconds(const QByteArray &value)
{
    const QByteArray digits = value.trimmed();
    if (digits.isEmpty())
        return -1;
    for (const char c : digits)
        if (c < '0' || c > '9')
            return -1;
    // More than fits is a very long wait: the caller caps it.
    return digits.size() > 9 ? std::numeric_limits<int>::max() : digits.toInt();
}

} // namespace ReplyHead
