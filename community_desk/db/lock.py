"""One app instance per database file: a second window is refused with a clear message, not a corrupted DB.

How it works. Beside ``demo.sqlite3`` sits ``demo.sqlite3.lock``. The holder keeps that file open and holds an
operating-system lock on it: ``fcntl.flock(LOCK_EX | LOCK_NB)`` on POSIX, ``msvcrt.locking(LK_NBLCK)`` on byte 0
on Windows. The OS drops such locks when the process ends, however it ends, so a crash never leaves a stale lock;
the file itself may stay behind and means nothing without the lock.

File layout (the same on every platform): byte 0 is a placeholder, the holder's details follow from offset 1 as
one line of JSON (user, computer, process id, start time). Windows byte-range locks are mandatory, so a refused
instance could not read a locked byte; locking only byte 0 leaves the details readable from offset 1.

The lock file is never deleted. Deleting it on release would race: a waiting process may already have the old
file open and then lock that unlinked file while a third process creates and locks a new one, and both would
believe they own the database. Instead the holder blanks its details (while still holding the lock) and unlocks.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

LOCK_SUFFIX = ".lock"
_INFO_OFFSET = 1
_PLACEHOLDER = b"\n"
_UNKNOWN = "未知"


@dataclass(frozen=True)
class HolderInfo:
    """Who holds the lock, as written into the lock file; any field may be unknown (a half-written file)."""

    user: str = _UNKNOWN
    host: str = _UNKNOWN
    pid: int | None = None
    since: datetime | None = None

    @classmethod
    def current(cls) -> HolderInfo:
        return cls(
            user=_current_user(),
            host=socket.gethostname() or _UNKNOWN,
            pid=os.getpid(),
            since=datetime.now().replace(microsecond=0),
        )

    def to_bytes(self) -> bytes:
        record = {
            "user": self.user,
            "host": self.host,
            "pid": self.pid,
            "since": self.since.isoformat() if self.since else None,
        }
        return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, raw: bytes) -> HolderInfo:
        """Never fails: the message must still be shown when the holder was interrupted mid-write."""
        try:
            record = json.loads(raw.decode("utf-8").strip() or "{}")
        except (UnicodeDecodeError, json.JSONDecodeError):
            return cls()
        if not isinstance(record, dict):
            return cls()
        pid = record.get("pid")
        since: datetime | None = None
        if isinstance(record.get("since"), str):
            try:
                since = datetime.fromisoformat(record["since"])
            except ValueError:
                since = None
        return cls(
            user=str(record.get("user") or _UNKNOWN),
            host=str(record.get("host") or _UNKNOWN),
            pid=pid if isinstance(pid, int) else None,
            since=since,
        )


def _current_user() -> str:
    """getpass falls over without a login name (some services, containers); the lock must work regardless."""
    try:
        return getpass.getuser() or _UNKNOWN
    except (OSError, KeyError, ImportError):
        return _UNKNOWN


def _describe_since(since: datetime | None) -> str:
    if since is None:
        return _UNKNOWN
    if since.date() == datetime.now().date():
        return since.strftime("%H:%M")
    return f"{since.month}月{since.day}日 {since:%H:%M}"


class DatabaseInUse(Exception):
    """Another instance holds the database; the message names it so the clerk knows which window to close."""

    def __init__(self, db_path: Path, holder: HolderInfo) -> None:
        self.db_path = db_path
        self.holder = holder
        pid = str(holder.pid) if holder.pid is not None else _UNKNOWN
        super().__init__(
            f"数据库正被另一个社区工作台窗口使用（用户 {holder.user}，计算机 {holder.host}，进程 {pid}，"
            f"自 {_describe_since(holder.since)} 起）。请先关闭那个窗口。"
        )


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class InstanceLock:
    """Held for as long as the app has `db_path` open; use as a context manager or acquire()/release()."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.lock_path = self.db_path.with_name(self.db_path.name + LOCK_SUFFIX)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise DatabaseInUse naming the holder; never waits."""
        if self._fd is not None:
            raise RuntimeError(f"lock already held by this object: {self.lock_path}")
        self.lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            if not _try_lock(fd):
                raise DatabaseInUse(self.db_path, self._read_holder(fd))
            self._write_holder(fd, HolderInfo.current())
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        """Blank the holder details while still locked, then unlock; the file stays (see the module docstring)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, _INFO_OFFSET)
            _unlock(fd)
        finally:
            os.close(fd)

    def read_holder(self) -> HolderInfo:
        """Details of whoever holds the lock now (or held it last); for messages, not for decisions."""
        if not self.lock_path.exists():
            return HolderInfo()
        fd = os.open(self.lock_path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            return self._read_holder(fd)
        finally:
            os.close(fd)

    @staticmethod
    def _read_holder(fd: int) -> HolderInfo:
        os.lseek(fd, _INFO_OFFSET, os.SEEK_SET)
        chunks: list[bytes] = []
        while chunk := os.read(fd, 4096):
            chunks.append(chunk)
        return HolderInfo.from_bytes(b"".join(chunks))

    @staticmethod
    def _write_holder(fd: int, info: HolderInfo) -> None:
        """Overwrite in place, then cut off the rest: the locked byte 0 is never beyond the end of the file."""
        data = _PLACEHOLDER + info.to_bytes()
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, data)
        os.ftruncate(fd, len(data))
        os.fsync(fd)

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def __del__(self) -> None:
        # Closing the descriptor is what frees the OS lock; do it even if release() was forgotten.
        fd = getattr(self, "_fd", None)
        if fd is not None:
            self._fd = None
            os.close(fd)
