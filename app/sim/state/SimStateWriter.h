#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

// Puts a state file's text and its journal's records on disk. SimStateFile calls it from its
// writer thread and its compaction thread, never for the same path from both at once; a test
// puts in one that fails as a full or read-only disk does, or one that counts what is written.
class SimStateWriter
{
public:
    SimStateWriter() = default;
    virtual ~SimStateWriter() = default;
    Q_DISABLE_COPY_MOVE(SimStateWriter)

    // Replaces the file at `path` with `text` whole, or leaves it as it was. Returns what went
    // wrong, in words, or nothing once the text is on disk.
    virtual QString write(const QString &path, const QByteArray &text) = 0;
    // Writes `text` at byte `at` of the file at `path` (creating it), drops whatever followed
    // (what a failed append left), and returns once it is on disk (fsync), or says what went
    // wrong. A crash may leave part of `text` behind: the journal's reader drops it.
    virtual QString append(const QString &path, const QByteArray &text, qint64 at) = 0;

    // The real one: QSaveFile for whole files (a crash leaves the old file or the new one,
    // never half of one), fsync for appends.
    static std::unique_ptr<SimStateWriter> saveFile();
};
