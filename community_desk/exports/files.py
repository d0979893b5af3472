"""Never half a file on disk: every export is written beside its target and moved over it with one os.replace.

The target is then either the old file or the whole new one. The temporary file is a plain new file in the
target's folder (not mkstemp, which makes it private 0600), so the result gets the usual permissions, and it is
removed on any failure, also when the writer raises to cancel.

Messages for the clerk are templates filled with `{target}` (the full path), `{name}`, `{folder}` and `{reason}`
(the system's words for the failure).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Refuse = Callable[[str], Exception]  # builds the exception the clerk sees from its message

FOLDER_MISSING = "保存位置不存在：{folder}"


def _refusal(error: Refuse, message: str, target: Path, failure: OSError) -> Exception:
    reason = failure.strerror or failure
    return error(message.format(target=target, name=target.name, folder=target.parent, reason=reason))


@contextmanager
def temporary_beside(
    target: Path, error: Refuse, unwritable: str, *, suffix: str = ".tmp", catch: type[OSError] = PermissionError
) -> Iterator[Path]:
    """An empty new file in `target`'s folder, removed on the way out unless it has been moved into place.

    `catch` while creating it (the folder is not writable) raises `error(unwritable)`.
    """
    temp = target.with_name(f".{target.stem}.{uuid.uuid4().hex[:8]}{suffix}")
    try:
        with open(temp, "xb"):
            pass
    except catch as failure:
        raise _refusal(error, unwritable, target, failure) from failure
    try:
        yield temp
    finally:
        temp.unlink(missing_ok=True)


def move_into_place(
    temp: Path, target: Path, error: Refuse, busy: str, *, catch: type[OSError] = PermissionError
) -> Path:
    """os.replace(temp, target); `catch` (the target is open in another program) raises `error(busy)`."""
    try:
        os.replace(temp, target)
    except catch as failure:
        raise _refusal(error, busy, target, failure) from failure
    return target


def replace_atomically(
    target: Path,
    write: Callable[[Path], object],
    error: Refuse,
    busy: str,
    *,
    unwritable: str | None = None,
    suffix: str = ".tmp",
    catch: type[OSError] = PermissionError,
) -> Path:
    """Lets `write` fill a temporary file beside `target`, then moves it over `target`; returns `target`.

    A missing folder raises `error("保存位置不存在：…")`; an unwritable folder `error(unwritable or busy)`; a
    target that cannot be replaced `error(busy)`. What `write` raises passes through, after the clean-up.
    `suffix` ends the temporary file's name (for writers that look at it).
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise error(FOLDER_MISSING.format(folder=target.parent))
    with temporary_beside(target, error, unwritable or busy, suffix=suffix, catch=catch) as temp:
        write(temp)
        return move_into_place(temp, target, error, busy, catch=catch)
