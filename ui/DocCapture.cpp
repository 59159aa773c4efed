#include "DocCapture.h"

#include "MainWindow.h"

#include <QCoreApplication>
#include <QDialog>
#include <QEvent>
#include <QPainter>
#include <QPixmap>

namespace DocCapture {

bool write(MainWindow *window, const QString &path, QString *problem)
{
    // Lay out what changed since the last pass, so the picture shows the current text in
    // place (only layout requests are delivered; no other event runs here).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QPixmap shot = window->grab();
    if (QDialog *dialog = window->openDialog(); dialog && dialog->isVisible()) {
        QPainter painter(&shot);
        painter.fillRect(
            QRect(QPoint(0, 0), shot.deviceIndependentSize().toSize()), QColor(33, 49, 60, 140));
        const QPixmap modal = dialog->grab();
        const QSize size = modal.deviceIndependentSize().toSize();
        const QSize area = shot.deviceIndependentSize().toSize();
        const QPoint at(
            (area.width() - size.width()) / 2, qMax(24, (area.height() - size.height()) / 3));
        painter.drawPixmap(at, modal);
    }
    if (!shot.save(path, "PNG")) {
        *problem = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace DocCapture
