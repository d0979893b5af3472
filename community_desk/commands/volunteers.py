"""`export volunteer-certificate` (志愿服务记录证明, .docx/.pdf) and `export volunteers` (花名册 / 时长统计, .xlsx)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.commands import EXIT_OK, EXIT_REFUSED, CommandGroups, fail, with_database

if TYPE_CHECKING:
    from community_desk.app import Database

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


def run_certificate(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import Services

    out = Path(args.out).expanduser()
    if out.suffix.lower() not in (".docx", ".pdf"):
        return fail(f"输出文件应以 .docx 或 .pdf 结尾：{out}", EXIT_REFUSED)

    def work(database: Database) -> int:
        service = Services(database).volunteers
        volunteer_id = service.volunteer_by_number(args.volunteer)
        if volunteer_id is None:
            return fail(f"未找到志愿者编号为“{args.volunteer.strip()}”的志愿者。", EXIT_REFUSED)
        written, data = service.write_certificate(
            volunteer_id, out, args.start, args.end, args.responsible, args.handled_by
        )
        print(f"已出具志愿服务记录证明 {data.number}（{data.name}）：{written}")
        return EXIT_OK

    return with_database(db_path, work)


def run_workbook(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import Services

    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".xlsx":
        return fail(f"输出文件应以 .xlsx 结尾：{out}", EXIT_REFUSED)

    def work(database: Database) -> int:
        try:
            service = Services(database).volunteers
            if args.kind == "花名册":
                count = service.export_roster(out, unmasked=args.unmasked)
            else:
                count = service.export_hours(out, args.year)
        except PermissionError as error:
            return fail(str(error), EXIT_REFUSED)
        masked = "（含完整证件号码和电话，请妥善保管）" if args.unmasked and args.kind == "花名册" else ""
        print(f"已导出志愿者{args.kind} {count} 行{masked}：{out}")
        return EXIT_OK

    return with_database(db_path, work)
