"""Subcommands grouped by verb (`import …`, `export …`, `report …`), one module per area.

Each module has `register(groups: CommandGroups) -> None`, adds its parsers to the groups and sets
`handler=function(args, db_path) -> exit code` on each; heavy imports stay inside the handlers so that
building the parser (every start of the program) stays cheap.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_FAILED = 2


@dataclass(frozen=True)
class CommandGroups:
    import_: argparse._SubParsersAction
    export: argparse._SubParsersAction
    report: argparse._SubParsersAction
    add_db_option: Callable[[argparse.ArgumentParser], None]
