#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

// Puts a state file's text on disk. SimStateFile calls it on its writer thread, one write at a
// time; a test puts in one that fails as a full or read-only disk does.
class SimStateWriter
{
public:
    SimStateWriter() = default;
    virtual ~SimStateWriter() = default;
    Q_DISABLE_COPY_MOVE(SimStateWriter)

    // Replaces the file at `path` with `text` whole, or leaves it as it was. Returns what went
    // wrong, in words, or nothing once the text is on disk.
    virtual QString write(const QString &path, const QByteArray &text) = 0;

    // The real one (QSaveFile): a crash leaves the old file or the new one, never half of one.
    static std::unique_ptr<SimStateWriter> saveFile();
};
