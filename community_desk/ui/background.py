"""Run slow service calls off the UI thread; results come back to the UI thread by signal.

Shape borrowed from Anki's QueryOp: `run_in_background(parent, work, on_success=…)`. `work` receives a
Progress it may report to and poll for cancellation; a modal progress dialog with 取消 appears only when a
title is given (long jobs), so short queries such as a search never flash a dialog.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from community_desk.services.errors import UserError


class Cancelled(Exception):
    """Raised inside work that noticed the clerk pressed 取消."""


class Progress:
    """Handed to background work: report (done, total, text) and check `cancelled`."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._emit(done, total, text)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        self._work = work
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except BaseException as error:  # delivered to the UI thread, which decides what to show
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.succeeded.emit(result)


_running: set[_Job] = set()  # keeps jobs (and their signal objects) alive until they report back


def run_in_background(
    parent: QWidget,
    work: Callable[[Progress], Any],
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    title: str | None = None,
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> Progress:
    """Starts `work` in the thread pool. With a `title`, a progress dialog with 取消 is shown after 300 ms.

    The callbacks are dropped when `owner` (default: `parent`) has been deleted meanwhile: a result has no one
    to go to once its window is closed.
    """
    owner = owner or parent
    job = _Job(work)
    _running.add(job)
    dialog: QProgressDialog | None = None
    if title is not None:
        dialog = QProgressDialog(title, QCoreApplication.translate("background", "取消"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(job.progress.cancel)

        def show_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        job.signals.progressed.connect(show_progress, Qt.ConnectionType.QueuedConnection)

    def finish() -> None:
        _running.discard(job)
        if dialog is not None and isValid(dialog):
            dialog.canceled.disconnect(job.progress.cancel)
            dialog.reset()
            dialog.deleteLater()

    def succeeded(result: object) -> None:
        finish()
        if on_success is not None and isValid(owner):
            on_success(result)

    def failed(error: BaseException, details: str) -> None:
        finish()
        if isinstance(error, Cancelled) or not isValid(owner):
            return
        if on_failure is not None:
            on_failure(error)
        else:
            show_error(parent, error, details)

    job.signals.succeeded.connect(succeeded, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    (pool or QThreadPool.globalInstance()).start(job)
    return job.progress


def show_error(parent: QWidget, error: BaseException, details: str = "") -> None:
    """A refused action shows its Chinese reason; an unexpected failure also offers the details."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("background", "无法完成"))
    if isinstance(error, UserError):
        box.setText(error.message)
    else:
        box.setText(QCoreApplication.translate("background", "操作未完成，数据没有改动。") + f"\n{error}")
        if details:
            box.setDetailedText(details)
    box.open()
