"""Builds monthly_report.docx, the secretary's 月度工作报告 (and 季报/年报; domain.md §7), with python-docx.

    python community_desk/exports/templates/make_monthly_report.py [OUT.docx]

The committed .docx is what the program fills and what a clerk may edit in Word (wording, fonts, widths, margins);
running this script rebuilds it from scratch and overwrites such edits. Page set-up, styles and fonts come from
mediation_form_kit.py, so the report looks like the program's other documents: A4 portrait, 宋体/黑体, Times New
Roman for digits. The page header names the community and the report; the footer reads 第 N 页 共 M 页 (Word
fields).

The body loops over the report's sections, whose wording comes from report_sections.sections(): a heading, its
paragraphs, its tables (real Word tables; the columns come from the data through a docxtpl column loop, so the
table is laid out by Word's autofit across the text width) and its charts (pictures). Variables
(exports/report_docx.py supplies exactly these; a test checks the template reads no others):
    community, title, period_title, period, compiled_by, compiled_on, status, draft (true/false),
    sections: list of {heading, paragraphs: [text], tables: [{headers: [text], rows: [[text]]}], charts: [picture]}
    plan, problems, next_month  — the secretary's text as typed and the period 工作计划 is for (next month/quarter/year)
    figures: {households, residents, moved_in, moved_out, births, deaths, aged_80, aged_90,
              shifts, calls, visits, incidents, open_handover_items,
              talks, received, succeeded, concluded, success_rate, amount, prevented_cases, prevented_people,
              follow_up_visits, topics, resolutions, carried_out,
              active_volunteers, services, volunteer_hours, events, participants}
The template uses only the header fields and the sections; the other names are there for a clerk who wants to
write a figure into a sentence of their own, e.g. {{ figures.residents }}.
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the generators next to this one, however it is run
import mediation_form_kit as kit

OUT = Path(__file__).resolve().parent / "monthly_report.docx"
TABLE_SIZE = 9.5  # pt: ten columns of 分月情况 fit across the page


def _styles(document) -> None:
    """The report's own styles, on top of the kit's: smaller table text, a centred picture line, header/footer."""
    styles = document.styles

    def add(name: str, base: str, size: float | None = None, align=None):
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style, style.quick_style = styles[base], True
        if size:
            style.font.size = Pt(size)
        if align is not None:
            style.paragraph_format.alignment = align
        return style

    add("报表表头", "表格标签", TABLE_SIZE)
    add("报表表格文字", "表格文字居中", TABLE_SIZE)
    picture = add("报表图表", "Normal", align=WD_ALIGN_PARAGRAPH.CENTER)  # single spacing: an exact pitch clips it
    picture.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
    picture.paragraph_format.space_before, picture.paragraph_format.space_after = Pt(6), Pt(6)
    add("表后空行", "Normal", 6)
    header = add("页眉文字", "页脚文字")
    header.paragraph_format.tab_stops.add_tab_stop(Cm(kit.CONTENT_WIDTH), WD_TAB_ALIGNMENT.RIGHT)
    add("页码", "页脚文字", align=WD_ALIGN_PARAGRAPH.CENTER)


def _header_and_footer(document) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.style = "页眉文字"
    header.add_run("{{ community }}\t{{ period_title }}{% if draft %}（草稿）{% endif %}")
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "808080")):
        bottom.set(qn(key), value)
    border.append(bottom)
    header._p.get_or_add_pPr().append(border)
    footer = section.footer.paragraphs[0]
    footer.style = "页码"
    footer.add_run("第 ")
    kit.add_field(footer, "PAGE", "1")
    footer.add_run(" 页 共 ")
    kit.add_field(footer, "NUMPAGES", "1")
    footer.add_run(" 页")


def _data_table(document) -> None:
    """A table whose columns and rows both come from the data: headers shaded and repeated on a new page.

    docxtpl's {%tc %} cells stand for the loop and are replaced by it; the cells carry no width of their own and the
    table spans the text width with autofit, so Word sizes the columns to their contents.
    """
    third = kit.CONTENT_WIDTH / 3
    table = document.add_table(rows=0, cols=3)
    table.style = document.styles["Table Grid"]
    table.autofit = True
    properties = table._tbl.tblPr
    width = properties.find(qn("w:tblW"))
    width.set(qn("w:type"), "pct")
    width.set(qn("w:w"), "5000")
    for column in table._tbl.tblGrid.findall(qn("w:gridCol")):
        column.set(qn("w:w"), str(Cm(third).twips))

    def row(texts: tuple[str, str, str], style: str, header: bool = False) -> None:
        cells = table.add_row()
        if header:
            cells._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
        for index, (cell, text) in enumerate(zip(cells.cells, texts, strict=True)):
            kit.fill_cell(cell, text, style if index == 1 or not text.startswith("{%") else "模板标记",
                          shaded=header and index == 1)  # fmt: skip

    row(("{%tc for h in t.headers %}", "{{ h }}", "{%tc endfor %}"), "报表表头", header=True)
    row(("{%tr for cells in t.rows %}", "", ""), "模板标记")
    row(("{%tc for c in cells %}", "{{ c }}", "{%tc endfor %}"), "报表表格文字")
    row(("{%tr endfor %}", "", ""), "模板标记")
    for cell in table._tbl.iter(qn("w:tc")):
        cell_width = cell.tcPr.find(qn("w:tcW")) if cell.tcPr is not None else None
        if cell_width is not None:
            cell.tcPr.remove(cell_width)


def build(out: Path = OUT) -> Path:
    document = kit.new_document("社区工作报告")
    properties = document.core_properties
    properties.subject = "月度工作报告模板"
    properties.comments = (
        "社区工作台的月度工作报告（季度、年度工作总结）模板。可在Word中修改文字、字体、字号和页边距；"
        "请保留双花括号和花括号百分号标记及其中的内容，程序按这些标记填入数据。"
    )
    _styles(document)
    _header_and_footer(document)
    kit.para(document, "{{ title }}", "文书标题")
    kit.grid(
        document,
        [
            ((("社区名称", "{{ community }}"), ("报表期间", "{{ period }}")), 0.8),
            ((("编制人", "{{ compiled_by }}"), ("编制日期", "{{ compiled_on }}")), 0.8),
            ((("状态", "{{ status }}"),), 0.8),
        ],
    )
    kit.tag(document, "{%p for s in sections %}")
    kit.para(document, "{{ s.heading }}", "文书小标题")
    kit.tag(document, "{%p for text in s.paragraphs %}")
    kit.para(document, "{{ text }}", "文书正文")
    kit.tag(document, "{%p endfor %}")
    kit.tag(document, "{%p for t in s.tables %}")
    _data_table(document)
    kit.para(document, "", "表后空行")  # keeps two tables apart and gives the table room below
    kit.tag(document, "{%p endfor %}")
    kit.tag(document, "{%p for picture in s.charts %}")
    kit.para(document, "{{ picture }}", "报表图表")
    kit.tag(document, "{%p endfor %}")
    kit.tag(document, "{%p endfor %}")
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(out)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
