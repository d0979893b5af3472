"""Printing the preview's QTextDocument, so paper shows exactly what the clerk sees (charts included).

A copy of the document is laid out for the printer's page (resources such as the charts travel with the copy,
so the preview on screen keeps its own width), and every page gets what the PDF has too: the community name and
the report's title at the top, "第 N 页 共 M 页" at the bottom. QTextDocument.print_ alone would give only a bare
page number.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

PAGE_MARGINS_MM = QMarginsF(20, 18, 20, 18)  # 公文-like margins; the binding edge needs the room
RUNNING_TEXT_PT = 9  # header and footer
GREY = QColor("#555555")


def set_up(printer: QPrinter, title: str) -> QPrinter:
    """A4 portrait with the report's margins; the job is named after the report."""
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            PAGE_MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def preview_dialog(document: QTextDocument, community: str, title: str, parent: QWidget) -> QPrintPreviewDialog:
    """A 打印预览 dialog that paints `document`; the caller shows it (exec).

    The dialog's own printer is used: one handed in from Python would be collected while the dialog still paints.
    """
    dialog = QPrintPreviewDialog(parent)
    set_up(dialog.printer(), title)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "打印预览 — {0}").format(title))
    dialog.resize(900, 1000)
    dialog.paintRequested.connect(lambda printer: print_pages(document, printer, (community, title)))
    return dialog


def print_with_dialog(document: QTextDocument, community: str, title: str, parent: QWidget) -> bool:
    """The system print dialog, then printing; False when the clerk cancelled."""
    dialog = QPrintDialog(parent)
    set_up(dialog.printer(), title)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "打印 {0}").format(title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_pages(document, dialog.printer(), (community, title))
    return True


def print_pages(document: QTextDocument, printer: QPrinter, header: tuple[str, str]) -> int:
    """Lays a copy of `document` out on the printer's pages with a running header and page numbers; page count."""
    copy = document.clone()
    copy.documentLayout().setPaintDevice(printer)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    font = QFont(copy.defaultFont())
    font.setPointSizeF(RUNNING_TEXT_PT)
    painter = QPainter(printer)
    painter.setFont(font)
    line = painter.fontMetrics().height()
    body = QRectF(0, 2 * line, page.width(), page.height() - 4 * line)  # a line of text and a gap, top and bottom
    copy.setPageSize(body.size())
    total = copy.pageCount()
    for number in range(1, total + 1):
        if number > 1:
            printer.newPage()
        _running_text(painter, page.width(), page.height(), line, header, number, total)
        painter.save()
        painter.translate(body.left(), body.top() - (number - 1) * body.height())
        visible = QRectF(0, (number - 1) * body.height(), body.width(), body.height())
        painter.setClipRect(visible)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = visible
        copy.documentLayout().draw(painter, context)
        painter.restore()
    painter.end()
    return total


def _running_text(
    painter: QPainter, width: float, height: float, line: float, header: tuple[str, str], number: int, total: int
) -> None:
    """Community name left and title right above a thin rule; the page number centred at the foot."""
    left, right = header
    painter.save()
    painter.setPen(GREY)
    top = QRectF(0, 0, width, line)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), left)
    painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), right)
    painter.drawLine(QPointF(0, line * 1.2), QPointF(width, line * 1.2))
    footer = QCoreApplication.translate("printing", "第 {0} 页 共 {1} 页").format(number, total)
    painter.drawText(QRectF(0, height - line, width, line), int(Qt.AlignmentFlag.AlignCenter), footer)
    painter.restore()
