"""Export profiles are data: every shipped one loads, and a broken file says in Chinese which file and what."""

from __future__ import annotations

from pathlib import Path

import pytest

from community_desk.db.repositories.registry import SORT_COLUMNS
from community_desk.domain import codes
from community_desk.exports.profiles import (
    BUILTIN_DIR,
    FIELDS,
    SORT_KEYS,
    ProfileError,
    UnknownProfile,
    find_profile,
    load_profile,
    load_profiles,
    parse_profile,
)

COLLECTION_HEADERS = [
    "序号", "网格", "楼栋", "单元", "房号", "户号", "姓名", "与户主关系", "性别", "民族", "出生日期", "公民身份号码",
    "户籍地址", "现住址", "联系电话", "政治面貌", "文化程度", "婚姻状况", "工作单位", "人员类别", "特殊人群", "备注",
]  # fmt: skip

MINIMAL = """
name = "测试名册"
[[columns]]
header = "姓名"
field = "name"
"""


def test_every_shipped_profile_loads_and_validates() -> None:
    profiles = load_profiles([BUILTIN_DIR])
    assert list(profiles) == ["居民信息采集表", "高龄老人名册", "低保名册", "残疾人名册", "流动人口登记表"]
    for path in sorted(BUILTIN_DIR.glob("*.toml")):
        assert load_profile(path).key in profiles


def test_collection_form_has_the_streets_columns_in_order() -> None:
    profile = load_profiles([BUILTIN_DIR])["居民信息采集表"]
    assert profile.headers == COLLECTION_HEADERS
    assert profile.title == "{community}{grid}居民信息采集表"
    assert profile.special_group is None and profile.category is None
    coded = {c.header: c.choices() for c in profile.columns if c.choices()}
    assert set(coded) == {"与户主关系", "性别", "民族", "政治面貌", "文化程度", "婚姻状况", "人员类别"}
    assert coded["民族"] == tuple(codes.ETHNICITIES.names())
    masks = {c.header: c.mask for c in profile.columns if c.mask != "none"}
    assert masks == {"公民身份号码": "id", "联系电话": "phone"}


def test_selections_of_the_rosters() -> None:
    profiles = load_profiles([BUILTIN_DIR])
    assert profiles["低保名册"].special_group == "低保"
    assert profiles["残疾人名册"].special_group == "残疾"
    assert profiles["高龄老人名册"].special_group == "高龄80"
    assert profiles["流动人口登记表"].category == "2"
    disabled = [c.field for c in profiles["残疾人名册"].columns]
    assert {"disability_category", "disability_grade", "tag_start"} <= set(disabled)
    assert {"age", "elderly_band"} <= {c.field for c in profiles["高龄老人名册"].columns}
    assert {"arrived_on", "stay_reason", "hukou_address"} <= {c.field for c in profiles["流动人口登记表"].columns}


def test_sort_keys_are_registry_sorts() -> None:
    assert set(SORT_KEYS) <= set(SORT_COLUMNS)


def test_find_by_name_stem_or_path(tmp_path: Path) -> None:
    profiles = load_profiles([BUILTIN_DIR])
    assert find_profile("居民信息采集表", profiles).stem == "resident_info"
    assert find_profile("elderly", profiles).key == "高龄老人名册"
    custom = tmp_path / "custom.toml"
    custom.write_text(MINIMAL, encoding="utf-8")
    assert find_profile(str(custom), profiles).key == "测试名册"
    with pytest.raises(UnknownProfile, match="没有名为“不存在”的导出方案；可用的方案：居民信息采集表"):
        find_profile("不存在", profiles)


def test_a_later_folder_replaces_a_profile_of_the_same_name(tmp_path: Path) -> None:
    (tmp_path / "mine.toml").write_text(MINIMAL.replace("测试名册", "低保名册"), encoding="utf-8")
    profiles = load_profiles([BUILTIN_DIR, tmp_path, tmp_path / "missing"])
    assert profiles["低保名册"].headers == ["姓名"]
    assert len(profiles) == 5


def test_two_files_with_one_name_in_a_folder_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "b.toml").write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(ProfileError, match=r"“b\.toml”有误：方案名称“测试名册”与“a\.toml”重复"):
        load_profiles([tmp_path])


def test_defaults_fill_headers_widths_and_subtitle() -> None:
    profile = parse_profile(Path("x.toml"), '[[columns]]\nfield = "phone"\n[[columns]]\nfield = "gender"\n')
    phone, gender = profile.columns
    assert profile.key == "x" and profile.sheet == "x"
    assert (phone.header, phone.kind, phone.mask, phone.width) == ("联系电话", "text", "phone", FIELDS["phone"].width)
    assert (gender.code_style, gender.dropdown, gender.render_code("2")) == ("name", True, "女")
    assert profile.subtitle[0] == "填报单位：{community}居委会"


def test_code_styles_render_codes_and_drop_down_choices_alike() -> None:
    text = '[[columns]]\nfield = "ethnicity"\ncodes = "code_name"\n[[columns]]\nfield = "gender"\ncodes = "code"\n'
    ethnicity, gender = parse_profile(Path("x.toml"), text).columns
    assert ethnicity.render_code("01") == "01 汉族" and ethnicity.choices()[0] == "01 汉族"
    assert gender.render_code("1") == "1" and gender.choices() == ("0", "1", "2", "9")


BROKEN = [
    ("name = \n", "不是有效的 TOML"),
    ("[[columns]]\nheader = \"x\"\n", "第1列缺少“field”"),
    ("[[columns]]\nfield = \"shoe_size\"\n", "第1列的字段“shoe_size”不存在"),
    ("[[columns]]\nfield = \"id_number\"\nmask = \"none\"\n", "第1列（id_number）不能关闭脱敏"),
    ("[[columns]]\nfield = \"name\"\ncodes = \"name\"\n", "第1列（name）不是代码字段"),
    ("[[columns]]\nfield = \"gender\"\ncodes = \"拼音\"\n", "“codes”只能是 name、code、code_name"),
    ("[[columns]]\nfield = \"name\"\nwidth = \"宽\"\n", "第1列（name）“width”应为数字"),
    ("[[columns]]\nfield = \"name\"\nwidth = 500\n", "列宽应在1到100之间"),
    ("[[columns]]\nfield = \"name\"\ncolour = \"red\"\n", "第1列有未知的设置“colour”"),
    ("[[columns]]\nfield = \"tag_start\"\n", "需要“tag”"),
    ("[[columns]]\nfield = \"phone\"\ntext = false\n", "号码必须以文本保存"),
    ("title = \"{community}{street}\"\n[[columns]]\nfield = \"name\"\n", "未知的占位符 {street}"),
    ("title = \"{community\"\n[[columns]]\nfield = \"name\"\n", "花括号不成对"),
    ("sheet = \"a/b\"\n[[columns]]\nfield = \"name\"\n", "工作表名称"),
    ("sort = \"shoe_size\"\n[[columns]]\nfield = \"name\"\n", "“sort”只能是"),
    ("name = \"x\"\n", "没有任何列"),
    ("colour = 1\n[[columns]]\nfield = \"name\"\n", "有未知的设置“colour”"),
    ("[select]\nspecial_group = \"富人\"\n[[columns]]\nfield = \"name\"\n", "特殊人群“富人”不存在"),
    ("[select]\nelderly = 85\n[[columns]]\nfield = \"name\"\n", "“elderly”只能是 80、90 或 100"),
    ("[select]\nelderly = 80\nspecial_group = \"低保\"\n[[columns]]\nfield = \"name\"\n", "其中之一"),
    ("[select]\ncategory = \"外星人\"\n[[columns]]\nfield = \"name\"\n", "人员类别“外星人”不存在"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "problem"), BROKEN)
def test_broken_profile_names_the_file_and_the_problem(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "街道新表.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    message = str(caught.value)
    assert message.startswith("导出方案文件“街道新表.toml”有误：")
    assert problem in message


def test_a_file_not_in_utf8_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "gbk.toml"
    path.write_bytes(MINIMAL.encode("gbk"))
    with pytest.raises(ProfileError, match=r"“gbk\.toml”有误：文件应以 UTF-8 编码保存"):
        load_profile(path)
