"""`roster generate` (plan a month's 值班表) and `export roster` (the month's roster as .pdf or .xlsx)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.commands import EXIT_OK, EXIT_REFUSED, CommandGroups, fail, parse_month, with_database

if TYPE_CHECKING:
    from community_desk.app import Database


def register(groups: CommandGroups) -> None:
    roster = groups.top.add_parser("roster", help="值班表").add_subparsers(dest="what", metavar="WHAT", required=True)
    generate = roster.add_parser(
        "generate",
        help="生成某月值班表",
        description="按法定节假日和调休生成某月值班表；已有值班记录、调班或手工调整的日期保持不变。",
    )
    generate.add_argument("--month", metavar="YYYY-MM", required=True, help="月份，如 2026-10")
    groups.add_db_option(generate)
    generate.set_defaults(handler=run_generate)

    export = groups.export.add_parser(
        "roster", help="值班表（PDF 或 Excel）", description="导出某月值班表：A4 横向 PDF 或 Excel 工作簿。"
    )
    export.add_argument("--month", metavar="YYYY-MM", required=True, help="月份，如 2026-10")
    export.add_argument("--out", metavar="FILE.pdf|FILE.xlsx", required=True, help="保存为此文件")
    groups.add_db_option(export)
    export.set_defaults(handler=run_export)


def run_generate(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import Services
    from community_desk.services.roster_reads import month_bounds

    month = parse_month(args.month)
    if isinstance(month, int):
        return month

    def work(database: Database) -> int:
        result = Services(database).roster.generate(*month_bounds(*month))
        each = "、".join(
            f"{c.name}{c.period.nights}/{c.period.holidays + c.period.rest_days}"
            for c in result.counts
            if c.period.shifts
        )
        kept = f"，保留{len(result.kept_days)}天" if result.kept_days else ""
        print(
            f"{month[0]}年{month[1]}月值班表已生成：{result.shifts}个班次，{result.assignments}人次，"
            f"缺{result.unfilled}人次{kept}；各人夜班/节假日（含周末）：{each}"
        )
        for year in result.years_without_schedule:
            fail(f"注意：{year}年的法定节假日安排尚未录入，已按普通周末处理。", EXIT_OK)
        return EXIT_OK

    return with_database(db_path, work)


def run_export(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import Services
    from community_desk.services.roster_reads import month_bounds

    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        return fail(f"输出文件应以 .pdf 或 .xlsx 结尾：{out}", EXIT_REFUSED)
    month = parse_month(args.month)
    if isinstance(month, int):
        return month

    def work(database: Database) -> int:
        services = Services(database)
        count = services.roster.export_roster(*month_bounds(*month), out, services.community_name())
        unit = "页" if out.suffix.lower() == ".pdf" else "行"
        print(f"已导出{month[0]}年{month[1]}月值班表（{count}{unit}）：{out}")
        return EXIT_OK

    return with_database(db_path, work)
