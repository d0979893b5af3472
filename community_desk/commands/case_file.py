"""`export case-file`: the 人民调解卷宗 of one case (cover, 卷内目录, every form) as .docx or .pdf."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.commands import EXIT_OK, EXIT_REFUSED, CommandGroups, fail, with_database

if TYPE_CHECKING:
    from community_desk.app import Database


def register(groups: CommandGroups) -> None:
    parser = groups.export.add_parser(
        "case-file",
        help="导出人民调解卷宗（Word 或 PDF）",
        description="导出一件人民调解案件的卷宗：封面、卷内目录和全部文书（A4）。"
        "当事人身份证号和电话默认脱敏，需完整号码时加 --unmasked。",
    )
    parser.add_argument(
        "--case", metavar="CASE_NO", required=True, help="卷号，如 （2026）示范人调字第3号，或年份-序号，如 2026-3"
    )
    parser.add_argument("--out", metavar="FILE.docx|FILE.pdf", required=True, help="保存为此文件（按扩展名决定格式）")
    parser.add_argument("--unmasked", action="store_true", help="显示完整身份证号和电话（仅限有权限的正式用途）")
    groups.add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, db_path: Path) -> int:
    from community_desk.app import Services
    from community_desk.services.case_documents import SUFFIXES, CaseDocumentService

    out = Path(args.out).expanduser()
    if out.suffix.lower() not in SUFFIXES:
        return fail(f"输出文件应以 .docx 或 .pdf 结尾：{out}", EXIT_REFUSED)

    def work(database: Database) -> int:
        documents = CaseDocumentService(Services(database).mediation, database.path)
        case_id = documents.find_case(args.case)
        if case_id is None:
            return fail(
                f"未找到卷号为“{args.case.strip()}”的调解案件。卷号形如（2026）示范人调字第3号，也可写作 2026-3。",
                EXIT_REFUSED,
            )
        written = documents.export(case_id, out, unmasked=args.unmasked)
        masked = "（含完整身份证号和电话，请妥善保管）" if args.unmasked else "（身份证号、电话已脱敏）"
        print(f"已导出卷宗{masked}：{written}")
        return EXIT_OK

    return with_database(db_path, work)  # reads only: the window may stay open meanwhile
