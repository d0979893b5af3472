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
