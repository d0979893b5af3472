"""`export residents`: a registry export to the 街道's Excel form named by a profile (居民信息采集表, 低保名册 …)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.commands import EXIT_OK, EXIT_REFUSED, CommandGroups, fail, with_database

if TYPE_CHECKING:
    from community_desk.app import Database
    from community_desk.services.exports import ExportService


def register(groups: CommandGroups) -> None:
    parser = groups.export.add_parser(
        "residents",
        help="按导出方案导出居民名册（Excel）",
        description="按导出方案（居民信息采集表、低保名册、残疾人名册、高龄老人名册、流动人口登记表 …）导出 Excel。"
        "身份证号和电话默认脱敏；--unmasked 导出完整号码，每次导出都记入导出日志。",
    )
    parser.add_argument(
        "--profile", metavar="NAME", help="导出方案名称或文件名，如 居民信息采集表、elderly，或 .toml 文件路径"
    )
    parser.add_argument("--out", metavar="FILE.xlsx", help="保存为此 Excel 文件")
    parser.add_argument("--grid", metavar="GRID", help="只导出此网格，如 第一网格（默认：全部网格）")
    parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="截至日期（默认：今天的在册居民）")
    parser.add_argument("--unmasked", action="store_true", help="导出完整身份证号和电话（仅限有权限的正式报送）")
    parser.add_argument("--list-profiles", action="store_true", help="列出可用的导出方案")
    groups.add_db_option(parser)
    parser.set_defaults(handler=run)


def _list(exports: ExportService) -> int:
    for info in exports.profiles():
        print(f"{info.key}（{info.stem}）：{info.description}")
    return EXIT_OK


def _progress(done: int, total: int, message: str) -> None:
    if sys.stderr.isatty():
        print(f"\r{message}", end="" if done < total else "\n", file=sys.stderr)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import Services

    if not args.list_profiles and not (args.profile and args.out):
        return fail("请用 --profile 指定导出方案、用 --out 指定 .xlsx 文件（--list-profiles 列出方案）", EXIT_REFUSED)
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and out.suffix.lower() != ".xlsx":
        return fail(f"输出文件应以 .xlsx 结尾：{out}", EXIT_REFUSED)
    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else None
    except ValueError:
        return fail(f"截至日期应为 YYYY-MM-DD 格式：{args.as_of}", EXIT_REFUSED)

    def work(database: Database) -> int:
        services = Services(database)
        exports = services.exports
        if args.list_profiles:
            return _list(exports)
        assert out is not None
        grid_id = None
        if args.grid:
            grids = {grid.name: grid.id for grid in services.registry.grids()}
            grid_id = grids.get(args.grid.strip())
            if grid_id is None:
                known = "、".join(grids) or "（无）"
                return fail(f"没有名为“{args.grid.strip()}”的网格；现有网格：{known}", EXIT_REFUSED)
        result = exports.export_residents(
            args.profile, out, grid_id=grid_id, as_of=as_of, masked=not args.unmasked, progress=_progress
        )
        shown = "含完整身份证号和电话，已记入导出日志，请妥善保管" if args.unmasked else "身份证号、电话已脱敏"
        print(f"已导出{result.profile} {result.rows} 人（{shown}）：{result.path}")
        return EXIT_OK

    # Not exclusive: an export only reads the registry and adds one log row, so the window may stay open.
    return with_database(db_path, work)
