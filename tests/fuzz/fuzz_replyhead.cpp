// libFuzzer target: what the console makes of a reply's status and header fields (ReplyHead),
// and of the tokens a login hands it, on any bytes a server could send. The first two bytes
// are the status; the rest is a header block, one field a line, as Qt hands fields over.
// Besides not crashing, the rules hold: a 1xx is never read as an answer, a Retry-After is a
// delay or -1, and a token the console accepts has nothing that could end a header line.
#include "ApiError.h"
#include "ApiParsers.h"
#include "ReplyHead.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
void require(bool holds)
{
    if (!holds)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = (int(data[0]) << 8 | int(data[1])) % 1000;
    const QByteArray block(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2));

    ReplyHead::Fields fields;
    for (const QByteArray &line : block.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            fields.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    for (const qint64 limit : {qint64(0), qint64(1024), qint64(8) * 1024 * 1024}) {
        const ReplyHead::Verdict verdict = ReplyHead::classify(status, fields, limit);
        if (status >= 100 && status < 200)
            require(verdict == ReplyHead::Verdict::InterimOnly);
        else if (fields.isEmpty())
            require(verdict == ReplyHead::Verdict::HeaderUnreadable);
        else if (status >= 300 && status < 400)
            require(verdict == ReplyHead::Verdict::Redirected);
    }
    require(ReplyHead::retryAfterSeconds(ReplyHead::field(fields, "Retry-After")) >= -1);
    require(ReplyHead::retryAfterSeconds(block) >= -1);

    for (const auto &f : fields) {
        const QString token = QString::fromUtf8(f.second);
        if (ApiParsers::isUsableToken(token))
            for (const QChar c : token)
                require(c.unicode() > 0x20 && c.unicode() < 0x7f);
    }
    const QString whole = QString::fromUtf8(block);
    if (ApiParsers::isUsableToken(whole))
        require(!whole.contains(QLatin1Char('\n')) && !whole.contains(QLatin1Char('\r')));

    require(!ApiError::interimOnly(status).message().isEmpty());
    require(!ApiError::headerUnreadable(status).message().isEmpty());
    require(!ApiError::unusableToken(QStringLiteral("access_token")).message().isEmpty());
    return 0;
}
