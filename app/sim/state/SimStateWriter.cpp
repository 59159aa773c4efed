#include "SimStateWriter.h"

#include <QFile>
#include <QSaveFile>
#include <cerrno>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

class SaveFileWriter final : public SimStateWriter
{
public:
    QString write(const QString &path, const QByteArray &text) override
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
            return QStringLiteral("cannot write the state file %1: %2")
                .arg(path, file.errorString());
        return {};
    }

    QString append(const QString &path, const QByteArray &text, qint64 at) override
    {
        QFile file(path);
        const bool written = file.open(QIODevice::ReadWrite) && (file.size() == at || file.resize(at))
            && file.seek(at) && file.write(text) == text.size() && file.flush();
        if (!written)
            return QStringLiteral("cannot write the journal %1: %2").arg(path, file.errorString());
#ifdef Q_OS_WIN
        const bool synced = _commit(file.handle()) == 0;
#else
        const bool synced = ::fsync(file.handle()) == 0;
#endif
        if (!synced)
            return QStringLiteral("cannot write the journal %1: %2")
                .arg(path, qt_error_string(errno));
        return {};
    }
};

} // namespace

std::unique_ptr<SimStateWriter> SimStateWriter::saveFile()
{
    return std::make_unique<SaveFileWriter>();
}
