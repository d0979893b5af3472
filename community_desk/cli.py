"""Command line: the window by default; subcommands for headless work. `--db PATH` is accepted anywhere."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path

from community_desk import APP_TITLE, __version__
from community_desk.commands import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, CommandGroups
from community_desk.config import backup_dir_for, demo_db_path, resolve_db_path

# Modules under community_desk/commands/ that add `import …` / `export …` subcommands.
COMMAND_MODULES: tuple[str, ...] = (
    "import_residents",
    "export_residents",
    "household_card",
    "mediation_report",
    "deliberation_prints",
    "case_file",
    "volunteers",
    "events",
    "roster",
    "report_summary",
)


def _add_db_option(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    # On subcommands the default is SUPPRESS, so `--db` given before the subcommand is not overwritten by None.
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help="数据库文件（默认：用户数据目录；也可用环境变量 COMMUNITY_DESK_DB）",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="community-desk", description=f"{APP_TITLE} {__version__}")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="打开演示社区（首次使用时自动生成）")
    _add_db_option(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo-data", help="生成演示数据库")
    demo.add_argument("--households", type=int, default=1200, help="户数（默认1200）")
    demo.add_argument("--seed", type=int, default=20261123)
    _add_db_option(demo, top_level=False)

    check = commands.add_parser("check-id", help="校验公民身份号码")
    check.add_argument("number")
    _add_db_option(check, top_level=False)

    backup = commands.add_parser("backup", help="备份数据库")
    backup.add_argument("--to", metavar="DIR", help="备份到此文件夹（默认：数据库旁的 backups 文件夹）")
    _add_db_option(backup, top_level=False)

    restore = commands.add_parser("restore", help="从备份文件恢复数据库（当前数据库先自动备份）")
    restore.add_argument("file")
    _add_db_option(restore, top_level=False)

    groups = CommandGroups(
        top=commands,
        import_=commands.add_parser("import", help="导入数据").add_subparsers(
            dest="what", metavar="WHAT", required=True
        ),
        export=commands.add_parser("export", help="导出文件").add_subparsers(
            dest="what", metavar="WHAT", required=True
        ),
        report=commands.add_parser("report", help="统计报表").add_subparsers(
            dest="what", metavar="WHAT", required=True
        ),
        add_db_option=lambda sub: _add_db_option(sub, top_level=False),
    )
    for name in COMMAND_MODULES:
        import_module(f"community_desk.commands.{name}").register(groups)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_path = demo_db_path() if args.demo and not args.db else resolve_db_path(args.db)
    handlers = {
        None: run_gui,
        "demo-data": run_demo_data,
        "check-id": run_check_id,
        "backup": run_backup,
        "restore": run_restore,
    }
    handler = getattr(args, "handler", None) or handlers[args.command]
    try:
        return handler(args, db_path)
    except KeyboardInterrupt:
        return EXIT_FAILED


def _fail(message: str, code: int = EXIT_FAILED) -> int:
    print(message, file=sys.stderr)
    return code


def run_gui(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.ui.application import run  # Qt is imported only for the window

    return run(db_path, demo=args.demo)


def ensure_demo_database(db_path: Path, households: int = 1200, seed: int = 20261123) -> bool:
    """Creates the demo community in `db_path` unless it already has residents; True when generated."""
    from sqlalchemy import func, select

    from community_desk.app import open_database
    from community_desk.db.models import Resident
    from community_desk.services.demo import generate_demo

    database = open_database(db_path, exclusive=True)
    try:
        with database.session_factory() as session:
            if session.scalar(select(func.count(Resident.id))):
                return False
        generate_demo(database.session_factory, households=households, seed=seed)
        return True
    finally:
        database.close()


def run_demo_data(args: argparse.Namespace, db_path: Path) -> int:
    import time

    from community_desk.db.lock import DatabaseInUse
    from community_desk.services.errors import UserError

    started = time.perf_counter()
    try:
        generated = ensure_demo_database(db_path, households=args.households, seed=args.seed)
    except (UserError, DatabaseInUse) as error:
        return _fail(str(error))
    if not generated:
        return _fail(f"数据库中已有居民数据，演示数据只能生成到空数据库：{db_path}", EXIT_REFUSED)
    print(f"已生成演示社区：{args.households} 户，用时 {time.perf_counter() - started:.1f} 秒 → {db_path}")
    return EXIT_OK


def run_check_id(args: argparse.Namespace, _db_path: Path) -> int:
    from community_desk.domain import codes
    from community_desk.domain.idcard import PROVINCE_CODES, InvalidIdNumber, parse_id_number

    try:
        info = parse_id_number(args.number)
    except InvalidIdNumber as error:
        return _fail(f"无效：{error}", EXIT_REFUSED)
    print(f"证件类型：{info.id_type.value}")
    print(f"号码：{info.number}")
    if info.upgraded_from:
        print(f"（由15位旧号码 {info.upgraded_from} 升级）")
    if info.birth_date:
        print(f"出生日期：{info.birth_date.isoformat()}")
    if info.sex:
        print(f"性别：{codes.GENDERS.name_of(info.sex)}")
    if info.address_code:
        province = PROVINCE_CODES.get(info.address_code[:2], "")
        print(f"地址码：{info.address_code}{f'（{province}）' if province else ''}")
    return EXIT_OK


def run_backup(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.db.backup import BackupError, backup_database

    if not db_path.exists():
        return _fail(f"数据库文件不存在：{db_path}")
    target = Path(args.to).expanduser() if args.to else backup_dir_for(db_path)
    try:
        written = backup_database(db_path, target, label="manual")
    except BackupError as error:
        return _fail(str(error))
    print(f"已备份并通过完整性检查：{written}")
    return EXIT_OK


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.db.backup import BackupError, restore_database
    from community_desk.db.lock import DatabaseInUse, InstanceLock

    source = Path(args.file).expanduser()
    if not source.exists():
        return _fail(f"备份文件不存在：{source}")
    try:
        with InstanceLock(db_path):
            kept = restore_database(source, db_path, backup_dir_for(db_path))
    except (BackupError, DatabaseInUse) as error:
        return _fail(f"未恢复：{error}", EXIT_REFUSED)
    print(f"已从 {source} 恢复到 {db_path}")
    if kept != db_path:
        print(f"原数据库已先备份为：{kept}")
    return EXIT_OK
