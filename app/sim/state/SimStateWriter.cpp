#include "SimStateWriter.h"

#include <QSaveFile>

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
};

} // namespace

std::unique_ptr<SimStateWriter> SimStateWriter::saveFile()
{
    return std::make_unique<SaveFileWriter>();
}
