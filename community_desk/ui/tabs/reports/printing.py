"""Printing the preview's QTextDocument, so paper shows exactly what the clerk sees (charts included).

QTextDocument.print_ lays a copy out for the printer's page (resources such as the charts travel with it),
so the preview on screen keeps its own width.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

PAGE_MARGINS_MM = QMarginsF(20, 18, 20, 18)  # 公文-like margins; the binding edge needs the room


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


def preview_dialog(document: QTextDocument, title: str, parent: QWidget) -> QPrintPreviewDialog:
    """A 打印预览 dialog that paints `document`; the caller shows it (exec).

    The dialog's own printer is used: one handed in from Python would be collected while the dialog still paints.
    """
    dialog = QPrintPreviewDialog(parent)
    set_up(dialog.printer(), title)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "打印预览 — {0}").format(title))
    dialog.resize(900, 1000)
    dialog.paintRequested.connect(lambda printer: document.print_(printer))
    return dialog


def print_with_dialog(document: QTextDocument, title: str, parent: QWidget) -> bool:
    """The system print dialog, then printing; False when the clerk cancelled."""
    dialog = QPrintDialog(parent)
    set_up(dialog.printer(), title)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "打印 {0}").format(title))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document.print_(dialog.printer())
    return True
