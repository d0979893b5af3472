"""活动台账 (.xlsx) and the month calendar (.pdf) through the CLI, read back."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from community_desk.app import Database, Services
from community_desk.cli import main
from community_desk.services.events_dto import EventInput


def _events(services: Services) -> None:
    events = services.events
    course = events.create_event(
        EventInput(
            "舞蹈课",
            "文化",
            "舞蹈室",
            datetime(2026, 10, 5, 19),
            datetime(2026, 10, 5, 20, 30),
            organiser="文体队",
            weekdays=frozenset({0, 2, 4}),
            repeat_until=date(2026, 10, 31),
        )
    )
    events.cancel_occurrence(course, date(2026, 10, 7))
    talk = events.create_event(
        EventInput(
            "重阳敬老宴", "节日", "多功能厅", datetime(2026, 10, 18, 11), datetime(2026, 10, 18, 13), organiser="居委会"
        )
    )
    events.sign_in(talk, date(2026, 10, 18), "张三")
    events.sign_in(talk, date(2026, 10, 18), "李四")


def test_ledger_lists_held_occurrences_with_participants(
    services: Services, database: Database, tmp_path: Path
) -> None:
    _events(services)
    out = tmp_path / "台账.xlsx"
    assert main(["export", "events", "--year", "2026", "--out", str(out), "--db", str(database.path)]) == 0
    sheet = load_workbook(out).active
    rows = [row for row in sheet.iter_rows(values_only=True) if row and row[2] in ("舞蹈课", "重阳敬老宴")]
    assert len(rows) == 12  # 13 Mon/Wed/Fri in October from the 5th, one cancelled; plus the banquet
    banquet = next(r for r in rows if r[2] == "重阳敬老宴")
    assert banquet[3:] == ("节日", "多功能厅", "居委会", 0, 2)
    assert str(banquet[0]).startswith("2026-10-18")


def test_month_calendar_pdf_reads_back(services: Services, database: Database, tmp_path: Path) -> None:
    _events(services)
    out = tmp_path / "月历.pdf"
    assert main(["export", "calendar", "--month", "2026-10", "--out", str(out), "--db", str(database.path)]) == 0
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for expected in ("2026年10月活动安排", "重阳节", "国庆节", "11:00 重阳敬老宴", "19:00 舞蹈课"):
        assert expected in text
    assert main(["export", "calendar", "--month", "2026-13", "--out", str(out), "--db", str(database.path)]) != 0
