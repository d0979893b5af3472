"""居民台账 import: exactly which rows go in and why the others do not, all-or-nothing, and the CLI around it."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from community_desk import cli
from community_desk.app import Services, open_database
from community_desk.services.dto import HouseholdInput, ResidentInput, ResidentQuery
from community_desk.services.imports import (
    ImportFileError,
    ImportResult,
    ResidentImporter,
    preview_import,
    write_error_workbook,
)
from tests.integration import messy_workbook as messy

TODAY = date(2026, 11, 23)
ROOT = Path(__file__).resolve().parents[2]
TABLES = ("grid", "building", "household", "resident", "membership", "resident_event", "audit_entry", "resident_fts")


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def query(services: Services, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(services.database.path)) as connection:
        return connection.execute(sql, params).fetchall()


def register_already(services: Services, phone: str = "13700137000") -> int:
    """吴已在 is on file before the import (row 14 of the messy 台账 names him again)."""
    grid = services.residents.create_grid("第一网格")
    building = services.residents.create_building(grid, "5号楼")
    head = ResidentInput(name="吴已在", id_number=messy.ALREADY, phone=phone)
    return services.residents.create_household(HouseholdInput(building, "1", "102"), head, date(2020, 1, 1))


def run(services: Services, path: Path, **options: object) -> ImportResult:
    return ResidentImporter(services.database.session_factory).run(path, today=TODAY, **options)


def workbook(path: Path, header: list[str], *rows: list[object]) -> Path:
    book = Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def messy_path(tmp_path: Path) -> Path:
    return messy.build(tmp_path / "台账.xlsx")


def test_preview_finds_the_header_under_the_merged_title_and_maps_the_columns(messy_path: Path) -> None:
    preview = preview_import(messy_path)
    assert (preview.sheet, preview.header_row, preview.total_rows) == ("居民台账", 3, 17)
    assert preview.mapping[0] is None  # 序号
    assert [preview.mapping[i] for i in (1, 2, 3, 6, 8, 12)] == [
        "name", "id_number", "relation", "birth_date", "household_no", "room"
    ]  # fmt: skip
    assert preview.unmapped_required == [] and preview.unmapped_recommended == []
    assert preview.sample_rows[0][:3] == ["1", "张  三", messy.ZHANG]
    assert preview.sample_rows[5][2] == "1.10101E+17"


def test_messy_workbook_imports_exactly_the_good_rows(services: Services, messy_path: Path) -> None:
    register_already(services)
    result = run(services, messy_path)

    refused = {issue.row: str(issue) for issue in result.errors}
    assert sorted(refused) == sorted(messy.REFUSED)
    for row, reason in messy.REFUSED.items():
        assert refused[row].startswith(f"第{row}行 ") and reason in refused[row], refused[row]
    assert (result.imported, result.updated, result.skipped, len(result.errors)) == (8, 0, 1, 8)
    assert result.summary() == "导入 8 行，跳过 1 行，错误 8 行"
    assert result.households_created == 4

    people = dict(query(services, "SELECT name, id_number FROM resident WHERE name != '吴已在'"))
    assert set(people) == set(messy.IMPORTED.values())
    assert people["王䶮"] == messy.WANG_YAN and people["𠮷田"] == messy.JI_TIAN  # rare characters kept exactly
    assert people["张小红"] == messy.XIAOHONG  # lowercase x normalised
    assert people["周老汉"] == messy.LEGACY_UPGRADED and people["周老太"] == messy.LEGACY_TEXT_UPGRADED
    assert people["赵六"] == messy.ZHAO  # spaces and a tab in the name and around the number


def test_messy_workbook_values_households_and_history(services: Services, messy_path: Path) -> None:
    register_already(services)
    run(services, messy_path)
    person = {
        name: rest
        for name, *rest in query(
            services, "SELECT name, birth_date, gender, ethnicity, phone, political_status FROM resident"
        )
    }
    assert person["张三"] == ["1949-12-31", "1", "01", "13800138000", "01"]  # 汉 → 01, full-width phone, 党员 → 01
    assert person["周老汉"][:3] == ["1950-01-01", "1", "11"]  # a real date cell; 满族
    assert person["周老太"][:3] == ["1952-03-16", "2", "11"]  # an Excel serial number; 满 → 满族
    assert (
        person["王䶮"][0] == "1990-03-07" and person["𠮷田"][0] == "1991-05-20" and person["张小红"][0] == "1980-03-07"
    )

    members = query(
        services,
        "SELECT h.household_no, h.address, r.name, m.relation, m.start_date FROM membership m "
        "JOIN household h ON h.id = m.household_id JOIN resident r ON r.id = m.resident_id ORDER BY r.id",
    )
    by_name = {name: (number, address, relation, start) for number, address, name, relation, start in members}
    assert by_name["张三"] == ("1001", "3号楼2单元501室", "02", TODAY.isoformat())
    assert by_name["李四"][2] == "10" and by_name["张小红"][2] == "30"  # census 1 配偶, 2 子女 + 女 → 女
    assert by_name["周老汉"][:3] == ("1003", "幸福院12号", "02")  # census 0 户主
    assert by_name["𠮷田"][2] == "12"
    assert by_name["赵六"] == ("1005", "3号楼1单元201室", "02", TODAY.isoformat())  # alone, 关系 blank → 户主
    assert {number for number, *_ in by_name.values()} == {*messy.HOUSEHOLDS, "H000001"}
    grids = query(services, "SELECT g.name, b.name FROM building b JOIN grid g ON g.id = b.grid_id ORDER BY b.id")
    assert grids == [("第一网格", "5号楼"), ("第一网格", "3号楼"), ("第二网格", "幸福院")]  # no 4号楼: all refused

    events = query(services, "SELECT kind, detail, event_date FROM resident_event WHERE detail = '台账导入'")
    assert len(events) == 8 and {kind for kind, *_ in events} == {"迁入"}
    [summary] = query(services, "SELECT summary, after FROM audit_entry WHERE action = 'import'")
    assert "新增8人" in summary[0] and json.loads(summary[1])["refused"] == 8
    created = "SELECT count(*) FROM audit_entry WHERE action = 'create' AND entity = 'resident'"
    assert query(services, created) == [(9,)]  # 8 imported, and 吴已在 entered by hand
    assert query(services, "PRAGMA integrity_check") == [("ok",)]


def test_imported_people_are_found_by_search(services: Services, messy_path: Path) -> None:
    run(services, messy_path)
    for text in ("王䶮", "wangyan", "𠮷田", messy.ZHAO[:10], "幸福院"):
        assert services.registry.count(ResidentQuery(text=text)) >= 1, text
    with closing(sqlite3.connect(services.database.path)) as connection:
        triggers = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"resident_fts_ai", "resident_fts_ad", "resident_fts_au"} <= triggers  # the insert trigger is back


def test_an_imported_person_is_stored_like_a_hand_entered_one(services: Services, tmp_path: Path) -> None:
    number = messy.make_id("11010519751111023")
    values = ["  欧阳 𠮷 ", number, "户主", "2", "回", "1975.11.11", "13812345678", "东城区某街道1号", "中共党员",
              "大专", "已婚", "某公司", "2", "探亲", "原名"]  # fmt: skip
    header = ["姓名", "公民身份号码", "与户主关系", "性别", "民族", "出生日期", "手机", "户籍地址", "政治面貌", "学历",
              "婚姻状况", "工作单位", "人员类别", "暂住事由", "曾用名", "楼栋", "单元", "房号"]  # fmt: skip
    path = workbook(tmp_path / "one.xlsx", [*header, "网格"], [*values, "3", "2", "501", "第一网格"])
    assert run(services, path, moved_in_on=date(2020, 5, 1)).imported == 1

    by_hand = open_database(tmp_path / "hand.sqlite3", exclusive=False)
    try:
        hand = Services(by_hand).residents
        building = hand.create_building(hand.create_grid("第一网格"), "3号楼")
        person = ResidentInput(
            name="欧阳𠮷", id_number=number, gender="2", ethnicity="03", birth_date=date(1975, 11, 11),
            phone="13812345678", hukou_address="东城区某街道1号", political_status="01", education="30",
            marital_status="20", employer="某公司", category="2", stay_reason="探亲", former_name="原名",
        )  # fmt: skip
        hand.create_household(HouseholdInput(building, "2", "501"), person, date(2020, 5, 1))
        sql = "SELECT * FROM resident"
        with closing(sqlite3.connect(by_hand.path)) as a, closing(sqlite3.connect(services.database.path)) as b:
            a.row_factory = b.row_factory = sqlite3.Row
            [typed], [imported] = map(dict, a.execute(sql)), map(dict, b.execute(sql))
            membership = "SELECT relation, start_date, end_date FROM membership"
            assert a.execute(membership).fetchall() == b.execute(membership).fetchall()
            household = "SELECT household_no, unit, room, address FROM household"
            assert a.execute(household).fetchall() == b.execute(household).fetchall()
    finally:
        by_hand.close()
    assert {key for key in typed if typed[key] != imported[key]} <= {"created_at", "updated_at"}
    stored = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.000000")  # what the ORM writes for a DateTime
    assert stored.fullmatch(typed["created_at"]) and stored.fullmatch(imported["created_at"])


def test_importing_the_same_file_again_skips_everyone(services: Services, messy_path: Path) -> None:
    run(services, messy_path)
    before = counts(services.database.path)
    again = run(services, messy_path)
    assert (again.imported, again.skipped, len(again.errors)) == (0, 9, 8)
    assert {t: n for t, n in counts(services.database.path).items() if t != "audit_entry"} == {
        t: n for t, n in before.items() if t != "audit_entry"
    }


def test_update_mode_changes_fields_and_audits_before_and_after(services: Services, messy_path: Path) -> None:
    register_already(services, phone="13000000000")
    result = run(services, messy_path, on_existing="update")
    assert (result.imported, result.updated, result.skipped) == (8, 1, 0)
    assert result.summary() == "导入 9 行，跳过 0 行，错误 8 行"
    [(phone, search)] = query(services, "SELECT phone, search_text FROM resident WHERE name = '吴已在'")
    assert phone == "13700137000" and "13700137000" in search
    [(before, after)] = query(services, "SELECT before, after FROM audit_entry WHERE action = 'update'")
    assert json.loads(before) == {"phone": "13000000000"} and json.loads(after) == {"phone": "13700137000"}
    assert services.registry.count(ResidentQuery(text="13700137000")) == 1  # FTS follows the update


def test_dry_run_writes_nothing_but_counts_like_the_real_run(services: Services, messy_path: Path) -> None:
    register_already(services)
    before = counts(services.database.path)
    dry = run(services, messy_path, dry_run=True)
    assert counts(services.database.path) == before
    assert dry.dry_run and dry.summary() == "导入 8 行，跳过 1 行，错误 8 行"
    real = run(services, messy_path)
    assert (real.imported, real.skipped, [str(e) for e in real.errors]) == (8, 1, [str(e) for e in dry.errors])


class Cancelled(Exception):
    pass


@pytest.mark.parametrize("stage", ["正在检查", "正在写入"])
def test_cancel_from_progress_rolls_everything_back(services: Services, messy_path: Path, stage: str) -> None:
    register_already(services)
    before = counts(services.database.path)

    def progress(_done: int, _total: int, text: str) -> None:
        if text.startswith(stage):
            raise Cancelled

    with pytest.raises(Cancelled):
        run(services, messy_path, progress=progress)
    assert counts(services.database.path) == before
    assert query(services, "PRAGMA integrity_check") == [("ok",)]


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from community_desk.app import open_database
    from community_desk.services.imports import ResidentImporter

    def progress(done, total, text):
        if text.startswith("正在写入"):  # residents are in, memberships/events/commit still to come
            print("writing", flush=True)
            time.sleep(60)

    database = open_database(Path(sys.argv[1]), exclusive=False)
    ResidentImporter(database.session_factory).run(Path(sys.argv[2]), progress=progress)
    print("committed", flush=True)
    """
)


def test_killed_mid_import_leaves_the_database_as_it_was(services: Services, messy_path: Path) -> None:
    register_already(services)
    path = services.database.path
    services.database.dispose()
    before = counts(path)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(messy_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "writing"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL
    assert counts(path) == before
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT count(*) FROM sqlite_master WHERE name = 'resident_fts_ai'").fetchone() == (
            1,
        )


def test_error_workbook_keeps_the_original_cells_as_text(services: Services, messy_path: Path, tmp_path: Path) -> None:
    result = run(services, messy_path)
    out = write_error_workbook(result, tmp_path / "out" / "未导入.xlsx")
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (*messy.HEADERS, "原因")
    by_name = {row[1]: row for row in rows[1:]}
    assert len(rows) - 1 == len(messy.REFUSED)
    assert by_name["孙八"][2] == "1.10101E+17" and "无法恢复" in by_name["孙八"][-1]
    assert by_name["钱七"][2] == messy.BAD_CHECK and by_name["钱七"][-1] == "第7行 公民身份号码：校验位应为X"
    assert by_name["冯错日"][6] == "1990.2.30" and by_name["钱七"][0] == "4"
    assert all(cell.number_format == "@" for row in sheet.iter_rows() for cell in row)
    assert all(isinstance(value, str | None) for row in rows for value in row)
    again = preview_import(out)  # the corrected sheet goes straight back in
    assert again.header_row == 1 and again.mapping[2] == "id_number" and again.total_rows == len(messy.REFUSED)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk"])
def test_csv_in_utf8_or_gbk(services: Services, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "台账.csv"
    head = messy.make_id("11010519800101002")
    name = "张𠮷" if encoding.startswith("utf") else "张吉"
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["某社区台账"])
        writer.writerow(["姓名", "身份证号", "关系", "出生日期", "现住址"])
        writer.writerow([name, head, "户主", "1980/1/1", "幸福小区3号楼2单元501室"])
        writer.writerow(["李五", "1.10101E+17", "配偶", "", "幸福小区3号楼2单元501室"])
    result = run(services, path)
    assert result.imported == 1
    assert [str(e) for e in result.errors] == [
        "第4行 身份证号：以数字形式存储的18位号码已丢失末尾数字（1.10101E+17），无法恢复，请重新录入"
    ]
    placed = "SELECT r.name, h.address FROM resident r JOIN membership m ON m.resident_id = r.id JOIN household h"
    assert query(services, f"{placed} ON h.id = m.household_id") == [(name, "幸福小区3号楼2单元501室")]


def test_xls_workbook(services: Services, tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")  # only a writer is missing: calamine reads .xls itself
    book = xlwt.Workbook()
    sheet = book.add_sheet("台账")
    for column, value in enumerate(["姓名", "身份证号", "与户主关系", "楼栋", "房号"]):
        sheet.write(0, column, value)
    for column, value in enumerate(["王䶮", messy.WANG_YAN, "户主", "3", "101"]):
        sheet.write(1, column, value)
    book.save(str(tmp_path / "台账.xls"))
    assert run(services, tmp_path / "台账.xls").imported == 1


def test_households_are_grouped_by_address_without_a_household_number(services: Services, tmp_path: Path) -> None:
    ids = [messy.make_id(f"1101051980010{n}00{n}") for n in range(1, 6)]
    path = workbook(
        tmp_path / "a.xlsx",
        ["姓名", "身份证号", "与户主关系", "网格", "楼栋", "单元", "房号"],
        ["甲", ids[0], "户主", "一网格", "3", "2", "501"],
        ["乙", ids[1], "配偶", "一网格", "3号楼", "2单元", "501室"],  # the same flat, spelt otherwise
        ["丙", ids[2], "户主", "一网格", "3", "2", "502"],
        ["丁", ids[3], "户主", "一网格", "3", "2", "503"],
        ["戊", ids[4], "户主", "一网格", "3", "2", "503"],  # two heads in one flat
    )
    result = run(services, path)
    assert result.imported == 3 and result.households_created == 2
    assert [str(e) for e in result.errors] == ["第5行 该户有2个户主（第5、6行）", "第6行 该户有2个户主（第5、6行）"]
    assert query(services, "SELECT household_no, address FROM household ORDER BY id") == [
        ("H000001", "3号楼2单元501室"), ("H000002", "3号楼2单元502室")
    ]  # fmt: skip


def test_generated_household_numbers_avoid_the_files_own(services: Services, tmp_path: Path) -> None:
    first, second = messy.make_id("11010519800101011"), messy.make_id("11010519800101027")
    path = workbook(
        tmp_path / "c.xlsx",
        ["姓名", "身份证号", "与户主关系", "户号", "楼栋", "房号"],
        ["甲", first, "户主", "", "3", "101"],  # no 户号: numbered like hand entry
        ["乙", second, "户主", "H000001", "3", "102"],
    )
    assert run(services, path).imported == 2
    assert query(services, "SELECT household_no, address FROM household ORDER BY id") == [
        ("H000002", "3号楼101室"), ("H000001", "3号楼102室")
    ]  # fmt: skip


def test_new_members_join_an_existing_household(services: Services, tmp_path: Path) -> None:
    household = register_already(services)
    [(number,)] = query(services, "SELECT household_no FROM household WHERE id = ?", household)
    son, second = messy.make_id("11010519900101011"), messy.make_id("11010519900101037")
    path = workbook(
        tmp_path / "b.xlsx",
        ["姓名", "身份证号", "与户主关系", "户号", "迁入日期"],
        ["吴已在", messy.ALREADY, "户主", number, ""],
        ["吴子", son, "子", number, "2021.6.1"],
        ["吴二", second, "户主", number, ""],  # a second 户主 for a household that has one
    )
    result = run(services, path)
    assert (result.imported, result.skipped, result.households_created) == (1, 1, 0)
    assert [str(e) for e in result.errors] == [f"第4行 与户主关系：户 {number} 已有户主吴已在"]
    members = "SELECT relation, start_date FROM membership WHERE household_id = ? ORDER BY id"
    assert query(services, members, household) == [("02", "2020-01-01"), ("20", "2021-06-01")]


def test_two_row_header_is_read_as_one(services: Services, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "d.xlsx",
        ["姓名", "身份证号", "现住址", "", "", "联系电话"],
        ["", "", "楼栋", "单元", "房号", ""],
        ["甲", messy.ZHAO, "3", "2", "501", "13800138000"],
        ["乙", messy.ZHAO[:-1], "3", "2", "502", ""],
    )
    preview = preview_import(path)
    assert preview.header_row == 2 and preview.headers == ["姓名", "身份证号", "楼栋", "单元", "房号", "联系电话"]
    result = run(services, path, mapping=preview.mapping, header_row=preview.header_row)  # as the dialog calls it
    assert result.imported == 1 and result.headers == tuple(preview.headers)
    assert [str(e) for e in result.errors] == ["第4行 身份证号：长度应为18位，实际为17位"]
    assert query(services, "SELECT address FROM household") == [("3号楼2单元501室",)]


TAGS = (
    "SELECT r.name, t.kind, t.start_date, t.end_date, t.detail, t.note FROM special_tag t"
    " JOIN resident r ON r.id = t.resident_id ORDER BY t.id"
)


def test_special_groups_column_becomes_tags_from_the_day_people_join(services: Services, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "tags.xlsx",
        ["姓名", "身份证号", "与户主关系", "户号", "迁入日期", "重点人群"],
        ["甲", messy.ZHANG, "户主", "2001", "2010.5.1", "高龄80+、低保、残疾（肢体 二级）"],  # 高龄 is derived
        ["乙", messy.LI, "配偶", "2001", "", "党员、火星人"],
    )
    result = run(services, path, moved_in_on=date(2024, 1, 1))
    assert result.imported == 2 and not result.errors
    assert result.warnings == ("第3行 重点人群“火星人”无法识别，未登记",)  # imported all the same
    assert query(services, TAGS) == [
        ("甲", "低保", "2010-05-01", None, "", ""),
        ("甲", "残疾", "2010-05-01", None, "肢体 二级", ""),
        ("乙", "党员", "2024-01-01", None, "", ""),
    ]
    audits = query(services, "SELECT summary, after FROM audit_entry WHERE entity = 'special_tag' ORDER BY id")
    assert [summary for summary, _ in audits] == [
        "台账导入：甲 加入“低保”",
        "台账导入：甲 加入“残疾”",
        "台账导入：乙 加入“党员”",
    ]
    after = {"kind": "残疾", "start_date": "2010-05-01", "end_date": None, "detail": "肢体 二级"}  # as add_tag logs
    assert json.loads(audits[1][1]) == after
    assert services.registry.count(ResidentQuery(special_group="残疾")) == 1


def test_update_mode_adds_the_tags_a_person_lacks_and_ends_none(services: Services, tmp_path: Path) -> None:
    register_already(services)
    [(resident,)] = query(services, "SELECT id FROM resident")
    services.special_groups.add_tag(resident, "低保", date(2020, 1, 1))
    services.special_groups.add_tag(resident, "残疾", date(2015, 1, 1), date(2019, 1, 1), detail="视力 一级")
    path = workbook(
        tmp_path / "u.xlsx",
        ["姓名", "身份证号", "特殊人群"],
        ["吴已在", messy.ALREADY, "低保、残疾（视力 二级）、党员"],
    )
    assert run(services, path).skipped == 1 and len(query(services, TAGS)) == 2  # skip leaves people as they are
    result = run(services, path, on_existing="update", moved_in_on=date(2025, 1, 1))
    assert (result.updated, result.skipped) == (1, 0)
    assert query(services, TAGS) == [
        ("吴已在", "低保", "2020-01-01", None, "", ""),  # in force: neither doubled nor ended
        ("吴已在", "残疾", "2015-01-01", "2019-01-01", "视力 一级", ""),
        ("吴已在", "残疾", "2025-01-01", None, "视力 二级", ""),  # a new period after the ended one
        ("吴已在", "党员", "2025-01-01", None, "", ""),
    ]
    again = run(services, path, on_existing="update", moved_in_on=date(2025, 1, 1))
    assert (again.updated, again.skipped, len(query(services, TAGS))) == (0, 1, 4)


def test_passports_and_other_ids_go_in_without_an_id_type_column(services: Services, tmp_path: Path) -> None:
    """No 证件类型 column: the shape decides (idcard.infer_id_type); what may be a mistyped ID is still refused."""
    path = workbook(
        tmp_path / "ids.xlsx",
        ["姓名", "公民身份号码", "与户主关系", "户号", "性别", "出生日期"],
        ["甲", "e1234 5678", "户主", "3001", "女", "1980-01-01"],
        ["乙", "H1234567890", "户主", "3002", "男", "1975-05-05"],
        ["丙", messy.ZHAO[:-1], "户主", "3003", "男", ""],
        ["丁", "ABCDEFGHIJKLMNO", "户主", "3004", "男", ""],
    )
    result = run(services, path)
    assert result.imported == 2
    assert [str(issue) for issue in result.errors] == [
        "第4行 公民身份号码：长度应为18位，实际为17位",
        "第5行 公民身份号码：15位号码只能包含数字（如为护照或其他证件，请增加“证件类型”列注明）",
    ]
    assert query(services, "SELECT name, id_type, id_number, gender, birth_date FROM resident ORDER BY id") == [
        ("甲", "护照", "E12345678", "2", "1980-01-01"),
        ("乙", "其他证件", "H1234567890", "1", "1975-05-05"),
    ]
    assert run(services, path).skipped == 2  # found again by the number


def test_unreadable_files_raise_a_chinese_reason(tmp_path: Path) -> None:
    (tmp_path / "坏.xlsx").write_bytes(b"not a zip")
    (tmp_path / "无表头.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "x.docx").write_bytes(b"")
    for name, reason in (("坏.xlsx", "无法读取文件"), ("无表头.csv", "找不到表头"), ("x.docx", "不支持的文件类型"),
                         ("没有.xlsx", "文件不存在")):  # fmt: skip
        with pytest.raises(ImportFileError, match=reason):
            preview_import(tmp_path / name)


# --- command line ------------------------------------------------------------------------------------------
@pytest.fixture
def import_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    if "import_residents" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "import_residents"))


def last_line(capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    captured = capsys.readouterr()
    return captured.out.strip().splitlines()[-1], captured.out + captured.err


@pytest.mark.usefixtures("import_cli")
def test_cli_exit_codes_and_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str], messy_path: Path) -> None:
    db = tmp_path / "cli.sqlite3"
    clean = workbook(
        tmp_path / "clean.xlsx", ["姓名", "身份证号", "与户主关系", "房号"], ["赵一", messy.ZHAO, "户主", "1"]
    )
    assert cli.main(["import", "residents", str(clean), "--db", str(db), "--dry-run"]) == 0
    assert last_line(capsys)[0] == "导入 1 行，跳过 0 行，错误 0 行" and counts(db)["resident"] == 0
    assert cli.main(["--db", str(db), "import", "residents", str(clean)]) == 0
    assert last_line(capsys)[0] == "导入 1 行，跳过 0 行，错误 0 行" and counts(db)["resident"] == 1

    errors = tmp_path / "errors.xlsx"
    assert cli.main(["import", "residents", str(messy_path), "--db", str(db), "--errors", str(errors)]) == 1
    line, output = last_line(capsys)
    assert line == "导入 8 行，跳过 1 行，错误 8 行"  # 赵六 is already on file
    assert "第9行 公民身份号码：以数字形式存储的18位号码已丢失末尾数字（1.10101E+17）" in output
    assert load_workbook(errors).active.max_row == 9

    assert cli.main(["import", "residents", str(tmp_path / "missing.xlsx"), "--db", str(db)]) == 2
    line, output = last_line(capsys)
    assert "文件不存在" in output and line == "导入 0 行，跳过 0 行，错误 0 行"


@pytest.mark.usefixtures("import_cli")
def test_cli_update_and_moved_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.sqlite3"
    first = workbook(
        tmp_path / "1.xlsx", ["姓名", "身份证号", "电话", "房号"], ["赵一", messy.ZHAO, "13800000000", "1"]
    )
    assert cli.main(["import", "residents", str(first), "--db", str(db), "--moved-in", "2019-09-01"]) == 0
    second = workbook(
        tmp_path / "2.xlsx", ["姓名", "身份证号", "电话", "房号"], ["赵一", messy.ZHAO, "13900000000", "1"]
    )
    assert cli.main(["import", "residents", str(second), "--db", str(db), "--update"]) == 0
    assert last_line(capsys)[0] == "导入 1 行，跳过 0 行，错误 0 行"
    with closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT phone FROM resident").fetchall() == [("13900000000",)]
        assert connection.execute("SELECT start_date FROM membership").fetchall() == [("2019-09-01",)]
    with pytest.raises(SystemExit):
        cli.main(["import", "residents", str(first), "--moved-in", "2019.9.1"])
