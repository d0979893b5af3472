"""Subcommands grouped by verb (`import …`, `export …`, `report …`), one module per area.

Each module has `register(groups: CommandGroups) -> None`, adds its parsers to the groups and sets
`handler=function(args, db_path) -> exit code` on each (`top` takes an area's own verb group, such as
`roster …`); heavy imports stay inside the handlers so that building the parser (every start) stays cheap.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from community_desk.app import Database

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_FAILED = 2


@dataclass(frozen=True)
class CommandGroups:
    top: argparse._SubParsersAction  # for an area with verbs of its own, e.g. `roster generate`
    import_: argparse._SubParsersAction
    export: argparse._SubParsersAction
    report: argparse._SubParsersAction
    add_db_option: Callable[[argparse.ArgumentParser], None]


def fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def open_for_command(db_path: Path) -> Database | int:
    """The database (not exclusive: the window may stay open meanwhile), or the exit code after saying why not."""
    from community_desk.app import open_database
    from community_desk.db.lock import DatabaseInUse
    from community_desk.services.errors import UserError

    if not db_path.exists():
        return fail(f"数据库文件不存在：{db_path}", EXIT_FAILED)
    try:
        return open_database(db_path, exclusive=False)
    except (UserError, DatabaseInUse) as error:
        return fail(str(error), EXIT_FAILED)


def with_database(db_path: Path, work: Callable[[Database], int]) -> int:
    """`work(database)`'s exit code, the database opened as `open_for_command` does and closed afterwards.

    A `UserError` from `work` is said on stderr and ends with EXIT_REFUSED.
    """
    from community_desk.services.errors import UserError

    database = open_for_command(db_path)
    if isinstance(database, int):
        return database
    try:
        return work(database)
    except UserError as error:
        return fail(str(error), EXIT_REFUSED)
    finally:
        database.close()


def parse_month(text: str) -> tuple[int, int] | int:
    """(year, month) of a YYYY-MM argument, or EXIT_REFUSED after saying it is not one."""
    try:
        year, month = (int(part) for part in text.split("-"))
        date(year, month, 1)
    except ValueError:
        return fail(f"月份应为 YYYY-MM 格式：{text}", EXIT_REFUSED)
    return year, month
