"""Builds volunteer_certificate.docx, the 志愿服务记录证明 (民发〔2015〕149号) template, with python-docx.

    python community_desk/exports/templates/make_volunteer_certificate.py [OUT.docx]

The committed .docx is what the program fills and what a clerk may edit in Word; running this script rebuilds
it from scratch and overwrites such edits. Page set-up, styles and fonts come from mediation_form_kit.py, so
the certificate looks like the program's other forms.

Variables (services/volunteer_certificates.py supplies exactly these; a test checks both ways):
    number, name, id_type, id_number, volunteer_number, period, hours, times, content, issuer, responsible,
    handler, issued_on, records: list of {date, time, hours, category, content}
Dates arrive formatted (2026年3月5日); hours with one decimal.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the generators next to this one, however it is run
import mediation_form_kit as kit

OUT = Path(__file__).resolve().parent / "volunteer_certificate.docx"
RECORD_WIDTHS = [2.6, 2.8, 2.0, 2.2, 6.8]


def build(out: Path = OUT) -> Path:
    document = kit.new_document("志愿服务记录证明")
    document.core_properties.subject = "志愿服务记录证明模板"
    kit.para(document, "志愿服务记录证明", "文书标题")
    kit.para(document, "证明编号：{{ number }}", "文书编号")
    kit.grid(
        document,
        [
            ((("志愿者姓名", "{{ name }}"), ("志愿者编号", "{{ volunteer_number }}")), 0.9),
            ((("证件类型", "{{ id_type }}"), ("证件号码", "{{ id_number }}")), 0.9),
            ((("服务时间段", "{{ period }}"),), 0.9),
            ((("累计服务时长", "{{ hours }} 小时（共 {{ times }} 次）"),), 0.9),
            ((("服务内容/项目", "{{ content }}"),), 2.4),
        ],
    )
    kit.para(
        document,
        "兹证明以上志愿者在我单位参加志愿服务，服务记录真实、准确。"
        "本证明依据《志愿服务记录办法》（民发〔2015〕149号）出具。",
        "文书正文",
    )
    kit.para(document, "服务记录明细", "文书小标题")
    table = kit.new_table(document, RECORD_WIDTHS)
    header = kit.add_row(table, RECORD_WIDTHS, 0.7, header=True)
    for cell, label in zip(header.cells, ("日期", "时间", "时长(小时)", "类别", "服务内容"), strict=True):
        kit.fill_cell(cell, label, "表格标签", shaded=True)
    loop = kit.add_row(table, RECORD_WIDTHS, None)
    kit.fill_cell(loop.cells[0], "{%tr for r in records %}", "模板标记")
    row = kit.add_row(table, RECORD_WIDTHS, 0.6)
    for cell, field in zip(row.cells, ("r.date", "r.time", "r.hours", "r.category", "r.content"), strict=True):
        kit.fill_cell(cell, "{{ " + field + " }}", "表格文字")
    end = kit.add_row(table, RECORD_WIDTHS, None)
    kit.fill_cell(end.cells[0], "{%tr endfor %}", "模板标记")
    kit.sign(document, "负责人（签名）：", "经办人（签名）：")
    kit.para(document, "负责人：{{ responsible }}\u3000\u3000经办人：{{ handler }}", "签名行")
    kit.para(document, "（盖章）", "落款")
    kit.para(document, "出具单位：{{ issuer }}", "落款")
    kit.para(document, "出具日期：{{ issued_on }}", "落款")
    out.parent.mkdir(parents=True, exist_ok=True)
    document.save(out)
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
