"""人民调解卷宗: exactly the forms a case has, in the order of the 卷内目录; page numbers that point at the forms
(PAGEREF fields to bookmarks in Word, exact numbers in the PDF); the CLI and the case dialog's 打印卷宗."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from community_desk import cli
from community_desk.app import Services
from community_desk.exports.case_file_pdf import layout_pages
from community_desk.services.case_documents import CaseDocumentService, for_mediation
from community_desk.services.demo import generate_demo
from community_desk.services.errors import UserError
from community_desk.services.mediation_dto import CaseQuery
from community_desk.ui.tabs.mediation import case_dialog
from tests.exports.test_mediation_forms import ID_A, TODAY, Office
from tests.exports.test_mediation_forms import office as office

NUMBER = "（2026）示范人调字第1号"
WRITTEN = ["application", "acceptance", "rights_notice", "investigation", "session", "session", "agreement",
           "visit", "closing_report", "remarks"]  # fmt: skip
TITLES = {"application": "人民调解申请书", "acceptance": "人民调解受理登记表", "rights_notice": "当事人权利义务告知书",
          "investigation": "人民调解调查记录", "session": "人民调解记录", "agreement": "人民调解协议书",
          "oral_agreement": "人民调解口头协议登记表", "visit": "人民调解回访记录",
          "closing_report": "人民调解结案报告表", "remarks": "卷内备考表"}  # fmt: skip


@pytest.fixture(scope="module")
def written_docx(office: Office) -> Path:
    return office.documents.export(office.cases["written"], office.root / "written.docx", today=TODAY)


@pytest.fixture(scope="module")
def written_pdf(office: Office) -> list[str]:
    out = office.documents.export(office.cases["written"], office.root / "written.pdf", today=TODAY)
    return [page.extract_text() for page in PdfReader(out).pages]


def bookmarks(document) -> dict[str, str]:
    """Bookmark name → the text of the paragraph it starts in, in document order."""
    found = {}
    for mark in document.element.body.iter(qn("w:bookmarkStart")):
        paragraph = mark.getparent()
        found[mark.get(qn("w:name"))] = "".join(t.text or "" for t in paragraph.iter(qn("w:t")))
    return found


def field_codes(root) -> Iterator[str]:
    yield from ((code.text or "").strip() for code in root.iter(qn("w:instrText")))


# --- which forms, in which order ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "keys"),
    [
        ("written", WRITTEN),
        ("oral", ["application", "acceptance", "rights_notice", "session", "oral_agreement", "closing_report",
                  "remarks"]),
        ("failed", ["application", "acceptance", "rights_notice", "session", "closing_report", "remarks"]),
        ("active", ["acceptance", "rights_notice", "session", "closing_report", "remarks"]),
        ("open", ["application", "acceptance", "rights_notice", "closing_report", "remarks"]),
    ],
)  # fmt: skip
def test_the_file_holds_exactly_the_forms_the_case_has_in_order(office: Office, kind: str, keys: list[str]) -> None:
    case_file = office.file(kind)
    assert case_file.keys == keys
    toc = case_file.toc(case_file.estimated_pages())
    assert [row["title"] for row in toc] == [TITLES[key] for key in keys]
    assert [row["index"] for row in toc] == [str(n) for n in range(1, len(keys) + 1)]


def test_toc_rows_carry_dates_and_notes(office: Office) -> None:
    toc = office.file("written").toc(office.file("written").estimated_pages())
    assert [(r["date"], r["note"]) for r in toc[3:7]] == [
        ("2026年3月3日", "第1次"), ("2026年3月4日", "第1次"), ("2026年3月9日", "第2次"), ("2026年3月9日", "一式3份")
    ]  # fmt: skip
    assert toc[-2]["date"] == "2026年4月12日" and toc[-1]["date"] == "2026年11月23日"


def test_active_mediation_opens_with_the_acceptance_register_naming_the_source(office: Office) -> None:
    case_file = office.file("active")
    first = case_file.toc(case_file.estimated_pages())[0]
    assert first["title"] == "人民调解受理登记表" and first["note"] == "主动调解"


# --- the Word file ----------------------------------------------------------------------------------------------
def test_word_file_has_cover_toc_and_every_form_in_order_each_bookmarked(office: Office, written_docx: Path) -> None:
    document = Document(str(written_docx))
    case_file = office.file("written")
    marks = bookmarks(document)
    assert list(marks) == [part.bookmark for part in case_file.parts]
    for part in case_file.parts:
        assert marks[part.bookmark].startswith(part.title)
    cover = [cell.text for row in document.tables[0].rows for cell in row.cells]
    assert cover == ["卷\u3000\u3000号", NUMBER, "纠纷类型", "邻里（漏水）", "当 事 人", "王䶮 与 𠮷田",
                     "调 解 员", "周调解、吴律师", "受理日期", "2026年3月2日", "结案日期", "2026年4月12日",
                     "保管期限", "长期"]  # fmt: skip
    assert "人民调解卷宗" in [p.text for p in document.paragraphs] and "卷内目录" in [
        p.text for p in document.paragraphs
    ]
    xml = document.element.xml
    assert "{{" not in xml and "{%" not in xml


def test_word_toc_page_numbers_are_pageref_fields_to_the_form_bookmarks(office: Office, written_docx: Path) -> None:
    document = Document(str(written_docx))
    case_file = office.file("written")
    refs = [code.split()[1] for code in field_codes(document.element.body) if code.startswith("PAGEREF")]
    bookmarks_in_order = [part.bookmark for part in case_file.parts]
    assert refs == [*bookmarks_in_order, bookmarks_in_order[-1]]  # the 目录, then 共N页 on the 备考表
    toc = document.tables[1]
    shown = [row.cells[3].text for row in toc.rows[1:]]
    pages = layout_pages(case_file)  # cached results: our own layout's pages, updated by Word/LibreOffice
    assert shown == [str(pages[b]) for b in bookmarks_in_order] == ["1", "2", "3", "4", "5", "6", "7", "10", "11", "12"]
    assert [row.cells[1].text for row in toc.rows[1:]] == [part.title for part in case_file.parts]


def test_word_forms_section_numbers_pages_from_one_and_each_form_starts_a_page(written_docx: Path) -> None:
    document = Document(str(written_docx))
    first, forms = document.sections[0], document.sections[-1]
    assert len(document.sections) == 2
    assert first.footer.is_linked_to_previous  # the cover and 目录 have no footer of their own (none before them)
    assert forms._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert list(field_codes(forms.footer._element)) == ["PAGE"]
    assert f"卷号：{NUMBER}" in forms.footer.paragraphs[0].text
    titles = [m.getparent() for m in document.element.body.iter(qn("w:bookmarkStart"))]
    starts = [t.find(qn("w:pPr")).find(qn("w:pageBreakBefore")) is not None for t in titles]
    assert starts == [False] + [True] * (len(titles) - 1)  # the first follows the section break


def test_word_file_is_masked_by_default(office: Office, written_docx: Path, tmp_path: Path) -> None:
    assert ID_A not in Document(str(written_docx)).element.xml
    unmasked = office.documents.export(office.cases["written"], tmp_path / "full.docx", unmasked=True, today=TODAY)
    assert ID_A in Document(str(unmasked)).element.xml


# --- the PDF ----------------------------------------------------------------------------------------------------
def test_pdf_has_cover_forms_case_number_and_rare_names(office: Office, written_pdf: list[str]) -> None:
    assert "人民调解卷宗" in written_pdf[0] and NUMBER in written_pdf[0] and "王䶮 与 𠮷田" in written_pdf[0]
    assert "卷内目录" in written_pdf[1]
    body = "\n".join(written_pdf[2:])
    for title in {TITLES[key] for key in WRITTEN}:
        assert title in body
    for name in ("王䶮", "𠮷田"):
        assert name in body
    assert all(NUMBER in page for page in written_pdf)
    assert len(written_pdf) == 2 + 12


def test_pdf_toc_page_numbers_are_the_pages_the_forms_start_on(office: Office, written_pdf: list[str]) -> None:
    row = re.compile(r"(\d+)\s*\n\s*(\S+)\s*\n\s*(\d{4}年\d+月\d+日)\s*\n\s*(\d+)")
    listed = [(m[2], int(m[4])) for m in row.finditer(written_pdf[1])]
    assert [title for title, _ in listed] == [TITLES[key] for key in WRITTEN]
    front = 2  # cover and 目录 carry no page numbers
    for title, page in listed:
        text = written_pdf[front + page - 1]
        assert text.lstrip().startswith(title), (title, page)
        assert f"第 {page} 页" in text
    agreement = dict(listed)["人民调解协议书"]
    for copy in range(3):  # one copy per party plus the committee's, each on its own page
        assert f"第{copy + 1}份（共3份）" in written_pdf[front + agreement - 1 + copy]
    assert "共12页" in written_pdf[-1]


def test_pdf_embeds_its_fonts(office: Office) -> None:
    reader = PdfReader(office.documents.export(office.cases["oral"], office.root / "oral.pdf", today=TODAY))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/FontDescriptor"].get_object()  # reportlab embeds subsets as simple TrueType fonts
            fonts[font["/BaseFont"]] = "/FontFile2" in descriptor
    assert fonts and all(fonts.values())
    assert any("BabelStone" in name for name in fonts)  # 䶮 and 𠮷 come from the fallback font


# --- finding cases, refusing ------------------------------------------------------------------------------------
def test_find_case_by_number_or_year_and_sequence(office: Office) -> None:
    documents = office.documents
    written = office.cases["written"]
    assert documents.find_case(NUMBER) == written
    assert documents.find_case(" (2026)示范人调字第1号 ") == written
    assert documents.find_case("2026-1") == written
    assert documents.find_case("2026-99") is None
    assert documents.find_case("（2026）别的社区人调字第1号") is None
    assert documents.find_case("第1号") is None


def test_export_refuses_other_suffixes_and_missing_folders_leaving_nothing(office: Office, tmp_path: Path) -> None:
    documents = office.documents
    with pytest.raises(UserError, match="只能保存为"):
        documents.export(office.cases["written"], tmp_path / "x.txt")
    with pytest.raises(UserError, match="保存位置不存在"):
        documents.export(office.cases["written"], tmp_path / "missing" / "x.pdf")
    with pytest.raises(UserError, match="不存在"):
        documents.export(9999, tmp_path / "x.docx")
    assert list(tmp_path.iterdir()) == []


# --- command line -----------------------------------------------------------------------------------------------
def test_case_file_command_is_registered() -> None:
    assert "case_file" in cli.COMMAND_MODULES


@pytest.fixture
def cli_only_case_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("case_file",))


@pytest.mark.usefixtures("cli_only_case_file")
@pytest.mark.parametrize("case", [NUMBER, "2026-1"])
def test_cli_exports_the_case_file(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    out = tmp_path / "卷宗.pdf"
    argv = ["export", "case-file", "--case", case, "--out", str(out), "--db", str(office.services.database.path)]
    assert cli.main(argv) == 0
    assert "已导出卷宗（身份证号、电话已脱敏）" in capsys.readouterr().out
    assert "人民调解卷宗" in PdfReader(out).pages[0].extract_text()


@pytest.mark.usefixtures("cli_only_case_file")
def test_cli_refuses_unknown_case_and_wrong_suffix(office: Office, tmp_path: Path, capsys) -> None:
    db = str(office.services.database.path)
    out = tmp_path / "x.docx"
    assert cli.main(["export", "case-file", "--case", "2026-99", "--out", str(out), "--db", db]) == 1
    assert "未找到卷号为“2026-99”的调解案件" in capsys.readouterr().err
    assert cli.main(["export", "case-file", "--case", "2026-1", "--out", str(tmp_path / "x.xlsx"), "--db", db]) == 1
    assert "应以 .docx 或 .pdf 结尾" in capsys.readouterr().err
    missing = str(tmp_path / "none.sqlite3")
    assert cli.main(["export", "case-file", "--case", "2026-1", "--out", str(out), "--db", missing]) == 2
    assert not out.exists()


@pytest.mark.usefixtures("cli_only_case_file")
def test_cli_unmasked_prints_full_ids(office: Office, tmp_path: Path) -> None:
    out = tmp_path / "full.docx"
    argv = ["export", "case-file", "--case", "2026-1", "--out", str(out), "--db", str(office.services.database.path)]
    assert cli.main([*argv, "--unmasked"]) == 0
    assert ID_A in Document(str(out)).element.xml


# --- the case dialog --------------------------------------------------------------------------------------------
def test_case_dialog_prints_the_file_and_a_single_form(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate_demo(services.database.session_factory, households=20, today=date.today())
    closed = services.mediation.case_page(CaseQuery(status="已结案"), 0, 50)
    case = next(row for row in closed if "书面协议" in row.outcome)
    dialog = case_dialog.CaseDialog(services.mediation, case.id)
    qtbot.addWidget(dialog)
    out = tmp_path / "卷宗.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out.with_suffix("")), "PDF 文件 (*.pdf)")
    )
    qtbot.mouseClick(dialog.print_file, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已生成" in dialog.export_status.text(), timeout=15000)
    assert out.is_file() and case.number in PdfReader(out).pages[0].extract_text()

    form = tmp_path / "协议书.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(form), "Word 文档 (*.docx)"))
    dialog._fill_form_menu()
    labels = [action.text() for action in dialog.form_menu.actions()]
    assert labels == [label for _bookmark, label in for_mediation(services.mediation).forms(case.id)]
    next(a for a in dialog.form_menu.actions() if a.text().startswith("人民调解协议书")).trigger()
    qtbot.waitUntil(lambda: form.is_file() and str(form) in dialog.export_status.text(), timeout=15000)
    assert "人民调解协议书" in Document(str(form)).paragraphs[0].text


def test_documents_service_reads_the_mediation_database(services: Services) -> None:
    documents = for_mediation(services.mediation)
    assert isinstance(documents, CaseDocumentService) and documents.find_case("2026-1") is None
