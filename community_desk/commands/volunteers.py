"""`export volunteer-certificate` (志愿服务记录证明, .docx/.pdf) and `export volunteers` (花名册 / 时长统计, .xlsx)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from community_desk.commands import EXIT_FAILED, EXIT_OK, EXIT_REFUSED, CommandGroups

KINDS = ("花名册", "时长统计")


def register(groups: CommandGroups) -> None:
    certificate = groups.export.add_parser(
        "volunteer-certificate",
        help="出具志愿服务记录证明（Word 或 PDF）",
        description="按志愿者编号出具志愿服务记录证明；同一志愿者同一时间段再次导出时沿用原证明编号。",
    )
    certificate.add_argument("--volunteer", metavar="VOLUNTEER_NO", required=True, help="志愿者编号，如 V2026-0001")
    certificate.add_argument("--from", dest="start", metavar="DATE", type=date.fromisoformat, help="服务起始日期")
    certificate.add_argument("--to", dest="end", metavar="DATE", type=date.fromisoformat, help="服务截止日期")
    certificate.add_argument("--responsible", metavar="NAME", default="", help="负责人")
    certificate.add_argument("--handler", dest="handled_by", metavar="NAME", default="", help="经办人（默认当前用户）")
    certificate.add_argument("--out", metavar="FILE.docx|FILE.pdf", required=True, help="保存为此文件")
    groups.add_db_option(certificate)
    certificate.set_defaults(handler=run_certificate)

    workbook = groups.export.add_parser(
        "volunteers",
        help="导出志愿者花名册或服务时长统计（Excel）",
        description="导出志愿者花名册或服务时长统计。证件号码和电话默认脱敏，需完整号码时加 --unmasked。",
    )
    workbook.add_argument("--kind", choices=KINDS, required=True, help="花名册 或 时长统计")
    workbook.add_argument("--year", type=int, default=date.today().year, help="时长统计的年份（默认今年）")
    workbook.add_argument("--out", metavar="FILE.xlsx", required=True, help="保存为此 Excel 文件")
    workbook.add_argument("--unmasked", action="store_true", help="显示完整证件号码和电话（仅限有权限的正式用途）")
    groups.add_db_option(workbook)
    workbook.set_defaults(handler=run_workbook)


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def _open(db_path: Path):  # a Database, or an exit code
    from community_desk.app import open_database
    from community_desk.db.lock import DatabaseInUse
    from community_desk.services.errors import UserError

    if not db_path.exists():
        return _fail(f"数据库文件不存在：{db_path}", EXIT_FAILED)
    try:
        return open_database(db_path, exclusive=False)
    except (UserError, DatabaseInUse) as error:
        return _fail(str(error), EXIT_FAILED)


def run_certificate(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import Services
    from community_desk.services.errors import UserError

    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".docx", ".pdf"):
        return _fail(f"输出文件应以 .docx 或 .pdf 结尾：{out}", EXIT_REFUSED)
    database = _open(db_path)
    if isinstance(database, int):
        return database
    try:
        service = Services(database).volunteers
        volunteer_id = service.volunteer_by_number(args.volunteer)
        if volunteer_id is None:
            return _fail(f"未找到志愿者编号为“{args.volunteer.strip()}”的志愿者。", EXIT_REFUSED)
        written, data = service.write_certificate(volunteer_id, out, args.start, args.end, args.responsible,
                                                  args.handled_by)
    except UserError as error:
        return _fail(str(error), EXIT_REFUSED)
    finally:
        database.close()
    print(f"已出具志愿服务记录证明 {data.number}（{data.name}）：{written}")
    return EXIT_OK


def run_workbook(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import Services
    from community_desk.services.errors import UserError

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        return _fail(f"输出文件应以 .xlsx 结尾：{out}", EXIT_REFUSED)
    database = _open(db_path)
    if isinstance(database, int):
        return database
    try:
        service = Services(database).volunteers
        if args.kind == "花名册":
            count = service.export_roster(out, unmasked=args.unmasked)
        else:
            count = service.export_hours(out, args.year)
    except (UserError, PermissionError) as error:
        return _fail(str(error), EXIT_REFUSED)
    finally:
        database.close()
    masked = "（含完整证件号码和电话，请妥善保管）" if args.unmasked and args.kind == "花名册" else ""
    print(f"已导出志愿者{args.kind} {count} 行{masked}：{out}")
    return EXIT_OK
