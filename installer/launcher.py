"""Entry point of the frozen executables (CommunityDesk, community-desk-cli): the same as `community-desk`.

Two switches exist only for installer/build.py's smoke test and do nothing unless their variable is set:

- COMMUNITY_DESK_SMOKE=1: the window opens as usual; once it has been shown and the background work it
  started (first page of the registry, daily backup) has finished, the program quits (exit code 0 when
  everything on the way worked).
- COMMUNITY_DESK_BUNDLE_CHECK=1: instead of starting the program, check that the bundle holds what the frozen
  program loads from disk (fonts, migrations, dictionaries, Qt catalogues) and exit (see bundle_check.py).
"""

from __future__ import annotations

import os
import sys

SMOKE_ENV_VAR = "COMMUNITY_DESK_SMOKE"
BUNDLE_CHECK_ENV_VAR = "COMMUNITY_DESK_BUNDLE_CHECK"


def _ensure_std_streams() -> None:
    """A windowed Windows exe has no stdout/stderr (None); a sink keeps print(), logging, faulthandler safe."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the process


def _quit_after_main_window_shows() -> None:
    """Smoke-test hook: quit once the main window has been shown and the background work it started is done.

    Waiting for the thread pool to go idle means the first page of the registry and the daily backup ran in
    the frozen program too, and the program is not torn down under a running worker. Lives here, not in the
    application, so the shipped program carries no test switch of its own; if ui/application.run() ever gains
    such a hook, this function can go.
    """
    from PySide6.QtCore import QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from community_desk.ui.main_window import MainWindow

    original_show_event = MainWindow.showEvent
    poll = QTimer()
    poll.setInterval(50)

    def quit_when_idle() -> None:
        if QThreadPool.globalInstance().activeThreadCount() == 0:
            poll.stop()
            QTimer.singleShot(0, QApplication.quit)  # one more turn delivers the workers' queued results

    poll.timeout.connect(quit_when_idle)

    def show_event(self: MainWindow, event: object) -> None:
        original_show_event(self, event)
        if not poll.isActive():
            poll.start()

    MainWindow.showEvent = show_event  # type: ignore[method-assign]


def main() -> int:
    _ensure_std_streams()
    if os.environ.get(BUNDLE_CHECK_ENV_VAR) == "1":
        from bundle_check import run_checks

        return run_checks()
    if os.environ.get(SMOKE_ENV_VAR) == "1":
        _quit_after_main_window_shows()

    from community_desk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
