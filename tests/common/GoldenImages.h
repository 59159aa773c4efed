#pragma once

#include <QDir>
#include <QFile>
#include <QImage>
#include <QString>

// Pictures of ours against golden images checked in under tests/data/: a pixel differs when
// one of its channels moved by more than 64 of 255 (antialiasing and hinting move edges by
// less, a changed text, colour or control by more), and a picture fails when more than 0.5 %
// of its pixels differ. SYNC_CONSOLE_UPDATE_GOLDENS=1 writes the goldens instead (then look at
// them, and commit them).
namespace GoldenImages {

struct Difference
{
    bool sameSize = false;
    double fraction = 1.0; // of the pixels that differ by more than the threshold
};

inline Difference compare(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return {};
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            const int d = qMax(qAbs(qRed(p[col]) - qRed(q[col])),
                qMax(qAbs(qGreen(p[col]) - qGreen(q[col])), qAbs(qBlue(p[col]) - qBlue(q[col]))));
            differing += d > 64;
        }
    }
    return {true, double(differing) / (double(x.width()) * x.height())};
}

inline bool updating()
{
    return qEnvironmentVariableIntValue("SYNC_CONSOLE_UPDATE_GOLDENS") == 1;
}

// `ours` against goldens/name: empty when it passes (or, updating, once the golden is
// written), else what differs, ours kept as $TMPDIR/<keptPrefix><name> to look at.
inline QString check(
    const QImage &ours, const QDir &goldens, const QString &name, const QString &keptPrefix)
{
    if (updating()) {
        QDir().mkpath(goldens.path());
        return ours.save(goldens.filePath(name)) ? QString()
                                                 : QStringLiteral("%1: not written").arg(name);
    }
    const QImage golden(goldens.filePath(name));
    if (golden.isNull())
        return QStringLiteral("no golden %1").arg(name);
    const Difference d = compare(ours, golden);
    // A few changed digits stay under half a percent; a moved or restyled control not.
    if (d.sameSize && d.fraction <= 0.005)
        return {};
    const QString kept = QDir::temp().filePath(keptPrefix + name);
    QFile::remove(kept);
    ours.save(kept);
    return QStringLiteral("%1: %2 (ours kept as %3)")
        .arg(name,
            d.sameSize ? QStringLiteral("%1 % of the pixels differ").arg(d.fraction * 100, 0, 'f', 2)
                       : QStringLiteral("another size"),
            kept);
}

} // namespace GoldenImages
