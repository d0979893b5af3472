"""Backups of the office database: online copies, integrity checks, daily rotation, restore.

The database runs in WAL mode and may be open in the app while a backup is taken, so every copy goes through
SQLite's online backup API (``Connection.backup``); a plain file copy of a live database can miss whatever is
still in the ``-wal`` file or catch a page half-written. Every backup is checked with ``PRAGMA integrity_check``
under a temporary name and only then renamed into place, so a file under a final backup name is always whole.

Backup file names: ``<db stem>-<label>-YYYYMMDD-HHMMSS.sqlite3`` (a ``_2``, ``_3`` … suffix after the time when two
backups with the same label fall in the same second). Several databases (the office one and the demo one) share
one ``backups`` folder, so rotation only ever touches the "daily" backups of the database it was called for.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

LABEL_MANUAL = "manual"
LABEL_DAILY = "daily"
LABEL_PRE_MIGRATION = "pre-migration"
LABEL_PRE_RESTORE = "pre-restore"
KNOWN_LABELS = (LABEL_PRE_MIGRATION, LABEL_PRE_RESTORE, LABEL_MANUAL, LABEL_DAILY)

BACKUP_SUFFIX = ".sqlite3"
PARTIAL_SUFFIX = ".partial"
_TIME_FORMAT = "%Y%m%d-%H%M%S"
_LABEL_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TAIL_RE = re.compile(r"-(?P<ts>\d{8}-\d{6})(?:_(?P<n>\d+))?" + re.escape(BACKUP_SUFFIX) + "$")
_BUSY_TIMEOUT_S = 5.0
_MAX_REPORTED_PROBLEMS = 5

log = logging.getLogger(__name__)


class BackupError(Exception):
    """A backup or restore could not be done; the message is Chinese and meant for the clerk."""


class CorruptDatabase(BackupError):
    """The file is not a Community Desk database, or SQLite's integrity check found damage."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as found on disk; `created` comes from the name, not the file time, so copies keep it."""

    path: Path
    label: str
    created: datetime
    size: int
    db_stem: str = ""


# --------------------------------------------------------------------------- checking


def _read_only_uri(path: Path) -> str:
    """A read-only URI, so checking a file can never change it (as_uri also escapes spaces and Chinese)."""
    return path.resolve().as_uri() + "?mode=ro"


def check_integrity(path: Path, *, require_schema: bool = True) -> None:
    """Refuse anything that is not a whole Community Desk database.

    `require_schema` also demands the ``alembic_version`` table, which every file made by the app has; that is
    what keeps a clerk from "restoring" some other program's SQLite file over the office data.
    """
    if not path.is_file():
        raise BackupError(f"找不到数据库文件：{path}")
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True, timeout=_BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise BackupError(f"无法打开数据库文件：{path}（{exc}）") from exc
    try:
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
                raise CorruptDatabase(f"文件不是有效的社区工作台数据库：{path}") from exc
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_CORRUPT":
                raise CorruptDatabase(f"数据库完整性检查未通过：{path}（{exc}）") from exc
            raise BackupError(f"无法检查数据库文件：{path}（{exc}）") from exc
        problems = [str(row[0]) for row in rows]
        if problems != ["ok"]:
            detail = "；".join(problems[:_MAX_REPORTED_PROBLEMS])
            if len(detail) > 300:
                detail = detail[:300] + "…"
            raise CorruptDatabase(f"数据库完整性检查未通过：{path}（{detail}）")
        if require_schema:
            found = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if found is None:
                raise CorruptDatabase(f"文件不是有效的社区工作台数据库：{path}（缺少版本表 alembic_version）")
    finally:
        connection.close()


# --------------------------------------------------------------------------- taking backups


def _backup_name(db_stem: str, label: str, created: datetime, serial: int = 1) -> str:
    suffix = "" if serial == 1 else f"_{serial}"
    return f"{db_stem}-{label}-{created.strftime(_TIME_FORMAT)}{suffix}{BACKUP_SUFFIX}"


def _free_target(dest_dir: Path, db_stem: str, label: str, created: datetime) -> Path:
    """A name not yet taken, so two manual backups in one second never overwrite each other."""
    serial = 1
    while True:
        target = dest_dir / _backup_name(db_stem, label, created, serial)
        if not target.exists() and not target.with_name(target.name + PARTIAL_SUFFIX).exists():
            return target
        serial += 1


def _online_copy(source: Path, target: Path) -> None:
    """Copy a (possibly open, WAL-mode) database page by page into a fresh single file without a -wal."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=rw", uri=True, timeout=_BUSY_TIMEOUT_S)
    try:
        dst = sqlite3.connect(target, timeout=_BUSY_TIMEOUT_S)
        try:
            src.backup(dst)
            # The copied header says WAL; a backup should be one self-contained file that can be carried away.
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()
        finally:
            dst.close()
    finally:
        src.close()


def _remove_quietly(path: Path) -> None:
    """Clean up our own temporary files; a leftover .partial is harmless and never listed as a backup."""
    for leftover in (path, path.with_name(path.name + "-journal")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as exc:  # the original error matters more than a stray temp file; note it and go on
            log.warning("could not remove temporary backup file %s: %s", leftover, exc)


def backup_database(
    db_path: Path,
    dest_dir: Path,
    *,
    label: str = LABEL_MANUAL,
    now: datetime | None = None,
    verify: bool = True,
) -> Path:
    """Write a checked copy of `db_path` into `dest_dir` and return its path.

    The copy is written under ``<name>.partial`` and renamed only after `check_integrity` passes, so nothing
    half-written ever carries a backup name. `verify=False` skips the check (used to keep a damaged current
    database aside before a restore: a bad copy is still better than none).
    """
    if not _LABEL_RE.match(label):
        raise ValueError(f"backup label must be lowercase letters, digits and hyphens: {label!r}")
    if not db_path.is_file():
        raise BackupError(f"找不到要备份的数据库：{db_path}")
    created = (now or datetime.now()).replace(microsecond=0)
    try:
        dest_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"无法创建备份文件夹：{dest_dir}（{exc}）") from exc
    target = _free_target(dest_dir, db_path.stem, label, created)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        try:
            _online_copy(db_path, partial)
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
                raise CorruptDatabase(f"文件不是有效的社区工作台数据库：{db_path}（{exc}）") from exc
            raise BackupError(f"备份失败：{db_path}（{exc}）") from exc
        if verify:
            check_integrity(partial, require_schema=False)
        partial.replace(target)
    except BaseException:
        _remove_quietly(partial)
        raise
    return target


def backup_before_migration(db_path: Path, backup_dir: Path) -> Path:
    """The copy taken before Alembic touches an existing file; its label keeps it out of daily rotation."""
    return backup_database(db_path, backup_dir, label=LABEL_PRE_MIGRATION)


# --------------------------------------------------------------------------- listing and rotation


def _parse_name(name: str) -> tuple[str, str, datetime] | None:
    """(db stem, label, created) from a backup file name, or None for files that are not our backups."""
    tail = _TAIL_RE.search(name)
    if tail is None:
        return None
    try:
        created = datetime.strptime(tail.group("ts"), _TIME_FORMAT)
    except ValueError:
        return None
    head = name[: tail.start()]
    for label in KNOWN_LABELS:  # known labels first: both a stem and a label may contain hyphens
        if head.endswith("-" + label) and len(head) > len(label) + 1:
            return head[: -len(label) - 1], label, created
    stem, sep, label = head.rpartition("-")
    if not sep or not stem or not _LABEL_RE.match(label):
        return None
    return stem, label, created


def list_backups(backup_dir: Path, *, db_stem: str | None = None) -> list[BackupInfo]:
    """Backups in `backup_dir`, newest first; `db_stem` limits them to one database's backups."""
    if not backup_dir.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in backup_dir.iterdir():
        parsed = _parse_name(path.name)
        if parsed is None or not path.is_file():
            continue
        stem, label, created = parsed
        if db_stem is not None and stem != db_stem:
            continue
        found.append(BackupInfo(path=path, label=label, created=created, size=path.stat().st_size, db_stem=stem))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


def daily_backup(db_path: Path, backup_dir: Path, *, keep: int = 14, today: date | None = None) -> Path | None:
    """Take today's "daily" backup if there is none yet, then keep only the newest `keep` daily ones.

    Called on every start; returns None when today's backup exists already or there is no database yet
    (a first start has nothing to protect). Backups with other labels are never deleted here.
    """
    if keep < 1:
        raise ValueError("keep must be at least 1")
    if not db_path.is_file():
        return None
    day = today or date.today()
    dailies = [info for info in list_backups(backup_dir, db_stem=db_path.stem) if info.label == LABEL_DAILY]
    made: Path | None = None
    if not any(info.created.date() == day for info in dailies):
        now = datetime.combine(day, datetime.now().time())
        made = backup_database(db_path, backup_dir, label=LABEL_DAILY, now=now)
    rotate_daily_backups(backup_dir, db_path.stem, keep=keep)
    return made


def rotate_daily_backups(backup_dir: Path, db_stem: str, *, keep: int) -> list[Path]:
    """Delete all but the newest `keep` daily backups of one database; returns what was deleted."""
    dailies = [info for info in list_backups(backup_dir, db_stem=db_stem) if info.label == LABEL_DAILY]
    removed: list[Path] = []
    for info in dailies[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed


# --------------------------------------------------------------------------- restore


def _keep_current(db_path: Path, backup_dir: Path) -> Path:
    """Set the current database aside before it is overwritten, even when it is damaged.

    A clerk usually restores because the current file is broken, so the online copy is not verified, and
    when SQLite cannot even read it the raw bytes (and any -wal beside them) are copied instead.
    """
    try:
        return backup_database(db_path, backup_dir, label=LABEL_PRE_RESTORE, verify=False)
    except CorruptDatabase:
        return _keep_raw_bytes(db_path, backup_dir)


def _keep_raw_bytes(db_path: Path, backup_dir: Path) -> Path:
    """Byte copy for a file SQLite cannot read at all; the backup API needs a readable source, this does not."""
    target = _free_target(backup_dir, db_path.stem, LABEL_PRE_RESTORE, datetime.now().replace(microsecond=0))
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        shutil.copyfile(db_path, partial)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, target.with_name(target.name + "-wal"))
        partial.replace(target)
    except OSError as exc:
        _remove_quietly(partial)
        raise BackupError(f"无法保存当前数据库的副本，已停止恢复：{db_path}（{exc}）") from exc
    return target


def _copy_pages_into(source: Path, db_path: Path) -> None:
    """Overwrite `db_path` with `source` through the backup API, which also takes care of its -wal/-shm."""
    src = sqlite3.connect(_read_only_uri(source), uri=True, timeout=_BUSY_TIMEOUT_S)
    try:
        dst = sqlite3.connect(db_path, timeout=_BUSY_TIMEOUT_S)
        try:
            # Leaving WAL needs every other connection closed, so this is also the "is the app still open?" check;
            # and a WAL destination would refuse a source with a different page size.
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL").fetchone()
        finally:
            dst.close()
    finally:
        src.close()


def restore_database(source: Path, db_path: Path, backup_dir: Path) -> Path:
    """Replace the database at `db_path` with the backup `source`.

    Order matters: the source is checked first (a corrupt or foreign file is refused and nothing changes), then
    the current database is kept as a "pre-restore" backup, then the pages are copied in and checked again.
    Returns the pre-restore backup; when there was no database at `db_path` yet it returns `db_path` itself.
    The caller should hold the InstanceLock; a database still open elsewhere makes the restore fail (busy).
    """
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise BackupError("不能用正在使用的数据库文件本身来恢复。")
    check_integrity(source)
    kept = _keep_current(db_path, backup_dir) if db_path.exists() else db_path
    kept_note = f"。原数据库已备份到 {kept}" if kept != db_path else ""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        try:
            _copy_pages_into(source, db_path)
        except sqlite3.DatabaseError as exc:
            if getattr(exc, "sqlite_errorname", "") not in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
                raise
            # The current file is too damaged for SQLite to write into; it is saved in `kept`, so start afresh.
            for stale in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
                stale.unlink(missing_ok=True)
            _copy_pages_into(source, db_path)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "").startswith("SQLITE_BUSY"):
            raise BackupError(f"数据库正在被使用，无法恢复。请先关闭所有社区工作台窗口后重试{kept_note}。") from exc
        raise BackupError(f"恢复失败：{exc}{kept_note}") from exc
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"恢复失败：{exc}{kept_note}") from exc
    try:
        check_integrity(db_path)
    except BackupError as exc:
        raise type(exc)(f"{exc}{kept_note}") from exc
    return kept
