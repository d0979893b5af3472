"""Rules for reading a hand-kept 居民台账: which row is the header, what each column means, what a row says.

Pure functions over cell values as python-calamine or the csv module deliver them (str, float, int, bool, date,
datetime), so every rule is testable without a file or a database; single cells are read by import_values.py.
A refusal is a (column, reason) pair in Chinese because it ends up in the per-row report a clerk has to act on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from community_desk.domain import codes
from community_desk.domain.idcard import IdType, InvalidIdNumber, infer_id_type, normalize_id_text, parse_id_number
from community_desk.domain.import_values import (
    CellProblem,
    SpecialGroups,
    cell_text,
    clean_key,
    clean_name,
    clean_text,
    id_text,
    is_blank,
    is_placeholder,
    parse_date,
    read_special_groups,
)

HEADER_SCAN_ROWS = 20
UNPLACED_GRID = "未分网格"
UNPLACED_BUILDING = "未分楼栋"

# field key → (label shown to the clerk, header spellings found in real 台账). Keys of ResidentInput where they exist.
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "name": ("姓名", ("姓名", "名字", "居民姓名", "人员姓名", "成员姓名")),
    "id_number": ("公民身份号码", ("公民身份号码", "身份证号", "证件号码", "身份证号码", "身份证", "居民身份证号码",
                                   "身份证件号码", "证件号", "公民身份证号码", "身份证件号")),
    "relation": ("与户主关系", ("与户主关系", "关系", "与户主关系代码", "家庭关系", "与户主的关系", "户内关系")),
    "gender": ("性别", ("性别", "性别代码")),
    "ethnicity": ("民族", ("民族", "民族代码")),
    "birth_date": ("出生日期", ("出生日期", "出生年月", "出生年月日", "生日", "出生时间")),
    "phone": ("联系电话", ("联系电话", "电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "联系电话号码")),
    "household_no": ("户号", ("户号", "户编号", "户编码", "户档案号")),
    "grid": ("网格", ("网格", "所属网格", "网格名称", "网格号")),
    "building": ("楼栋", ("楼栋", "楼号", "楼栋号", "小区楼栋", "楼栋院", "楼院", "楼栋名称")),
    "unit": ("单元", ("单元", "单元号")),
    "room": ("房号", ("房号", "门牌号", "室", "房间号", "室号", "门牌")),
    "address": ("现住址", ("现住址", "居住地址", "地址", "现居住地址", "现住地址", "住址", "家庭住址", "实际居住地址")),
    "hukou_address": ("户籍地址", ("户籍地址", "户籍地", "户籍所在地", "户口所在地", "户籍地详址", "户籍详址")),
    "political_status": ("政治面貌", ("政治面貌",)),
    "education": ("文化程度", ("文化程度", "学历")),
    "marital_status": ("婚姻状况", ("婚姻状况", "婚姻状态", "婚姻")),
    "religion": ("宗教信仰", ("宗教信仰", "宗教")),
    "employer": ("工作单位", ("工作单位", "职业", "工作单位及职务", "工作单位及职业", "服务处所")),
    "military_service": ("兵役状况", ("兵役状况", "兵役情况")),
    "category": ("人员类别", ("人员类别", "人口类型", "人口类别", "人员类型")),
    "residence_nature": ("居住性质", ("居住性质", "居住类型", "住房性质")),
    "arrived_on": ("来本地日期", ("来本地日期", "来京日期", "来本市日期", "来本地时间", "来京时间")),
    "stay_reason": ("暂住事由", ("暂住事由", "来本地事由", "来京事由")),
    "former_name": ("曾用名", ("曾用名",)),
    "id_type": ("证件类型", ("证件类型", "证件种类")),
    "moved_in_on": ("迁入日期", ("迁入日期", "入户日期", "迁入时间", "入户时间")),
    "special_groups": ("特殊人群", ("特殊人群", "重点人群", "人群类别", "特殊群体")),
    "note": ("备注", ("备注", "备注说明")),
}  # fmt: skip
FIELD_LABELS: dict[str, str] = {key: label for key, (label, _) in FIELDS.items()}
REQUIRED_FIELDS: tuple[str, ...] = ("name",)
RECOMMENDED_FIELDS: tuple[str, ...] = ("id_number", "relation")
CODE_LISTS = {
    "gender": codes.GENDERS,
    "ethnicity": codes.ETHNICITIES,
    "political_status": codes.POLITICAL_STATUSES,
    "education": codes.EDUCATION_LEVELS,
    "marital_status": codes.MARITAL_STATUSES,
    "military_service": codes.MILITARY_SERVICES,
    "category": codes.PERSON_CATEGORIES,
    "residence_nature": codes.RESIDENCE_NATURES,
    "id_type": codes.ID_TYPES,
}
DATE_FIELDS = ("birth_date", "arrived_on", "moved_in_on")
TEXT_FIELDS = ("former_name", "hukou_address", "religion", "employer", "stay_reason", "note", "address")
PLACE_FIELDS = ("household_no", "grid", "building", "unit", "room")  # compared as keys: no spaces, half-width
HOUSEHOLD_FIELDS = (*PLACE_FIELDS, "address", "residence_nature", "moved_in_on")
CHECKED_ID_TYPES = frozenset({IdType.RESIDENT.value, IdType.HMT_PERMIT.value, IdType.FOREIGN_PR.value})
ID_TYPE_HINT = "（如为护照或其他证件，请增加“证件类型”列注明）"

_SYNONYMS = {
    "".join(unicodedata.normalize("NFKC", spelling).split()).casefold(): key
    for key, (_, spellings) in FIELDS.items()
    for spelling in spellings
}
_HEADER_NOISE = re.compile(r"[*＊★※]|[(（【\[].*?[)）】\]]|[:：]$")
_FOOTER_WORDS = ("合计", "总计", "小计", "共计", "填表人", "填报人", "制表人", "审核人", "负责人", "填表日期",
                 "填报日期", "制表日期", "统计日期", "填表说明", "说明:", "注:")  # fmt: skip
_ADDRESS = re.compile(r"(.+?(?:号楼|栋|幢|楼|号院|院))(?:(\d+)单元)?(\d+(?:室|号)?)?")
_PHONE_SEPARATORS = re.compile(r"\s*[/,，、;；]+\s*")


def header_key(text: object) -> str:
    """Header cell → lookup key: half-width, no spaces, no *必填 marks or （说明） in brackets."""
    return _HEADER_NOISE.sub("", clean_key(text)).casefold()


def field_for_header(text: object) -> str | None:
    return _SYNONYMS.get(header_key(text))


def guess_mapping(headers: Sequence[object]) -> dict[int, str | None]:
    """Column index → field key; each field goes to the first column that names it, the rest are ignored."""
    mapping: dict[int, str | None] = {}
    for index, header in enumerate(headers):
        key = field_for_header(header)
        mapping[index] = key if key not in mapping.values() else None
    return mapping


def find_header_row(rows: Sequence[Sequence[object]], scan: int = HEADER_SCAN_ROWS) -> int | None:
    """0-based index of the row (among the first `scan`) naming the most known columns; None if none names two."""
    best, best_score = None, 1
    for index, row in enumerate(rows[:scan]):
        score = len({key for key in map(field_for_header, row) if key})
        if score > best_score:
            best, best_score = index, score
    return best


def merge_sub_header(header: Sequence[object], below: Sequence[object]) -> list[str] | None:
    """Two-row headers (a merged 现住址 over 楼栋/单元/房号): the lower row names the columns it can, else None."""
    names = [cell_text(cell).strip() for cell in below]
    if sum(field_for_header(name) is not None for name in names) < 2 or any(
        name and field_for_header(name) is None for name in names
    ):
        return None
    if not any(field_for_header(cell) for cell in header):  # a title above a header is not half of one
        return None
    upper = [cell_text(cell).strip() for cell in header]
    upper += [""] * (len(names) - len(upper))
    return [name if name else upper[i] for i, name in enumerate(names)] + upper[len(names) :]


def is_footer(row: Sequence[object]) -> bool:
    """合计/填表人/说明 rows under the table (judged by the first text cell): no person, nothing to report."""
    for value in row:
        if isinstance(value, str) and value.strip():
            return clean_key(value).startswith(_FOOTER_WORDS)
    return False


def relation_scheme(values: Iterable[object]) -> str:
    """'gb' when the 关系 column holds two-digit GB/T 4761 codes (so 2 means 02 户主), else 'census' (0–8)."""
    for value in values:
        key = clean_key(value)
        if len(key) == 2 and key.isdigit():
            return "gb"
    return "census"


def relation_of(text: str, sex: str | None, scheme: str) -> str | None:
    key = clean_key(text)
    if scheme == "gb" and len(key) == 1 and key.isdigit():
        return codes.RELATIONS.code_of(key.zfill(2))
    return codes.relation_code(key, sex)


def split_address(text: str) -> tuple[str, str, str] | None:
    """幸福小区3号楼2单元501室 → (幸福小区3号楼, 2, 501); None when the text does not read as building/unit/room."""
    match = _ADDRESS.fullmatch(clean_key(text))
    if not match:
        return None
    return match.group(1), match.group(2) or "", (match.group(3) or "").removesuffix("室")


def placement(place: dict[str, Any]) -> tuple[str, str, str, str]:
    """(grid, building, unit, room) in the app's spelling (3 → 3号楼, 2单元 → 2, 501室 → 501).

    Without a 楼栋 the building is read from the 现住址 text; what cannot be read goes under 未分网格/未分楼栋,
    so the household is still created and found by its address text.
    """
    grid = place.get("grid") or UNPLACED_GRID
    building, unit, room = place.get("building", ""), place.get("unit", ""), place.get("room", "")
    if not building and place.get("address"):
        building, unit, room = split_address(place["address"]) or ("", unit, room)
    if building.isdigit():
        building = f"{building}号楼"
    return grid, building or UNPLACED_BUILDING, unit.removesuffix("单元"), room.removesuffix("室")


def household_key(place: dict[str, Any]) -> tuple[str, ...] | None:
    """Rows of one household share this key: the 户号, else the address parts, else the 现住址 text."""
    if place.get("household_no"):
        return ("household_no", place["household_no"])
    grid, building, unit, room = placement(place)
    if building != UNPLACED_BUILDING or unit or room:
        return ("place", grid, building, unit, room)
    if place.get("address"):
        return ("address", clean_key(place["address"]))
    return None


@dataclass
class ParsedRow:
    """One data row read against the mapping: resident values (codes, dates), household facts, problems."""

    row: int  # Excel row number (1-based)
    cells: Sequence[object]
    resident: dict[str, Any] = field(default_factory=dict)  # only what the row gave (an update keeps the rest)
    place: dict[str, Any] = field(default_factory=dict)  # HOUSEHOLD_FIELDS the row gave
    relation: str | None = None  # GB/T 4761 code; None when the cell is blank
    tags: tuple[tuple[str, str], ...] = ()  # (special_tag kind, detail) from the 特殊人群 column
    problems: list[tuple[str, str]] = field(default_factory=list)  # (column header, reason)
    warnings: list[str] = field(default_factory=list)


_UNIQUE_FIELDS = frozenset({"name", "phone", *TEXT_FIELDS})  # not worth remembering: nearly every value differs


@dataclass(frozen=True)
class RowReader:
    """Reads data rows for one mapping; built once per import so the per-row work is a loop over columns.

    A 台账 repeats the same few values down a column (汉族, 群众, 第一网格, 3号楼 …), so each (field, cell) is read
    once and remembered: 10,000 rows cost about what their distinct values cost.
    """

    mapping: dict[int, str | None]
    headers: Sequence[str]
    today: date
    scheme: str = "census"
    _memo: dict[tuple[str, object], Any] = field(default_factory=dict, compare=False, repr=False)

    def header(self, key: str) -> str:
        """The clerk's own column title for a field (身份证号 rather than 公民身份号码), to find it in the file."""
        for index, mapped in self.mapping.items():
            if mapped == key and index < len(self.headers) and self.headers[index]:
                return self.headers[index]
        return FIELD_LABELS.get(key, key)

    def is_empty(self, cells: Sequence[object]) -> bool:
        """Nothing in any mapped column: a numbered blank line, or a section title under 序号."""
        return all(index >= len(cells) or is_blank(cells[index]) for index, key in self.mapping.items() if key)

    def read(self, row: int, cells: Sequence[object]) -> ParsedRow:
        parsed = ParsedRow(row, cells)
        id_cell = relation_cell = None
        partial: list[str] = []
        for index, key in self.mapping.items():
            cell = cells[index] if key and index < len(cells) else None
            if cell is None or cell == "":
                continue
            if key == "id_number" or key == "relation":  # read last: they depend on 证件类型 and 性别
                id_cell, relation_cell = (cell, relation_cell) if key == "id_number" else (id_cell, cell)
                continue
            value = self._memo.get((key, cell), self)
            if value is self:
                try:
                    value = self._value(key, cell)
                except CellProblem as error:
                    value = error
                if key not in _UNIQUE_FIELDS:
                    self._memo[(key, cell)] = value
            if isinstance(value, CellProblem):
                parsed.problems.append((self.header(key), str(value)))
                continue
            if isinstance(value, SpecialGroups):  # unknown words are worth a look, not a refusal
                parsed.tags = value.tags
                parsed.warnings.extend(f"{self.header(key)}“{word}”无法识别，未登记" for word in value.unknown)
                continue
            if isinstance(value, tuple):  # a date with year and month only
                value = value[0]
                partial.append(key)
            if value is not None:
                (parsed.place if key in HOUSEHOLD_FIELDS else parsed.resident)[key] = value
        info_birth, info_sex = self._read_id(parsed, id_cell)
        for key in partial:
            self._settle_partial(parsed, key, info_birth)
        text = clean_key(relation_cell) if relation_cell is not None else ""
        if text and not is_placeholder(text):
            parsed.relation = relation_of(text, parsed.resident.get("gender") or info_sex, self.scheme)
            if parsed.relation is None:
                parsed.problems.append((self.header("relation"), f"无法识别“{text}”"))
        if not parsed.resident.get("name"):
            parsed.problems.append((self.header("name"), "不能为空"))
        if len(parsed.problems) > 1:  # in the order of the columns, as the clerk reads the row
            order = {self.header(key): index for index, key in self.mapping.items() if key}
            parsed.problems.sort(key=lambda problem: order.get(problem[0], len(order)))
        return parsed

    def _value(self, key: str, cell: object) -> Any:
        if key == "name":
            return clean_name(cell)
        if key in TEXT_FIELDS:
            return clean_text(cell) or None
        text = clean_key(cell)
        if not text or is_placeholder(text):
            return None
        if key in DATE_FIELDS:
            day, partial = parse_date(cell, today=self.today)
            return (day, True) if partial else day
        if key in PLACE_FIELDS:
            return text
        if key == "special_groups":
            return read_special_groups(cell)
        if key == "phone":
            return _PHONE_SEPARATORS.sub(" ", text).strip() or None
        code = CODE_LISTS[key].code_of(text)
        if code is None:
            raise CellProblem(f"无法识别“{text}”，请填写{CODE_LISTS[key].title}的标准名称或代码")
        return code

    def _read_id(self, parsed: ParsedRow, cell: object) -> tuple[date | None, str | None]:
        """Checks the number here (validate_resident checks it again) to report the bare reason: 校验位应为X.

        Without a 证件类型 the number's shape decides (infer_id_type): a passport or other document is stored as
        such, and a 港澳台居住证 or 永居证 that the check finds is stored as that type. A 证件类型 the clerk gave
        is never overridden.
        """
        if cell is None:
            return None, None
        declared = parsed.resident.get("id_type")
        number = ""
        try:
            number = id_text(cell)
            if not number or is_placeholder(clean_key(number)):
                return None, None
            id_type = declared or infer_id_type(number).value
            if id_type not in CHECKED_ID_TYPES:
                if declared is None:  # inferred from the shape: tidied and checked like typed free text
                    number = parse_id_number(number, id_type).number
                    parsed.resident["id_type"] = id_type
                parsed.resident["id_number"] = number
                return None, None
            info = parse_id_number(number, id_type, today=self.today)
        except InvalidIdNumber as error:
            letters = any(ch.isalpha() for ch in normalize_id_text(number)[:-1])
            hint = ID_TYPE_HINT if declared is None and letters else ""
            parsed.problems.append((self.header("id_number"), error.reason + hint))
            return None, None
        parsed.resident["id_number"] = info.number
        if declared is None and info.id_type is not IdType.RESIDENT:
            parsed.resident["id_type"] = info.id_type.value
        return info.birth_date, info.sex

    @staticmethod
    def _settle_partial(parsed: ParsedRow, key: str, info_birth: date | None) -> None:
        """出生年月 1990.03 takes the day from the ID when they agree; otherwise the 1st, with a warning."""
        target = parsed.place if key in HOUSEHOLD_FIELDS else parsed.resident
        day = target[key]
        if key == "birth_date" and info_birth and (info_birth.year, info_birth.month) == (day.year, day.month):
            target[key] = info_birth
        else:
            parsed.warnings.append(f"{FIELD_LABELS[key]}只有年月，已按{day.year}年{day.month}月1日记录")
