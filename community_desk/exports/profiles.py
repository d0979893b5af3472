"""Export profiles: which residents, which columns, how codes show, what is masked, and the title, as TOML data.

A new 街道 form is a new .toml file in exports/profiles/ (or in the user's export_profiles folder), not code;
resident_info.toml is the annotated example. Every file is checked when it is loaded, and a mistake is reported
in Chinese with the file's name, so a clerk who edits one learns what to fix instead of meeting a traceback.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from community_desk.domain import codes
from community_desk.domain.codes import CodeList
from community_desk.domain.idcard import mask_id_number, mask_phone
from community_desk.domain.residents import ELDERLY_THRESHOLDS, age_on, elderly_band

BUILTIN_DIR = Path(__file__).with_name("profiles")
PLACEHOLDERS = frozenset({"community", "grid", "today", "as_of"})
CODE_STYLES = ("name", "code", "code_name")
MASKS = ("id", "phone", "none")
KINDS = ("general", "text", "date", "number")
SORT_KEYS = ("address", "name", "birth_date", "age", "household_no", "grid", "id_number", "category")
SHEET_NAME_FORBIDDEN = set("[]:*?/\\")
ELDERLY_BANDS = {80: "80-89岁", 90: "90-99岁", 100: "100岁及以上"}
GROUP_ORDER = {name: i for i, name in enumerate(["高龄100+", "高龄90+", "高龄80+", *codes.SPECIAL_GROUPS.names()])}


@dataclass(frozen=True)
class Field:
    """What the export service can put in a column; the profile picks from these by key."""

    label: str
    width: float = 12
    kind: str = "general"  # general | text (stored as text, number format @) | date | number
    codes: CodeList | None = None
    mask: str = "none"  # id | phone | none: masked unless the export is explicitly unmasked
    uses_tag: bool = False  # reads a special-group tag: needs `tag` (or the profile's special_group)


FIELDS: dict[str, Field] = {
    "seq": Field("序号", 6, "number"),
    "grid": Field("网格", 12),
    "building": Field("楼栋", 10),
    "unit": Field("单元", 6),
    "room": Field("房号", 8),
    "household_no": Field("户号", 12, "text"),
    "address": Field("现住址", 26),
    "residence_nature": Field("居住性质", 10, codes=codes.RESIDENCE_NATURES),
    "head_name": Field("户主姓名", 10),
    "household_size": Field("家庭人口", 8, "number"),
    "name": Field("姓名", 10),
    "former_name": Field("曾用名", 10),
    "relation": Field("与户主关系", 10, codes=codes.RELATIONS),
    "gender": Field("性别", 6, codes=codes.GENDERS),
    "ethnicity": Field("民族", 10, codes=codes.ETHNICITIES),
    "birth_date": Field("出生日期", 12, "date"),
    "age": Field("年龄", 6, "number"),
    "elderly_band": Field("高龄段", 10),
    "id_type": Field("证件类型", 12, codes=codes.ID_TYPES),
    "id_number": Field("公民身份号码", 21, "text", mask="id"),
    "hukou_address": Field("户籍地址", 30),
    "phone": Field("联系电话", 14, "text", mask="phone"),
    "political_status": Field("政治面貌", 12, codes=codes.POLITICAL_STATUSES),
    "education": Field("文化程度", 12, codes=codes.EDUCATION_LEVELS),
    "marital_status": Field("婚姻状况", 10, codes=codes.MARITAL_STATUSES),
    "religion": Field("宗教信仰", 10),
    "employer": Field("工作单位", 22),
    "military_service": Field("兵役状况", 10, codes=codes.MILITARY_SERVICES),
    "category": Field("人员类别", 14, codes=codes.PERSON_CATEGORIES),
    "arrived_on": Field("来本地日期", 12, "date"),
    "stay_reason": Field("暂住事由", 12),
    "note": Field("备注", 24),
    "special_groups": Field("特殊人群", 18),
    "tag_start": Field("起始日期", 12, "date", uses_tag=True),
    "tag_detail": Field("说明", 16, uses_tag=True),
    "tag_note": Field("备注", 24, uses_tag=True),
    "disability_category": Field("残疾类别", 10, codes=codes.DISABILITY_CATEGORIES),
    "disability_grade": Field("残疾等级", 10, codes=codes.DISABILITY_GRADES),
}


class UnknownProfile(LookupError):
    """No profile by that name, stem or path; the message lists the ones there are."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names the file and the problem."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"导出方案文件“{path.name}”有误：{problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class ProfileColumn:
    header: str
    field: str
    width: float
    kind: str
    code_style: str  # name | code | code_name; "" for fields without a code list
    dropdown: bool
    mask: str
    tag: str  # the special-group kind a tag_* field reads

    @property
    def code_list(self) -> CodeList | None:
        return FIELDS[self.field].codes

    def render_code(self, code: str) -> str:
        """A stored code as this column shows it; the drop-down offers the same forms."""
        code_list = self.code_list
        if code_list is None or self.code_style == "code":
            return code
        name = code_list.name_of(code)
        return f"{code} {name}" if self.code_style == "code_name" and name != code else name

    def choices(self) -> tuple[str, ...]:
        code_list = self.code_list
        if code_list is None or not self.dropdown:
            return ()
        return tuple(self.render_code(code) for code in code_list.codes())

    def renderer(self, day: date, masked: bool) -> Callable[[Any], object] | None:
        """Stored (non-NULL) value → cell value for this column on `day`; None: the value as stored."""
        field = self.field
        if masked and self.mask != "none":
            return mask_id_number if self.mask == "id" else mask_phone
        if field.startswith("disability_"):
            return self._disability
        if self.code_list is not None:
            return _Rendered({code: self.render_code(code) for code in self.code_list.codes()}).__getitem__
        if self.kind == "date":
            return date.fromisoformat
        if field == "age":
            return lambda value: age_on(date.fromisoformat(value), day)
        if field == "elderly_band":
            return lambda value: ELDERLY_BANDS.get(elderly_band(date.fromisoformat(value), day) or 0)
        if field == "special_groups":
            return _ordered_groups
        return None

    def _disability(self, detail: str) -> str | None:
        """类别 or 等级 from a 残疾 tag's detail ("肢体 二级"); an unreadable detail stays visible under 类别."""
        assert self.code_list is not None
        for part in detail.replace("，", " ").replace(",", " ").split():
            code = self.code_list.code_of(part)
            if code is not None:
                return self.render_code(code)
        found = next((item.code for item in self.code_list if item.name in detail), None)
        if found is not None:
            return self.render_code(found)
        return detail if self.field == "disability_category" else None


class _Rendered(dict[str, str]):
    """Code → shown text; an unknown stored code is shown as it is, so nothing disappears."""

    def __missing__(self, key: str) -> str:
        return key


def _ordered_groups(text: str) -> str:
    """特殊人群 in the code list's order (高龄 first) rather than the order SQLite happened to collect them."""
    parts = sorted({p for p in text.split("、") if p}, key=lambda p: (GROUP_ORDER.get(p, len(GROUP_ORDER)), p))
    return "、".join(parts)


@dataclass(frozen=True)
class Profile:
    key: str  # the name a clerk picks (居民信息采集表); the file stem also finds it
    path: Path
    title: str
    subtitle: tuple[str, ...]
    sheet: str
    description: str
    columns: tuple[ProfileColumn, ...]
    special_group: str | None  # a SPECIAL_GROUPS kind, or 高龄80 / 高龄90 / 高龄100
    category: str | None  # a PERSON_CATEGORIES code
    sort: str
    descending: bool
    include_sensitive: bool  # 社区矫正 / 安置帮教 in the 特殊人群 column
    order: int  # place in the pick list (居民信息采集表 first)

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]


_TYPE_NAMES: dict[type | tuple[type, ...], str] = {
    str: "文字",
    bool: "true 或 false",
    int: "整数",
    list: "列表",
    (int, float): "数字",
    (str, list): "文字或列表",
}


def _expect(path: Path, data: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str = "") -> Any:
    """data[key] if it has the expected TOML type (None when absent); anything else is the file's mistake."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise ProfileError(path, f"{where}“{key}”应为{_TYPE_NAMES.get(kind, '其他类型')}")
    return value


def _check_template(path: Path, key: str, text: str) -> str:
    try:
        names = {name for _literal, name, _spec, _conv in string.Formatter().parse(text) if name is not None}
    except ValueError as error:
        raise ProfileError(path, f"“{key}”中的花括号不成对（{error}）") from error
    unknown = sorted(names - PLACEHOLDERS)
    if unknown:
        allowed = "、".join("{" + p + "}" for p in sorted(PLACEHOLDERS))
        raise ProfileError(path, f"“{key}”中有未知的占位符 {{{unknown[0]}}}，可用：{allowed}")
    return text


def _column(path: Path, index: int, data: Any, profile_tag: str | None) -> ProfileColumn:
    where = f"第{index}列"
    if not isinstance(data, dict):
        raise ProfileError(path, f"{where}应为表（[[columns]]）")
    unknown = sorted(set(data) - {"header", "field", "width", "codes", "dropdown", "mask", "tag", "text"})
    if unknown:
        raise ProfileError(path, f"{where}有未知的设置“{unknown[0]}”")
    key = _expect(path, data, "field", str, where)
    if not key:
        raise ProfileError(path, f"{where}缺少“field”")
    field = FIELDS.get(key)
    if field is None:
        raise ProfileError(path, f"{where}的字段“{key}”不存在，可用的字段：{'、'.join(FIELDS)}")
    where = f"第{index}列（{key}）"
    header = _expect(path, data, "header", str, where) or field.label
    width = _expect(path, data, "width", (int, float), where) or field.width
    if not 1 <= width <= 100:
        raise ProfileError(path, f"{where}的列宽应在1到100之间")
    style = _expect(path, data, "codes", str, where)
    if style is not None and field.codes is None:
        raise ProfileError(path, f"{where}不是代码字段，不能设置“codes”")
    if style is not None and style not in CODE_STYLES:
        raise ProfileError(path, f"{where}的“codes”只能是 {'、'.join(CODE_STYLES)}")
    dropdown = _expect(path, data, "dropdown", bool, where)
    if dropdown and field.codes is None:
        raise ProfileError(path, f"{where}不是代码字段，不能设置下拉列表")
    mask = _expect(path, data, "mask", str, where) or field.mask
    if mask not in MASKS:
        raise ProfileError(path, f"{where}的“mask”只能是 {'、'.join(MASKS)}")
    if field.mask != "none" and mask == "none":
        raise ProfileError(path, f"{where}不能关闭脱敏；需要完整号码时请在导出时选择“不脱敏”（会记入导出日志）")
    tag = _expect(path, data, "tag", str, where) or profile_tag or ""
    if field.uses_tag and tag not in codes.SPECIAL_GROUPS:
        raise ProfileError(path, f"{where}需要“tag”（特殊人群类别，如 低保、残疾）")
    text = _expect(path, data, "text", bool, where)
    kind = "text" if text else field.kind
    if text is False and field.kind == "text":
        raise ProfileError(path, f"{where}的号码必须以文本保存")
    return ProfileColumn(
        header=header,
        field=key,
        width=float(width),
        kind=kind,
        code_style=(style or "name") if field.codes is not None else "",
        dropdown=field.codes is not None if dropdown is None else dropdown,
        mask=mask,
        tag=tag if field.uses_tag else "",
    )


def _selection(path: Path, data: Any) -> tuple[str | None, str | None]:
    if not isinstance(data, dict):
        raise ProfileError(path, "“select”应为表（[select]）")
    unknown = sorted(set(data) - {"special_group", "elderly", "category"})
    if unknown:
        raise ProfileError(path, f"[select] 有未知的设置“{unknown[0]}”")
    group = _expect(path, data, "special_group", str, "[select] ")
    elderly = _expect(path, data, "elderly", int, "[select] ")
    category = _expect(path, data, "category", str, "[select] ")
    if group is not None and group not in codes.SPECIAL_GROUPS:
        raise ProfileError(path, f"[select] 的特殊人群“{group}”不存在，可用：{'、'.join(codes.SPECIAL_GROUPS.names())}")
    if elderly is not None and elderly not in ELDERLY_THRESHOLDS:
        raise ProfileError(path, "[select] 的“elderly”只能是 80、90 或 100")
    if group is not None and elderly is not None:
        raise ProfileError(path, "[select] 只能设置“special_group”和“elderly”其中之一")
    if category is not None:
        code = codes.PERSON_CATEGORIES.code_of(category)
        if code is None:
            raise ProfileError(path, f"[select] 的人员类别“{category}”不存在")
        category = code
    return (f"高龄{elderly}" if elderly else group), category


def parse_profile(path: Path, text: str) -> Profile:
    """A profile from TOML text; `path` names it in errors and gives the stem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(path, f"不是有效的 TOML（{error}）") from error
    allowed = {"name", "title", "subtitle", "sheet", "description", "select", "columns", "sort", "descending", "order"}
    unknown = sorted(set(data) - allowed - {"include_sensitive"})
    if unknown:
        raise ProfileError(path, f"有未知的设置“{unknown[0]}”")
    key = (_expect(path, data, "name", str) or path.stem).strip()
    title = _check_template(path, "title", _expect(path, data, "title", str) or "{community}" + key)
    subtitle = _expect(path, data, "subtitle", (str, list))
    if subtitle is None:
        subtitle = ["填报单位：{community}居委会", "填报日期：{today}", "截至日期：{as_of}"]
    parts = [subtitle] if isinstance(subtitle, str) else subtitle
    if not all(isinstance(part, str) for part in parts):
        raise ProfileError(path, "“subtitle”应为文字或文字列表")
    sheet = _expect(path, data, "sheet", str) or key
    if len(sheet) > 31 or SHEET_NAME_FORBIDDEN & set(sheet):
        raise ProfileError(path, "工作表名称“sheet”不能超过31个字，也不能含 [ ] : * ? / \\")
    special_group, category = _selection(path, data.get("select", {}))
    raw_columns = _expect(path, data, "columns", list)
    if not raw_columns:
        raise ProfileError(path, "没有任何列（[[columns]]）")
    tag = special_group if special_group in codes.SPECIAL_GROUPS else None
    columns = tuple(_column(path, i, c, tag) for i, c in enumerate(raw_columns, start=1))
    sort = _expect(path, data, "sort", str) or "address"
    if sort not in SORT_KEYS:
        raise ProfileError(path, f"“sort”只能是 {'、'.join(SORT_KEYS)}")
    return Profile(
        key=key,
        path=path,
        title=title,
        subtitle=tuple(_check_template(path, "subtitle", part) for part in parts),
        sheet=sheet,
        description=_expect(path, data, "description", str) or "",
        columns=columns,
        special_group=special_group,
        category=category,
        sort=sort,
        descending=bool(_expect(path, data, "descending", bool)),
        include_sensitive=bool(_expect(path, data, "include_sensitive", bool)),
        order=_expect(path, data, "order", int) or 100,
    )


def load_profile(path: Path) -> Profile:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ProfileError(path, "文件应以 UTF-8 编码保存") from error
    except OSError as error:
        raise ProfileError(path, f"无法读取（{error.strerror or error}）") from error
    return parse_profile(path, text)


def load_profiles(directories: Iterable[Path] = (BUILTIN_DIR,)) -> dict[str, Profile]:
    """Profiles by name from each folder in turn; a later folder's profile replaces an earlier one of that name."""
    found: dict[str, Profile] = {}
    for directory in directories:
        seen: dict[str, Path] = {}
        for path in sorted(directory.glob("*.toml")) if directory.is_dir() else ():
            profile = load_profile(path)
            if profile.key in seen:
                raise ProfileError(path, f"方案名称“{profile.key}”与“{seen[profile.key].name}”重复")
            seen[profile.key] = path
            found[profile.key] = profile
    return dict(sorted(found.items(), key=lambda item: (item[1].order, item[1].stem)))


def find_profile(name: str, profiles: dict[str, Profile]) -> Profile:
    """By name (居民信息采集表), by file stem (resident_info) or by the path of a .toml file."""
    wanted = name.strip()
    if wanted in profiles:
        return profiles[wanted]
    for profile in profiles.values():
        if profile.stem == wanted:
            return profile
    path = Path(wanted).expanduser()
    if path.suffix.lower() == ".toml" and path.is_file():
        return load_profile(path)
    known = "、".join(profiles) or "（无）"
    raise UnknownProfile(f"没有名为“{wanted}”的导出方案；可用的方案：{known}")
