"""Builds the 人民调解 卷宗 templates in mediation/ with python-docx, one .docx per form.

    python community_desk/exports/templates/make_mediation_forms.py [OUT_DIR]

The committed .docx files are what the program fills and what a clerk may edit in Word (wording, fonts, widths,
margins); this script exists so they can be rebuilt from scratch. Running it overwrites any edits made in Word.

Templates and the names they read (exports/case_file.py supplies exactly these; a test checks both ways):
    cover.docx           卷宗封面 + 卷内目录      case, committee, filed_on, toc (rows: index, title, date, page,
                                                   bookmark, note; 页号 is a PAGEREF field to the bookmark)
    application.docx     人民调解申请书           case, committee, parties, applicants
    acceptance.docx      人民调解受理登记表       case, parties
    rights_notice.docx   当事人权利义务告知书     case, committee, parties
    investigation.docx   人民调解调查记录         case, investigation
    session.docx         人民调解记录             case, session
    agreement.docx       人民调解协议书           case, committee, parties, agreement, copies (one page each)
    oral_agreement.docx  人民调解口头协议登记表   case, agreement
    visit.docx           人民调解回访记录         case, agreement, visit
    closing_report.docx  人民调解结案报告表       case, committee, closing
    remarks.docx         卷内备考表               case, remarks, filed_on (共N页 is a PAGEREF field)
`case` is the same dictionary for every form (number, dispute_type, parties, accepted_on …); `parties` rows have
role, name, gender, age, ethnicity, occupation, address, phone, id_number. Values arrive formatted.

cover.docx is also the frame of the whole 卷宗: its first section (cover and 目录) has no page numbers; its last
section has the footer 卷号 … 第N页 with numbering restarting at 1, and the forms are put into that section in
place of its grey marker paragraph. Page layout and styles of the 卷宗 come from cover.docx; each form brings its
text and tables. Fonts as in make_household_card.py: 宋体 body, 黑体 headings, Times New Roman digits, no theme fonts.
"""

from __future__ import annotations

import sys
from copy import deepcopy
from pathlib import Path

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the kit next to this script, however it is run
from mediation_form_kit import (
    SECT_PR_AFTER_PG_NUM_TYPE,
    add_field,
    add_row,
    box,
    fill_cell,
    grid,
    head,
    new_document,
    new_table,
    para,
    parties,
    sign,
    tag,
)

OUT_DIR = Path(__file__).resolve().parent / "mediation"
RIGHTS = (
    "（一）选择或者接受人民调解员；",
    "（二）接受调解、拒绝调解或者要求终止调解；",
    "（三）要求调解公开进行或者不公开进行；",
    "（四）自主表达意愿、自愿达成调解协议。",
)
DUTIES = ("（一）如实陈述纠纷事实；", "（二）遵守调解现场秩序，尊重人民调解员；", "（三）尊重对方当事人行使权利。")


# --- the forms -------------------------------------------------------------------------------------------------
def cover(document: WordDocument) -> None:
    para(document, "{{ committee }}", "封面单位")
    para(document, "人民调解卷宗", "封面标题")
    widths = [3.6, 9.4]
    table = new_table(document, widths)
    for label, field in (("卷　　号", "case.number"), ("纠纷类型", "case.dispute_type"), ("当 事 人", "case.parties"),
                         ("调 解 员", "case.mediators"), ("受理日期", "case.accepted_on"),
                         ("结案日期", "case.closed_on"), ("保管期限", "case.retention")):  # fmt: skip
        cells = add_row(table, widths, 1.3).cells
        fill_cell(cells[0], label, "封面标签")
        fill_cell(cells[1], f"{{{{ {field} }}}}", "封面文字")
    para(document, "立卷日期：{{ filed_on }}", "封面日期")
    para(document, "", "分页")
    para(document, "卷内目录", "文书标题")
    para(document, "卷号：{{ case.number }}", "文书编号")
    widths = [1.2, 7.0, 3.6, 1.6, 3.0]
    table = new_table(document, widths)
    header = add_row(table, widths, 0.9, header=True)
    for cell, title in zip(header.cells, ("序号", "文书名称", "日期", "页号", "备注"), strict=True):
        fill_cell(cell, title, "表格标签", shaded=True)
    fill_cell(add_row(table, widths, None).cells[0], "{%tr for e in toc %}", "模板标记")
    cells = add_row(table, widths, 0.9).cells
    fill_cell(cells[0], "{{ e.index }}", "表格文字居中")
    fill_cell(cells[1], "{{ e.title }}", "表格文字")
    fill_cell(cells[2], "{{ e.date }}", "表格文字居中")
    add_field(fill_cell(cells[3], "", "表格文字居中"), "PAGEREF {{ e.bookmark }} \\h", "{{ e.page }}")
    fill_cell(cells[4], "{{ e.note }}", "表格文字居中")
    fill_cell(add_row(table, widths, None).cells[0], "{%tr endfor %}", "模板标记")
    para(document, "说明：页号为卷内文书的页码（封面和卷内目录不编页码），在Word中按F9可更新。", "说明文字")
    # Section 1 (cover and 目录) ends here, without a footer; the forms go into the last section.
    section_end = para(document, "", "模板标记")
    inner = deepcopy(document.sections[0]._sectPr)
    section_end._p.get_or_add_pPr().append(inner)
    para(document, "（卷内文书由程序按卷内目录的顺序排在此处，页码从1开始。）", "模板标记")
    section = document.sections[-1]
    number_type = OxmlElement("w:pgNumType")
    number_type.set(qn("w:start"), "1")
    section._sectPr.insert_element_before(number_type, *SECT_PR_AFTER_PG_NUM_TYPE)
    section.footer.is_linked_to_previous = False
    footer = section.footer.paragraphs[0]
    footer.style = "页脚文字"
    footer.add_run("卷号：{{ case.number }}\t第 ")
    add_field(footer, "PAGE", "1")
    footer.add_run(" 页")


def application(document: WordDocument) -> None:
    head(document, "人民调解申请书")
    parties(document)
    para(document, "纠纷简要情况及申请事项：", "文书小标题")
    para(document, "{{ case.summary }}", "文书正文")
    para(document, "{{ committee }}已告知本人人民调解的性质、原则和当事人在调解活动中享有的权利、承担的义务，"
                 "本人自愿申请人民调解委员会调解。", "文书正文")  # fmt: skip
    tag(document, "{%p for p in applicants %}")
    sign(document, "申请人{{ p.name }}（签名或按指印）：")
    tag(document, "{%p endfor %}")
    para(document, "{{ case.accepted_on }}", "落款")


def acceptance(document: WordDocument) -> None:
    head(document, "人民调解受理登记表")
    grid(document, [
        ((("受理日期", "{{ case.accepted_on }}"), ("纠纷来源", "{{ case.source }}")), 0.9),
        ((("纠纷类型", "{{ case.dispute_type }}"), ("涉及金额", "{{ case.amount }}")), 0.9),
    ])  # fmt: skip
    parties(document)
    grid(document, [
        ((("纠纷简要情况", "{{ case.summary }}"),), 4.0),
        ((("指派调解员", "{{ case.mediators }}"),), 0.9),
        ((("受理意见", "经审查，该纠纷属于人民调解范围，予以受理。"),), 0.9),
    ])  # fmt: skip
    sign(document, "登记人（签名）：", "负责人（签名）：")
    para(document, "{{ case.accepted_on }}", "落款")


def rights_notice(document: WordDocument) -> None:
    head(document, "当事人权利义务告知书")
    para(document, "{{ case.party_names }}：", "签名行")
    para(document, "根据《中华人民共和国人民调解法》的规定，人民调解委员会调解民间纠纷，不收取任何费用。"
                 "现将当事人在人民调解活动中享有的权利和承担的义务告知如下：", "文书正文")  # fmt: skip
    para(document, "一、当事人在人民调解活动中享有下列权利：", "文书小标题")
    for text in RIGHTS:
        para(document, text, "文书正文")
    para(document, "二、当事人在人民调解活动中履行下列义务：", "文书小标题")
    for text in DUTIES:
        para(document, text, "文书正文")
    para(document, "三、经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。", "文书小标题")
    para(document, "以上内容已向当事人告知，当事人已知悉。", "文书正文")
    tag(document, "{%p for p in parties %}")
    sign(document, "{{ p.role }}{{ p.name }}（签名或按指印）：")
    tag(document, "{%p endfor %}")
    para(document, "{{ committee }}（印）", "落款")
    para(document, "{{ case.accepted_on }}", "落款")


def investigation(document: WordDocument) -> None:
    head(document, "人民调解调查记录", "　　第{{ investigation.seq }}次调查")
    grid(document, [
        ((("调查时间", "{{ investigation.at }}"), ("调查地点", "{{ investigation.place }}")), 0.9),
        ((("调查人", "{{ investigation.investigator }}"), ("被调查人", "{{ investigation.subject }}")), 0.9),
        ((("当事人", "{{ case.party_roles }}"),), 0.9),
        ((("调查内容", "{{ investigation.content }}"),), 14.0),
    ])  # fmt: skip
    sign(document, "被调查人（签名）：", "调查人（签名）：")
    sign(document, "记录人（签名）：")


def session(document: WordDocument) -> None:
    head(document, "人民调解记录", "　　第{{ session.seq }}次调解")
    grid(document, [
        ((("调解时间", "{{ session.at }}"), ("调解地点", "{{ session.place }}")), 0.9),
        ((("参加人", "{{ session.attendees }}"),), 0.9),
        ((("调解员", "{{ session.mediators }}"),), 0.9),
        ((("当事人陈述", "{{ session.statements }}"),), 5.5),
        ((("调解过程", "{{ session.process }}"),), 5.5),
        ((("调解结果", "{{ session.result }}"),), 2.0),
    ])  # fmt: skip
    sign(document, "当事人（签名）：", "调解员（签名）：")
    sign(document, "记录人（签名）：")


def agreement(document: WordDocument) -> None:
    tag(document, "{%p for c in copies %}")
    tag(document, "{%p if not loop.first %}")
    para(document, "", "分页")
    tag(document, "{%p endif %}")
    head(document, "人民调解协议书", "　　{{ c.label }}")
    para(document, "当事人基本情况：", "文书小标题")
    parties(document)
    para(document, "纠纷的主要事实、争议事项及各方责任：", "文书小标题")
    para(document, "{{ case.summary }}", "文书正文")
    para(document, "经{{ committee }}调解，当事人自愿达成如下协议：", "文书小标题")
    para(document, "{{ agreement.content }}", "文书正文")
    para(document, "履行方式、期限：", "文书小标题")
    para(document, "{{ agreement.performance }}", "文书正文")
    para(document, "本协议一式{{ agreement.copies }}份，当事人、人民调解委员会各持一份。本协议自各方当事人签名、"
                 "盖章或者按指印，人民调解员签名并加盖人民调解委员会印章之日起生效，具有法律约束力，当事人应当"
                 "按照约定履行。双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。",
       "文书正文")  # fmt: skip
    tag(document, "{%p for p in parties %}")
    sign(document, "{{ p.role }}（签名、盖章或按指印）：")
    tag(document, "{%p endfor %}")
    tag(document, "{%p for m in agreement.mediators %}")
    sign(document, "人民调解员（签名）：")
    tag(document, "{%p endfor %}")
    para(document, "{{ committee }}（印）", "落款")
    para(document, "{{ agreement.agreed_on }}", "落款")
    tag(document, "{%p endfor %}")


def oral_agreement(document: WordDocument) -> None:
    head(document, "人民调解口头协议登记表")
    grid(document, [
        ((("当事人", "{{ case.party_roles }}"),), 1.2),
        ((("纠纷类型", "{{ case.dispute_type }}"), ("达成协议日期", "{{ agreement.agreed_on }}")), 0.9),
        ((("纠纷简要情况", "{{ case.summary }}"),), 4.0),
        ((("口头协议内容", "{{ agreement.content }}"),), 5.0),
        ((("履行方式、期限", "{{ agreement.performance }}"),), 2.0),
        ((("调解员", "{{ case.mediators }}"),), 0.9),
    ])  # fmt: skip
    para(document, "依照《中华人民共和国人民调解法》第三十条，口头调解协议自各方当事人达成协议之日起生效。", "说明文字")
    sign(document, "调解员（签名）：", "登记人（签名）：")
    para(document, "{{ agreement.agreed_on }}", "落款")


def visit(document: WordDocument) -> None:
    head(document, "人民调解回访记录", "　　第{{ visit.seq }}次回访")
    grid(document, [
        ((("当事人", "{{ case.party_roles }}"),), 1.2),
        ((("协议形式", "{{ agreement.kind }}"), ("达成协议日期", "{{ agreement.agreed_on }}")), 0.9),
        ((("协议内容", "{{ agreement.content }}"),), 3.0),
        ((("回访日期", "{{ visit.visited_on }}"), ("回访人", "{{ visit.visitor }}")), 0.9),
        ((("履行情况", "{{ visit.performance }}"),), 4.5),
        ((("当事人意见", "{{ visit.opinion }}"),), 3.5),
    ])  # fmt: skip
    sign(document, "回访人（签名）：", "被回访人（签名）：")


def closing_report(document: WordDocument) -> None:
    head(document, "人民调解结案报告表")
    grid(document, [
        ((("纠纷类型", "{{ case.dispute_type }}"), ("纠纷来源", "{{ case.source }}")), 0.9),
        ((("当事人", "{{ case.party_roles }}"),), 1.2),
        ((("调解员", "{{ case.mediators }}"),), 0.9),
        ((("受理日期", "{{ case.accepted_on }}"), ("结案日期", "{{ case.closed_on }}")), 0.9),
        ((("调解次数", "{{ closing.sessions }}"), ("涉及金额", "{{ case.amount }}")), 0.9),
        ((("调解结果", "{{ closing.outcome }}"),), 0.9),
        ((("结果说明", "{{ closing.detail }}"),), 3.5),
        ((("履行情况", "{{ closing.performance }}"),), 1.5),
        ((("防止纠纷激化", "{{ closing.prevented }}"), ("防止群体上访", "{{ closing.petition }}")), 0.9),
        ((("保管期限", "{{ case.retention }}"), ("调处层级", "{{ case.level }}")), 0.9),
    ])  # fmt: skip
    day = "\u3000" * 6 + "年\u3000\u3000月\u3000\u3000日"
    box(document, 2.6, [("承办调解员意见：", "表格文字"), ("", "表格文字"), ("", "表格文字"), (f"签名：{day}", "落款")])
    box(document, 2.6, [("{{ committee }}审核意见：", "表格文字"), ("", "表格文字"), ("", "表格文字"),
                        (f"负责人（签名）：{day}", "落款")])  # fmt: skip


def remarks(document: WordDocument) -> None:
    head(document, "卷内备考表")
    paragraph_lines = [
        ("本卷情况说明：", "文书小标题"),
        ("本卷共有文书材料{{ remarks.documents }}件，共PAGES页（不含封面和卷内目录）。", "文书正文"),
        ("证据材料另附，共\u3000\u3000\u3000份、\u3000\u3000\u3000页。", "文书正文"),
    ]
    box(document, 12.0, paragraph_lines)
    cell_paragraph = document.tables[-1].rows[0].cells[0].paragraphs[1]
    _split_pages_field(cell_paragraph)
    sign(document, "立卷人（签名）：", "检查人（签名）：")
    para(document, "立卷日期：{{ filed_on }}", "落款")


def _split_pages_field(paragraph: Paragraph) -> None:
    """Turns the PAGES marker into a PAGEREF field to the 备考表's own bookmark: its page is the last page."""
    before, after = paragraph.text.split("PAGES")
    for run in list(paragraph.runs):
        run._r.getparent().remove(run._r)
    paragraph.add_run(before)
    add_field(paragraph, "PAGEREF {{ remarks.bookmark }} \\h", "{{ remarks.pages }}")
    paragraph.add_run(after)


BUILDERS = {
    "cover.docx": ("人民调解卷宗封面及卷内目录", cover),
    "application.docx": ("人民调解申请书", application),
    "acceptance.docx": ("人民调解受理登记表", acceptance),
    "rights_notice.docx": ("当事人权利义务告知书", rights_notice),
    "investigation.docx": ("人民调解调查记录", investigation),
    "session.docx": ("人民调解记录", session),
    "agreement.docx": ("人民调解协议书", agreement),
    "oral_agreement.docx": ("人民调解口头协议登记表", oral_agreement),
    "visit.docx": ("人民调解回访记录", visit),
    "closing_report.docx": ("人民调解结案报告表", closing_report),
    "remarks.docx": ("卷内备考表", remarks),
}


def build(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (title, make) in BUILDERS.items():
        document = new_document(title)
        make(document)
        document.save(out_dir / name)
        written.append(out_dir / name)
    return written


if __name__ == "__main__":
    for path in build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT_DIR):
        print(path)
