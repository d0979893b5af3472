"""Builds the 群议厅 templates deliberation/协商议事记录.docx and deliberation/决议公示.docx with python-docx.

    python community_desk/exports/templates/make_deliberation_forms.py [OUT_DIR]

The committed .docx files are what the program fills and what a clerk may edit in Word (wording, fonts, margins);
this script rebuilds them from scratch and overwrites such edits. Page set-up, fonts (宋体/黑体 with Times New
Roman for digits, no theme fonts), the font table and the table helpers are those of the 一户一档 template
(make_household_card.py), so all forms of the program look alike.

Variables (services/deliberation_prints.py supplies exactly these; a test checks both ways):
协商议事记录: community_name, number, title, category, source, proposers, description, round_note, meeting_date,
    meeting_place, host, body, attendance, meeting_note, resolution,
    participants: role, names, count;  views: party, content;
    vote: None before the vote, else date, present, votes_for, votes_against, abstentions, result
决议公示: community_name, issuer, number, title, meeting_body, meeting_date, meeting_place, vote_date, present,
    votes_for, votes_against, abstentions, resolution_date, resolution_paragraphs (list of str), publicity_start,
    publicity_end, publicity_place, issued_on
All dates arrive formatted (2026年3月5日).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the generators next to this one, however it is run
import make_household_card as card

BODY_FONT, HEADING_FONT, CONTENT_WIDTH = card.BODY_FONT, card.HEADING_FONT, card.CONTENT_WIDTH
OUT_DIR = Path(__file__).resolve().parent / "deliberation"
RECORD, NOTICE = "协商议事记录.docx", "决议公示.docx"
LABEL, VALUE = 2.4, CONTENT_WIDTH / 2 - 2.4
WIDTHS = [LABEL, VALUE, LABEL, VALUE]
SIGNATURE = "\u3000" * 8


def build(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    return [build_record(out_dir / RECORD), build_notice(out_dir / NOTICE)]


# --- shared set-up ------------------------------------------------------------------------------------------
def _document(title: str) -> WordDocument:
    document = Document()
    card._page_setup(document)
    card._styles(document)
    _form_styles(document)
    card._font_table(document)
    card._settings(document)
    _properties(document, title)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _form_styles(document: WordDocument) -> None:
    styles = document.styles

    def style(name: str, font: str, size: float, align, before: float = 0, after: float = 0):
        added = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        added.base_style = styles["Normal"]
        added.quick_style = True
        card._set_fonts(added.element, font)
        added.font.size = Pt(size)
        added.paragraph_format.alignment = align
        added.paragraph_format.space_before = Pt(before)
        added.paragraph_format.space_after = Pt(after)
        return added

    style("文书标题", HEADING_FONT, 20, WD_ALIGN_PARAGRAPH.CENTER, after=6).paragraph_format.keep_with_next = True
    style("文书副标题", BODY_FONT, 12, WD_ALIGN_PARAGRAPH.CENTER, after=10).paragraph_format.keep_with_next = True
    style("表内文字", BODY_FONT, 10.5, WD_ALIGN_PARAGRAPH.LEFT, before=1, after=1).paragraph_format.line_spacing = 1.15
    style("签字栏", BODY_FONT, 10.5, WD_ALIGN_PARAGRAPH.LEFT, before=14)
    body = style("公示正文", BODY_FONT, 14, WD_ALIGN_PARAGRAPH.JUSTIFY, after=0)
    body.paragraph_format.first_line_indent = Pt(28)  # two characters
    body.paragraph_format.line_spacing = 1.5
    style("公示称呼", BODY_FONT, 14, WD_ALIGN_PARAGRAPH.LEFT, before=6).paragraph_format.line_spacing = 1.5
    style("公示落款", BODY_FONT, 14, WD_ALIGN_PARAGRAPH.RIGHT).paragraph_format.line_spacing = 1.5
    page = style("页码", BODY_FONT, 9, WD_ALIGN_PARAGRAPH.CENTER)
    page.paragraph_format.space_before = Pt(0)


def _properties(document: WordDocument, title: str) -> None:
    # docxtpl renders these as Jinja too, so they must not contain template braces.
    properties = document.core_properties
    properties.title = title
    properties.subject = "群议厅（城乡社区协商）文书模板"
    properties.author = properties.last_modified_by = "社区工作台"
    properties.created = properties.modified = datetime.now(UTC).replace(microsecond=0)
    properties.revision = 1
    properties.comments = (
        "社区工作台的群议厅文书模板。可在Word中修改文字、字体、字号和页边距；"
        "请保留双花括号和花括号百分号标记及其中的内容，程序按这些标记填入数据。"
    )
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)


def _page_number(document: WordDocument) -> None:
    footer = document.sections[0].footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = "页码"
    paragraph.add_run("第 ")
    card._field(paragraph, "PAGE")
    paragraph.add_run(" 页")


# --- 协商议事记录 -------------------------------------------------------------------------------------------------
def _lines(cell: _Cell, lines: list[str]) -> None:
    """Several paragraphs in one cell (template tags among them); the first reuses the cell's empty paragraph."""
    card._fill(cell, lines[0], "表内文字")
    for line in lines[1:]:
        cell.add_paragraph(line, style="模板标记" if line.startswith("{%") else "表内文字")


def _pair_row(table, first: tuple[str, str], second: tuple[str, str]) -> None:
    cells = card._row(table, WIDTHS, Cm(0.8)).cells
    for index, (label, value) in enumerate((first, second)):
        card._fill(cells[2 * index], label, "信息标签", shaded=True)
        card._fill(cells[2 * index + 1], value, "表内文字")


def _wide_row(table, label: str, lines: list[str], height: float = 0.8) -> None:
    cells = card._row(table, WIDTHS, Cm(height), keep=False).cells
    card._fill(cells[0], label, "信息标签", shaded=True)
    _lines(cells[1].merge(cells[3]), lines)


def build_record(out: Path) -> Path:
    document = _document("协商议事记录")
    document.add_paragraph("协商议事记录", style="文书标题")
    document.add_paragraph("{{ community_name }}群议厅{{ round_note }}", style="文书副标题")
    table = card._table(document, WIDTHS)
    _wide_row(table, "议题名称", ["{{ title }}"])
    _pair_row(table, ("议题编号", "{{ number }}"), ("议题类别", "{{ category }}"))
    _pair_row(table, ("议题来源", "{{ source }}"), ("提议人", "{{ proposers }}"))
    _pair_row(table, ("会议时间", "{{ meeting_date }}"), ("会议地点", "{{ meeting_place }}"))
    _pair_row(table, ("主持人", "{{ host }}"), ("议事机构", "{{ body }}"))
    _pair_row(table, ("出席人数", "{{ attendance }}人"), ("记录人", ""))
    _wide_row(
        table,
        "参加人员",
        ["{%p for p in participants %}", "{{ p.role }}（{{ p.count }}人）：{{ p.names }}", "{%p else %}",
         "（未登记）", "{%p endfor %}"],
        1.6,
    )  # fmt: skip
    _wide_row(table, "议题内容", ["{{ description }}"], 1.6)
    _wide_row(
        table,
        "各方意见",
        ["{%p for v in views %}", "{{ v.party }}：{{ v.content }}", "{%p else %}", "（未登记）", "{%p endfor %}"],
        4.0,
    )
    _wide_row(table, "会议情况", ["{{ meeting_note }}"], 1.6)
    _wide_row(
        table,
        "表决情况",
        ["{%p if vote %}", "表决日期：{{ vote.date }}",
         "出席{{ vote.present }}人，赞成{{ vote.votes_for }}票，反对{{ vote.votes_against }}票，"
         "弃权{{ vote.abstentions }}票", "表决结果：{{ vote.result }}", "{%p else %}", "（尚未表决）", "{%p endif %}"],
        1.6,
    )  # fmt: skip
    _wide_row(table, "协商结果", ["{{ resolution }}"], 2.4)
    document.add_paragraph(f"主持人（签字）：{SIGNATURE}{SIGNATURE}记录人（签字）：{SIGNATURE}", style="签字栏")
    _page_number(document)
    document.save(out)
    return out


# --- 决议公示 -----------------------------------------------------------------------------------------------------
def build_notice(out: Path) -> Path:
    document = _document("决议公示")
    section = document.sections[0]
    section.left_margin = section.right_margin = Cm(2.8)  # a notice for the board: wide margins, large type
    section.top_margin = Cm(3.0)
    document.add_paragraph("决 议 公 示", style="文书标题").paragraph_format.space_after = Pt(4)
    document.add_paragraph("关于“{{ title }}”的协商决议（议题编号：{{ number }}）", style="文书副标题")
    document.add_paragraph("各位居民：", style="公示称呼")
    document.add_paragraph(
        "{{ meeting_body }}于{{ meeting_date }}在{{ meeting_place }}就“{{ title }}”进行了协商，并于{{ vote_date }}"
        "进行表决：出席{{ present }}人，赞成{{ votes_for }}票，反对{{ votes_against }}票，弃权{{ abstentions }}票，"
        "表决通过。{{ resolution_date }}形成决议如下：",
        style="公示正文",
    )
    card._tag(document, "{%p for line in resolution_paragraphs %}")
    document.add_paragraph("{{ line }}", style="公示正文")
    card._tag(document, "{%p endfor %}")
    document.add_paragraph(
        "现将决议予以公示，公示期自{{ publicity_start }}至{{ publicity_end }}，公示地点：{{ publicity_place }}。"
        "公示期间，居民如有意见或建议，请向社区居民委员会反映。",
        style="公示正文",
    )
    signature = document.add_paragraph("{{ issuer }}", style="公示落款")
    signature.paragraph_format.space_before = Pt(36)
    document.add_paragraph("{{ issued_on }}", style="公示落款")
    document.save(out)
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR
    for path in build(target):
        print(path)
