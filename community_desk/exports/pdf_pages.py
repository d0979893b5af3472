"""What every multi-page PDF of the program needs: "第N页 共M页" footers and never half a file on disk.

reportlab only knows the page count once the whole story is laid out, so the canvas keeps each page until
save() and then draws the footer with the total on every one.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

Footer = Callable[[Canvas, int], None]  # (canvas on the page being finished, total pages)


class PdfExportError(Exception):
    """The PDF could not be produced; the message is for the clerk."""


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
    out_path = Path(out_path)
    if not out_path.parent.is_dir():
        raise PdfExportError(f"保存位置不存在：{out_path.parent}")
    temp = out_path.with_name(f".{out_path.stem}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temp.write_bytes(data)
        os.replace(temp, out_path)
    except PermissionError as error:
        raise PdfExportError(f"无法写入 {out_path}：文件可能正在被其他程序打开，或没有写入权限。") from error
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return out_path
