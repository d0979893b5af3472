"""Backups and restore of the office database: online copies of a live WAL file, rotation, refusing bad files."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from community_desk.db.backup import (
    BackupError,
    CorruptDatabase,
    backup_before_migration,
    backup_database,
    check_integrity,
    daily_backup,
    list_backups,
    restore_database,
)


def make_db(path: Path, names: list[str], *, wal: bool = True) -> None:
    """A minimal file shaped like ours: an alembic_version table and one data table (no app migrations)."""
    connection = sqlite3.connect(path)
    try:
        if wal:
            connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
        connection.execute("CREATE TABLE residents (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        connection.execute("CREATE INDEX ix_residents_name ON residents (name)")
        connection.executemany("INSERT INTO residents (name) VALUES (?)", [(name,) for name in names])
        connection.commit()
    finally:
        connection.close()


def names_in(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM residents ORDER BY id")]
    finally:
        connection.close()


def many_names(count: int) -> list[str]:
    return [f"居民{i:05d}-张三李四王五赵六" for i in range(count)]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "community_desk.sqlite3"
    path.parent.mkdir()
    make_db(path, ["张三", "李四"])
    return path


@pytest.fixture
def backup_dir(tmp_path: Path) -> Path:
    return tmp_path / "data" / "backups"


def test_backup_of_open_wal_database_includes_rows_not_yet_checkpointed(db_path: Path, backup_dir: Path) -> None:
    app = sqlite3.connect(db_path)  # stays open, like the running app
    try:
        app.execute("PRAGMA wal_autocheckpoint=0")
        app.executemany("INSERT INTO residents (name) VALUES (?)", [("王五",), ("赵六",)])
        app.commit()
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.stat().st_size > 0, "the new rows should still sit in the -wal file"

        backup = backup_database(db_path, backup_dir, now=datetime(2026, 11, 23, 9, 30, 5))
    finally:
        app.close()

    assert backup == backup_dir / "community_desk-manual-20261123-093005.sqlite3"
    assert names_in(backup) == ["张三", "李四", "王五", "赵六"]
    check_integrity(backup)
    assert not backup.with_name(backup.name + "-wal").exists(), "a backup is one self-contained file"
    assert [p.name for p in backup_dir.iterdir()] == [backup.name], "no temporary file is left behind"


def test_two_backups_in_the_same_second_do_not_overwrite_each_other(db_path: Path, backup_dir: Path) -> None:
    moment = datetime(2026, 11, 23, 9, 30, 5)
    first = backup_database(db_path, backup_dir, now=moment)
    second = backup_database(db_path, backup_dir, now=moment)

    assert first != second
    assert {info.path for info in list_backups(backup_dir)} == {first, second}


def test_backup_of_damaged_database_fails_and_leaves_no_file_under_a_backup_name(
    tmp_path: Path, backup_dir: Path
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    make_db(damaged, many_names(3000), wal=False)
    with damaged.open("r+b") as handle:
        handle.seek(20 * 4096 + 100)
        handle.write(bytes(range(256)) * 8)

    with pytest.raises(CorruptDatabase, match="数据库完整性检查未通过"):
        backup_database(damaged, backup_dir)

    assert list(backup_dir.iterdir()) == []


def test_backup_of_missing_database_is_refused_in_chinese(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="找不到要备份的数据库"):
        backup_database(tmp_path / "nothing.sqlite3", tmp_path / "backups")


def test_daily_backup_is_taken_once_per_day(db_path: Path, backup_dir: Path) -> None:
    day = date(2026, 11, 23)
    first = daily_backup(db_path, backup_dir, today=day)
    again = daily_backup(db_path, backup_dir, today=day)
    next_day = daily_backup(db_path, backup_dir, today=day + timedelta(days=1))

    assert first is not None and first.name.startswith("community_desk-daily-20261123-")
    assert again is None
    assert next_day is not None and next_day.name.startswith("community_desk-daily-20261124-")
    assert [info.label for info in list_backups(backup_dir)] == ["daily", "daily"]


def test_daily_backup_skips_a_database_that_does_not_exist_yet(tmp_path: Path) -> None:
    assert daily_backup(tmp_path / "new.sqlite3", tmp_path / "backups") is None
    assert not (tmp_path / "backups").exists()


def test_daily_rotation_keeps_newest_dailies_and_never_touches_other_labels(
    db_path: Path, backup_dir: Path, tmp_path: Path
) -> None:
    pre_migration = backup_before_migration(db_path, backup_dir)
    manual = backup_database(db_path, backup_dir, now=datetime(2020, 1, 1, 8, 0, 0))
    other_db = tmp_path / "data" / "demo.sqlite3"
    make_db(other_db, ["演示"])
    other_daily = daily_backup(other_db, backup_dir, today=date(2026, 1, 1))
    start = date(2026, 11, 1)
    for offset in range(6):
        daily_backup(db_path, backup_dir, keep=3, today=start + timedelta(days=offset))

    dailies = [info for info in list_backups(backup_dir, db_stem="community_desk") if info.label == "daily"]
    assert [info.created.date() for info in dailies] == [date(2026, 11, 6), date(2026, 11, 5), date(2026, 11, 4)]
    assert pre_migration.exists() and manual.exists()
    assert other_daily is not None and other_daily.exists(), "another database's dailies are not ours to rotate"
    assert pre_migration.name.startswith("community_desk-pre-migration-")


def test_list_backups_parses_labels_with_hyphens_newest_first(db_path: Path, backup_dir: Path) -> None:
    older = backup_database(db_path, backup_dir, label="pre-restore", now=datetime(2026, 1, 2, 3, 4, 5))
    newer = backup_database(db_path, backup_dir, now=datetime(2026, 2, 2, 3, 4, 5))
    (backup_dir / "notes.txt").write_text("不是备份", encoding="utf-8")

    infos = list_backups(backup_dir)

    assert [(info.path, info.label, info.created) for info in infos] == [
        (newer, "manual", datetime(2026, 2, 2, 3, 4, 5)),
        (older, "pre-restore", datetime(2026, 1, 2, 3, 4, 5)),
    ]
    assert all(info.size == info.path.stat().st_size > 0 and info.db_stem == "community_desk" for info in infos)


def test_check_integrity_refuses_a_text_file_named_like_a_database(tmp_path: Path) -> None:
    fake = tmp_path / "fake.sqlite3"
    fake.write_text("这不是数据库，只是一个文本文件。\n" * 200, encoding="utf-8")

    with pytest.raises(CorruptDatabase, match="文件不是有效的社区工作台数据库"):
        check_integrity(fake)


def test_check_integrity_catches_garbled_pages_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    make_db(path, many_names(3000), wal=False)
    size = path.stat().st_size
    assert size > 40 * 4096, "needs many pages so the damage is in the middle, not the header"
    with path.open("r+b") as handle:
        handle.seek((size // 4096 // 2) * 4096 + 100)
        handle.write(bytes(range(256)) * 8)

    with pytest.raises(CorruptDatabase, match="数据库完整性检查未通过"):
        check_integrity(path)


def test_check_integrity_refuses_sqlite_file_without_alembic_version(tmp_path: Path) -> None:
    foreign = tmp_path / "other_program.sqlite3"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE things (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()

    with pytest.raises(CorruptDatabase, match=r"文件不是有效的社区工作台数据库.*alembic_version"):
        check_integrity(foreign)
    check_integrity(foreign, require_schema=False)


def test_restore_refuses_corrupt_file_and_leaves_current_database_intact(
    db_path: Path, backup_dir: Path, tmp_path: Path
) -> None:
    before_bytes = db_path.read_bytes()
    corrupt = tmp_path / "corrupt.sqlite3"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)

    with pytest.raises(CorruptDatabase, match="文件不是有效的社区工作台数据库"):
        restore_database(corrupt, db_path, backup_dir)

    assert db_path.read_bytes() == before_bytes
    assert names_in(db_path) == ["张三", "李四"]
    assert list_backups(backup_dir) == [], "nothing is touched before the source has been checked"


def test_restore_replaces_content_and_keeps_the_previous_database(
    db_path: Path, backup_dir: Path, tmp_path: Path
) -> None:
    good = tmp_path / "from_usb.sqlite3"
    make_db(good, ["王五", "赵六", "孙七"], wal=False)

    kept = restore_database(good, db_path, backup_dir)

    assert names_in(db_path) == ["王五", "赵六", "孙七"]
    assert kept.name.startswith("community_desk-pre-restore-")
    assert names_in(kept) == ["张三", "李四"]
    assert [info.label for info in list_backups(backup_dir)] == ["pre-restore"]
    connection = sqlite3.connect(db_path)
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    connection.close()
    check_integrity(db_path)


def test_restore_into_a_missing_database_returns_the_database_path(tmp_path: Path) -> None:
    good = tmp_path / "backup.sqlite3"
    make_db(good, ["张三"])
    target = tmp_path / "new" / "community_desk.sqlite3"

    assert restore_database(good, target, tmp_path / "backups") == target
    assert names_in(target) == ["张三"]


def test_restore_over_an_unreadable_database_keeps_its_bytes(db_path: Path, backup_dir: Path, tmp_path: Path) -> None:
    garbage = "被破坏的文件".encode() * 1000
    db_path.write_bytes(garbage)
    good = tmp_path / "good.sqlite3"
    make_db(good, ["王五"])

    kept = restore_database(good, db_path, backup_dir)

    assert kept.read_bytes() == garbage
    assert names_in(db_path) == ["王五"]


def test_restore_refuses_while_the_database_is_open_elsewhere(
    db_path: Path, backup_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("community_desk.db.backup._BUSY_TIMEOUT_S", 0.1)
    good = tmp_path / "good.sqlite3"
    make_db(good, ["王五"])
    app = sqlite3.connect(db_path)
    try:
        app.execute("SELECT count(*) FROM residents").fetchone()
        with pytest.raises(BackupError, match="数据库正在被使用"):
            restore_database(good, db_path, backup_dir)
    finally:
        app.close()
    assert names_in(db_path) == ["张三", "李四"]
