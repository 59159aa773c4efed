#pragma once

#include "SimStateWriter.h"

#include <atomic>
#include <memory>

// A disk that fails as a full one does while `full` is set, and writes for real otherwise:
// state files and journal records alike.
class FullDisk final : public SimStateWriter
{
public:
    explicit FullDisk(std::shared_ptr<std::atomic<bool>> full)
        : m_full(std::move(full))
    { }
    QString write(const QString &path, const QByteArray &text) override
    {
        if (*m_full)
            return QStringLiteral("cannot write the state file %1: No space left on device")
                .arg(path);
        return m_disk->write(path, text);
    }
    QString append(const QString &path, const QByteArray &text, qint64 at) override
    {
        if (*m_full) { // as a full disk does: part of the record gets there
            m_disk->append(path, text.left(text.size() / 2), at);
            return QStringLiteral("cannot write the journal %1: No space left on device")
                .arg(path);
        }
        return m_disk->append(path, text, at);
    }

private:
    std::shared_ptr<std::atomic<bool>> m_full;
    std::unique_ptr<SimStateWriter> m_disk = SimStateWriter::saveFile();
};
