"""一户一档 card: the template and the code agree on variables; what a clerk prints is complete, masked by default,
in Chinese dates, with rare name characters intact; files appear whole or not at all."""

from __future__ import annotations

import re
import runpy
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm
from docxtpl import DocxTemplate

from community_desk import cli
from community_desk.app import Services
from community_desk.domain.idcard import check_character, mask_id_number, mask_phone
from community_desk.exports import word
from community_desk.exports.word import WordExportError, chinese_date, render, template_variables
from community_desk.services.demo import generate_demo
from community_desk.services.dto import ResidentInput, TagView
from community_desk.services.errors import UserError
from community_desk.services.household_card import TEMPLATE, HouseholdCardService, tag_labels

TODAY = date.today()
MOVED_IN = TODAY - timedelta(days=40)
JI_ID = "11010519800101003" + check_character("11010519800101003")  # 𠮷祥, male, born 1980-01-01
JI_PHONE = "13812345678"
TITLE = "一户一档 居民户信息卡"


@pytest.fixture
def cards(services: Services) -> HouseholdCardService:
    generate_demo(services.database.session_factory, households=20, today=TODAY)
    return HouseholdCardService(services.registry, services.database.path)


@pytest.fixture
def h1(services: Services, cards: HouseholdCardService) -> int:
    """H000001 (王䶮, 李㛃, a child) plus 𠮷祥, moved in 40 days ago, with a current, an ended and a sensitive tag."""
    household_id = cards.household_id("H000001")
    assert household_id is not None
    ji = services.residents.add_member(
        household_id, ResidentInput(name="𠮷祥", id_number=JI_ID, phone=JI_PHONE), "20", MOVED_IN
    )
    services.special_groups.add_tag(ji, "低保", TODAY - timedelta(days=30))
    services.special_groups.add_tag(ji, "失业人员", TODAY - timedelta(days=400), TODAY - timedelta(days=10))
    services.special_groups.add_tag(ji, "社区矫正", TODAY - timedelta(days=20))
    return household_id


def texts(path: Path) -> tuple[list[str], list[list[list[str]]]]:
    """Paragraph texts and table cell texts of a .docx, read back with python-docx."""
    document = Document(str(path))
    return [p.text for p in document.paragraphs], [
        [[cell.text for cell in row.cells] for row in table.rows] for table in document.tables
    ]


def document_xml(path: Path) -> str:
    return Document(str(path)).element.xml


# --- template and context agree -----------------------------------------------------------------------------
def test_template_declares_exactly_the_variables_the_service_supplies(cards: HouseholdCardService, h1: int) -> None:
    context = cards.context([h1], today=TODAY)
    assert template_variables(TEMPLATE) == set(context)
    template = DocxTemplate(word.template_path(TEMPLATE))
    assert template.get_undeclared_template_variables(context=context) == set()


def test_template_reads_only_fields_the_cards_have(cards: HouseholdCardService, h1: int, tmp_path: Path) -> None:
    """Rendering is strict, so a full card (members, events) and an empty one (else rows) exercise every field."""
    context = cards.context([h1], today=TODAY)
    empty = {**context["households"][0], "members": [], "events": []}
    render(TEMPLATE, {**context, "households": [context["households"][0], empty]}, tmp_path / "both.docx")
    _, tables = texts(tmp_path / "both.docx")
    assert tables[4][1][0] == "（无在册成员）" and tables[5][1][0] == "（无变动记录）"
    broken = {**context["households"][0]}
    del broken["grid"]
    with pytest.raises(WordExportError, match=r"未提供的内容.*grid"):
        render(TEMPLATE, {**context, "households": [broken]}, tmp_path / "broken.docx")
    assert not (tmp_path / "broken.docx").exists()


def test_generator_rebuilds_a_template_with_the_same_variables(tmp_path: Path) -> None:
    generator = runpy.run_path(str(word.TEMPLATE_DIR / "make_household_card.py"))
    rebuilt = generator["build"](tmp_path / "household_card.docx")
    fresh = DocxTemplate(rebuilt).get_undeclared_template_variables()
    assert fresh == template_variables(TEMPLATE)


def test_template_is_a4_portrait_with_chinese_fonts_and_repeated_header() -> None:
    document = Document(str(word.template_path(TEMPLATE)))
    section = document.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.05) and abs(section.page_height - Cm(29.7)) < Cm(0.05)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert defaults.get(qn("w:eastAsia")) == word.BODY_FONT
    assert not styles.xpath(".//w:rFonts[@w:eastAsiaTheme]")  # a theme font would override w:eastAsia
    members = document.tables[1]
    assert members.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in members.rows[0].cells][:3] == ["序号", "姓名", "与户主关系"]


# --- what the card shows -------------------------------------------------------------------------------------
def test_card_shows_household_members_tags_and_history_masked(
    services: Services, cards: HouseholdCardService, h1: int, tmp_path: Path
) -> None:
    out = cards.export([h1], tmp_path / "card.docx", today=TODAY)
    paragraphs, tables = texts(out)
    detail = services.registry.household(h1)
    assert detail is not None
    assert paragraphs[0] == TITLE and paragraphs[1] == "示范社区"
    info = {row[i]: row[i + 1] for row in tables[0] for i in (0, 2)}
    assert info["户号"] == "H000001" and info["网格"] == detail.grid == "第一网格"
    assert info["住址"] == detail.address and info["户主"] == "王䶮"
    assert info["现有人数"] == f"{len(detail.members)}人"

    header, *rows = tables[1]
    assert header == ["序号", "姓名", "与户主关系", "性别", "出生日期", "公民身份号码", "联系电话", "特殊人群"]
    assert [row[1] for row in rows] == [m.name for m in detail.members]
    assert {"王䶮", "李㛃", "𠮷祥"} <= {row[1] for row in rows}
    for row, member in zip(rows, detail.members, strict=True):
        assert row[2:5] == [member.relation, member.gender, chinese_date(member.birth_date)]
        assert re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", row[4])
        assert row[5] == mask_id_number(member.id_number) and re.fullmatch(r"\d{6}\*{8}\d{3}[\dX]", row[5])
        assert row[6] == (mask_phone(member.phone) if member.phone else "")
    ji = next(row for row in rows if row[1] == "𠮷祥")
    assert ji[2:7] == ["子", "男", "1980年1月1日", "110105********" + JI_ID[-4:], "138****5678"]
    assert ji[7] == "低保"  # 失业人员 ended, 社区矫正 is sensitive

    header, *history = tables[2]
    assert header == ["日期", "事项", "居民", "说明"]
    assert len(history) == len(detail.events)
    assert [chinese_date(MOVED_IN), "迁入", "𠮷祥"] in [row[:3] for row in history]
    assert all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", row[0]) for row in history)

    xml = document_xml(out)
    assert JI_ID not in xml and JI_PHONE not in xml
    assert "说明：公民身份号码、联系电话已按个人信息保护要求脱敏显示。" in paragraphs
    footer = Document(str(out)).sections[0].footer.paragraphs[0].text
    assert "填表人" in footer and f"填表日期：{chinese_date(TODAY)}" in footer


def test_unmasked_card_shows_full_id_phone_and_sensitive_tags_only_when_asked(
    cards: HouseholdCardService, h1: int, tmp_path: Path
) -> None:
    out = cards.export([h1], tmp_path / "full.docx", unmasked=True, include_sensitive=True, today=TODAY)
    _, tables = texts(out)
    ji = next(row for row in tables[1] if row[1] == "𠮷祥")
    assert ji[5:8] == [JI_ID, JI_PHONE, "低保、社区矫正"]
    assert "注意：本卡含完整公民身份号码和联系电话" in document_xml(out)


def test_elderly_band_is_derived_for_the_101_year_old(cards: HouseholdCardService, tmp_path: Path) -> None:
    household_id = cards.household_id("H000004")
    assert household_id is not None
    _, tables = texts(cards.export([household_id], tmp_path / "h4.docx", today=TODAY))
    assert any(row[7].startswith("高龄100+") for row in tables[1][1:])


def test_rare_characters_beyond_the_bmp_get_their_own_simsun_extb_run(
    cards: HouseholdCardService, h1: int, tmp_path: Path
) -> None:
    out = cards.export([h1], tmp_path / "card.docx", today=TODAY)
    runs = Document(str(out)).element.body.iter(qn("w:r"))
    by_text = {"".join(t.text or "" for t in run.iter(qn("w:t"))): run for run in runs}
    ji = by_text["𠮷"]  # split off from 祥
    fonts = ji.find(qn("w:rPr")).find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")} == {"SimSun-ExtB"}
    assert "祥" in by_text and "王䶮" in by_text  # Extension A stays in 宋体, which has it
    assert by_text["王䶮"].find(qn("w:rPr")) is None or by_text["王䶮"].find(qn("w:rPr")).find(qn("w:rFonts")) is None


def test_split_run_keeps_formatting_order_and_text() -> None:
    paragraph = Document().add_paragraph()
    run = paragraph.add_run("甲𠮷乙")
    run.bold = True
    run._r.append(run._r.makeelement(qn("w:br"), {}))
    paragraph.add_run("𪚥")
    assert word.use_supplementary_font(paragraph._p) == 2
    runs = paragraph._p.findall(qn("w:r"))
    assert [("".join(t.text for t in r.iter(qn("w:t"))), r.find(qn("w:br")) is not None) for r in runs] == [
        ("甲", False),
        ("𠮷", False),
        ("乙", True),
        ("𪚥", False),
    ]
    assert all(r.find(qn("w:rPr")).find(qn("w:b")) is not None for r in runs[:3])
    assert paragraph.text == "甲𠮷乙\n𪚥"


def test_xml_special_and_control_characters_in_values_keep_the_document_valid(
    cards: HouseholdCardService, h1: int, tmp_path: Path
) -> None:
    context = cards.context([h1], today=TODAY)
    context["households"][0]["note"] = "楼上 A&B <漏水>\x0b\x0c 待查"
    _, tables = texts(render(TEMPLATE, context, tmp_path / "note.docx"))
    assert tables[0][4][3] == "楼上 A&B <漏水> 待查"


def test_chinese_dates() -> None:
    assert chinese_date(date(2026, 11, 23)) == "2026年11月23日"
    assert chinese_date(date(2026, 1, 5)) == "2026年1月5日"
    assert chinese_date(None) == ""


def test_tag_labels_in_force_on_the_day() -> None:
    day = date(2026, 6, 1)
    tags = [
        TagView(1, "残疾", date(2020, 1, 1), None, "肢体 二级", ""),
        TagView(2, "低保", date(2026, 6, 2), None, "", ""),  # not yet
        TagView(3, "失业人员", date(2025, 1, 1), day, "", ""),  # ended that day
        TagView(4, "安置帮教", date(2025, 1, 1), None, "", ""),
        TagView(5, "党员", date(2000, 1, 1), None, "正式党员", ""),
    ]
    assert tag_labels(date(1936, 6, 1), tags, day) == ["高龄90+", "残疾（肢体 二级）", "党员"]
    assert tag_labels(date(1936, 6, 2), tags, day, include_sensitive=True) == [
        "高龄80+",
        "残疾（肢体 二级）",
        "安置帮教",
        "党员",
    ]


# --- writing ---------------------------------------------------------------------------------------------------
def test_file_is_written_atomically_without_leftovers(cards: HouseholdCardService, h1: int, tmp_path: Path) -> None:
    target = tmp_path / "out" / "一户一档_H000001.docx"
    target.parent.mkdir()
    cards.export([h1], target, today=TODAY)
    cards.export([h1], target, unmasked=True, today=TODAY)  # replaces the earlier file
    assert [p.name for p in target.parent.iterdir()] == [target.name]
    assert JI_ID in document_xml(target)


def test_failed_save_leaves_old_target_and_no_partial_file(
    cards: HouseholdCardService, h1: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "card.docx"
    target.write_bytes(b"old")

    def broken_save(self: DocxTemplate, filename: Any, *args: Any, **kwargs: Any) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half a zip")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(DocxTemplate, "save", broken_save)
    with pytest.raises(UserError, match="无法保存"):
        cards.export([h1], target, today=TODAY)
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["card.docx"]
    with pytest.raises(UserError, match="无法保存"):
        cards.export([h1], folder / "new.docx", today=TODAY)
    assert [p.name for p in folder.iterdir()] == ["card.docx"]


# --- grids ---------------------------------------------------------------------------------------------------
def test_grid_export_puts_each_household_on_its_own_numbered_section(
    services: Services, cards: HouseholdCardService, tmp_path: Path
) -> None:
    ids = cards.grid_household_ids("第一网格")
    assert len(ids) >= 2
    out = cards.export(ids, tmp_path / "grid.docx", today=TODAY)
    paragraphs, tables = texts(out)
    assert paragraphs.count(TITLE) == len(ids)
    numbers = [table[0][1] for table in tables[::3]]
    assert numbers == [services.registry.household(i).household_no for i in ids]
    body = Document(str(out)).element.body
    breaks = body.xpath("./w:p/w:pPr/w:sectPr")
    assert len(breaks) == len(ids) - 1
    assert all(s.find(qn("w:type")) is None for s in breaks)  # absent w:type means nextPage
    sections = [*breaks, body.find(qn("w:sectPr"))]
    assert all(s.find(qn("w:pgNumType")).get(qn("w:start")) == "1" for s in sections)
    assert all(s.find(qn("w:footerReference")) is not None for s in sections)


def test_unknown_grid_names_the_grids_there_are(cards: HouseholdCardService) -> None:
    with pytest.raises(UserError, match="没有名为“第九十九网格”的网格。现有网格：第一网格、第二网格"):
        cards.grid_household_ids("第九十九网格")


# --- command line ----------------------------------------------------------------------------------------------
@pytest.fixture
def card_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lead lists household_card in cli.COMMAND_MODULES; until then the tests add it themselves."""
    if "household_card" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "household_card"))


@pytest.mark.usefixtures("card_command", "h1")
def test_cli_exports_household_card(services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "card.docx"
    argv = [
        "export",
        "household-card",
        "--household",
        "H000001",
        "--out",
        str(out),
        "--db",
        str(services.database.path),
    ]
    assert cli.main(argv) == 0
    assert out.is_file() and "已导出 1 户" in capsys.readouterr().out
    _, tables = texts(out)
    assert tables[0][0][1] == "H000001"
    assert JI_ID not in document_xml(out)
    assert cli.main([*argv, "--unmasked"]) == 0
    assert JI_ID in document_xml(out)


@pytest.mark.usefixtures("card_command", "cards")
def test_cli_unknown_household_exits_1_naming_it(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "card.docx"
    argv = [
        "export",
        "household-card",
        "--household",
        "H999999",
        "--out",
        str(out),
        "--db",
        str(services.database.path),
    ]
    assert cli.main(argv) == 1
    assert "未找到户号为“H999999”的户" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.usefixtures("card_command")
def test_cli_grid_writes_one_card_per_household(
    services: Services, cards: HouseholdCardService, tmp_path: Path
) -> None:
    out = tmp_path / "grid.docx"
    argv = ["export", "household-card", "--grid", "第二网格", "--out", str(out), "--db", str(services.database.path)]
    assert cli.main(argv) == 0
    paragraphs, _ = texts(out)
    assert paragraphs.count(TITLE) == len(cards.grid_household_ids("第二网格"))
