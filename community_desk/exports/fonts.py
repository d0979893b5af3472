"""Embedded CJK fonts for reportlab PDFs, with per-character fallback for rare name characters.

reportlab draws each string in exactly one font and has no fallback of its own, so text is split into
runs: characters WenQuanYi Micro Hei lacks (CJK Extension A/B/C…, e.g. 䶮 U+4DAE, 𠮷 U+20BB7) are switched
to BabelStone Han. Both are TrueType fonts, embedded as subsets (FontFile2), so the PDF prints the same on
any machine. No Qt here: headless CLI exports use this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from community_desk.config import resource_path

PDF_FONT = "CDMicroHei"
PDF_FALLBACK_FONT = "CDBabelStoneHan"

_FONT_FILES = {
    PDF_FONT: "WenQuanYiMicroHei.ttf",
    PDF_FALLBACK_FONT: "BabelStoneHan-Ext.ttf",
}


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, but with UTF-16BE values, as the PDF spec requires.

    reportlab writes code points as plain hex (<20BB7>), which is invalid beyond the BMP: 𠮷 then vanishes
    from copied or searched text and poppler complains "Odd-length string". A surrogate pair (<D842DFB7>)
    fixes that.
    """
    cmap = [
        "/CIDInit /ProcSet findresource begin",
        "12 dict begin",
        "begincmap",
        "/CIDSystemInfo",
        f"<< /Registry ({fontname})",
        f"/Ordering ({fontname})",
        "/Supplement 0",
        ">> def",
        f"/CMapName /{fontname} def",
        "/CMapType 2 def",
        "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange",
        f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{chr(v).encode('utf-16-be', 'surrogatepass').hex().upper()}>" for i, v in enumerate(subset)),
        "endbfchar",
        "endcmap",
        "CMapName currentdict /CMap defineresource pop",
        "end",
        "end",
    ]
    return "\n".join(cmap)


def _fix_reportlab_to_unicode() -> None:
    """Swap in _to_unicode_cmap only while reportlab still has the bug, so a fixed reportlab is left alone."""
    if "<20BB7>" in ttfonts.makeToUnicodeCMap("probe", [0x20BB7]):
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def register_pdf_fonts() -> None:
    """Register both fonts with reportlab once per process (the fallback alone is a 33 MB file)."""
    _fix_reportlab_to_unicode()
    registered = pdfmetrics.getRegisteredFontNames()
    for name, file_name in _FONT_FILES.items():
        if name in registered:
            continue
        path = resource_path("fonts", file_name)
        if not path.is_file():
            raise RuntimeError(f"Bundled font is missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
        # Neither font has bold or italic faces: map every style to the regular face, so <b>/<i> in a
        # Paragraph keeps the CJK glyphs instead of failing to find "CDMicroHei-Bold".
        pdfmetrics.registerFontFamily(name, normal=name, bold=name, italic=name, boldItalic=name)


def _char_sets() -> tuple[dict[int, int], dict[int, int]]:
    """The code point → glyph maps (cmaps) of the primary and fallback fonts."""
    register_pdf_fonts()
    primary = pdfmetrics.getFont(PDF_FONT)
    fallback = pdfmetrics.getFont(PDF_FALLBACK_FONT)
    return primary.face.charToGlyph, fallback.face.charToGlyph


def font_runs(text: str) -> Iterator[tuple[str, str]]:
    """Split text into (font name, run) pairs: the primary font unless only the fallback has the glyph.

    Characters neither font has stay in the primary run; they come out as Micro Hei's missing glyph, which
    is blank, but the text layer (copy, search) still holds them.
    """
    primary, fallback = _char_sets()
    run_font = ""
    run: list[str] = []
    for char in text:
        code = ord(char)
        font = PDF_FALLBACK_FONT if code not in primary and code in fallback else PDF_FONT
        if run and font != run_font:
            yield run_font, "".join(run)
            run = []
        run_font = font
        run.append(char)
    if run:
        yield run_font, "".join(run)


def fallback_markup(text: str) -> str:
    """Escape plain text for a reportlab Paragraph, wrapping rare characters in the fallback font.

    The Paragraph's style should use PDF_FONT; only the runs that need BabelStone Han get a <font> tag.
    """
    parts = []
    for font, run in font_runs(text):
        escaped = escape(run)
        parts.append(f'<font name="{font}">{escaped}</font>' if font == PDF_FALLBACK_FONT else escaped)
    return "".join(parts)


def draw_string(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """canvas.drawString with fallback: one drawString per run, each in the font that has its glyphs.

    Runs inside saveState/restoreState, so the caller's current font is unchanged afterwards.
    """
    canvas.saveState()
    try:
        for font, run in font_runs(text):
            canvas.setFont(font, size)
            canvas.drawString(x, y, run)
            x += pdfmetrics.stringWidth(run, font, size)
    finally:
        canvas.restoreState()
