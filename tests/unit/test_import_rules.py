"""Reading a hand-kept 台账 cell by cell: headers, dates, ID cells Excel has mangled, codes, addresses."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from community_desk.domain.idcard import InvalidIdNumber, check_character
from community_desk.domain.import_rules import (
    UNPLACED_BUILDING,
    UNPLACED_GRID,
    RowReader,
    field_for_header,
    find_header_row,
    guess_mapping,
    household_key,
    is_footer,
    merge_sub_header,
    placement,
    relation_of,
    relation_scheme,
    split_address,
)
from community_desk.domain.import_values import (
    CellProblem,
    SpecialGroups,
    cell_text,
    clean_key,
    clean_name,
    id_text,
    parse_date,
    read_special_groups,
)

TODAY = date(2026, 11, 23)
ID = "11010519900307002" + check_character("11010519900307002")  # female, 1990-03-07
PERMIT = "81000019900307002" + check_character("81000019900307002")  # 港澳台居民居住证, same person


@pytest.mark.parametrize(
    ("header", "key"),
    [
        ("姓  名", "name"), ("名字", "name"), ("公民身份号码", "id_number"), ("身份证号码（必填）", "id_number"),
        ("*证件号码", "id_number"), ("与户主关系代码", "relation"), ("关系", "relation"), ("出生年月", "birth_date"),
        ("手机号", "phone"), ("户编号", "household_no"), ("所属网格", "grid"), ("小区楼栋", "building"),
        ("单元号", "unit"), ("门牌号", "room"), ("室", "room"), ("居住地址", "address"), ("户籍地", "hukou_address"),
        ("学历", "education"), ("工作单位及职务", "employer"), ("人口类型", "category"), ("来京日期", "arrived_on"),
        ("入户日期", "moved_in_on"), ("曾用名", "former_name"), ("证件类型", "id_type"), ("备注：", "note"),
        ("特殊人群", "special_groups"), ("重点人群", "special_groups"), ("人群类别", "special_groups"),
        ("特殊群体", "special_groups"),
        ("序号", None), ("户主姓名", None), ("", None), (None, None),
    ],
)  # fmt: skip
def test_headers_are_recognised_by_their_usual_names(header: object, key: str | None) -> None:
    assert field_for_header(header) == key


def test_header_row_is_the_one_naming_most_columns() -> None:
    rows = [
        ["某社区居民台账"],
        ["填报单位：某社区", "", "日期"],
        [],
        ["序号", "姓名", "身份证号", "关系"],
        ["1", "张三"],
    ]
    assert find_header_row(rows) == 3
    assert find_header_row([["姓名"], ["张三"]]) is None  # one known column is not a header
    assert guess_mapping(["姓名", "电话", "手机", "序号"]) == {0: "name", 1: "phone", 2: None, 3: None}


def test_two_row_header_takes_the_names_under_a_merged_cell() -> None:
    upper = ["姓名", "现住址", "", "", "电话"]
    lower = ["", "楼栋", "单元", "房号", ""]
    assert merge_sub_header(upper, lower) == ["姓名", "楼栋", "单元", "房号", "电话"]
    assert merge_sub_header(upper, ["张三", "3", "2", "501", ""]) is None  # a data row, not a sub-header


@pytest.mark.parametrize(
    "cell",
    ["1990.3.7", "1990-03-07", "19900307", "1990年3月7日", "1990/3/7", "１９９０．３．７", " 1990 年 3 月 7 日 ",
     "1990-03-07 00:00:00", 19900307.0, 32939.0, date(1990, 3, 7), datetime(1990, 3, 7, 8, 30)],
)  # fmt: skip
def test_every_date_spelling_reads_the_same(cell: object) -> None:
    assert parse_date(cell, today=TODAY) == (date(1990, 3, 7), False)


def test_year_and_month_only_is_a_partial_date() -> None:
    assert parse_date("1990.03", today=TODAY) == (date(1990, 3, 1), True)
    assert parse_date(199003.0, today=TODAY) == (date(1990, 3, 1), True)


@pytest.mark.parametrize(
    ("cell", "reason"),
    [("1990.2.30", "日期“1990.2.30”不存在"), ("90.3.7", "年份应写4位"), ("1990", "只有年份"), (1990.0, "只有年份"),
     ("三月七日", "无法识别的日期"), (99999999.5, "无法识别的日期")],
)  # fmt: skip
def test_unreadable_dates_say_why(cell: object, reason: str) -> None:
    with pytest.raises(CellProblem, match=reason):
        parse_date(cell, today=TODAY)


def test_id_cells_stored_as_numbers() -> None:
    assert id_text(110105491231002.0) == "110105491231002"  # ≤15 digits: Excel kept it exactly
    assert id_text(" 11010519491231002x ") == "11010519491231002x"  # parse_id_number upper-cases later
    for cell, shown in ((1.101051990030701e17, "1.10105E+17"), ("1.10101E+17", "1.10101E+17")):
        with pytest.raises(InvalidIdNumber) as caught:
            id_text(cell)
        assert caught.value.reason == f"以数字形式存储的18位号码已丢失末尾数字（{shown}），无法恢复，请重新录入"


def test_cell_text_shows_what_the_clerk_saw() -> None:
    assert [cell_text(v) for v in (None, 501.0, 1.5, 1.101011990030712e17, date(1990, 3, 7), True)] == [
        "", "501", "1.5", "1.10101E+17", "1990-03-07", "TRUE"
    ]  # fmt: skip
    assert (
        cell_text(datetime(1990, 3, 7)) == "1990-03-07" and cell_text(datetime(1990, 3, 7, 8, 5)) == "1990-03-07 08:05"
    )


def test_names_and_keys_are_tidied_but_rare_characters_kept() -> None:
    assert clean_name("张  三") == "张三" and clean_name("王\t䶮 ") == "王䶮" and clean_name("𠮷田") == "𠮷田"
    assert clean_name("  John   Smith ") == "John Smith"
    assert clean_key(" ３ 号楼 ") == "3号楼" and clean_key(501.0) == "501"


def test_footer_rows() -> None:
    assert is_footer(["合计", "17人"]) and is_footer([None, "填表人：李文书"]) and is_footer(["注：以上为户籍人口"])
    assert not is_footer([1.0, "张三", "户主"])


def test_relation_codes_from_either_scheme() -> None:
    assert relation_scheme(["户主", 1.0, "2"]) == "census" and relation_scheme(["02", "10"]) == "gb"
    assert relation_of("0", None, "census") == "02" and relation_of("2", "2", "census") == "30"
    assert relation_of("2", None, "gb") == "02"  # 02 户主 that Excel turned into 2
    assert relation_of("10", None, "gb") == "10" and relation_of("儿子", "1", "census") == "20"
    assert relation_of("邻居家的猫", None, "census") is None


def test_addresses_are_placed_in_the_tree() -> None:
    assert split_address("幸福小区3号楼2单元501室") == ("幸福小区3号楼", "2", "501")
    assert split_address("幸福院12号") == ("幸福院", "", "12号")
    assert split_address("朝阳区某某路") is None
    assert placement({"building": "3", "unit": "2单元", "room": "501室"}) == (UNPLACED_GRID, "3号楼", "2", "501")
    assert placement({"address": "和平里"}) == (UNPLACED_GRID, UNPLACED_BUILDING, "", "")
    assert household_key({"household_no": "1001", "building": "3"}) == ("household_no", "1001")
    assert household_key({"grid": "一网格", "building": "3号楼", "unit": "2", "room": "501"}) == household_key(
        {"grid": "一网格", "building": "3", "unit": "2单元", "room": "501室"}
    )
    assert household_key({"address": "和平 里"}) == ("address", "和平里")
    assert household_key({}) is None


def reader(*keys: str | None) -> RowReader:
    return RowReader(dict(enumerate(keys)), [f"列{i}" for i in range(len(keys))], TODAY)


def test_row_reader_turns_cells_into_codes_and_dates() -> None:
    read = reader("name", "id_number", "relation", "ethnicity", "birth_date", "phone", "building", None)
    row = read.read(5, ["王 䶮", ID.lower(), "2", "汉", "1990.3", "１３９ 0013 9000/010-1234567", "3", "ignored"])
    assert row.problems == [] and row.warnings == []  # 出生年月 1990.3 took the day from the ID
    assert row.resident == {"name": "王䶮", "id_number": ID, "ethnicity": "01", "birth_date": date(1990, 3, 7),
                            "phone": "13900139000 010-1234567"}  # fmt: skip
    assert row.relation == "30" and row.place == {"building": "3"}  # census 2 子女 + a woman's ID → 女


def test_row_reader_collects_every_problem_of_a_row() -> None:
    read = reader("name", "id_number", "ethnicity", "birth_date", "gender")
    row = read.read(9, ["", ID[:-1] + "0", "火星", "1990.2.30", "男"])
    assert [column for column, _ in row.problems] == ["列0", "列1", "列2", "列3"]
    assert row.problems[0] == ("列0", "不能为空") and "校验位应为" in row.problems[1][1]
    assert "无法识别“火星”" in row.problems[2][1] and "不存在" in row.problems[3][1]


def test_placeholders_and_blank_cells_are_absent_values() -> None:
    read = reader("name", "id_number", "phone", "ethnicity", "religion")
    row = read.read(4, ["张三", "/", "无", "—", "无"])
    assert row.problems == [] and row.resident == {"name": "张三", "religion": "无"}  # 无 is a real 宗教信仰
    assert read.is_empty([None, "", "  ", None, ""]) and not read.is_empty(["", "", "", "", "佛教"])


@pytest.mark.parametrize(
    ("cell", "tags", "unknown"),
    [
        ("低保、残疾（肢体 二级）、党员", (("低保", ""), ("残疾", "肢体 二级"), ("党员", "")), ()),
        ("高龄90+、空巢老人", (("空巢老人", ""),), ()),  # what the export writes: 高龄 is derived, never stored
        ("低保户，残疾人(视力一级)；党员 低保", (("低保", ""), ("残疾", "视力一级"), ("党员", "")), ()),
        ("社区矫正/火星人", (("社区矫正", ""),), ("火星人",)),
        ("无", (), ()),
    ],
)  # fmt: skip
def test_special_groups_cell(cell: str, tags: tuple, unknown: tuple) -> None:
    assert read_special_groups(cell) == SpecialGroups(tags, unknown)


def test_row_reader_keeps_tags_apart_and_warns_about_unknown_groups() -> None:
    read = reader("name", "special_groups")
    row = read.read(6, ["张三", "高龄80+、低保、独居、外星人"])
    assert row.problems == [] and row.resident == {"name": "张三"}
    assert row.tags == (("低保", ""), ("独居老人", ""))
    assert row.warnings == ["列1“外星人”无法识别，未登记"]


# Rule for a number with no 证件类型 (column absent or cell blank): see idcard.infer_id_type.
@pytest.mark.parametrize(
    ("number", "stored"),
    [
        ("e1234 5678", {"id_type": "护照", "id_number": "E12345678"}),
        ("H12345678", {"id_type": "其他证件", "id_number": "H12345678"}),
        (PERMIT, {"id_type": "港澳台居民居住证", "id_number": PERMIT}),
        (ID, {"id_number": ID}),
    ],
)  # fmt: skip
def test_an_unlabelled_number_is_stored_as_the_type_its_shape_shows(number: str, stored: dict[str, str]) -> None:
    for row in (
        reader("name", "id_number").read(4, ["甲", number]),
        reader("name", "id_type", "id_number").read(4, ["甲", " ", number]),
    ):
        assert row.problems == [] and row.resident == {"name": "甲", **stored}


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (ID[:-1], "长度应为18位，实际为17位"),  # a mistyped ID never slips through as 其他证件
        ("ABCDEFGHIJKLMNO", "15位号码只能包含数字（如为护照或其他证件，请增加“证件类型”列注明）"),
        (ID[:-1] + "A", "第18位只能是数字或X"),
    ],
)
def test_an_unlabelled_number_that_may_be_a_mistyped_id_is_refused(number: str, reason: str) -> None:
    assert reader("name", "id_number").read(4, ["甲", number]).problems == [("列1", reason)]


def test_the_clerks_own_id_type_wins_over_the_shape() -> None:
    read = reader("name", "id_type", "id_number")
    assert read.read(4, ["甲", "居民身份证", "E12345678"]).problems == [("列2", "长度应为18位，实际为9位")]
    assert read.read(5, ["乙", "其他证件", "E12345678"]).resident["id_type"] == "其他证件"
