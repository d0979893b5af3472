"""Builds household_card.docx, the 一户一档 居民户信息卡 template, with python-docx.

    python community_desk/exports/templates/make_household_card.py [OUT.docx]

The committed .docx is what the program fills and what a clerk may edit in Word (wording, fonts, widths, margins);
this script exists so the template can be rebuilt from scratch. Running it overwrites any edits made in Word.

Variables the template reads (services/household_card.py supplies exactly these; a test checks both ways):
    community_name, privacy_note, filled_by, filled_on,
    households: list of cards, one per page (section), each with
        household_no, grid, address, head, member_count, residence_nature, created_on, status, note,
        members: name, relation, gender, birth_date, id_number, phone, tags
        events:  date, kind, resident, detail
Dates arrive formatted (2026年11月23日); ID numbers and phones arrive masked unless the export was unmasked.

Page: A4 portrait. Each card is a section of its own whose page numbers start at 1, so 第X页 (a PAGE field in the
footer) counts pages per household when a whole grid is printed into one file. 共Y页 is left out: the per-section
count (SECTIONPAGES) is right in Word but LibreOffice shows its cached value, and NUMPAGES would count the whole
grid; a clerk who only uses Word can add 共{SECTIONPAGES}页 through Insert → Field. The members' header row
repeats on every page and no row is split across pages.

Fonts: East Asian text in 宋体 (headings 黑体), digits and letters in Times New Roman, set in the styles' w:rFonts
(theme fonts removed, since w:eastAsiaTheme would override w:eastAsia), the document language zh-CN, and the font
table; characters beyond U+FFFF are switched to SimSun-ExtB run by run when a card is rendered (see exports/word.py).
"""

from __future__ import annotations

import sys
from copy import deepcopy
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

OUT = Path(__file__).resolve().parent / "household_card.docx"
LATIN_FONT = "Times New Roman"
BODY_FONT = "宋体"
HEADING_FONT = "黑体"
SUPPLEMENTARY_FONT = "SimSun-ExtB"
CONTENT_WIDTH = 17.4  # cm: A4 21 cm less 1.8 cm margins left and right
HEADER_FILL = "F2F2F2"
# Schema order (ECMA-376 CT_TcPr, CT_SectPr): elements that must follow the one being inserted.
TC_PR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                   "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")  # fmt: skip
SECT_PR_AFTER_PG_NUM_TYPE = ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
                             "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")  # fmt: skip

# Font table entries, so Word (or WPS) can substitute sensibly where a font is missing. Panose/charset as the
# fonts report them; 86 = GB2312 charset.
FONT_TABLE = {
    BODY_FONT: ("SimSun", "02010600030101010101", "86", "auto", "variable"),
    HEADING_FONT: ("SimHei", "02010609060101010101", "86", "modern", "fixed"),
    SUPPLEMENTARY_FONT: (None, "02010609060101010101", "86", "modern", "fixed"),
}

MEMBER_COLUMNS = (  # header, width cm, field, centred
    ("序号", 0.9, "loop.index", True),
    ("姓名", 1.7, "m.name", True),
    ("与户主关系", 1.8, "m.relation", True),
    ("性别", 0.9, "m.gender", True),
    ("出生日期", 3.2, "m.birth_date", True),
    ("公民身份号码", 3.9, "m.id_number", True),
    ("联系电话", 2.5, "m.phone", True),
    ("特殊人群", 2.5, "m.tags", False),
)
EVENT_COLUMNS = (
    ("日期", 3.2, "e.date", True),
    ("事项", 1.8, "e.kind", True),
    ("居民", 2.2, "e.resident", True),
    ("说明", 10.2, "e.detail", False),
)
INFO_ROWS = (  # (label, field) pairs; one pair = the value spans the row
    (("户号", "h.household_no"), ("网格", "h.grid")),
    (("住址", "h.address"),),
    (("户主", "h.head"), ("现有人数", "h.member_count")),
    (("居住性质", "h.residence_nature"), ("建户日期", "h.created_on")),
    (("户状态", "h.status"), ("备注", "h.note")),
)


def build(out: Path = OUT) -> Path:
    document = Document()
    _page_setup(document)
    _styles(document)
    _font_table(document)
    _settings(document)
    _properties(document)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)

    _tag(document, "{%p for h in households %}")
    document.add_paragraph("一户一档 居民户信息卡", style="卡片标题")
    document.add_paragraph("{{ community_name }}", style="卡片副标题")
    document.add_paragraph("一、户基本信息", style="卡片小标题")
    _info_table(document)
    document.add_paragraph("二、户内成员", style="卡片小标题")
    _list_table(document, MEMBER_COLUMNS, "m", "h.members", "（无在册成员）", Cm(0.75))
    document.add_paragraph("三、变动记录", style="卡片小标题")
    _list_table(document, EVENT_COLUMNS, "e", "h.events", "（无变动记录）", Cm(0.65))
    document.add_paragraph("{{ privacy_note }}", style="说明文字")
    _tag(document, "{%p if not loop.last %}")
    _section_break(document)
    _tag(document, "{%p endif %}")
    _tag(document, "{%p endfor %}")
    _footer(document)
    document.save(out)
    return out


# --- page, styles, fonts -----------------------------------------------------------------------------------
def _page_setup(document: WordDocument) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.left_margin, section.right_margin = Cm(1.8), Cm(1.8)
    section.header_distance, section.footer_distance = Cm(1.2), Cm(1.0)
    number_type = OxmlElement("w:pgNumType")
    number_type.set(qn("w:start"), "1")  # every card (section) starts at 第1页
    section._sectPr.insert_element_before(number_type, *SECT_PR_AFTER_PG_NUM_TYPE)


def _set_fonts(rpr_parent, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Explicit fonts for all four slots; theme attributes go, since they would win over w:eastAsia."""
    rpr = rpr_parent.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:hint"), "eastAsia")


def _styles(document: WordDocument) -> None:
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    for slot, font in (("ascii", LATIN_FONT), ("hAnsi", LATIN_FONT), ("eastAsia", BODY_FONT), ("cs", LATIN_FONT)):
        fonts.set(qn(f"w:{slot}"), font)
    fonts.set(qn("w:hint"), "eastAsia")
    rpr.find(qn("w:sz")).set(qn("w:val"), "21")  # 五号 10.5 pt
    rpr.find(qn("w:szCs")).set(qn("w:val"), "21")
    rpr.find(qn("w:lang")).set(qn("w:eastAsia"), "zh-CN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")

    # The default template's built-in styles (Heading 1, Title…) name theme fonts, which would win over any
    # w:eastAsia a clerk sets; without them every style falls back to the defaults above.
    for fonts in styles.element.iter(qn("w:rFonts")):
        for name in [name for name in fonts.attrib if name.endswith("Theme") or name.endswith("theme")]:
            del fonts.attrib[name]
    normal = styles["Normal"]
    _set_fonts(normal.element, BODY_FONT)
    normal.font.size = Pt(10.5)

    def paragraph_style(name: str, font: str, size: float, align, before: float = 0, after: float = 0):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        _set_fonts(style.element, font)
        style.font.size = Pt(size)
        style.paragraph_format.alignment = align
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        return style

    title = paragraph_style("卡片标题", HEADING_FONT, 18, WD_ALIGN_PARAGRAPH.CENTER, after=4)
    title.paragraph_format.keep_with_next = True
    subtitle = paragraph_style("卡片副标题", BODY_FONT, 12, WD_ALIGN_PARAGRAPH.CENTER, after=6)
    subtitle.paragraph_format.keep_with_next = True
    heading = paragraph_style("卡片小标题", HEADING_FONT, 12, WD_ALIGN_PARAGRAPH.LEFT, before=8, after=4)
    heading.paragraph_format.keep_with_next = True
    paragraph_style("表格文字", BODY_FONT, 9, WD_ALIGN_PARAGRAPH.CENTER)
    paragraph_style("表格文字左", BODY_FONT, 9, WD_ALIGN_PARAGRAPH.LEFT)
    paragraph_style("表头文字", HEADING_FONT, 9, WD_ALIGN_PARAGRAPH.CENTER)
    paragraph_style("信息文字", BODY_FONT, 10.5, WD_ALIGN_PARAGRAPH.LEFT)
    paragraph_style("信息标签", HEADING_FONT, 10.5, WD_ALIGN_PARAGRAPH.CENTER)
    paragraph_style("说明文字", BODY_FONT, 9, WD_ALIGN_PARAGRAPH.LEFT, before=6)
    footer = paragraph_style("页脚文字", BODY_FONT, 9, WD_ALIGN_PARAGRAPH.LEFT)
    footer.paragraph_format.tab_stops.add_tab_stop(Cm(CONTENT_WIDTH / 2), WD_TAB_ALIGNMENT.CENTER)
    footer.paragraph_format.tab_stops.add_tab_stop(Cm(CONTENT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
    paragraph_style("模板标记", BODY_FONT, 9, WD_ALIGN_PARAGRAPH.LEFT).font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def _font_table(document: WordDocument) -> None:
    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FONT_TABLE)
    root = etree.fromstring(part.blob)
    for name, (alt, panose, charset, family, pitch) in FONT_TABLE.items():
        font = etree.SubElement(root, qn("w:font"))
        font.set(qn("w:name"), name)
        if alt:
            etree.SubElement(font, qn("w:altName")).set(qn("w:val"), alt)
        etree.SubElement(font, qn("w:panose1")).set(qn("w:val"), panose)
        etree.SubElement(font, qn("w:charset")).set(qn("w:val"), charset)
        etree.SubElement(font, qn("w:family")).set(qn("w:val"), family)
        etree.SubElement(font, qn("w:pitch")).set(qn("w:val"), pitch)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)  # a plain Part


def _settings(document: WordDocument) -> None:
    settings = document.settings.element
    language = settings.find(qn("w:themeFontLang"))
    if language is not None:
        language.set(qn("w:eastAsia"), "zh-CN")
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")  # Word 2013+ layout: no "compatibility mode" banner


def _properties(document: WordDocument) -> None:
    # docxtpl renders these as Jinja too, so they must not contain template braces.
    properties = document.core_properties
    properties.title = "一户一档 居民户信息卡"
    properties.subject = "居民户信息卡模板"
    properties.author = "社区工作台"
    properties.last_modified_by = "社区工作台"
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0)
    properties.revision = 1
    properties.comments = (
        "社区工作台的一户一档模板。可在Word中修改文字、字体、字号、列宽和页边距；"
        "请保留双花括号和花括号百分号标记及其中的内容，程序按这些标记填入数据。"
    )
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:  # python-docx's default template carries its own preview picture
            package.rels.pop(rel_id)


# --- body pieces -------------------------------------------------------------------------------------------
def _tag(document: WordDocument, text: str) -> Paragraph:
    """A paragraph holding only a docxtpl block tag; docxtpl removes the whole paragraph when rendering."""
    return document.add_paragraph(text, style="模板标记")


def _table(document: WordDocument, widths: list[float]) -> Table:
    table = document.add_table(rows=0, cols=len(widths))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # w:tblLayout fixed: the widths below hold whatever the text
    margins = OxmlElement("w:tblCellMar")  # narrow cell padding (0.1 cm) so IDs and dates fit on one line
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "57")
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    table_width = table._tbl.tblPr.find(qn("w:tblW"))
    table_width.set(qn("w:type"), "dxa")
    table_width.set(qn("w:w"), str(sum(Cm(width).twips for width in widths)))
    return table


def _row(table: Table, widths: list[float], height: Cm | None = None, *, header: bool = False, keep: bool = True):
    row = table.add_row()
    if height is not None:
        row.height = height
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    tr_pr = row._tr.get_or_add_trPr()
    if keep:
        tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))  # repeated at the top of every page
    for cell, width in zip(row.cells, widths, strict=True):
        cell.width = Cm(width)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return row


def _fill(cell: _Cell, text: str, style: str, shaded: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.style = style
    paragraph.add_run(text)
    if shaded:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), HEADER_FILL)
        cell._tc.get_or_add_tcPr().insert_element_before(shading, *TC_PR_AFTER_SHD)


def _info_table(document: WordDocument) -> None:
    label, value = 2.2, CONTENT_WIDTH / 2 - 2.2
    widths = [label, value, label, value]
    table = _table(document, widths)
    for pairs in INFO_ROWS:
        row = _row(table, widths, Cm(0.8))
        cells = row.cells
        if len(pairs) == 1:
            merged = cells[1].merge(cells[3])
            ((name, field),) = pairs
            _fill(cells[0], name, "信息标签", shaded=True)
            _fill(merged, f"{{{{ {field} }}}}", "信息文字")
            continue
        for index, (name, field) in enumerate(pairs):
            _fill(cells[2 * index], name, "信息标签", shaded=True)
            suffix = "人" if field == "h.member_count" else ""
            _fill(cells[2 * index + 1], f"{{{{ {field} }}}}{suffix}", "信息文字")


def _list_table(document: WordDocument, columns, item: str, items: str, empty: str, height: Cm) -> None:
    """Header row (repeated on each page), a docxtpl row loop, and a merged row shown when the list is empty."""
    widths = [width for _, width, _, _ in columns]
    table = _table(document, widths)
    header = _row(table, widths, Cm(0.7), header=True)
    for cell, (title, _, _, _) in zip(header.cells, columns, strict=True):
        _fill(cell, title, "表头文字", shaded=True)
    _fill(_row(table, widths).cells[0], f"{{%tr for {item} in {items} %}}", "模板标记")
    data = _row(table, widths, height)
    for cell, (_, _, field, centred) in zip(data.cells, columns, strict=True):
        _fill(cell, f"{{{{ {field} }}}}", "表格文字" if centred else "表格文字左")
    _fill(_row(table, widths).cells[0], "{%tr else %}", "模板标记")
    blank = _row(table, widths, height)
    merged = blank.cells[0].merge(blank.cells[-1])
    _fill(merged, empty, "表格文字")
    _fill(_row(table, widths).cells[0], "{%tr endfor %}", "模板标记")


def _section_break(document: WordDocument) -> None:
    """An empty 1-pt paragraph ending a card's section: the next card starts on a new page at 第1页."""
    paragraph = document.add_paragraph(style="模板标记")
    paragraph.paragraph_format.space_before = Pt(0)
    mark = paragraph._p.get_or_add_pPr()
    run_properties = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "2")
    run_properties.append(size)
    mark.append(run_properties)
    section = deepcopy(document.sections[0]._sectPr)
    section.start_type = WD_SECTION_START.NEW_PAGE
    mark.append(section)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A complex field (PAGE); Word puts in the number when it lays out the page."""

    def char(kind: str) -> None:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(element)

    char("begin")
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    paragraph.add_run()._r.append(code)
    char("separate")
    paragraph.add_run("1")  # shown until the field is updated
    char("end")


def _footer(document: WordDocument) -> None:
    section = document.sections[0]
    section.footer.is_linked_to_previous = False
    paragraph = section.footer.paragraphs[0]
    paragraph.style = "页脚文字"
    paragraph.add_run("填表人：")
    paragraph.add_run("{{ filled_by }}").font.underline = True
    paragraph.add_run("\t填表日期：{{ filled_on }}\t第 ")
    _field(paragraph, "PAGE")
    paragraph.add_run(" 页")
    # The section-break paragraph copied the body's sectPr before the footer existed: give it the same footer.
    body_section = section._sectPr
    for inner in document.element.body.iter(qn("w:sectPr")):
        if inner is body_section:
            continue
        for reference in body_section.findall(qn("w:footerReference")):
            inner.insert(0, deepcopy(reference))


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    print(build(target))
