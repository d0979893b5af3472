"""`report monthly` / `report summary` as a script uses them: files written, paths printed, Chinese refusals."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from community_desk.app import Services, open_database
from community_desk.cli import main
from community_desk.domain.report import ReportPeriod, ReportText
from community_desk.services.dto import HouseholdInput, ResidentInput


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """An office database with one resident and a finalised March 2025 report."""
    path = tmp_path / "office.sqlite3"
    database = open_database(path, exclusive=False)
    services = Services(database)
    building = services.residents.create_building(services.residents.create_grid("第一网格"), "1号楼")
    services.residents.create_household(
        HouseholdInput(building, "1", "101"), ResidentInput(name="张三"), date(2025, 3, 3)
    )
    services.reports.save_text(ReportPeriod.month(2025, 3), ReportText(plan="开展消防安全检查"))
    services.reports.finalise(ReportPeriod.month(2025, 3))
    database.close()
    return path


def test_monthly_report_as_pdf(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "三月.pdf"
    assert main(["report", "monthly", "--month", "2025-03", "--out", str(out), "--db", str(db_path)]) == 0
    assert str(out) in capsys.readouterr().out
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "2025年3月工作报告" in text and "开展消防安全检查" in text


def test_summary_as_docx(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "一季度.docx"
    assert main(["--db", str(db_path), "report", "summary", "--period", "2025-Q1", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert any("2025年第一季度工作总结" in p.text for p in Document(str(out)).paragraphs)
    year = tmp_path / "2025.pdf"
    assert main(["--db", str(db_path), "report", "summary", "--period", "2025", "--out", str(year)]) == 0
    assert year.stat().st_size > 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "monthly", "--month", "2025-13"], "月份应为 YYYY-MM 格式"),
        (["report", "monthly", "--month", "2025-Q1"], "月份应为 YYYY-MM 格式"),
        (["report", "summary", "--period", "2025-03"], "期间应写作 2026-Q4（季度）或 2026（年度）"),
    ],
)
def test_bad_period_is_refused_in_chinese(
    argv: list[str], message: str, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "报告.pdf"
    assert main([*argv, "--out", str(out), "--db", str(db_path)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_wrong_file_type_and_missing_database_are_refused(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "报告.txt"
    assert main(["report", "monthly", "--month", "2025-03", "--out", str(out), "--db", str(db_path)]) == 1
    assert "应以 .pdf 或 .docx 结尾" in capsys.readouterr().err
    missing, out = tmp_path / "none.sqlite3", tmp_path / "a.pdf"
    assert main(["report", "monthly", "--month", "2025-03", "--out", str(out), "--db", str(missing)]) == 2
    assert "数据库文件不存在" in capsys.readouterr().err
    assert not missing.exists()
