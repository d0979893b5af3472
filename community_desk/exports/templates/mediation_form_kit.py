"""python-docx building blocks for the 人民调解 form templates (make_mediation_forms.py uses them).

A4 with a 2.6 cm binding margin; styles named in Chinese so a clerk finds them in Word's style pane (文书标题,
文书正文, 签名行, 表格标签 …); East Asian text in 宋体 (headings 黑体), digits and letters in Times New Roman, set in
the styles' w:rFonts with the theme fonts removed (w:eastAsiaTheme would win over w:eastAsia), as in
make_household_card.py. Body text has an exact 22 pt line pitch, so a page holds the same number of lines
whatever the font's own line gap, which keeps Word's pagination close to the PDF's (exports/case_file_pdf.py).
"""

from __future__ import annotations

from datetime import UTC, datetime

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

LATIN_FONT, BODY_FONT, HEADING_FONT = "Times New Roman", "宋体", "黑体"
CONTENT_WIDTH = 16.4  # cm: A4 21 cm less 2.6 cm (binding side) and 2.0 cm
LABEL, HALF = 2.9, (16.4 - 2 * 2.9) / 2  # the label/value grid of the 登记表-style forms (7-character labels)
HEADER_FILL = "F2F2F2"
BLANK = "\u3000" * 7  # underlined: room to sign by hand
TC_PR_AFTER_SHD = ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
                   "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange")  # fmt: skip
SECT_PR_AFTER_PG_NUM_TYPE = ("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
                             "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")  # fmt: skip
FONT_TABLE = {
    BODY_FONT: ("SimSun", "02010600030101010101", "86", "auto", "variable"),
    HEADING_FONT: ("SimHei", "02010609060101010101", "86", "modern", "fixed"),
    "SimSun-ExtB": (None, "02010609060101010101", "86", "modern", "fixed"),
}
# Party block: the role merged down the left, then label/value cells as (label, label span, field, value span).
PARTY_WIDTHS = [2.9, 1.7, 2.6, 1.2, 1.1, 1.2, 1.2, 1.2, 3.3]  # the role column lines up with LABEL
PARTY_ROWS = (
    (("姓名", 1, "p.name", 1), ("性别", 1, "p.gender", 1), ("年龄", 1, "p.age", 1), ("民族", 1, "p.ethnicity", 1)),
    (("职业", 1, "p.occupation", 3), ("联系电话", 2, "p.phone", 2)),
    (("身份证号", 1, "p.id_number", 3), ("住址", 2, "p.address", 2)),
)


# --- document, styles ------------------------------------------------------------------------------------------
def new_document(title: str) -> WordDocument:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.left_margin, section.right_margin = Cm(2.6), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.5), Cm(1.2)
    _styles(document)
    _font_table(document)
    settings = document.settings.element
    language = settings.find(qn("w:themeFontLang"))
    if language is not None:
        language.set(qn("w:eastAsia"), "zh-CN")
    for setting in settings.iter(qn("w:compatSetting")):
        if setting.get(qn("w:name")) == "compatibilityMode":
            setting.set(qn("w:val"), "15")
    properties = document.core_properties  # docxtpl renders these as Jinja too: no template braces here
    properties.title, properties.subject = title, "人民调解卷宗文书模板"
    properties.author = properties.last_modified_by = "社区工作台"
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0)
    properties.revision = 1
    properties.comments = (
        "社区工作台的人民调解文书模板。可在Word中修改文字、字体、字号、列宽和页边距；"
        "请保留双花括号和花括号百分号标记及其中的内容，程序按这些标记填入数据。"
    )
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _set_fonts(element, east_asia: str) -> None:
    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    for slot, font in (("ascii", LATIN_FONT), ("hAnsi", LATIN_FONT), ("eastAsia", east_asia), ("cs", LATIN_FONT)):
        fonts.set(qn(f"w:{slot}"), font)
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
    rpr.find(qn("w:sz")).set(qn("w:val"), "21")
    rpr.find(qn("w:szCs")).set(qn("w:val"), "21")
    rpr.find(qn("w:lang")).set(qn("w:eastAsia"), "zh-CN")
    spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")
    for element in styles.element.iter(qn("w:rFonts")):
        for name in [n for n in element.attrib if n.endswith(("Theme", "theme"))]:
            del element.attrib[name]
    normal = styles["Normal"]
    _set_fonts(normal.element, BODY_FONT)
    normal.font.size = Pt(10.5)

    def add(name: str, font: str, size: float, align, before: float = 0, after: float = 0, line: float = 0):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style, style.quick_style = normal, True
        _set_fonts(style.element, font)
        style.font.size = Pt(size)
        fmt = style.paragraph_format
        fmt.alignment, fmt.space_before, fmt.space_after = align, Pt(before), Pt(after)
        if line:  # exact line pitch: the page count does not depend on the font's own line gap
            fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(line)
        return style

    center, left, right = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.RIGHT
    add("文书标题", HEADING_FONT, 18, center, after=6).paragraph_format.keep_with_next = True
    add("文书编号", BODY_FONT, 10.5, right, after=6).paragraph_format.keep_with_next = True
    add("文书小标题", HEADING_FONT, 12, left, before=6, after=2, line=22).paragraph_format.keep_with_next = True
    body = add("文书正文", BODY_FONT, 12, left, line=22)
    body.paragraph_format.first_line_indent = Pt(24)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    add("签名行", BODY_FONT, 12, left, before=10, line=22)
    add("落款", BODY_FONT, 12, right, before=6, line=22)
    add("表格标签", HEADING_FONT, 10.5, center, line=14)
    add("表格文字", BODY_FONT, 10.5, left, line=14)
    add("表格文字居中", BODY_FONT, 10.5, center, line=14)
    add("封面单位", BODY_FONT, 16, center, before=48)
    add("封面标题", HEADING_FONT, 36, center, before=36, after=48)
    add("封面文字", BODY_FONT, 14, left)
    add("封面标签", HEADING_FONT, 14, center)
    add("封面日期", BODY_FONT, 14, center, before=96)
    add("说明文字", BODY_FONT, 9, left, before=6)
    page_break = add("分页", BODY_FONT, 1, left)
    page_break.paragraph_format.page_break_before = True
    footer = add("页脚文字", BODY_FONT, 9, left)
    footer.paragraph_format.tab_stops.add_tab_stop(Cm(CONTENT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
    add("模板标记", BODY_FONT, 9, left).font.color.rgb = RGBColor(0x80, 0x80, 0x80)


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
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# --- paragraphs ------------------------------------------------------------------------------------------------
def para(document: WordDocument, text: str, style: str) -> Paragraph:
    return document.add_paragraph(text, style=style)


def tag(document: WordDocument, text: str) -> Paragraph:
    """A paragraph holding only a docxtpl block tag ({%p …%}); docxtpl removes the whole paragraph."""
    return para(document, text, "模板标记")


def head(document: WordDocument, title: str, number_suffix: str = "") -> None:
    para(document, title, "文书标题")
    para(document, "编号：{{ case.number }}" + number_suffix, "文书编号")


def blank(paragraph: Paragraph, text: str = BLANK) -> None:
    paragraph.add_run(text).font.underline = True


def sign(document: WordDocument, *labels: str) -> Paragraph:
    """One line of signature spaces: 当事人（签名）：＿＿＿＿　　调解员（签名）：＿＿＿＿."""
    paragraph = para(document, "", "签名行")
    for index, label in enumerate(labels):
        paragraph.add_run(("\u3000\u3000" if index else "") + label)
        blank(paragraph)
    return paragraph


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field; `shown` is the cached result a reader sees until Word or LibreOffice updates it."""

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
    paragraph.add_run(shown)
    char("end")


# --- tables ----------------------------------------------------------------------------------------------------
def new_table(document: WordDocument, widths: list[float]) -> Table:
    table = document.add_table(rows=0, cols=len(widths))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    margins = OxmlElement("w:tblCellMar")
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


def add_row(table: Table, widths: list[float], height: float | None = 0.9, *, header: bool = False, keep: bool = True):
    row = table.add_row()
    if height is not None:
        row.height, row.height_rule = Cm(height), WD_ROW_HEIGHT_RULE.AT_LEAST
    tr_pr = row._tr.get_or_add_trPr()
    if keep:
        tr_pr.append(OxmlElement("w:cantSplit"))
    if header:
        tr_pr.append(OxmlElement("w:tblHeader"))
    for cell, width in zip(row.cells, widths, strict=True):
        cell.width = Cm(width)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return row


def fill_cell(cell: _Cell, text: str, style: str, shaded: bool = False) -> Paragraph:
    paragraph = cell.paragraphs[0]
    paragraph.style = style
    if text:
        paragraph.add_run(text)
    if shaded:
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:color"), "auto")
        shading.set(qn("w:fill"), HEADER_FILL)
        cell._tc.get_or_add_tcPr().insert_element_before(shading, *TC_PR_AFTER_SHD)
    return paragraph


def value_cell(cell: _Cell, text: str, top: bool) -> Paragraph:
    if top:  # a tall box for long text (or handwriting) reads from its top-left corner
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    return fill_cell(cell, text, "表格文字")


def grid(document: WordDocument, rows) -> Table:
    """The 登记表 layout: label | value | label | value; a row with one pair spans the value over three columns.

    Each row is (pairs, height): a pair is (label, value text); a height above 1.5 cm makes a top-aligned box.
    """
    widths = [LABEL, HALF, LABEL, HALF]
    table = new_table(document, widths)
    for pairs, height in rows:
        row = add_row(table, widths, height, keep=height <= 3)
        cells, top = row.cells, height > 1.5
        if len(pairs) == 1:
            ((label, value),) = pairs
            fill_cell(cells[0], label, "表格标签", shaded=True)
            value_cell(cells[1].merge(cells[3]), value, top)
            continue
        for index, (label, value) in enumerate(pairs):
            fill_cell(cells[2 * index], label, "表格标签", shaded=True)
            value_cell(cells[2 * index + 1], value, top)
    return table


def parties(document: WordDocument, items: str = "parties") -> Table:
    """Three rows per party, the role (申请人/被申请人) merged down the left; a docxtpl loop repeats them."""
    widths = PARTY_WIDTHS
    table = new_table(document, widths)
    fill_cell(add_row(table, widths, None).cells[0], f"{{%tr for p in {items} %}}", "模板标记")
    rows = [add_row(table, widths, 0.8) for _ in PARTY_ROWS]
    role = rows[0].cells[0].merge(rows[-1].cells[0])
    fill_cell(role, "{{ p.role }}", "表格标签", shaded=True)
    for row, pairs in zip(rows, PARTY_ROWS, strict=True):
        cells, column = row.cells, 1
        for label, label_span, field, span in pairs:
            name_cell = cells[column] if label_span == 1 else cells[column].merge(cells[column + label_span - 1])
            fill_cell(name_cell, label, "表格标签", shaded=True)
            column += label_span
            value = cells[column] if span == 1 else cells[column].merge(cells[column + span - 1])
            fill_cell(value, f"{{{{ {field} }}}}", "表格文字居中" if span == 1 else "表格文字")
            column += span
    fill_cell(add_row(table, widths, None).cells[0], "{%tr endfor %}", "模板标记")
    return table


def box(document: WordDocument, height: float, lines: list[tuple[str, str]]) -> None:
    """A one-cell box (opinions, 备考): fixed lines of text inside a bordered frame of at least `height` cm."""
    table = new_table(document, [CONTENT_WIDTH])
    cell = add_row(table, [CONTENT_WIDTH], height, keep=False).cells[0]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    fill_cell(cell, lines[0][0], lines[0][1])
    for text, style in lines[1:]:
        cell.add_paragraph(text, style=style)
