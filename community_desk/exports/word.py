"""Word documents from the editable .docx templates in exports/templates/ (docxtpl, i.e. Jinja2 inside Word).

Official forms are templates a clerk can open and edit in Word (architecture rule 6), so this module only fills
them: callers pass plain strings, lists and dicts, already formatted (dates as 2026年11月23日, IDs masked or not).
Shared by every form (一户一档, 调解文书, 证明…); no Qt, no SQLAlchemy.

Rendering is strict: a template that uses a name the code does not supply fails with a Chinese message instead of
printing a blank, and values are XML-escaped, so a name with "&" or "<" cannot break the document. The file is
written to a temporary file next to the target and moved into place, so a failure never leaves half a document.

Rare characters: the templates' styles use 宋体 (SimSun) for East Asian text, which covers CJK Extension A (䶮,
part of GB 18030). Characters beyond U+FFFF (Extension B and later: 𠮷) are not in SimSun; whether Word then finds
them depends on Windows font linking/fallback for the base font, which is not guaranteed, so after rendering every
such character is put in a run of its own whose four font slots all name SimSun-ExtB, the Extension B companion
font Windows installs with SimSun. A machine without it (or a character beyond Extension B) still falls back to
whatever Word finds; the text itself is always kept as typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from copy import deepcopy
from datetime import date
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateError, UndefinedError
from lxml import etree

from community_desk.exports.files import replace_atomically

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"
BODY_FONT = "宋体"  # SimSun: on every Chinese Windows; has GB 18030's Extension A
HEADING_FONT = "黑体"  # SimHei: titles and table headers (fixed text only; it lacks Extension A)
LATIN_FONT = "Times New Roman"  # digits and letters, as in official documents
SUPPLEMENTARY_FONT = "SimSun-ExtB"  # Windows' font for CJK Extension B (U+20000…)

# Characters no BMP font has: planes 2 and 3 (CJK Extension B–H, compatibility supplement).
_SUPPLEMENTARY = re.compile("[\U00020000-\U0003ffff]+")
# Characters XML 1.0 forbids (and \a, \f, which docxtpl would turn into paragraph and page breaks).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FONT_SLOTS = ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")
_THEME_SLOTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
_RPR_FIRST = ("w:rStyle",)  # the only rPr child that precedes rFonts in the schema


class WordExportError(Exception):
    """A document could not be produced; the message is for the clerk."""


WORD_BUSY = "无法写入 {target}：文件可能正在 Word 中打开，或没有写入权限。"


def chinese_date(value: date | None) -> str:
    """2026年11月23日 (architecture rule 8); blank for an unknown date."""
    return f"{value.year}年{value.month}月{value.day}日" if value else ""


def template_path(template_name: str) -> Path:
    path = TEMPLATE_DIR / template_name
    if not path.is_file():
        raise WordExportError(f"找不到Word模板：{path}")
    return path


def _environment() -> Environment:
    return Environment(undefined=StrictUndefined, autoescape=True)


def template_variables(template_name: str) -> set[str]:
    """The top-level names a template reads (body, headers, footers) — what the code has to supply."""
    template = DocxTemplate(template_path(template_name))
    try:
        return set(template.get_undeclared_template_variables(jinja_env=_environment()))
    except TemplateError as error:
        raise WordExportError(f"Word模板 {template_name} 的标记有误：{error}") from error


def clean_text(value: Any) -> Any:
    """Strings, lists and dicts with XML-forbidden control characters removed; other values as they are."""
    if isinstance(value, str):
        return _XML_INVALID.sub("", value)
    if isinstance(value, Mapping):
        return {key: clean_text(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [clean_text(item) for item in value]
    return value


def save_atomic(document: Any, out_path: Path) -> Path:
    """Saves next to the target and moves it into place, so the target is the old file or the whole new one."""
    return replace_atomically(out_path, document.save, WordExportError, WORD_BUSY)


def render(template_name: str, context: Mapping[str, Any], out_path: Path) -> Path:
    """Fill `template_name` with `context` and write it to `out_path` atomically; returns `out_path`.

    The document is saved to a temporary file in the target's folder and moved over the target with os.replace,
    so the target is either the old file or the whole new one; the temporary file is removed on any failure.
    """
    out_path = Path(out_path)
    template = DocxTemplate(template_path(template_name))
    try:
        template.render(clean_text(dict(context)), jinja_env=_environment(), autoescape=True)
    except UndefinedError as error:
        raise WordExportError(f"Word模板 {template_name} 使用了程序未提供的内容：{error}") from error
    except TemplateError as error:
        raise WordExportError(f"Word模板 {template_name} 的标记有误：{error}") from error
    for root in _text_roots(template):
        use_supplementary_font(root)
    return save_atomic(template, out_path)


def _text_roots(template: DocxTemplate) -> Iterator[etree._Element]:
    """The rendered body and every header and footer part."""
    document = template.docx
    yield document.element.body
    for rel in document.part.rels.values():
        if rel.reltype in (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI) and not rel.is_external:
            element = getattr(rel.target_part, "element", None)
            if element is not None:
                yield element


def use_supplementary_font(root: etree._Element) -> int:
    """Give every character beyond U+FFFF its own run in SimSun-ExtB, keeping the run's other formatting.

    All four font slots are set, because which slot Word uses for a surrogate pair depends on its classification
    table ([MS-OI29500] 2.1.88) and the run's hint; whatever it picks, it gets SimSun-ExtB. Returns the number of
    runs split.
    """
    runs = [t.getparent() for t in root.iter(qn("w:t")) if t.text and _SUPPLEMENTARY.search(t.text)]
    split = 0
    for run in dict.fromkeys(runs):  # a run with two such w:t elements is split once
        if run is None or run.tag != qn("w:r") or run.getparent() is None:
            continue
        _split_run(run)
        split += 1
    return split


def _split_run(run: etree._Element) -> None:
    properties = run.find(qn("w:rPr"))
    pieces: list[etree._Element] = []
    current: etree._Element | None = None

    def new_run(rare: bool) -> etree._Element:
        piece = etree.Element(qn("w:r"))
        if properties is not None:
            piece.append(deepcopy(properties))
        if rare:
            _set_supplementary_fonts(piece)
        pieces.append(piece)
        return piece

    for child in list(run):
        if child is properties:
            continue
        if child.tag != qn("w:t") or not child.text or not _SUPPLEMENTARY.search(child.text):
            if current is None:
                current = new_run(rare=False)
            current.append(child)
            continue
        text, position = child.text, 0
        for match in _SUPPLEMENTARY.finditer(text):
            if match.start() > position:
                current = new_run(rare=False)
                current.append(_text(text[position : match.start()]))
            new_run(rare=True).append(_text(match.group()))
            current = None  # what follows goes in a plain run again
            position = match.end()
        if position < len(text):
            current = new_run(rare=False)
            current.append(_text(text[position:]))
    parent = run.getparent()
    index = parent.index(run)
    parent.remove(run)
    for offset, piece in enumerate(pieces):
        parent.insert(index + offset, piece)


def _text(value: str) -> etree._Element:
    element = etree.Element(qn("w:t"))
    element.text = value
    element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return element


def _set_supplementary_fonts(run: etree._Element) -> None:
    properties = run.find(qn("w:rPr"))
    if properties is None:
        properties = etree.SubElement(run, qn("w:rPr"))
        run.insert(0, properties)
    fonts = properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = etree.Element(qn("w:rFonts"))
        position = sum(1 for child in properties if child.tag in {qn(tag) for tag in _RPR_FIRST})
        properties.insert(position, fonts)
    for slot in _THEME_SLOTS:
        fonts.attrib.pop(qn(slot), None)
    for slot in _FONT_SLOTS:
        fonts.set(qn(slot), SUPPLEMENTARY_FONT)
    fonts.set(qn("w:hint"), "eastAsia")
