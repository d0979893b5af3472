"""`report monthly` (a month's 工作报告) and `report summary` (a 季度/年度工作总结), as .pdf or .docx.

A finalised report is printed exactly as frozen; a draft with figures computed now and the text saved so far.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.commands import EXIT_OK, EXIT_REFUSED, CommandGroups, fail, with_database

if TYPE_CHECKING:
    from community_desk.app import Database
    from community_desk.domain.report import ReportKind

OUT_HELP = "保存为此文件（.pdf 或 .docx）"


def register(groups: CommandGroups) -> None:
    monthly = groups.report.add_parser(
        "monthly",
        help="月度工作报告（PDF 或 Word）",
        description="导出某月的月度工作报告：人口、值班、矛盾调解、志愿服务、社区活动及下月工作计划。"
        "已定稿的报告按定稿时的数字输出，草稿按当前数据计算。",
    )
    monthly.add_argument("--month", metavar="YYYY-MM", required=True, help="月份，如 2026-10")
    monthly.add_argument("--out", metavar="FILE.pdf|FILE.docx", required=True, help=OUT_HELP)
    groups.add_db_option(monthly)
    monthly.set_defaults(handler=run_monthly)

    summary = groups.report.add_parser(
        "summary",
        help="季度或年度工作总结（PDF 或 Word）",
        description="导出季度或年度工作总结：各月数字相加（已定稿的月份按定稿数字），附分月情况表。",
    )
    summary.add_argument("--period", metavar="YYYY-Qn|YYYY", required=True, help="季度如 2026-Q4，年度如 2026")
    summary.add_argument("--out", metavar="FILE.pdf|FILE.docx", required=True, help=OUT_HELP)
    groups.add_db_option(summary)
    summary.set_defaults(handler=run_summary)


def run_monthly(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.domain.report import ReportKind

    return _export(args.month, {ReportKind.MONTH}, f"月份应为 YYYY-MM 格式，如 2026-10：{args.month}", args, db_path)


def run_summary(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.domain.report import ReportKind

    message = f"期间应写作 2026-Q4（季度）或 2026（年度）：{args.period}"
    return _export(args.period, {ReportKind.QUARTER, ReportKind.YEAR}, message, args, db_path)


def _export(text: str, kinds: set[ReportKind], message: str, args: argparse.Namespace, db_path: Path) -> int:
    """Checks the period and the file name before opening the database, then writes the file."""
    from community_desk.domain.mediation import RuleViolation
    from community_desk.domain.report import ReportPeriod

    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".pdf", ".docx"):
        return fail(f"输出文件应以 .pdf 或 .docx 结尾：{out}", EXIT_REFUSED)
    try:
        period = ReportPeriod.parse(text)
    except RuleViolation:
        return fail(message, EXIT_REFUSED)
    if period.kind not in kinds:
        return fail(message, EXIT_REFUSED)
    from community_desk.app import Services

    def work(database: Database) -> int:
        written = Services(database).reports.export(period, out)
        print(f"已导出{period.title}：{written}")
        return EXIT_OK

    return with_database(db_path, work)
