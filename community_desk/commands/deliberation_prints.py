"""`export deliberation` (协商议事记录 or 决议公示 of one 群议厅 topic, .docx) and `export deliberation-ledger` (the
year's 群议厅台账, .xlsx)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.commands import EXIT_OK, EXIT_REFUSED, CommandGroups, fail, with_database

if TYPE_CHECKING:
    from community_desk.app import Database

FORMS = ("协商议事记录", "决议公示")


def register(groups: CommandGroups) -> None:
    form = groups.export.add_parser(
        "deliberation",
        help="打印群议厅议题的协商议事记录或决议公示（Word）",
        description="按议题编号导出群议厅文书：协商议事记录（默认最近一次协商会议，--round 指定第几次），"
        "或决议公示（议题须已表决通过并形成决议）。",
    )
    form.add_argument("--topic", metavar="NUMBER", required=True, help="议题编号，如 2026-003")
    form.add_argument("--form", choices=FORMS, required=True, help="文书：协商议事记录 或 决议公示")
    form.add_argument("--round", type=int, metavar="N", help="第几次协商会议（仅协商议事记录；默认最近一次）")
    form.add_argument("--out", metavar="FILE.docx", required=True, help="保存为此 Word 文件")
    groups.add_db_option(form)
    form.set_defaults(handler=run_form)

    ledger = groups.export.add_parser(
        "deliberation-ledger",
        help="导出群议厅台账（Excel）",
        description="导出某年征集的全部群议厅议题及其各步骤（征集、确定、协商、表决、决议、公示、落实、反馈）的日期和情况。",
    )
    ledger.add_argument("--year", type=int, metavar="YYYY", required=True, help="议题征集年份，如 2026")
    ledger.add_argument("--out", metavar="FILE.xlsx", required=True, help="保存为此 Excel 文件")
    groups.add_db_option(ledger)
    ledger.set_defaults(handler=run_ledger)


def run_form(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.services.deliberation_prints import DeliberationPrints

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".docx":
        return fail(f"输出文件应以 .docx 结尾：{out}", EXIT_REFUSED)
    if args.round is not None and args.form != "协商议事记录":
        return fail("--round 只用于协商议事记录", EXIT_REFUSED)

    def work(database: Database) -> int:
        prints = DeliberationPrints(database.path)
        topic_id = prints.topic_id(args.topic)
        if topic_id is None:
            return fail(f"未找到编号为“{args.topic.strip()}”的议题。", EXIT_REFUSED)
        written = prints.print_form(topic_id, args.form, out, round_no=args.round)
        print(f"已导出议题{args.topic.strip()}的{args.form}：{written}")
        return EXIT_OK

    return with_database(db_path, work)  # reads only: the window may stay open meanwhile


def run_ledger(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.services.deliberation_prints import DeliberationPrints

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        return fail(f"输出文件应以 .xlsx 结尾：{out}", EXIT_REFUSED)
    if not 2000 <= args.year <= 2100:
        return fail(f"年份有误：{args.year}", EXIT_REFUSED)

    def work(database: Database) -> int:
        written, topics = DeliberationPrints(database.path).export_ledger(args.year, out)
        print(f"已导出{args.year}年群议厅台账（{topics} 个议题）：{written}")
        return EXIT_OK

    return with_database(db_path, work)
