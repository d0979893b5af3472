"""National code lists: uniqueness, standard codes, and what importers can look up."""

import pytest

from community_desk.domain import codes
from community_desk.domain.codes import (
    CENSUS_RELATIONS,
    DISABILITY_CATEGORIES,
    DISABILITY_GRADES,
    EDUCATION_LEVELS,
    ETHNICITIES,
    GENDERS,
    HEAD_RELATION,
    ID_TYPES,
    MARITAL_STATUSES,
    MILITARY_SERVICES,
    PERSON_CATEGORIES,
    POLITICAL_STATUSES,
    RELATIONS,
    RESIDENCE_NATURES,
    SENSITIVE_GROUPS,
    SPECIAL_GROUPS,
    Code,
    CodeList,
    census_relation_of,
    relation_class,
    relation_code,
)
from community_desk.domain.idcard import IdType

ALL_LISTS = [value for value in vars(codes).values() if isinstance(value, CodeList)]


def test_module_exposes_every_list() -> None:
    expected = {
        RELATIONS, GENDERS, ETHNICITIES, MARITAL_STATUSES, POLITICAL_STATUSES, EDUCATION_LEVELS,
        PERSON_CATEGORIES, RESIDENCE_NATURES, MILITARY_SERVICES, SPECIAL_GROUPS, DISABILITY_CATEGORIES,
        DISABILITY_GRADES, ID_TYPES,
    }  # fmt: skip
    assert set(map(id, ALL_LISTS)) == set(map(id, expected))


@pytest.mark.parametrize("code_list", ALL_LISTS, ids=lambda c: c.title)
def test_codes_and_names_are_unique(code_list: CodeList) -> None:
    assert len(set(code_list.codes())) == len(code_list)
    assert len(set(code_list.names())) == len(code_list)


@pytest.mark.parametrize("code_list", ALL_LISTS, ids=lambda c: c.title)
def test_every_code_and_name_looks_itself_up(code_list: CodeList) -> None:
    for item in code_list:
        assert code_list.code_of(item.code) == item.code
        assert code_list.code_of(item.name) == item.code
        assert code_list.name_of(item.code) == item.name


# --- CodeList behaviour ----------------------------------------------------------------------------


def test_code_list_keeps_order_and_yields_codes() -> None:
    colours = CodeList("颜色", [("2", "红"), ("1", "蓝")])
    assert list(colours) == [Code("2", "红"), Code("1", "蓝")]
    assert colours.codes() == ["2", "1"]
    assert colours.names() == ["红", "蓝"]
    assert "2" in colours and "红" not in colours and 2 not in colours


def test_name_of_unknown_code_returns_the_code() -> None:
    assert ETHNICITIES.name_of("77") == "77"


def test_name_of_blank_is_empty() -> None:
    assert ETHNICITIES.name_of(None) == ""
    assert ETHNICITIES.name_of("") == ""


def test_code_of_unknown_text_is_none() -> None:
    assert ETHNICITIES.code_of("火星族") is None
    assert ETHNICITIES.code_of("") is None
    assert ETHNICITIES.code_of("   ") is None


def test_code_of_strips_spaces_and_full_width_forms() -> None:
    assert ETHNICITIES.code_of(" 维吾尔 族 ") == "05"
    assert ETHNICITIES.code_of("０１") == "01"


def test_code_of_pads_codes_excel_turned_into_numbers() -> None:
    assert ETHNICITIES.code_of("1") == "01"
    assert POLITICAL_STATUSES.code_of("3") == "03"


def test_code_of_accepts_code_followed_by_name() -> None:
    assert ETHNICITIES.code_of("01 汉族") == "01"
    assert ETHNICITIES.code_of("05-维吾尔族") == "05"


def test_code_of_rejects_code_with_someone_elses_name() -> None:
    assert ETHNICITIES.code_of("01 回族") is None


def test_code_list_refuses_duplicate_codes() -> None:
    with pytest.raises(ValueError):
        CodeList("坏", [("1", "甲"), ("1", "乙")])


def test_code_list_refuses_alias_that_changes_a_name() -> None:
    with pytest.raises(ValueError):
        CodeList("坏", [("1", "甲"), ("2", "乙")], aliases={"乙": "1"})


def test_code_list_refuses_alias_to_unknown_code() -> None:
    with pytest.raises(ValueError):
        CodeList("坏", [("1", "甲")], aliases={"丙": "3"})


# --- 民族 ------------------------------------------------------------------------------------------


def test_56_ethnic_groups_in_gb3304_order() -> None:
    groups = [item for item in ETHNICITIES if item.code not in ("97", "98")]
    assert len(groups) == 56
    assert [item.code for item in groups] == [f"{n:02d}" for n in range(1, 57)]
    assert groups[0] == Code("01", "汉族")
    assert groups[-1] == Code("56", "基诺族")
    assert all(item.name.endswith("族") for item in groups)


@pytest.mark.parametrize(
    ("code", "name"),
    [("05", "维吾尔族"), ("10", "朝鲜族"), ("15", "土家族"), ("23", "高山族"), ("29", "柯尔克孜族"),
     ("37", "仡佬族"), ("43", "乌孜别克族"), ("52", "鄂伦春族"), ("55", "珞巴族")],
)  # fmt: skip
def test_ethnic_codes_match_appendix(code: str, name: str) -> None:
    assert ETHNICITIES.name_of(code) == name


def test_other_and_foreign_origin_ethnicity_codes() -> None:
    assert ETHNICITIES.name_of("97") == "其他"
    assert ETHNICITIES.name_of("98") == "外国血统中国籍人士"


def test_every_ethnic_short_form_is_an_alias() -> None:
    for item in ETHNICITIES:
        if item.code not in ("97", "98"):
            assert ETHNICITIES.code_of(item.name.removesuffix("族")) == item.code
    assert ETHNICITIES.code_of("汉") == "01"
    assert ETHNICITIES.code_of("维吾尔") == "05"
    assert ETHNICITIES.code_of("土") == "30"
    assert ETHNICITIES.code_of("土家") == "15"


# --- 与户主关系 ----------------------------------------------------------------------------------------


def test_head_relation_is_02_shown_as_huzhu() -> None:
    assert HEAD_RELATION == "02"
    assert RELATIONS.name_of(HEAD_RELATION) == "户主"


@pytest.mark.parametrize(
    ("code", "name"),
    [("10", "配偶"), ("20", "子"), ("30", "女"), ("40", "孙子女"), ("50", "父母"), ("60", "祖父母"),
     ("70", "兄弟姐妹"), ("80", "其他亲属"), ("99", "非亲属"), ("11", "夫"), ("12", "妻"), ("51", "父亲"),
     ("52", "母亲")],
)  # fmt: skip
def test_relation_codes_follow_gbt_4761(code: str, name: str) -> None:
    assert RELATIONS.name_of(code) == name


@pytest.mark.parametrize(
    ("census", "expected"),
    [("0", "02"), ("1", "10"), ("2", "20"), ("3", "50"), ("4", "50"), ("5", "60"), ("6", "40"), ("7", "70"),
     ("8", "80"), ("户主", "02"), ("子女", "20"), ("岳父母或公婆", "50"), ("孙子女", "40"), ("其他", "80")],
)  # fmt: skip
def test_census_relation_codes_and_names_map_to_gbt(census: str, expected: str) -> None:
    assert CENSUS_RELATIONS[census] == expected
    assert relation_code(census) == expected


def test_census_child_becomes_daughter_when_sex_is_female() -> None:
    assert relation_code("2", sex="2") == "30"
    assert relation_code("子女", sex="女") == "30"
    assert relation_code("子女", sex="1") == "20"


def test_single_digit_is_census_but_two_digits_are_gbt() -> None:
    assert relation_code("2") == "20"  # census 子女
    assert relation_code("02") == "02"  # GB/T 户主
    assert relation_code("10") == "10"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("本人", "02"), ("户主", "02"), ("儿子", "20"), ("女儿", "30"), ("妻子", "12"), ("丈夫", "11"),
     ("配偶", "10"), ("爸爸", "51"), ("外婆", "64"), ("租客", "99"), (" 长 女 ", "30")],
)  # fmt: skip
def test_relation_code_accepts_everyday_words(text: str, expected: str) -> None:
    assert relation_code(text) == expected


def test_relation_code_of_unknown_text_is_none() -> None:
    assert relation_code("邻居家的猫") is None
    assert relation_code("") is None


def test_wife_and_husband_count_as_spouse() -> None:
    assert relation_class("12") == "10"
    assert relation_class("11") == "10"
    assert relation_class("02") == "02"
    assert relation_class("93") == "80"
    assert relation_class("99") == "99"


def test_relations_convert_back_to_census_form() -> None:
    assert census_relation_of("02") == "0"
    assert census_relation_of("12") == "1"
    assert census_relation_of("30") == "2"
    assert census_relation_of("55") == "4"
    assert census_relation_of("51") == "3"
    assert census_relation_of("41") == "6"
    assert census_relation_of("73") == "7"
    assert census_relation_of("28") == "8"
    assert census_relation_of("99") == "8"


# --- the other lists --------------------------------------------------------------------------------


def test_gender_codes_and_aliases() -> None:
    assert GENDERS.codes() == ["0", "1", "2", "9"]
    assert GENDERS.code_of("男性") == "1"
    assert GENDERS.code_of("女") == "2"


def test_marital_status_codes() -> None:
    assert MARITAL_STATUSES.codes() == ["10", "20", "21", "22", "23", "30", "40", "90"]
    assert MARITAL_STATUSES.code_of("离异") == "40"


def test_political_status_codes_and_short_forms() -> None:
    assert POLITICAL_STATUSES.name_of("01") == "中共党员"
    assert POLITICAL_STATUSES.name_of("13") == "群众"
    assert POLITICAL_STATUSES.code_of("党员") == "01"
    assert POLITICAL_STATUSES.code_of("团员") == "03"
    assert POLITICAL_STATUSES.code_of("中国共产主义青年团团员") == "03"
    assert POLITICAL_STATUSES.code_of("九三学社") == "10"


def test_education_levels_use_gbt_4658_codes() -> None:
    assert EDUCATION_LEVELS.codes() == ["10", "20", "30", "40", "60", "70", "80", "90"]
    assert EDUCATION_LEVELS.name_of("60") == "高中"
    assert EDUCATION_LEVELS.code_of("本科") == "20"
    assert EDUCATION_LEVELS.code_of("大专") == "30"
    assert EDUCATION_LEVELS.code_of("中专") == "40"
    assert EDUCATION_LEVELS.code_of("技工学校") == "40"
    assert EDUCATION_LEVELS.code_of("文盲") == "90"


def test_person_categories_accept_short_forms() -> None:
    assert PERSON_CATEGORIES.name_of("3") == "人户分离（户在人不在）"
    assert PERSON_CATEGORIES.code_of("人在户不在") == "4"
    assert PERSON_CATEGORIES.code_of("人户分离(户在人不在)") == "3"
    assert PERSON_CATEGORIES.code_of("流动") == "2"


def test_residence_natures() -> None:
    assert RESIDENCE_NATURES.names() == ["自有", "租住", "借住", "单位宿舍"]
    assert RESIDENCE_NATURES.code_of("租房") == "2"


def test_military_service_follows_gbt_2261_6() -> None:
    assert MILITARY_SERVICES.name_of("1") == "退出现役"
    assert MILITARY_SERVICES.code_of("退伍") == "1"


def test_special_groups_are_stored_by_name_and_exclude_derived_elderly() -> None:
    assert len(SPECIAL_GROUPS) == 14
    assert all(item.code == item.name for item in SPECIAL_GROUPS)
    assert "高龄" not in SPECIAL_GROUPS
    assert SPECIAL_GROUPS.code_of("低保户") == "低保"


def test_sensitive_groups_are_special_groups() -> None:
    assert frozenset({"社区矫正", "安置帮教"}) == SENSITIVE_GROUPS
    assert all(group in SPECIAL_GROUPS for group in SENSITIVE_GROUPS)


def test_disability_categories_and_grades() -> None:
    assert DISABILITY_CATEGORIES.names() == ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"]
    assert DISABILITY_CATEGORIES.code_of("肢体残疾") == "肢体"
    assert DISABILITY_CATEGORIES.code_of("4") == "肢体"
    assert DISABILITY_GRADES.name_of("2") == "二级"
    assert DISABILITY_GRADES.code_of("三级") == "3"


def test_id_types_cover_the_enum() -> None:
    assert ID_TYPES.codes() == [kind.value for kind in IdType]
    assert ID_TYPES.code_of("身份证") == "居民身份证"
    assert ID_TYPES.code_of("永居证") == "外国人永久居留身份证"
