"""Entry point of the frozen executables (CommunityDesk, community-desk-cli): the same as `community-desk`.

COMMUNITY_DESK_BUNDLE_CHECK=1 makes it check, instead of starting the program, that the bundle holds what the
frozen program loads from disk (fonts, migrations, dictionaries, Qt catalogues), then exit: see bundle_check.py.
installer/build.py uses it; it does nothing unless set. (COMMUNITY_DESK_SMOKE, the start-and-quit switch of the
window smoke test, belongs to the program itself: community_desk/ui/application.py.)
"""

from __future__ import annotations

import os
import sys

BUNDLE_CHECK_ENV_VAR = "COMMUNITY_DESK_BUNDLE_CHECK"


def _ensure_std_streams() -> None:
    """A windowed Windows exe has no stdout/stderr (None); a sink keeps print(), logging, faulthandler safe."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


def main() -> int:
    _ensure_std_streams()
    if os.environ.get(BUNDLE_CHECK_ENV_VAR) == "1":
        from bundle_check import run_checks

        return run_checks()
    from community_desk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
