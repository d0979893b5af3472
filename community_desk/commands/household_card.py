"""`export household-card`: the 一户一档 card of one household (--household) or of a whole grid (--grid) as .docx."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.commands import EXIT_OK, EXIT_REFUSED, CommandGroups, fail, with_database

if TYPE_CHECKING:
    from community_desk.app import Database


def register(groups: CommandGroups) -> None:
    parser = groups.export.add_parser(
        "household-card",
        help="导出一户一档居民户信息卡（Word）",
        description="导出一户一档居民户信息卡（Word，A4）。身份证号和电话默认脱敏，需完整号码时加 --unmasked。",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--household", metavar="HOUSEHOLD_NO", help="户号，如 H000001")
    which.add_argument("--grid", metavar="GRID", help="网格名称，如 第一网格：该网格所有在册户，每户一页")
    parser.add_argument("--out", metavar="FILE.docx", required=True, help="保存为此 Word 文件")
    parser.add_argument("--unmasked", action="store_true", help="显示完整身份证号和电话（仅限有权限的正式用途）")
    parser.add_argument("--include-sensitive", action="store_true", help="同时列出社区矫正、安置帮教等敏感人群标记")
    parser.add_argument("--filled-by", metavar="NAME", default="", help="填表人（默认留空，打印后手签）")
    groups.add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import Services
    from community_desk.services.household_card import HouseholdCardService

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".docx":
        return fail(f"输出文件应以 .docx 结尾：{out}", EXIT_REFUSED)

    def work(database: Database) -> int:
        cards = HouseholdCardService(Services(database).registry, database.path)
        if args.household is not None:
            household_id = cards.household_id(args.household)
            if household_id is None:
                return fail(f"未找到户号为“{args.household.strip()}”的户。", EXIT_REFUSED)
            ids = [household_id]
        else:
            ids = cards.grid_household_ids(args.grid)
            if not ids:
                return fail(f"网格“{args.grid.strip()}”没有在册的户。", EXIT_REFUSED)
        written = cards.export(
            ids,
            out,
            unmasked=args.unmasked,
            include_sensitive=args.include_sensitive,
            filled_by=args.filled_by,
        )
        masked = "（含完整身份证号和电话，请妥善保管）" if args.unmasked else "（身份证号、电话已脱敏）"
        print(f"已导出 {len(ids)} 户的一户一档{masked}：{written}")
        return EXIT_OK

    return with_database(db_path, work)  # reads only: the window may stay open meanwhile
