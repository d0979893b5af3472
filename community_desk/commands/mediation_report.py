"""`report mediation`: 人民调解登记表 + 月度统计表 of a month, a quarter or any range of 受理 dates, as .xlsx."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.commands import EXIT_OK, EXIT_REFUSED, CommandGroups, fail, with_database

if TYPE_CHECKING:
    from community_desk.app import Database


def register(groups: CommandGroups) -> None:
    parser = groups.report.add_parser(
        "mediation",
        help="人民调解登记表和统计表（Excel）",
        description="导出统计期间内受理的人民调解案件：工作表“人民调解登记表”（逐件）和“月度统计表”"
        "（按来源、按15类纠纷类型，含受理、调解成功、成功率、协议、涉及金额、履行率、防激化、回访）。"
        "各案件的办理情况以截至日期（默认为统计期末）为准。",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--month", metavar="YYYY-MM", help="统计月份，如 2026-10")
    which.add_argument("--quarter", metavar="YYYY-Qn", help="统计季度，如 2026-Q4")
    which.add_argument("--from", dest="start", metavar="YYYY-MM-DD", help="起始受理日期（与 --to 一起使用）")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM-DD", help="截止受理日期（与 --from 一起使用）")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="办理情况截至日期（默认：统计期末）")
    parser.add_argument("--out", metavar="FILE.xlsx", required=True, help="保存为此 Excel 文件")
    groups.add_db_option(parser)
    parser.set_defaults(handler=run)


def _date(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{what}应为 YYYY-MM-DD 格式：{text}") from None


def run(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.domain.mediation import RuleViolation
    from community_desk.domain.mediation_stats import Period

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        return fail(f"输出文件应以 .xlsx 结尾：{out}", EXIT_REFUSED)
    if args.end and not args.start:
        return fail("--to 需要与 --from 一起使用", EXIT_REFUSED)
    try:
        if args.month:
            period = Period.month(args.month)
        elif args.quarter:
            period = Period.quarter(args.quarter)
        else:
            if not args.end:
                return fail("--from 需要与 --to 一起使用", EXIT_REFUSED)
            period = Period.between(_date(args.start, "起始日期"), _date(args.end, "截止日期"))
        as_of = _date(args.as_of, "截至日期") if args.as_of else None
    except RuleViolation as violation:
        return fail(violation.message, EXIT_REFUSED)
    except ValueError as error:
        return fail(str(error), EXIT_REFUSED)

    from community_desk.services.mediation_reports import MediationReports

    def work(database: Database) -> int:
        result = MediationReports(database.path).export(period, out, as_of=as_of)
        print(f"已导出{period.label}人民调解登记表和统计表（受理 {result.cases} 件）：{result.path}")
        return EXIT_OK

    return with_database(db_path, work)  # reads only: the window may stay open meanwhile
