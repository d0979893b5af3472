"""`community-desk import residents FILE` — the 居民台账 import without the window, for scripts and big files.

Exit codes: 0 every row imported or skipped, 1 some rows refused (listed, and saved with --errors), 2 the file
(or the database) could not be used at all. The last line printed is always the summary.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from community_desk.commands import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, CommandGroups, fail

SHOWN_ISSUES = 20


def register(groups: CommandGroups) -> None:
    parser = groups.import_.add_parser(
        "residents",
        help="导入居民台账（.xlsx/.xls/.ods/.csv）",
        description="导入居民台账：全部成功或全部不写入；已登记的居民（同一证件号码）默认跳过。",
    )
    parser.add_argument("file", help="台账文件（.xlsx/.xls/.ods/.csv）")
    parser.add_argument("--dry-run", action="store_true", help="只检查并统计，不写入数据库")
    parser.add_argument("--update", action="store_true", help="已登记的居民按台账更新有变化的项（默认跳过）")
    parser.add_argument("--errors", metavar="OUT.xlsx", help="把未导入的行（原样）及原因保存为Excel，改正后可再导入")
    parser.add_argument(
        "--moved-in", metavar="YYYY-MM-DD", type=_iso_date, help="台账没有迁入日期时的入户日期（默认今天）"
    )
    groups.add_db_option(parser)
    parser.set_defaults(handler=run_import_residents)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”的格式应为 YYYY-MM-DD") from None


def run_import_residents(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import open_database
    from community_desk.db.lock import DatabaseInUse
    from community_desk.domain.import_rules import FIELD_LABELS
    from community_desk.services.errors import UserError
    from community_desk.services.imports import ResidentImporter, preview_import, write_error_workbook

    path = Path(args.file).expanduser()
    try:
        preview = preview_import(path)
    except UserError as error:
        return _cannot_import(str(error))
    mapped = [f"{preview.headers[i]}→{FIELD_LABELS[key]}" for i, key in preview.mapping.items() if key]
    print(f"工作表“{preview.sheet}”，表头在第{preview.header_row}行，{preview.total_rows}行数据")
    print(f"识别的列：{'，'.join(mapped)}")
    if preview.unmapped_required:
        return _cannot_import(f"找不到“{'、'.join(preview.unmapped_required)}”列")
    try:
        database = open_database(db_path, exclusive=True)
    except DatabaseInUse as error:
        return _cannot_import(str(error))
    try:
        result = ResidentImporter(database.session_factory).run(
            path,
            preview.mapping,
            on_existing="update" if args.update else "skip",
            dry_run=args.dry_run,
            moved_in_on=args.moved_in,
            sheet=preview.sheet,
            header_row=preview.header_row,
        )
    except UserError as error:
        return _cannot_import(str(error))
    finally:
        database.close()
    for issue in result.errors[:SHOWN_ISSUES]:
        print(issue)
    if len(result.errors) > SHOWN_ISSUES:
        print(f"……另有{len(result.errors) - SHOWN_ISSUES}行未导入")
    if args.errors and result.errors:
        try:
            print(f"未导入的行已保存到：{write_error_workbook(result, Path(args.errors).expanduser())}")
        except OSError as error:
            print(f"未能保存未导入的行：{error.strerror or error}", file=sys.stderr)
    if args.update:
        print(f"其中新增{result.imported}人，更新{result.updated}人；新建{result.households_created}户")
    if args.dry_run:
        print("试运行：数据库没有改动")
    print(result.summary())
    return EXIT_REFUSED if result.errors else EXIT_OK


def _cannot_import(reason: str) -> int:
    """EXIT_FAILED after saying why on stderr; stdout still ends with the summary, as the module docstring promises."""
    code = fail(f"无法导入：{reason}", EXIT_FAILED)
    print("导入 0 行，跳过 0 行，错误 0 行")
    return code
