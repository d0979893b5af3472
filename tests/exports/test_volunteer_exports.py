"""志愿服务记录证明 (.docx, PDF), 花名册/时长统计 workbooks and the two CLI commands, read back."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from community_desk.app import Services
from community_desk.cli import main
from community_desk.exports import word
from community_desk.exports.volunteer_certificate import TEMPLATE, context
from community_desk.services.volunteer_dto import ServiceRecordInput, VolunteerInput

ID_NUMBER = "110101199003071234"
RARE = "王䶮"


def _office(services: Services) -> int:
    vs = services.volunteers
    vid = vs.create_volunteer(VolunteerInput(name=RARE, id_number=ID_NUMBER, gender="1", phone="13812345678",
                                             registered_on=date(2026, 1, 5)))
    for day, category in ((3, "助老助残"), (10, "环境保护"), (17, "助老助残")):
        vs.record_service(vid, ServiceRecordInput(datetime(2026, 3, day, 9), datetime(2026, 3, day, 11, 30),
                                                  f"服务{day}", category, "社区", "活动室", "张主任"))
    return vid


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_template_declares_only_what_the_code_supplies(services: Services) -> None:
    vid = _office(services)
    data = services.volunteers.issue_certificate(vid)
    assert word.template_variables(TEMPLATE) == set(context(data))


def test_certificate_docx_holds_every_required_element(services: Services, tmp_path: Path) -> None:
    vid = _office(services)
    out, data = services.volunteers.write_certificate(vid, tmp_path / "证明.docx", responsible="李书记")
    text = _docx_text(out)
    for needed in ("志愿服务记录证明", data.number, RARE, "居民身份证", ID_NUMBER, "V2026-0001",
                   "2026年3月3日至2026年3月17日", "7.5 小时", "助老助残5.0小时", "本社区居民委员会", "李书记",
                   data.handler, "出具日期", "（盖章）", "服务10"):
        assert needed in text, needed
    assert "{{" not in text and "{%" not in text


def test_certificate_pdf_text_includes_a_rare_character_name(services: Services, tmp_path: Path) -> None:
    vid = _office(services)
    out, data = services.volunteers.write_certificate(vid, tmp_path / "证明.pdf")
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for needed in (data.number, RARE, ID_NUMBER, "7.5", "出具单位", "（盖章）"):
        assert needed in text, needed


def test_roster_is_masked_by_default_and_ids_are_text(services: Services, tmp_path: Path) -> None:
    _office(services)
    for unmasked, expected_id, expected_phone in ((False, "110101********1234", "138****5678"),
                                                  (True, ID_NUMBER, "13812345678")):
        out = tmp_path / f"roster{unmasked}.xlsx"
        assert services.volunteers.export_roster(out, unmasked=unmasked) == 1
        sheet = load_workbook(out)["志愿者花名册"]
        assert "志愿者花名册" in sheet.cell(1, 1).value and "填报单位" in str(sheet.cell(2, 1).value)
        id_cell, phone_cell = sheet.cell(4, 7), sheet.cell(4, 8)
        assert (id_cell.value, phone_cell.value) == (expected_id, expected_phone)
        assert id_cell.number_format == "@" and id_cell.data_type == "s" and phone_cell.data_type == "s"


def test_hours_workbook_has_a_sheet_per_grouping(services: Services, tmp_path: Path) -> None:
    _office(services)
    out = tmp_path / "hours.xlsx"
    services.volunteers.export_hours(out, 2026)
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["按志愿者", "按队伍", "按类别", "按月份"]
    rows = list(workbook["按类别"].iter_rows(min_row=4, values_only=True))
    assert rows[-1][1:] == ("合计", None, 3, 7.5) or rows[-1][1:] == ("合计", "", 3, 7.5)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_cli_certificate_exit_codes_and_reprint(services: Services, tmp_path: Path, suffix: str) -> None:
    _office(services)
    db = str(services.database.path)
    out = tmp_path / f"c{suffix}"
    assert main(["export", "volunteer-certificate", "--volunteer", "V2026-0001", "--out", str(out), "--db", db]) == 0
    assert main(["export", "volunteer-certificate", "--volunteer", "V2026-0001", "--out", str(out), "--db", db]) == 0
    assert len(services.volunteers.certificates()) == 1
    assert main(["export", "volunteer-certificate", "--volunteer", "V1999-0001", "--out", str(out), "--db", db]) == 1
    assert main(["export", "volunteer-certificate", "--volunteer", "V2026-0001", "--out", "x.txt", "--db", db]) == 1
    assert main(["export", "volunteer-certificate", "--volunteer", "V2026-0001", "--out", str(out),
                 "--db", str(tmp_path / "missing.sqlite3")]) == 2


def test_cli_volunteers_workbooks(services: Services, tmp_path: Path) -> None:
    _office(services)
    db = str(services.database.path)
    roster = tmp_path / "roster.xlsx"
    assert main(["export", "volunteers", "--kind", "花名册", "--out", str(roster), "--db", db, "--unmasked"]) == 0
    assert load_workbook(roster)["志愿者花名册"].cell(4, 7).value == ID_NUMBER
    assert main(["export", "volunteers", "--kind", "时长统计", "--year", "2026", "--out", str(tmp_path / "h.xlsx"),
                 "--db", db]) == 0
    assert main(["export", "volunteers", "--kind", "花名册", "--out", str(tmp_path / "h.csv"), "--db", db]) == 1


def test_generator_rebuilds_the_certificate_template_with_the_same_variables(tmp_path: Path) -> None:
    import runpy

    from docxtpl import DocxTemplate

    generator = runpy.run_path(str(word.TEMPLATE_DIR / "make_volunteer_certificate.py"))
    rebuilt = generator["build"](tmp_path / "volunteer_certificate.docx")
    assert DocxTemplate(rebuilt).get_undeclared_template_variables() == word.template_variables(TEMPLATE)
