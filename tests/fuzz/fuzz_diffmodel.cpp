// libFuzzer target: the deploy dialog's diff model on any text a server sends as a diff, every
// row asked for everything the view asks. Diffs are separated by NUL bytes.
#include "DiffModel.h"

#include <QGuiApplication>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication app(*argc, *argv); // fonts and brushes want one
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList diffs;
    for (const QByteArray &part : bytes.split('\0'))
        diffs.append(QString::fromUtf8(part));
    DiffModel model;
    model.setDiffs(diffs);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        for (int role : {int(Qt::DisplayRole), int(Qt::ForegroundRole), int(Qt::FontRole),
                 int(Qt::BackgroundRole), int(Qt::ToolTipRole), int(DiffModel::KindRole)})
            (void)model.data(index, role);
    }
    return 0;
}
