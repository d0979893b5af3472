"""The 卷宗 forms as reportlab flowables, mirroring the Word templates made by make_mediation_forms.py.

Same wording, the same label/value grid (2.9 cm labels), the same party block and the same type sizes as the
.docx, so a form looks alike in both and takes about as many pages. Every value goes through fallback_markup, so
rare name characters are drawn in the fallback font instead of as blanks. Tall boxes have a minimum height
(handwriting room) and grow, splitting across pages, when the text is longer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from community_desk.exports.fonts import PDF_FONT, fallback_markup

Context = dict[str, Any]
CONTENT_WIDTH = 16.4 * cm
LABEL, HALF = 2.9 * cm, (16.4 - 2 * 2.9) / 2 * cm
PARTY_WIDTHS = [w * cm for w in (2.9, 1.7, 2.6, 1.2, 1.1, 1.2, 1.2, 1.2, 3.3)]
SHADE = colors.HexColor("#F2F2F2")
LINE = 0.5
PIECE = 4 * cm  # a long text goes into rows this tall at most: at most this much of a page is left blank
EM = "\u00a0" * 4  # reportlab collapses U+3000 like a space; no-break spaces keep the gap (¼ em each)
BLANK = EM * 7


def _style(name: str, size: float, leading: float, align: int = TA_LEFT, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=PDF_FONT, fontSize=size, leading=leading, alignment=align,
                          wordWrap="CJK", **extra)  # fmt: skip


S = {
    "title": _style("title", 18, 24, TA_CENTER, spaceAfter=6),
    "number": _style("number", 10.5, 14, TA_RIGHT, spaceAfter=6),
    "heading": _style("heading", 12, 22, spaceBefore=6, spaceAfter=2),
    "body": _style("body", 12, 22, TA_JUSTIFY, firstLineIndent=24),
    "sign": _style("sign", 12, 22, spaceBefore=10),
    "right": _style("right", 12, 22, TA_RIGHT, spaceBefore=6),
    "label": _style("label", 10.5, 14, TA_CENTER),
    "cell": _style("cell", 10.5, 14),
    "centre": _style("centre", 10.5, 14, TA_CENTER),
    "note": _style("note", 9, 13, spaceBefore=6),
    "unit": _style("unit", 16, 22, TA_CENTER, spaceBefore=48),
    "cover": _style("cover", 36, 44, TA_CENTER, spaceBefore=36, spaceAfter=48),
    "cover_label": _style("cover_label", 14, 20, TA_CENTER),
    "cover_text": _style("cover_text", 14, 20),
    "cover_date": _style("cover_date", 14, 20, TA_CENTER, spaceBefore=96),
}


def para(text: str, style: str) -> Paragraph:
    """Plain text (newlines kept as line breaks) in a style, rare characters in the fallback font."""
    lines = str(text).replace("\u3000", EM).split("\n")
    return Paragraph("<br/>".join(fallback_markup(line) for line in lines), S[style])


def signature(*labels: str) -> Paragraph:
    blank = f"<u>{BLANK}</u>"
    return Paragraph((EM * 2).join(fallback_markup(label) + blank for label in labels), S["sign"])


def head(title: str, case: Context, suffix: str = "") -> list[Flowable]:
    return [para(title, "title"), para(f"编号：{case['number']}{suffix}", "number")]


def _table(
    rows: list[list[Any]], widths: Sequence[float], commands: list[tuple], heights: list[float], *, lines: bool = True
) -> Table:
    """A bordered table that breaks between rows only (reportlab's in-row split mislays spanned cells)."""
    table = Table(rows, colWidths=list(widths), minRowHeights=heights, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), PDF_FONT),  # for the empty cells a span covers, else Helvetica
        *([("GRID", (0, 0), (-1, -1), LINE, colors.black)] if lines else []),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *commands,
    ]))  # fmt: skip
    return table


def _pieces(text: str, width: float) -> list[Paragraph]:
    """The text cut into pieces at most PIECE tall: rows the table can break between, as Word breaks a tall row."""
    pieces, rest = [], para(text, "cell")
    while rest.wrap(width, 10**6)[1] > PIECE:
        parts = rest.split(width, PIECE)
        if len(parts) < 2:
            break
        pieces.append(parts[0])
        rest = parts[1]
    return [*pieces, rest]


def grid(rows: Sequence[tuple[Sequence[tuple[str, str]], float]]) -> Table:
    """label | value | label | value; one pair spans the row; rows over 1.5 cm are top-aligned boxes.

    A full-width text longer than its box becomes several rows (pieces of the text) inside one border, the label
    in the first, so the table can continue on the next page.
    """
    data, commands, heights = [], [], []
    black = colors.black
    for pairs, height in rows:
        r = len(data)
        if len(pairs) == 2:
            (label1, text1), (label2, text2) = pairs
            data.append([para(label1, "label"), para(text1, "cell"), para(label2, "label"), para(text2, "cell")])
            heights.append(height * cm)
            commands += [("GRID", (0, r), (-1, r), LINE, black), ("BACKGROUND", (0, r), (0, r), SHADE),
                         ("BACKGROUND", (2, r), (2, r), SHADE)]  # fmt: skip
            continue
        ((label, text),) = pairs
        pieces = _pieces(text, LABEL + 2 * HALF - 6)
        tall = len(pieces) > 1 or height > 1.5
        for piece in pieces:
            data.append([para(label, "label") if len(data) == r else "", piece, "", ""])
            heights.append(height * cm if len(pieces) == 1 else 0)
            commands.append(("SPAN", (1, len(data) - 1), (3, len(data) - 1)))
        end = len(data) - 1
        commands += [("BACKGROUND", (0, r), (0, end), SHADE),  # no row span: reportlab cannot break through one
                     ("BOX", (0, r), (0, end), LINE, black), ("BOX", (1, r), (3, end), LINE, black)]  # fmt: skip
        if len(pieces) > 1:
            commands.append(("VALIGN", (0, r), (-1, end), "TOP"))
        elif tall:
            commands.append(("VALIGN", (1, r), (-1, end), "TOP"))
    return _table(data, [LABEL, HALF, LABEL, HALF], commands, heights, lines=False)


def parties(items: Sequence[Context]) -> Table:
    """Three rows per party, the role merged down the left, as in the Word templates."""
    data, commands, heights = [], [], []
    for index, p in enumerate(items):
        r = 3 * index
        data += [
            [para(p["role"], "label"), para("姓名", "label"), para(p["name"], "centre"), para("性别", "label"),
             para(p["gender"], "centre"), para("年龄", "label"), para(p["age"], "centre"), para("民族", "label"),
             para(p["ethnicity"], "centre")],
            ["", para("职业", "label"), para(p["occupation"], "cell"), "", "", para("联系电话", "label"), "",
             para(p["phone"], "cell"), ""],
            ["", para("身份证号", "label"), para(p["id_number"], "cell"), "", "", para("住址", "label"), "",
             para(p["address"], "cell"), ""],
        ]  # fmt: skip
        heights += [0.8 * cm] * 3
        commands += [("SPAN", (0, r), (0, r + 2)), ("BACKGROUND", (0, r), (0, r + 2), SHADE)]
        for column in (1, 3, 5, 7):
            commands.append(("BACKGROUND", (column, r), (column, r), SHADE))
        for row in (r + 1, r + 2):
            commands += [("SPAN", (2, row), (4, row)), ("SPAN", (5, row), (6, row)), ("SPAN", (7, row), (8, row))]
            commands += [("BACKGROUND", (1, row), (1, row), SHADE), ("BACKGROUND", (5, row), (6, row), SHADE)]
    return _table(data, PARTY_WIDTHS, commands, heights)


def box(height: float, lines: Sequence[Paragraph]) -> Table:
    return _table([[list(lines)]], [CONTENT_WIDTH], [("VALIGN", (0, 0), (-1, -1), "TOP")], [height * cm])


def dated(text: str) -> Paragraph:
    return para(text, "right")


# --- the forms ---------------------------------------------------------------------------------------------------
def cover_flowables(c: Context) -> list[Flowable]:
    case = c["case"]
    rows = [("卷\u3000\u3000号", case["number"]), ("纠纷类型", case["dispute_type"]), ("当 事 人", case["parties"]),
            ("调 解 员", case["mediators"]), ("受理日期", case["accepted_on"]), ("结案日期", case["closed_on"]),
            ("保管期限", case["retention"])]  # fmt: skip
    table = _table([[para(k, "cover_label"), para(v, "cover_text")] for k, v in rows], [3.6 * cm, 9.4 * cm], [],
                   [1.3 * cm] * len(rows))  # fmt: skip
    return [
        para(c["committee"], "unit"),
        para("人民调解卷宗", "cover"),
        table,
        para(f"立卷日期：{c['filed_on']}", "cover_date"),
    ]


def toc_flowables(c: Context) -> list[Flowable]:
    header = [para(t, "label") for t in ("序号", "文书名称", "日期", "页号", "备注")]
    rows = [header] + [
        [para(e["index"], "centre"), para(e["title"], "cell"), para(e["date"], "centre"), para(e["page"], "centre"),
         para(e["note"], "centre")]
        for e in c["toc"]
    ]  # fmt: skip
    widths = [w * cm for w in (1.2, 7.0, 3.6, 1.6, 3.0)]
    table = _table(rows, widths, [("BACKGROUND", (0, 0), (-1, 0), SHADE)], [0.9 * cm] * len(rows))
    table.repeatRows = 1
    note = "说明：页号为卷内文书的页码（封面和卷内目录不编页码），在Word中按F9可更新。"
    return [para("卷内目录", "title"), para(f"卷号：{c['case']['number']}", "number"), table, para(note, "note")]


def application(c: Context) -> list[Flowable]:
    case = c["case"]
    story = [*head("人民调解申请书", case), parties(c["parties"]), para("纠纷简要情况及申请事项：", "heading"),
             para(case["summary"], "body"),
             para(f"{c['committee']}已告知本人人民调解的性质、原则和当事人在调解活动中享有的权利、承担的义务，"
                  "本人自愿申请人民调解委员会调解。", "body")]  # fmt: skip
    story += [signature(f"申请人{p['name']}（签名或按指印）：") for p in c["applicants"]]
    return [*story, dated(case["accepted_on"])]


def acceptance(c: Context) -> list[Flowable]:
    case = c["case"]
    return [
        *head("人民调解受理登记表", case),
        grid([((("受理日期", case["accepted_on"]), ("纠纷来源", case["source"])), 0.9),
              ((("纠纷类型", case["dispute_type"]), ("涉及金额", case["amount"])), 0.9)]),
        parties(c["parties"]),
        grid([((("纠纷简要情况", case["summary"]),), 4.0), ((("指派调解员", case["mediators"]),), 0.9),
              ((("受理意见", "经审查，该纠纷属于人民调解范围，予以受理。"),), 0.9)]),
        signature("登记人（签名）：", "负责人（签名）："),
        dated(case["accepted_on"]),
    ]  # fmt: skip


RIGHTS = ("（一）选择或者接受人民调解员；", "（二）接受调解、拒绝调解或者要求终止调解；",
          "（三）要求调解公开进行或者不公开进行；", "（四）自主表达意愿、自愿达成调解协议。")  # fmt: skip
DUTIES = ("（一）如实陈述纠纷事实；", "（二）遵守调解现场秩序，尊重人民调解员；", "（三）尊重对方当事人行使权利。")


def rights_notice(c: Context) -> list[Flowable]:
    case = c["case"]
    story = [*head("当事人权利义务告知书", case), para(f"{case['party_names']}：", "sign"),
             para("根据《中华人民共和国人民调解法》的规定，人民调解委员会调解民间纠纷，不收取任何费用。"
                  "现将当事人在人民调解活动中享有的权利和承担的义务告知如下：", "body"),
             para("一、当事人在人民调解活动中享有下列权利：", "heading"), *(para(t, "body") for t in RIGHTS),
             para("二、当事人在人民调解活动中履行下列义务：", "heading"), *(para(t, "body") for t in DUTIES),
             para("三、经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。", "heading"),
             para("以上内容已向当事人告知，当事人已知悉。", "body")]  # fmt: skip
    story += [signature(f"{p['role']}{p['name']}（签名或按指印）：") for p in c["parties"]]
    return [*story, dated(f"{c['committee']}（印）"), dated(case["accepted_on"])]


def investigation(c: Context) -> list[Flowable]:
    case, item = c["case"], c["investigation"]
    return [
        *head("人民调解调查记录", case, f"\u3000\u3000第{item['seq']}次调查"),
        grid([((("调查时间", item["at"]), ("调查地点", item["place"])), 0.9),
              ((("调查人", item["investigator"]), ("被调查人", item["subject"])), 0.9),
              ((("当事人", case["party_roles"]),), 0.9), ((("调查内容", item["content"]),), 14.0)]),
        signature("被调查人（签名）：", "调查人（签名）："),
        signature("记录人（签名）："),
    ]  # fmt: skip


def session(c: Context) -> list[Flowable]:
    case, item = c["case"], c["session"]
    return [
        *head("人民调解记录", case, f"\u3000\u3000第{item['seq']}次调解"),
        grid([((("调解时间", item["at"]), ("调解地点", item["place"])), 0.9),
              ((("参加人", item["attendees"]),), 0.9), ((("调解员", item["mediators"]),), 0.9),
              ((("当事人陈述", item["statements"]),), 5.5), ((("调解过程", item["process"]),), 5.5),
              ((("调解结果", item["result"]),), 2.0)]),
        signature("当事人（签名）：", "调解员（签名）："),
        signature("记录人（签名）："),
    ]  # fmt: skip


def agreement(c: Context) -> list[Flowable]:
    """One copy per party and one for the committee, each from the top of a new page."""
    case, item, story = c["case"], c["agreement"], []
    effect = (f"本协议一式{item['copies']}份，当事人、人民调解委员会各持一份。本协议自各方当事人签名、盖章或者按指印，"
              "人民调解员签名并加盖人民调解委员会印章之日起生效，具有法律约束力，当事人应当按照约定履行。"
              "双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。")  # fmt: skip
    for index, copy in enumerate(c["copies"]):
        if index:
            story.append(PageBreak())
        story += [*head("人民调解协议书", case, f"\u3000\u3000{copy['label']}"),
                  para("当事人基本情况：", "heading"), parties(c["parties"]),
                  para("纠纷的主要事实、争议事项及各方责任：", "heading"), para(case["summary"], "body"),
                  para(f"经{c['committee']}调解，当事人自愿达成如下协议：", "heading"), para(item["content"], "body"),
                  para("履行方式、期限：", "heading"), para(item["performance"], "body"),
                  para(effect, "body")]  # fmt: skip
        story += [signature(f"{p['role']}（签名、盖章或按指印）：") for p in c["parties"]]
        story += [signature("人民调解员（签名）：") for _ in item["mediators"]]
        story += [dated(f"{c['committee']}（印）"), dated(item["agreed_on"])]
    return story


def oral_agreement(c: Context) -> list[Flowable]:
    case, item = c["case"], c["agreement"]
    return [
        *head("人民调解口头协议登记表", case),
        grid([((("当事人", case["party_roles"]),), 1.2),
              ((("纠纷类型", case["dispute_type"]), ("达成协议日期", item["agreed_on"])), 0.9),
              ((("纠纷简要情况", case["summary"]),), 4.0), ((("口头协议内容", item["content"]),), 5.0),
              ((("履行方式、期限", item["performance"]),), 2.0), ((("调解员", case["mediators"]),), 0.9)]),
        para("依照《中华人民共和国人民调解法》第三十条，口头调解协议自各方当事人达成协议之日起生效。", "note"),
        signature("调解员（签名）：", "登记人（签名）："),
        dated(item["agreed_on"]),
    ]  # fmt: skip


def visit(c: Context) -> list[Flowable]:
    case, item, deal = c["case"], c["visit"], c["agreement"]
    return [
        *head("人民调解回访记录", case, f"\u3000\u3000第{item['seq']}次回访"),
        grid([((("当事人", case["party_roles"]),), 1.2),
              ((("协议形式", deal["kind"]), ("达成协议日期", deal["agreed_on"])), 0.9),
              ((("协议内容", deal["content"]),), 3.0),
              ((("回访日期", item["visited_on"]), ("回访人", item["visitor"])), 0.9),
              ((("履行情况", item["performance"]),), 4.5), ((("当事人意见", item["opinion"]),), 3.5)]),
        signature("回访人（签名）：", "被回访人（签名）："),
    ]  # fmt: skip


def closing_report(c: Context) -> list[Flowable]:
    case, item = c["case"], c["closing"]
    day = "\u3000" * 6 + "年\u3000\u3000月\u3000\u3000日"
    return [
        *head("人民调解结案报告表", case),
        grid([((("纠纷类型", case["dispute_type"]), ("纠纷来源", case["source"])), 0.9),
              ((("当事人", case["party_roles"]),), 1.2), ((("调解员", case["mediators"]),), 0.9),
              ((("受理日期", case["accepted_on"]), ("结案日期", case["closed_on"])), 0.9),
              ((("调解次数", item["sessions"]), ("涉及金额", case["amount"])), 0.9),
              ((("调解结果", item["outcome"]),), 0.9), ((("结果说明", item["detail"]),), 3.5),
              ((("履行情况", item["performance"]),), 1.5),
              ((("防止纠纷激化", item["prevented"]), ("防止群体上访", item["petition"])), 0.9),
              ((("保管期限", case["retention"]), ("调处层级", case["level"])), 0.9)]),
        box(2.6, [para("承办调解员意见：", "cell"), Spacer(1, 1.0 * cm), para(f"签名：{day}", "right")]),
        box(2.6, [para(f"{c['committee']}审核意见：", "cell"), Spacer(1, 1.0 * cm),
                  para(f"负责人（签名）：{day}", "right")]),
    ]  # fmt: skip


def remarks(c: Context) -> list[Flowable]:
    item = c["remarks"]
    lines = [para("本卷情况说明：", "heading"),
             para(f"本卷共有文书材料{item['documents']}件，共{item['pages']}页（不含封面和卷内目录）。", "body"),
             para("证据材料另附，共\u3000\u3000\u3000份、\u3000\u3000\u3000页。", "body")]  # fmt: skip
    return [*head("卷内备考表", c["case"]), box(12.0, lines), signature("立卷人（签名）：", "检查人（签名）："),
            dated(f"立卷日期：{c['filed_on']}")]  # fmt: skip


FORM_FLOWABLES: dict[str, Callable[[Context], list[Flowable]]] = {
    "application": application,
    "acceptance": acceptance,
    "rights_notice": rights_notice,
    "investigation": investigation,
    "session": session,
    "agreement": agreement,
    "oral_agreement": oral_agreement,
    "visit": visit,
    "closing_report": closing_report,
    "remarks": remarks,
}
