"""GB 11643-1999 parsing, the other ID types, mismatch warnings and masking."""

from datetime import date

import pytest

from community_desk.domain.idcard import (
    PROVINCE_CODES,
    IdInfo,
    IdType,
    InvalidIdNumber,
    check_character,
    describe_mismatch,
    infer_id_type,
    looks_like_passport,
    mask_id_number,
    mask_phone,
    parse_id_number,
    upgrade_15_to_18,
)

TODAY = date(2025, 6, 1)
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def expected_check(first17: str) -> str:
    """Independent MOD 11-2 so the tests do not trust the code under test."""
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True)) % 11]


def valid(first17: str) -> str:
    return first17 + expected_check(first17)


def wrong_check(first17: str) -> str:
    right = expected_check(first17)
    return first17 + ("0" if right != "0" else "1")


def reason_of(raw: str, id_type: IdType | str | None = None) -> str:
    with pytest.raises(InvalidIdNumber) as caught:
        parse_id_number(raw, id_type, today=TODAY)
    return caught.value.reason


# --- check character and the published examples -------------------------------------------------------


def test_check_character_of_gb11643_example_is_x() -> None:
    assert check_character("11010519491231002") == "X"


def test_check_character_matches_independent_computation() -> None:
    for first17 in ("44030819990110151", "11010219861126704", "33072619650704001", "81000019940823002"):
        assert check_character(first17) == expected_check(first17)


def test_check_character_refuses_non_digits() -> None:
    with pytest.raises(ValueError):
        check_character("1101051949123100A")


def test_parses_standard_example_number() -> None:
    info = parse_id_number("11010519491231002X", today=TODAY)
    assert info == IdInfo(
        number="11010519491231002X",
        id_type=IdType.RESIDENT,
        birth_date=date(1949, 12, 31),
        sex="2",
        address_code="110105",
        upgraded_from=None,
    )


def test_odd_order_digit_means_male() -> None:
    info = parse_id_number(valid("44030819990110151"), today=TODAY)
    assert info.sex == "1"
    assert info.birth_date == date(1999, 1, 10)


def test_accepts_every_province_code_in_the_appendix() -> None:
    for code in PROVINCE_CODES:
        if code in ("81", "82"):
            continue  # those are residence permits, tested below
        info = parse_id_number(valid(f"{code}0101" + "19800101" + "001"), today=TODAY)
        assert info.id_type is IdType.RESIDENT
        assert info.address_code[:2] == code


def test_does_not_validate_county_codes() -> None:
    # 110103 (崇文区) was abolished in 2010 but stays valid on issued cards.
    assert parse_id_number(valid("11010319700101001"), today=TODAY).address_code == "110103"


# --- normalisation ----------------------------------------------------------------------------------


def test_lowercase_x_is_normalised() -> None:
    assert parse_id_number("11010519491231002x", today=TODAY).number == "11010519491231002X"


def test_full_width_digits_and_x_are_normalised() -> None:
    assert parse_id_number("１１０１０５１９４９１２３１００２ｘ", today=TODAY).number == "11010519491231002X"


def test_spaces_and_tabs_inside_are_removed() -> None:
    raw = " 110105 19491231\t002X \u3000"
    assert parse_id_number(raw, today=TODAY).number == "11010519491231002X"


# --- rejections, each with its own message ----------------------------------------------------------


def test_rejects_empty_number() -> None:
    assert reason_of("  ") == "不能为空"


def test_rejects_wrong_length() -> None:
    assert reason_of("1101051949123100") == "长度应为18位，实际为16位"


def test_rejects_letter_among_first_17() -> None:
    assert reason_of("1101051949A231002X") == "前17位只能是数字"


def test_rejects_letter_other_than_x_in_last_place() -> None:
    assert reason_of("11010519491231002Y") == "第18位只能是数字或X"


def test_rejects_non_digit_in_15_digit_number() -> None:
    assert reason_of("11010549123100A") == "15位号码只能包含数字"


def test_rejects_unknown_province_code() -> None:
    assert reason_of(valid("10010519491231002")) == "省级行政区划代码10不存在"


def test_rejects_impossible_date() -> None:
    assert reason_of(valid("11010520230230001")) == "出生日期20230230不存在"


def test_rejects_date_in_the_future() -> None:
    assert reason_of(valid("11010520250602001")) == "出生日期20250602晚于今天"


def test_accepts_birth_today() -> None:
    assert parse_id_number(valid("11010520250601001"), today=TODAY).birth_date == TODAY


def test_accepts_29_february_in_leap_year() -> None:
    assert parse_id_number(valid("11010520000229001"), today=TODAY).birth_date == date(2000, 2, 29)


def test_rejects_29_february_in_common_year() -> None:
    assert reason_of(valid("11010519000229001")) == "出生日期19000229不存在"


def test_rejects_wrong_check_character() -> None:
    assert reason_of("110105194912310021") == "校验位应为X"


def test_wrong_check_message_names_the_right_character() -> None:
    first17 = "44030819990110151"
    assert reason_of(wrong_check(first17)) == f"校验位应为{expected_check(first17)}"


def test_error_text_includes_row_and_field() -> None:
    error = InvalidIdNumber("校验位应为X", row=7)
    assert str(error) == "第7行 公民身份号码 校验位应为X"
    assert str(InvalidIdNumber("校验位应为X", field="身份证号")) == "身份证号 校验位应为X"
    assert isinstance(error, ValueError)


# --- 15-digit legacy numbers --------------------------------------------------------------------------


def test_upgrades_15_digit_number() -> None:
    assert upgrade_15_to_18("110105491231002") == "11010519491231002X"


def test_parse_upgrades_15_digit_number_and_keeps_original() -> None:
    info = parse_id_number("610104620927690", today=TODAY)
    assert info.number == valid("61010419620927690")
    assert info.upgraded_from == "610104620927690"
    assert info.birth_date == date(1962, 9, 27)
    assert info.sex == "2"


def test_rejects_impossible_date_in_15_digit_number() -> None:
    assert reason_of("110105490230002") == "出生日期19490230不存在"


def test_upgrade_refuses_wrong_length() -> None:
    with pytest.raises(InvalidIdNumber):
        upgrade_15_to_18("11010549123100")


# --- 港澳台居民居住证 ------------------------------------------------------------------------------------


@pytest.mark.parametrize("prefix", ["810000", "820000", "830000"])
def test_detects_residence_permits(prefix: str) -> None:
    info = parse_id_number(valid(prefix + "19940823002"), today=TODAY)
    assert info.id_type is IdType.HMT_PERMIT
    assert info.address_code == prefix
    assert info.birth_date == date(1994, 8, 23)


def test_resident_type_with_permit_number_reports_permit() -> None:
    info = parse_id_number("830000199201300022", IdType.RESIDENT, today=TODAY)
    assert info.id_type is IdType.HMT_PERMIT


def test_rejects_permit_with_county_address_code() -> None:
    assert reason_of(valid("81010019940823002")) == "港澳台居民居住证号码的地址码应为810000、820000或830000"


def test_rejects_mainland_number_declared_as_permit() -> None:
    assert "810000" in reason_of("11010519491231002X", IdType.HMT_PERMIT)


def test_rejects_permit_with_wrong_check_character() -> None:
    assert reason_of(wrong_check("83000019920130002")) == f"校验位应为{expected_check('83000019920130002')}"


def test_rejects_15_digit_number_starting_83() -> None:
    assert "83" in reason_of("830000920130002")


# --- 外国人永久居留身份证 --------------------------------------------------------------------------------


def test_parses_2023_foreign_permanent_residence_card() -> None:
    number = valid("91184019850315001")  # 受理地 11, nationality 840, born 1985-03-15, order 001
    info = parse_id_number(number, today=TODAY)
    assert info.id_type is IdType.FOREIGN_PR
    assert info.birth_date == date(1985, 3, 15)
    assert info.sex == "1"


def test_rejects_2023_card_with_wrong_check_character() -> None:
    assert reason_of(wrong_check("91184019850315001")).startswith("校验位应为")


def test_rejects_2023_card_with_unknown_acceptance_province() -> None:
    assert reason_of(valid("99984019850315001")) == "受理地代码99不存在"


def test_rejects_foreign_card_not_starting_with_9() -> None:
    assert "9开头" in reason_of("11010519491231002X", IdType.FOREIGN_PR)


def test_accepts_2017_foreign_card_and_reads_unambiguous_birth_date() -> None:
    info = parse_id_number("usa110085031510", today=TODAY)
    assert info.number == "USA110085031510"
    assert info.id_type is IdType.FOREIGN_PR
    assert info.birth_date == date(1985, 3, 15)


def test_2017_foreign_card_leaves_ambiguous_century_unknown() -> None:
    assert parse_id_number("CAN310010031510", IdType.FOREIGN_PR, today=TODAY).birth_date is None


def test_rejects_2017_foreign_card_with_impossible_date() -> None:
    assert reason_of("USA110085023010") == "出生日期850230不存在"


# --- free-text types ---------------------------------------------------------------------------------


def test_passport_is_normalised_free_text() -> None:
    info = parse_id_number(" e 1234 5678 ", "护照", today=TODAY)
    assert info == IdInfo("E12345678", IdType.PASSPORT, None, None, None, None)


def test_rejects_passport_with_punctuation() -> None:
    assert reason_of("E1234#567", IdType.PASSPORT) == "护照号码只能包含字母和数字"


def test_rejects_empty_passport() -> None:
    with pytest.raises(InvalidIdNumber) as caught:
        parse_id_number(" ", IdType.PASSPORT)
    assert caught.value.reason == "不能为空"
    assert caught.value.field == "证件号码"


def test_other_id_type_keeps_chinese_text() -> None:
    info = parse_id_number("军字第 123456 号", IdType.OTHER, today=TODAY)
    assert info.number == "军字第123456号"
    assert info.birth_date is None


# --- the type of an unlabelled number (a 台账 without 证件类型) --------------------------------------------


@pytest.mark.parametrize(
    "number", ["E12345678", "EA1234567", "G12345678", "P1234567", " ｅ１２３４ ５６７８ ", "TK1234567"]
)
def test_passport_shaped_numbers_are_passports(number: str) -> None:
    assert looks_like_passport(number) and infer_id_type(number) is IdType.PASSPORT


@pytest.mark.parametrize("number", ["H12345678", "M1234567890", "C12345678", "T12345678", "1234567890(B)", "AB12-3456"])
def test_travel_permits_and_other_documents_are_other(number: str) -> None:
    assert infer_id_type(number) is IdType.OTHER


@pytest.mark.parametrize(
    "number",
    [
        valid("11010519491231002"),  # the usual case
        "11010519491231002",  # 17 digits: a mistyped ID, refused by parse_id_number, never free text
        "1101051949123",  # any all-digit length, including a bare 8-digit 台胞证 number
        "11010519491231002A",  # 18 characters with a stray letter: refused with 第18位只能是数字或X
        "ABCDEFGHIJKLMNO",  # 15 letters of junk: checked (and refused) as a 15-digit number
        "USA110085023010",  # 2017 永居证: still found by the 居民身份证 check
        "不详",  # no digits at all
        "AB1",  # too short to be any document
        "",
    ],
)
def test_anything_that_may_be_a_mistyped_id_stays_resident(number: str) -> None:
    assert infer_id_type(number) is IdType.RESIDENT
    assert not looks_like_passport(number)


def test_rejects_unknown_id_type_name() -> None:
    with pytest.raises(InvalidIdNumber) as caught:
        parse_id_number("11010519491231002X", "驾驶证")
    assert caught.value.field == "证件类型"


def test_accepts_id_type_alias() -> None:
    assert parse_id_number("11010519491231002X", "身份证", today=TODAY).id_type is IdType.RESIDENT


# --- mismatch warnings --------------------------------------------------------------------------------


def test_no_warning_when_entered_values_agree() -> None:
    info = parse_id_number("11010519491231002X", today=TODAY)
    assert describe_mismatch(info, birth_date=date(1949, 12, 31), sex="2") == []


def test_warns_about_different_birth_date() -> None:
    info = parse_id_number(valid("11010519900307001"), today=TODAY)
    warnings = describe_mismatch(info, birth_date=date(1990, 7, 3), sex=None)
    assert warnings == ["出生日期与身份证号不符（号码为1990-03-07）"]


def test_warns_about_different_sex() -> None:
    info = parse_id_number("11010519491231002X", today=TODAY)
    assert describe_mismatch(info, birth_date=None, sex="1") == ["性别与身份证号不符（号码为女）"]


def test_warns_about_both() -> None:
    info = parse_id_number("11010519491231002X", today=TODAY)
    assert len(describe_mismatch(info, birth_date=date(1950, 1, 1), sex="男")) == 2


def test_no_warning_when_sex_is_unstated_or_number_has_none() -> None:
    resident = parse_id_number("11010519491231002X", today=TODAY)
    assert describe_mismatch(resident, birth_date=None, sex="9") == []
    passport = parse_id_number("E12345678", IdType.PASSPORT)
    assert describe_mismatch(passport, birth_date=date(1990, 1, 1), sex="1") == []


# --- masking ------------------------------------------------------------------------------------------


def test_masks_18_char_number_keeping_first_6_and_last_4() -> None:
    assert mask_id_number("11010519491231002X") == "110105********002X"


def test_masks_middle_of_other_numbers_and_keeps_length() -> None:
    masked = mask_id_number("110105491231002")
    assert len(masked) == 15
    assert "491231" not in masked
    assert masked.startswith("110") and masked.endswith("002")
    assert mask_id_number("E12345678") == "E1*****78"
    assert mask_id_number("") == ""


def test_masks_mobile_phone() -> None:
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("138 1234 5678") == "138****5678"
    assert mask_phone("+86 138-1234-5678") == "138****5678"


def test_masks_landline_keeping_its_shape() -> None:
    assert mask_phone("010-12345678") == "010-****5678"
    assert mask_phone("12345678") == "****5678"


def test_masks_each_of_several_phones() -> None:
    assert mask_phone("13812345678/13987654321") == "138****5678/139****4321"


def test_phone_without_digits_is_left_alone() -> None:
    assert mask_phone("无") == "无"
    assert mask_phone("") == ""
