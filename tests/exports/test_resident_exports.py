"""Resident exports read back with openpyxl: the 街道's layout, text IDs, masking, drop-downs, logs, Cancel."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from contextlib import closing
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from openpyxl.worksheet.worksheet import Worksheet

from community_desk.app import Database, Services, open_database
from community_desk.db import migrate
from community_desk.db.unit_of_work import current_actor
from community_desk.domain import codes
from community_desk.exports.profiles import BUILTIN_DIR, FIELDS, load_profiles
from community_desk.services.demo import generate_demo
from community_desk.services.dto import HouseholdInput, ResidentInput, ResidentQuery
from community_desk.services.errors import UserError
from community_desk.services.exports import ExportService, _expression, chinese_date

COLLECTION = "居民信息采集表"
MASKED_ID = re.compile(r"^\d{6}\*{8}\d{3}[\dX]$")
MASKED_MOBILE = re.compile(r"^1\d{2}\*{4}\d{4}$")


class Cancelled(Exception):
    pass


@pytest.fixture
def exports(database: Database) -> ExportService:
    return ExportService(database.path, database.session_factory, profile_dirs=[BUILTIN_DIR])


@pytest.fixture
def demo(services: Services) -> Services:
    generate_demo(services.database.session_factory, households=40)
    return services


@pytest.fixture
def building_id(services: Services) -> int:
    grid = services.residents.create_grid("第一网格")
    return services.residents.create_building(grid, "3号楼")


def add_household(services: Services, building_id: int, room: str, head: ResidentInput) -> int:
    """The head's resident id."""
    household_id = services.residents.create_household(HouseholdInput(building_id, "1", room), head, date(2020, 5, 1))
    detail = services.registry.household(household_id)
    assert detail is not None
    return detail.members[0].resident_id


def sheet_of(path: Path) -> Worksheet:
    return load_workbook(path).worksheets[0]


def table(sheet: Worksheet) -> list[dict[str, object]]:
    headers = [cell.value for cell in sheet[3]]
    return [dict(zip(headers, row, strict=True)) for row in sheet.iter_rows(min_row=4, values_only=True)]


def cells(sheet: Worksheet, header: str) -> list:
    index = [cell.value for cell in sheet[3]].index(header)
    return [row[index] for row in sheet.iter_rows(min_row=4)]


def query(database: Database, sql: str, *params: object) -> list[tuple]:
    with closing(sqlite3.connect(database.path)) as connection:
        return connection.execute(sql, params).fetchall()


def current_ids(database: Database) -> set[str]:
    rows = query(
        database,
        "SELECT r.id_number FROM resident r JOIN membership m ON m.resident_id = r.id AND m.end_date IS NULL"
        " WHERE r.id_number IS NOT NULL",
    )
    return {number for (number,) in rows}


# --- layout ---------------------------------------------------------------------------------------------------
def test_collection_form_layout_title_date_row_header_freeze_widths(
    demo: Services, exports: ExportService, tmp_path: Path
) -> None:
    out = tmp_path / "采集表.xlsx"
    result = exports.export_residents(COLLECTION, out)
    sheet = sheet_of(out)
    profile = load_profiles([BUILTIN_DIR])[COLLECTION]
    last = sheet.cell(3, len(profile.columns)).column_letter
    assert sheet.title == COLLECTION
    assert sheet["A1"].value == "示范社区居民信息采集表"
    assert {str(r) for r in sheet.merged_cells.ranges} == {f"A1:{last}1", "A2:H2", "I2:O2", f"P2:{last}2"}
    assert sheet["A1"].font.bold and sheet["A1"].alignment.horizontal == "center"
    row2 = [cell.value for cell in sheet[2] if cell.value]
    today = chinese_date(date.today())
    assert row2 == ["填报单位：示范社区居委会", f"填报日期：{today}", f"截至日期：{today}"]
    assert [sheet[c].alignment.horizontal for c in ("A2", "I2", "P2")] == ["left", "center", "right"]
    assert [cell.value for cell in sheet[3]] == profile.headers
    assert sheet.freeze_panes == "A4"
    for index, column in enumerate(profile.columns, start=1):
        assert sheet.column_dimensions[sheet.cell(3, index).column_letter].width == column.width
    assert result.rows == demo.registry.count(ResidentQuery()) == sheet.max_row - 3
    assert [row["序号"] for row in table(sheet)] == list(range(1, result.rows + 1))


def test_print_setup_a4_landscape_fit_to_width_header_repeated(
    demo: Services, exports: ExportService, tmp_path: Path
) -> None:
    out = tmp_path / "x.xlsx"
    exports.export_residents(COLLECTION, out)
    sheet = sheet_of(out)
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$1:$3"


def test_ids_phones_and_household_numbers_are_text_cells(
    demo: Services, exports: ExportService, tmp_path: Path
) -> None:
    out = tmp_path / "x.xlsx"
    exports.export_residents(COLLECTION, out, masked=False)
    sheet = sheet_of(out)
    for header in ("公民身份号码", "联系电话", "户号"):
        filled = [cell for cell in cells(sheet, header) if cell.value is not None]
        assert filled, header
        assert all(isinstance(c.value, str) and c.data_type == "s" and c.number_format == "@" for c in filled)
        letter = filled[0].column_letter
        assert sheet.column_dimensions[letter].number_format == "@"  # what a clerk types in later stays text
    assert all(isinstance(c.value, datetime) for c in cells(sheet, "出生日期") if c.value is not None)


def test_masked_by_default_and_full_numbers_only_when_asked(
    demo: Services, exports: ExportService, database: Database, tmp_path: Path
) -> None:
    masked, full = tmp_path / "masked.xlsx", tmp_path / "full.xlsx"
    exports.export_residents(COLLECTION, masked)
    exports.export_residents(COLLECTION, full, masked=False)
    masked_ids = [v for v in (c.value for c in cells(sheet_of(masked), "公民身份号码")) if v]
    mobiles = [v for v in (c.value for c in cells(sheet_of(masked), "联系电话")) if v and len(v) == 11]
    assert masked_ids and all(MASKED_ID.match(v) for v in masked_ids if len(v) == 18)
    assert not set(masked_ids) & current_ids(database)
    assert mobiles and all(MASKED_MOBILE.match(v) for v in mobiles)
    full_ids = {v for v in (c.value for c in cells(sheet_of(full), "公民身份号码")) if v}
    assert full_ids == current_ids(database)


def test_coded_columns_have_drop_down_lists(demo: Services, exports: ExportService, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    rows = exports.export_residents(COLLECTION, out).rows
    sheet = sheet_of(out)
    headers = {cell.column_letter: cell.value for cell in sheet[3]}
    lists = {headers[str(dv.sqref).split(":")[0][0]]: dv for dv in sheet.data_validations.dataValidation}
    expected = {
        "与户主关系": codes.RELATIONS,
        "性别": codes.GENDERS,
        "民族": codes.ETHNICITIES,
        "政治面貌": codes.POLITICAL_STATUSES,
        "文化程度": codes.EDUCATION_LEVELS,
        "婚姻状况": codes.MARITAL_STATUSES,
        "人员类别": codes.PERSON_CATEGORIES,
    }
    assert set(lists) == set(expected)
    for header, code_list in expected.items():
        validation = lists[header]
        assert validation.type == "list" and validation.showErrorMessage
        assert validation.formula1 == '"' + ",".join(code_list.names()) + '"'
        letter = next(k for k, v in headers.items() if v == header)
        assert str(validation.sqref) == f"{letter}4:{letter}{3 + rows}"
    assert load_workbook(out).sheetnames == [COLLECTION]  # every list fits inline


def test_a_list_longer_than_excel_allows_inline_goes_to_a_hidden_sheet(
    demo: Services, exports: ExportService, tmp_path: Path
) -> None:
    profile = tmp_path / "coded.toml"
    profile.write_text(
        'name = "代码名册"\n[[columns]]\nfield = "name"\n'
        '[[columns]]\nfield = "ethnicity"\ncodes = "code_name"\n[[columns]]\nfield = "gender"\n',
        encoding="utf-8",
    )
    out = tmp_path / "x.xlsx"
    exports.export_residents(str(profile), out)
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["代码名册", "代码表"]
    assert workbook["代码表"].sheet_state == "hidden"
    listed = [row[0] for row in workbook["代码表"].iter_rows(min_row=2, values_only=True)]
    assert listed == [f"{c.code} {c.name}" for c in codes.ETHNICITIES]
    formulas = {str(dv.sqref)[0]: dv.formula1 for dv in workbook["代码名册"].data_validations.dataValidation}
    assert formulas["B"] == "CODES_B"
    assert workbook.defined_names["CODES_B"].attr_text == f"'代码表'!$A$2:$A${len(codes.ETHNICITIES) + 1}"
    assert formulas["C"] == '"未知的性别,男,女,未说明的性别"'
    assert {row["民族"] for row in table(workbook["代码名册"])} <= set(listed)


# --- values ---------------------------------------------------------------------------------------------------
def test_formula_like_text_reads_back_as_text_not_a_formula(
    demo: Services, exports: ExportService, tmp_path: Path
) -> None:
    notes = ["=1+1", "+86 手机", "-", "@SUM(A1)", '=HYPERLINK("http://x")']
    rows = demo.registry.page(ResidentQuery(), 0, len(notes))
    for row, note in zip(rows, notes, strict=True):
        detail = demo.registry.resident(row.id)
        assert detail is not None
        demo.residents.update_resident(row.id, replace(detail.values, note=note))
    out = tmp_path / "x.xlsx"
    exports.export_residents(COLLECTION, out)
    written = {c.value: c for c in cells(sheet_of(out), "备注") if c.value}
    for note in notes:
        assert written[note].data_type == "s"
        assert written[note].quotePrefix
    with zipfile.ZipFile(out) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_rare_character_names_come_back_exactly(demo: Services, exports: ExportService, tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    exports.export_residents(COLLECTION, out)
    names = {row["姓名"] for row in table(sheet_of(out))}
    assert {"王䶮", "李㛃", "𠮷安民"} <= names


def test_elderly_roster_as_of_a_date(
    services: Services, exports: ExportService, building_id: int, tmp_path: Path
) -> None:
    for room, name, born in (
        ("101", "甲", date(1946, 6, 15)),  # 80 on 2026-06-15
        ("102", "乙", date(1936, 6, 15)),  # 90 on 2026-06-15
        ("103", "丙", date(1926, 6, 15)),  # 100 on 2026-06-15
        ("104", "丁", date(1960, 1, 1)),
    ):
        add_household(services, building_id, room, ResidentInput(name=name, gender="1", birth_date=born))
    before, on = tmp_path / "before.xlsx", tmp_path / "on.xlsx"
    exports.export_residents("高龄老人名册", before, as_of=date(2026, 6, 14))
    exports.export_residents("高龄老人名册", on, as_of=date(2026, 6, 15))
    assert [(r["姓名"], r["年龄"], r["高龄段"]) for r in table(sheet_of(before))] == [
        ("乙", 89, "80-89岁"),
        ("丙", 99, "90-99岁"),
    ]
    assert [(r["姓名"], r["年龄"], r["高龄段"]) for r in table(sheet_of(on))] == [
        ("甲", 80, "80-89岁"),
        ("乙", 90, "90-99岁"),
        ("丙", 100, "100岁及以上"),
    ]
    assert sheet_of(on)["A2"].value == "填报单位：本社区居委会"
    assert f"截至日期：{chinese_date(date(2026, 6, 15))}" in [c.value for c in sheet_of(on)[2]]
    assert "高龄100+" in [r["特殊人群"] for r in table(sheet_of(on))]


def test_disability_roster_reads_category_and_grade_from_the_tag(
    services: Services, exports: ExportService, building_id: int, tmp_path: Path
) -> None:
    current = add_household(services, building_id, "101", ResidentInput(name="赵肢体", gender="1"))
    ended = add_household(services, building_id, "102", ResidentInput(name="钱已销", gender="2"))
    services.special_groups.add_tag(current, "残疾", date(2024, 3, 1), detail="肢体 二级", note="持证")
    services.special_groups.add_tag(ended, "残疾", date(2020, 1, 1), date(2023, 1, 1), detail="视力 一级")
    out = tmp_path / "x.xlsx"
    exports.export_residents("残疾人名册", out)
    rows = table(sheet_of(out))
    assert [(r["姓名"], r["残疾类别"], r["残疾等级"], r["认定日期"], r["备注"]) for r in rows] == [
        ("赵肢体", "肢体", "二级", datetime(2024, 3, 1), "持证")
    ]
    past = tmp_path / "past.xlsx"
    exports.export_residents("残疾人名册", past, as_of=date(2022, 1, 1))
    assert [(r["姓名"], r["残疾类别"], r["残疾等级"]) for r in table(sheet_of(past))] == [("钱已销", "视力", "一级")]


def test_sensitive_groups_stay_out_of_the_special_groups_column_unless_the_profile_asks(
    services: Services, exports: ExportService, building_id: int, tmp_path: Path
) -> None:
    head = add_household(services, building_id, "101", ResidentInput(name="周某", gender="1"))
    services.special_groups.add_tag(head, "社区矫正", date(2025, 1, 1))
    services.special_groups.add_tag(head, "低保", date(2025, 1, 1))
    out = tmp_path / "x.xlsx"
    exports.export_residents(COLLECTION, out)
    assert [row["特殊人群"] for row in table(sheet_of(out))] == ["低保"]
    profile = tmp_path / "internal.toml"
    profile.write_text('include_sensitive = true\n[[columns]]\nfield = "special_groups"\n', encoding="utf-8")
    exports.export_residents(str(profile), out)
    assert [row["特殊人群"] for row in table(sheet_of(out))] == ["低保、社区矫正"]
    assert sheet_of(out)["A2"].value.startswith("填报单位：本社区居委会　填报日期：")  # one column holds all parts
    profile.write_text('subtitle = []\n[[columns]]\nfield = "name"\n', encoding="utf-8")
    exports.export_residents(str(profile), out)
    assert [[c.value for c in row] for row in sheet_of(out).iter_rows(max_row=3)] == [
        ["本社区internal"],
        [None],
        ["姓名"],
    ]


def test_dibao_roster_lists_tags_in_force_on_the_date(
    services: Services, exports: ExportService, building_id: int, tmp_path: Path
) -> None:
    head = add_household(services, building_id, "101", ResidentInput(name="孙户主", gender="1"))
    services.special_groups.add_tag(head, "低保", date(2024, 1, 1), date(2025, 1, 1), note="年审")
    then, now = tmp_path / "then.xlsx", tmp_path / "now.xlsx"
    exports.export_residents("dibao", then, as_of=date(2024, 6, 1))
    exports.export_residents("dibao", now)
    rows = table(sheet_of(then))
    assert [(r["户主姓名"], r["姓名"], r["家庭人口"], r["纳入日期"], r["备注"]) for r in rows] == [
        ("孙户主", "孙户主", 1, datetime(2024, 1, 1), "年审")
    ]
    assert table(sheet_of(now)) == []
    assert sheet_of(now)["A1"].value == "本社区最低生活保障对象名册"


def test_migrant_form_lists_only_migrants_with_arrival_and_reason(
    demo: Services, exports: ExportService, database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "x.xlsx"
    result = exports.export_residents("migrants", out)
    rows = table(sheet_of(out))
    assert result.rows == demo.registry.count(ResidentQuery(category="2")) == len(rows) > 0
    assert {"来本地日期", "暂住事由", "户籍地址"} <= set(rows[0])
    assert all(isinstance(r["来本地日期"], datetime) for r in rows if r["来本地日期"] is not None)
    assert any(r["暂住事由"] for r in rows)


def test_grid_filter_exports_one_grid_and_names_it_in_the_title(
    demo: Services, exports: ExportService, tmp_path: Path
) -> None:
    grid = demo.registry.grids()[1]
    out = tmp_path / "x.xlsx"
    result = exports.export_residents(COLLECTION, out, grid_id=grid.id)
    sheet = sheet_of(out)
    assert sheet["A1"].value == f"示范社区{grid.name}居民信息采集表"
    assert {row["网格"] for row in table(sheet)} == {grid.name}
    assert result.rows == demo.registry.count(ResidentQuery(grid_id=grid.id)) > 0
    with pytest.raises(UserError, match="所选网格不存在"):
        exports.export_residents(COLLECTION, tmp_path / "y.xlsx", grid_id=9999)


def test_preview_shows_headers_and_first_rows_as_the_file_will(demo: Services, exports: ExportService) -> None:
    headers, rows = exports.preview(COLLECTION, None, None, limit=5)
    assert headers == load_profiles([BUILTIN_DIR])[COLLECTION].headers
    assert len(rows) == 5 and all(len(row) == len(headers) for row in rows)
    assert [row[0] for row in rows] == ["1", "2", "3", "4", "5"]
    assert all(MASKED_ID.match(row[11]) for row in rows if len(row[11]) == 18)
    assert exports.count(COLLECTION) == demo.registry.count(ResidentQuery())
    assert next(p.key for p in exports.profiles()) == COLLECTION


def test_every_field_has_sql() -> None:
    profile = load_profiles([BUILTIN_DIR])[COLLECTION]
    column = profile.columns[0]
    for field in FIELDS:
        _expression(replace(column, field=field, tag="低保"), None, date.today(), False)


# --- the log, refusals and Cancel -----------------------------------------------------------------------------
def test_every_export_is_logged_with_its_masked_flag_and_audited(
    demo: Services, exports: ExportService, database: Database, tmp_path: Path
) -> None:
    first = exports.export_residents(COLLECTION, tmp_path / "a.xlsx")
    second = exports.export_residents("低保名册", tmp_path / "b.xlsx", masked=False, as_of=date(2026, 1, 1))
    logs = query(database, "SELECT actor, profile, file_name, rows, masked, grid, as_of FROM export_log ORDER BY id")
    assert logs == [
        (current_actor(), COLLECTION, str(tmp_path / "a.xlsx"), first.rows, 1, "", None),
        (current_actor(), "低保名册", str(tmp_path / "b.xlsx"), second.rows, 0, "", "2026-01-01"),
    ]
    audits = query(database, "SELECT entity, entity_id, summary FROM audit_entry WHERE action = 'export' ORDER BY id")
    assert [(entity, entity_id) for entity, entity_id, _ in audits] == [("export_log", 1), ("export_log", 2)]
    assert "已脱敏" in audits[0][2] and "未脱敏" in audits[1][2]
    assert [(v.profile, v.masked) for v in exports.recent_exports()] == [("低保名册", False), (COLLECTION, True)]


def test_cancel_leaves_no_file_no_temporary_file_and_no_log(
    demo: Services, exports: ExportService, database: Database, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "x.xlsx"
    target.write_bytes(b"an earlier export")
    seen: list[tuple[int, int, str]] = []
    openpyxl_temp_files = len(ALL_TEMP_FILES)

    def cancel(done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        if done:
            raise Cancelled

    with pytest.raises(Cancelled):
        exports.export_residents(COLLECTION, target, masked=False, progress=cancel)
    assert seen[0][0] == 0 and seen[0][1] == demo.registry.count(ResidentQuery())
    assert target.read_bytes() == b"an earlier export"
    assert [p.name for p in target.parent.iterdir()] == ["x.xlsx"]
    assert len(ALL_TEMP_FILES) == openpyxl_temp_files
    assert query(database, "SELECT count(*) FROM export_log") == [(0,)]
    assert query(database, "SELECT count(*) FROM audit_entry WHERE action = 'export'") == [(0,)]


def test_progress_reports_every_thousand_rows(services: Services, exports: ExportService, tmp_path: Path) -> None:
    generate_demo(services.database.session_factory, households=500)
    seen: list[tuple[int, int, str]] = []
    exports.export_residents(COLLECTION, tmp_path / "x.xlsx", progress=lambda *a: seen.append(a))
    total = services.registry.count(ResidentQuery())
    assert [done for done, _, _ in seen] == [0, *range(1000, total, 1000), total, total]
    assert {t for _, t, _ in seen} == {total}
    assert seen[-1][2] == "正在保存文件…"


@pytest.mark.parametrize(
    ("name", "message"),
    [("x.xls", "应以 .xlsx 结尾"), ("missing/x.xlsx", "文件夹不存在")],
)
def test_bad_targets_are_refused(exports: ExportService, tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        exports.export_residents(COLLECTION, tmp_path / name)


def test_unknown_profile_lists_the_known_ones(exports: ExportService, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="没有名为“花名册”的导出方案；可用的方案：居民信息采集表、高龄老人名册"):
        exports.export_residents("花名册", tmp_path / "x.xlsx")


def test_broken_profile_in_the_users_folder_is_reported(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "坏.toml").write_text("[[columns]]\nfield = 'shoe'\n", encoding="utf-8")
    exports = ExportService(database.path, database.session_factory, profile_dirs=[BUILTIN_DIR, folder])
    with pytest.raises(UserError, match=r"导出方案文件“坏\.toml”有误：第1列的字段“shoe”不存在"):
        exports.profiles()


# --- migration and command line -------------------------------------------------------------------------------
def test_upgrading_a_0001_database_adds_the_export_log(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.sqlite3"
    open_database(path, exclusive=False).close()
    database = open_database(path, exclusive=False)
    config = migrate.alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    database.close()
    assert migrate.current_revision(path) == "0001"
    assert not query(database, "SELECT name FROM sqlite_master WHERE name = 'export_log'")
    upgraded = open_database(path, exclusive=False)
    upgraded.close()
    assert upgraded.migrated and migrate.current_revision(path) == migrate.HEAD_REVISION
    assert query(upgraded, "SELECT name FROM sqlite_master WHERE name = 'export_log'") == [("export_log",)]


def test_command_line_export_list_and_refusals(
    demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from community_desk import cli

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # no user profiles from the developer's machine
    monkeypatch.setattr(cli, "COMMAND_MODULES", ("export_residents",))
    db = str(demo.database.path)
    out = tmp_path / "第一网格.xlsx"
    argv = ["export", "residents", "--db", db, "--profile", COLLECTION, "--out", str(out)]
    assert cli.main([*argv, "--grid", "第一网格", "--as-of", date.today().isoformat(), "--unmasked"]) == 0
    printed = capsys.readouterr().out
    assert "已导出居民信息采集表" in printed and "含完整身份证号和电话" in printed
    assert {row["网格"] for row in table(sheet_of(out))} == {"第一网格"}
    assert cli.main(["export", "residents", "--db", db, "--list-profiles"]) == 0
    assert "高龄老人名册（elderly）" in capsys.readouterr().out
    assert cli.main([*argv, "--grid", "第九十九网格"]) == 1
    assert "没有名为“第九十九网格”的网格；现有网格：第一网格" in capsys.readouterr().err
    assert cli.main([*argv, "--as-of", "2026/1/1"]) == 1
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert cli.main(["export", "residents", "--db", db, "--profile", COLLECTION]) == 1
    assert cli.main([*argv[:-1], str(tmp_path / "x.csv")]) == 1


# --- round trip through the importer ---------------------------------------------------------------------------
GB_ID = re.compile(r"^\d{17}[\dX]$")
NOT_COMPARED = ("序号", "特殊人群")  # 序号 is renumbered; 特殊人群: see test_round_trip_keeps_special_groups


def round_trip(demo: Services, tmp_path: Path) -> tuple[list[dict[str, object]], list[dict[str, object]], object]:
    """Export the demo registry unmasked, import that file into an empty database, export it again."""
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    ExportService(demo.database.path, demo.database.session_factory, profile_dirs=[BUILTIN_DIR]).export_residents(
        COLLECTION, first, masked=False
    )
    empty = open_database(tmp_path / "empty.sqlite3", exclusive=False)
    try:
        result = Services(empty).imports.run(first)
        again = ExportService(empty.path, empty.session_factory, profile_dirs=[BUILTIN_DIR])
        again.export_residents(COLLECTION, second, masked=False)
    finally:
        empty.close()
    return table(sheet_of(first)), table(sheet_of(second)), result


def comparable(rows: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: v for k, v in row.items() if k not in NOT_COMPARED} for row in rows]


def test_an_exported_file_reimports_into_an_empty_database_without_loss(demo: Services, tmp_path: Path) -> None:
    original, again, result = round_trip(demo, tmp_path)
    with_resident_ids = [row for row in original if GB_ID.match(str(row["公民身份号码"] or ""))]
    assert len(with_resident_ids) >= len(original) - 2 and len(original) > 80
    assert result.imported == len(again) >= len(with_resident_ids)
    assert comparable(with_resident_ids) == comparable(
        [row for row in again if GB_ID.match(str(row["公民身份号码"] or ""))]
    )
    assert {"王䶮", "𠮷安民"} <= {row["姓名"] for row in again}


def test_round_trip_keeps_special_groups(demo: Services, tmp_path: Path) -> None:
    original, again, _result = round_trip(demo, tmp_path)
    assert [row["特殊人群"] for row in original] == [row["特殊人群"] for row in again]


def test_round_trip_keeps_people_with_other_id_types(demo: Services, tmp_path: Path) -> None:
    original, again, result = round_trip(demo, tmp_path)
    assert not result.errors
    assert comparable(original) == comparable(again)
