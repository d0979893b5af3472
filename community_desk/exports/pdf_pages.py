"""What every multi-page PDF of the program needs: "第N页 共M页" footers and never half a file on disk.

reportlab only knows the page count once the whole story is laid out, so the canvas keeps each page until
save() and then draws the footer with the total on every one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from community_desk.exports.files import replace_atomically

Footer = Callable[[Canvas, int], None]  # (canvas on the page being finished, total pages)


class PdfExportError(Exception):
    """The PDF could not be produced; the message is for the clerk."""


PDF_BUSY = "无法写入 {target}：文件可能正在被其他程序打开，或没有写入权限。"


def numbered_canvas(footer: Footer) -> type[Canvas]:
    """A canvasmaker for doc.build(): `footer(canvas, total)` runs on every page once the total is known."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.saveState()
                footer(self, total)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def save_pdf_bytes(data: bytes, out_path: Path) -> Path:
    """Writes the PDF to a temporary file beside `out_path` and moves it into place (never half a file)."""
    return replace_atomically(out_path, lambda temp: temp.write_bytes(data), PdfExportError, PDF_BUSY)
