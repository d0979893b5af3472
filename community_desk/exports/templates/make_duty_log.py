"""Builds duty_log.docx, the day's 值班记录 sheet (domain.md §2), with python-docx.

    python community_desk/exports/templates/make_duty_log.py [OUT.docx]

The committed .docx is what the program fills and what a clerk may edit in Word (wording, fonts, widths, margins);
running this script rebuilds it from scratch and overwrites such edits. Page set-up, styles and fonts come from
mediation_form_kit.py, so the sheet looks like the program's other forms: A4 portrait, 宋体/黑体, Times New Roman
for digits. A short log fits one page; the tables grow a row per entry, their header rows repeat on a new page.

Variables (exports/duty_log.py supplies exactly these; a test checks both ways):
    community, date, shift, hours, leaders, staff, call_people, visit_people,
    patrol_doorstep, patrol_safety, notes, handed_over_by, taken_over_by,
    calls:     list of {time, kind, person, phone, matter, handling, people}    (来电/来访)
    incidents: list of {time, matter, handling}                                 (突发事件)
    handover:  list of {group, text, raised, status}                           (交接班事项/遗留问题)
An empty list arrives as one row whose first cell says 无. Dates arrive formatted (2026年11月3日 星期二).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the generators next to this one, however it is run
import mediation_form_kit as kit

OUT = Path(__file__).resolve().parent / "duty_log.docx"
LABEL, HALF = kit.LABEL, kit.HALF
CALL_WIDTHS = [1.3, 1.1, 2.2, 2.9, 3.9, 4.0, 1.0]
CALL_HEADERS = ("时间", "类别", "来电来访人", "联系电话", "事由", "处理情况", "人次")
CALL_FIELDS = ("e.time", "e.kind", "e.person", "e.phone", "e.matter", "e.handling", "e.people")
INCIDENT_WIDTHS = [1.3, 7.6, 7.5]
INCIDENT_HEADERS = ("时间", "事件经过", "处理情况")
INCIDENT_FIELDS = ("i.time", "i.matter", "i.handling")
HANDOVER_WIDTHS = [2.4, 6.6, 2.9, 4.5]
HANDOVER_HEADERS = ("类别", "事项", "提出时间", "处理情况")
HANDOVER_FIELDS = ("h.group", "h.text", "h.raised", "h.status")
PATROL_WIDTHS = [4.4, kit.CONTENT_WIDTH - 4.4]


def _list_table(document, widths, headers, loop: str, fields, centred: tuple[int, ...] = ()) -> None:
    """Header row (repeated on a new page) and one row per item through a docxtpl row loop."""
    table = kit.new_table(document, widths)
    header = kit.add_row(table, widths, 0.7, header=True)
    for cell, label in zip(header.cells, headers, strict=True):
        kit.fill_cell(cell, label, "表格标签", shaded=True)
    kit.fill_cell(kit.add_row(table, widths, None).cells[0], "{%tr for " + loop + " %}", "模板标记")
    row = kit.add_row(table, widths, 0.75)
    for index, (cell, field) in enumerate(zip(row.cells, fields, strict=True)):
        kit.fill_cell(cell, "{{ " + field + " }}", "表格文字居中" if index in centred else "表格文字")
    kit.fill_cell(kit.add_row(table, widths, None).cells[0], "{%tr endfor %}", "模板标记")


def build(out: Path = OUT) -> Path:
    document = kit.new_document("值班记录")
    properties = document.core_properties
    properties.subject = "值班记录模板"
    properties.comments = (
        "社区工作台的值班记录模板。可在Word中修改文字、字体、字号、列宽和页边距；"
        "请保留双花括号和花括号百分号标记及其中的内容，程序按这些标记填入数据。"
    )
    kit.para(document, "{{ community }}值班记录", "文书标题")
    kit.grid(
        document,
        [
            ((("日期", "{{ date }}"), ("班次", "{{ shift }}（{{ hours }}）")), 0.8),
            ((("带班领导", "{{ leaders }}"), ("值班人员", "{{ staff }}")), 0.8),
        ],
    )

    kit.para(document, "一、来电来访登记", "文书小标题")
    _list_table(document, CALL_WIDTHS, CALL_HEADERS, "e in calls", CALL_FIELDS, centred=(0, 1, 6))
    kit.para(document, "合计：来电 {{ call_people }} 人次，来访 {{ visit_people }} 人次。", "说明文字")

    kit.para(document, "二、突发事件", "文书小标题")
    _list_table(document, INCIDENT_WIDTHS, INCIDENT_HEADERS, "i in incidents", INCIDENT_FIELDS, centred=(0,))

    kit.para(document, "三、巡查情况", "文书小标题")
    patrol = kit.new_table(document, PATROL_WIDTHS)
    for label, notes, field in (
        ("门前三包", ("（包卫生 包绿化 包秩序）",), "patrol_doorstep"),
        ("四防", ("（防火 防盗 防破坏", "防治安灾害事故）"), "patrol_safety"),
    ):
        row = kit.add_row(patrol, PATROL_WIDTHS, 1.2)
        kit.fill_cell(row.cells[0], label, "表格标签", shaded=True)
        for note in notes:  # small print, broken where it reads well rather than where the cell ends
            paragraph = row.cells[0].add_paragraph(note, style="说明文字")
            paragraph.alignment, paragraph.paragraph_format.space_before = WD_ALIGN_PARAGRAPH.CENTER, 0
        row.cells[1].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        kit.fill_cell(row.cells[1], "{{ " + field + " }}", "表格文字")

    kit.para(document, "四、交接班事项/遗留问题", "文书小标题")
    _list_table(document, HANDOVER_WIDTHS, HANDOVER_HEADERS, "h in handover", HANDOVER_FIELDS, centred=(0, 2))

    kit.para(document, "五、备注", "文书小标题")
    kit.box(document, 1.4, [("{{ notes }}", "表格文字")])

    kit.sign(document, "交班人（签字）：{{ handed_over_by }}", "接班人（签字）：{{ taken_over_by }}")
    kit.para(document, "交接时间：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日\u3000\u3000时\u3000\u3000分",
             "签名行")  # fmt: skip
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(out)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
