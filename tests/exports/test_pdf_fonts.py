"""PDF fonts: rare name characters (䶮, 𠮷) come out as text in an embedded fallback font, not as boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from community_desk.exports.fonts import (
    PDF_FALLBACK_FONT,
    PDF_FONT,
    draw_string,
    fallback_markup,
    font_runs,
    register_pdf_fonts,
)

TEXT = "王䶮 𠮷田 社区工作台"


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One page: a draw_string line, a Paragraph built with fallback_markup, then a Helvetica line."""
    path = tmp_path_factory.mktemp("pdf") / "fonts.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica", 10)
    draw_string(canvas, 72, 760, TEXT, 20)
    canvas.drawString(72, 730, "caller font kept")
    style = ParagraphStyle("body", fontName=PDF_FONT, fontSize=20, leading=26)
    paragraph = Paragraph(f"{fallback_markup(TEXT)} <b>{fallback_markup('䶮 & <1>')}</b>", style)
    paragraph.wrap(450, 200)
    paragraph.drawOn(canvas, 72, 640)
    canvas.showPage()
    canvas.save()
    return path


def test_register_pdf_fonts_is_idempotent() -> None:
    register_pdf_fonts()
    fonts = {name: pdfmetrics.getFont(name) for name in (PDF_FONT, PDF_FALLBACK_FONT)}
    register_pdf_fonts()
    assert all(pdfmetrics.getFont(name) is font for name, font in fonts.items())


def test_fallback_markup_wraps_only_characters_the_primary_font_lacks() -> None:
    assert fallback_markup(TEXT) == (
        f'王<font name="{PDF_FALLBACK_FONT}">䶮</font> <font name="{PDF_FALLBACK_FONT}">𠮷</font>田 社区工作台'
    )
    assert fallback_markup("a<b>&c") == "a&lt;b&gt;&amp;c"
    assert list(font_runs("䶮𠮷王")) == [(PDF_FALLBACK_FONT, "䶮𠮷"), (PDF_FONT, "王")]
    assert list(font_runs("")) == []


def test_pdf_text_keeps_rare_characters(pdf_path: Path) -> None:
    lines = PdfReader(pdf_path).pages[0].extract_text().splitlines()
    # The Paragraph line comes back exactly. draw_string places each font run as its own text object, and
    # pypdf's layout guess puts those on separate lines, so for that line only the order is checked.
    assert f"{TEXT} 䶮 & <1>" in lines
    assert "".join(lines).startswith(f"{TEXT}caller font kept")


def test_pdf_embeds_both_fonts_as_truetype(pdf_path: Path) -> None:
    fonts = PdfReader(pdf_path).pages[0]["/Resources"]["/Font"]
    embedded = {}
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font.get("/FontDescriptor")
        if descriptor is not None:
            embedded[str(font["/BaseFont"]).split("+", 1)[1]] = "/FontFile2" in descriptor.get_object()
    assert embedded == {"WenQuanYiMicroHei": True, "BabelStoneHan": True}


def test_to_unicode_map_encodes_extension_b_as_surrogate_pair(pdf_path: Path) -> None:
    # reportlab writes <20BB7>, which the PDF spec (UTF-16BE) and poppler reject; ours writes <D842DFB7>.
    maps = []
    for ref in PdfReader(pdf_path).pages[0]["/Resources"]["/Font"].values():
        to_unicode = ref.get_object().get("/ToUnicode")
        if to_unicode is not None:
            maps.append(to_unicode.get_object().get_data().decode("ascii"))
    assert any("<D842DFB7>" in cmap for cmap in maps)
    assert not any("<20BB7>" in cmap for cmap in maps)
