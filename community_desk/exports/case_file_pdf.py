"""人民调解卷宗 as PDF, drawn by our own code (reportlab) from the same contexts as the Word forms.

A clerk's PC has no Word or LibreOffice automation to convert the .docx, so the PDF is laid out here: A4, the
margins and type sizes of the templates, the bundled CJK fonts embedded as subsets with BabelStone Han for
characters Micro Hei lacks (䶮, 𠮷), the cover and 卷内目录 unnumbered and the forms numbered 第1页… in the footer.

Page numbers in the 目录 are exact: the file is built twice. The first build records, for each form, the page its
title lands on (a zero-size marker flowable at the top of the form); the second build prints those numbers. If the
numbers moved the layout (a 目录 that grew a page), it builds again until they are stable. The forms themselves
are in case_file_pdf_forms.py.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate
from reportlab.platypus.doctemplate import LayoutError

from community_desk.exports.case_file import CaseFile
from community_desk.exports.case_file_pdf_forms import FORM_FLOWABLES, cover_flowables, toc_flowables
from community_desk.exports.fonts import PDF_FONT, draw_string, register_pdf_fonts
from community_desk.exports.pdf_pages import PdfExportError, save_pdf_bytes

Progress = Callable[[int, int], None]
MARGINS = {"left": 2.6 * cm, "right": 2.0 * cm, "top": 2.5 * cm, "bottom": 2.2 * cm}
FOOTER_Y = 1.2 * cm
FOOTER_SIZE = 9
MAX_PASSES = 4


class _Mark(Flowable):
    """Zero-size marker at the top of a form: notes the physical page and adds a PDF outline entry."""

    def __init__(self, key: str, title: str, sink: dict[str, int]) -> None:
        super().__init__()
        self.key, self.title, self.sink = key, title, sink
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.sink[self.key] = self.canv.getPageNumber()
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.title, self.key, level=0)


class _Document(BaseDocTemplate):
    """Two page templates: 'front' (cover, 目录: no footer) and 'body' (卷号 left, 第N页 right)."""

    def __init__(self, target: io.BytesIO, case_file: CaseFile, marks: dict[str, int]) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGINS["left"],
            rightMargin=MARGINS["right"],
            topMargin=MARGINS["top"],
            bottomMargin=MARGINS["bottom"],
            title=f"人民调解卷宗 {case_file.case['number']}",
            author=case_file.committee,
            subject="人民调解卷宗",
            creator="社区工作台",
            initialFontName=PDF_FONT,  # else every page names Helvetica, a font the PDF does not embed
        )
        self._number = case_file.case["number"]
        self._first = case_file.parts[0].bookmark if case_file.parts else ""
        self._marks = marks
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, 0, 0, 0, 0, id="body")
        self.addPageTemplates([PageTemplate("front", [frame]), PageTemplate("body", [frame], onPageEnd=self._footer)])

    def _footer(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        """By the end of a body page the first form's marker has been drawn, so the front pages are known."""
        front = self._marks.get(self._first, 1) - 1
        canvas.saveState()
        draw_string(canvas, MARGINS["left"], FOOTER_Y, f"卷号：{self._number}", FOOTER_SIZE)
        canvas.setFont(PDF_FONT, FOOTER_SIZE)
        canvas.drawRightString(A4[0] - MARGINS["right"], FOOTER_Y, f"第 {canvas.getPageNumber() - front} 页")
        canvas.restoreState()


def _story(case_file: CaseFile, pages: Mapping[str, int], marks: dict[str, int]) -> list[Flowable]:
    story: list[Flowable] = [*cover_flowables(case_file.cover_context(pages)), PageBreak()]
    story += toc_flowables(case_file.cover_context(pages))
    story += [NextPageTemplate("body"), PageBreak()]
    for index, part in enumerate(case_file.parts):
        if index:
            story.append(PageBreak())
        story.append(_Mark(part.bookmark, part.title, marks))
        story += FORM_FLOWABLES[part.key](case_file.context(part, pages))
    return story


def _build(case_file: CaseFile, pages: Mapping[str, int]) -> tuple[bytes, dict[str, int]]:
    """One build; returns the PDF and the page numbers (1 = first page of the first form) where forms start."""
    register_pdf_fonts()
    marks: dict[str, int] = {}
    buffer = io.BytesIO()
    try:
        _Document(buffer, case_file, marks).build(_story(case_file, pages, marks))
    except LayoutError as error:
        raise PdfExportError(f"卷宗中有内容过长，无法排入一页：{error}") from error
    front = marks.get(case_file.parts[0].bookmark, 1) - 1 if case_file.parts else 0
    return buffer.getvalue(), {key: page - front for key, page in marks.items()}


def render_pdf(case_file: CaseFile, progress: Progress | None = None) -> tuple[bytes, dict[str, int]]:
    """The finished PDF and its page numbers, built until the 目录 lists the pages the forms are on."""
    pages = case_file.estimated_pages()
    for done in range(1, MAX_PASSES + 1):
        data, found = _build(case_file, pages)
        if progress is not None:
            progress(done, done + (found != pages))
        if found == pages:
            return data, found
        pages = found
    raise PdfExportError("卷内目录的页码无法确定，请缩短过长的内容后重试。")


def layout_pages(case_file: CaseFile) -> dict[str, int]:
    """Where each form starts in our layout: the cached page numbers of the Word 卷宗."""
    return render_pdf(case_file)[1]


def write_pdf(case_file: CaseFile, out_path: Path, progress: Progress | None = None) -> Path:
    """Writes the PDF to a temporary file next to `out_path` and moves it into place (never half a file)."""
    data, _pages = render_pdf(case_file, progress)
    return save_pdf_bytes(data, out_path)
