"""The command line as a clerk or a script uses it: exit codes, Chinese messages, --db anywhere."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from community_desk.cli import build_parser, main
from community_desk.config import DB_ENV_VAR, resolve_db_path
from community_desk.domain.idcard import check_character

VALID = "11010519491231002" + check_character("11010519491231002")


def test_check_id_prints_normalised_number_birth_date_sex_and_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-id", VALID.lower()]) == 0
    out = capsys.readouterr().out
    assert VALID in out
    assert "出生日期：1949-12-31" in out
    assert "性别：女" in out
    assert "地址码：110105（北京）" in out


def test_check_id_upgrades_fifteen_digits(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-id", "110105491231002"]) == 0
    assert VALID in capsys.readouterr().out


def test_check_id_rejects_with_reason_and_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    wrong = VALID[:-1] + ("0" if VALID[-1] != "0" else "1")
    assert main(["check-id", wrong]) == 1
    assert f"校验位应为{VALID[-1]}" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["--db", "/tmp/a.sqlite3", "check-id", VALID],
        ["check-id", VALID, "--db", "/tmp/a.sqlite3"],
        ["check-id", "--db", "/tmp/a.sqlite3", VALID],
    ],
)
def test_db_option_is_accepted_before_or_after_the_subcommand(argv: list[str]) -> None:
    args = build_parser().parse_args(argv)
    assert args.db == "/tmp/a.sqlite3"


def test_db_path_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DB_ENV_VAR, str(tmp_path / "env.sqlite3"))
    assert resolve_db_path(None) == tmp_path / "env.sqlite3"
    assert resolve_db_path(str(tmp_path / "cli.sqlite3")) == tmp_path / "cli.sqlite3"
    monkeypatch.delenv(DB_ENV_VAR)
    assert resolve_db_path(None).name == "community_desk.sqlite3"


def resident_count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT count(*) FROM resident").fetchone()[0]


def test_demo_data_backup_and_restore_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "office.sqlite3"
    assert main(["demo-data", "--households", "30", "--db", str(db)]) == 0
    original = resident_count(db)
    assert original > 30
    assert main(["demo-data", "--db", str(db), "--households", "30"]) == 1  # refuses a second run

    backups = tmp_path / "saved"
    assert main(["--db", str(db), "backup", "--to", str(backups)]) == 0
    [backup] = backups.glob("*.sqlite3")
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("DELETE FROM membership")
        connection.execute("DELETE FROM resident")
    assert resident_count(db) == 0

    assert main(["restore", str(backup), "--db", str(db)]) == 0
    assert resident_count(db) == original
    assert "原数据库已先备份为" in capsys.readouterr().out


def test_restore_refuses_a_corrupt_file_and_keeps_the_database(tmp_path: Path, capsys) -> None:
    db = tmp_path / "office.sqlite3"
    main(["demo-data", "--households", "10", "--db", str(db)])
    before = resident_count(db)
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("这不是数据库", encoding="utf-8")
    assert main(["restore", str(bogus), "--db", str(db)]) == 1
    assert "未恢复" in capsys.readouterr().err
    assert resident_count(db) == before


def test_backup_of_missing_database_fails_clearly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--db", str(tmp_path / "none.sqlite3")]) == 2
    assert "数据库文件不存在" in capsys.readouterr().err


def test_a_missing_database_file_is_created_with_the_schema(tmp_path: Path) -> None:
    db = tmp_path / "new" / "office.sqlite3"
    assert main(["demo-data", "--households", "5", "--db", str(db)]) == 0
    with closing(sqlite3.connect(db)) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"alembic_version", "resident", "household", "audit_entry", "resident_fts"} <= tables
