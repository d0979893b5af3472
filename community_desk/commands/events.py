"""`export events` (活动台账 .xlsx of a year) and `export calendar` (a month's printable A4 calendar .pdf)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.commands import EXIT_OK, EXIT_REFUSED, CommandGroups, fail, parse_month, with_database

if TYPE_CHECKING:
    from community_desk.app import Database


def register(groups: CommandGroups) -> None:
    ledger = groups.export.add_parser(
        "events", help="活动台账（Excel）", description="导出一年的活动台账（已取消的场次不计）。"
    )
    ledger.add_argument("--year", type=int, required=True, help="年份，如 2026")
    ledger.add_argument("--out", metavar="FILE.xlsx", required=True, help="保存为此 Excel 文件")
    groups.add_db_option(ledger)
    ledger.set_defaults(handler=run_ledger)
    month = groups.export.add_parser("calendar", help="月历（PDF，A4）", description="导出某月活动安排的可打印月历。")
    month.add_argument("--month", metavar="YYYY-MM", required=True, help="月份，如 2026-10")
    month.add_argument("--out", metavar="FILE.pdf", required=True, help="保存为此 PDF 文件")
    groups.add_db_option(month)
    month.set_defaults(handler=run_calendar)


def _with_reader(db_path: Path, work: Callable[..., str]) -> int:
    """Prints what `work(EventReader, community name)` says, the database opened for reading only."""
    from community_desk.services.events_reads import EventReader
    from community_desk.services.registry import RegistryReader

    def read(database: Database) -> int:
        community = RegistryReader(database.path).setting("community_name") or ""
        print(work(EventReader(database.path), community))
        return EXIT_OK

    return with_database(db_path, read)  # reads only: the window may stay open meanwhile


def run_ledger(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.exports.events import write_ledger

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        return fail(f"输出文件应以 .xlsx 结尾：{out}", EXIT_REFUSED)
    year = args.year

    def work(reader, community: str) -> str:
        count = write_ledger(out, year, reader.between(date(year, 1, 1), date(year, 12, 31)), community)
        return f"已导出{year}年活动台账（{count} 场）：{out}"

    return _with_reader(db_path, work)


def run_calendar(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.exports.events import write_month_pdf

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return fail(f"输出文件应以 .pdf 结尾：{out}", EXIT_REFUSED)
    parsed = parse_month(args.month)
    if isinstance(parsed, int):
        return parsed
    year, month = parsed

    def work(reader, community: str) -> str:
        write_month_pdf(out, year, month, reader.month(year, month), community)
        return f"已导出{year}年{month}月活动月历：{out}"

    return _with_reader(db_path, work)
