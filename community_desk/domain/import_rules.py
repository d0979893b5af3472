"""Rules for reading a hand-kept 居民台账: which row is the header, what each column means, what each cell says.

Pure functions over cell values as python-calamine or the csv module deliver them (str, float, int, bool, date,
datetime), so every rule is testable without a file or a database. A refusal is a (column, reason) pair in
Chinese because it ends up in the per-row report a clerk has to act on.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from community_desk.domain import codes
from community_desk.domain.idcard import IdType, InvalidIdNumber, parse_id_number

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

_SYNONYMS = {
    "".join(unicodedata.normalize("NFKC", spelling).split()).casefold(): key
    for key, (_, spellings) in FIELDS.items()
    for spelling in spellings
}
_HEADER_NOISE = re.compile(r"[*＊★※]|[(（【\[].*?[)）】\]]|[:：]$")
_PLACEHOLDERS = frozenset({"/", "-", "--", "—", "——", "无", "暂无", "空", "null", "none", "n/a", "#n/a"})
_FOOTER_WORDS = ("合计", "总计", "小计", "共计", "填表人", "填报人", "制表人", "审核人", "负责人", "填表日期",
                 "填报日期", "制表日期", "统计日期", "填表说明", "说明:", "注:")  # fmt: skip
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?E\+?(\d+)", re.IGNORECASE)
_FULL_DATE = re.compile(r"(\d{4})\s*[年./\-\s]\s*(\d{1,2})\s*[月./\-\s]\s*(\d{1,2})\s*日?(?:[\sT]+[\d:.]+)?")
_YEAR_MONTH = re.compile(r"(\d{4})\s*[年./\-]\s*(\d{1,2})\s*月?")
_SHORT_YEAR = re.compile(r"\d{2}\s*[年./\-]\s*\d{1,2}(?:\s*[月./\-]\s*\d{1,2}\s*日?)?")
_EXCEL_EPOCH = date(1899, 12, 30)
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


def cell_text(value: object) -> str:
    """What the clerk saw in the cell, as text: 1.10101E+17 for a big number, ISO for a date."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return _number_text(float(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


def _number_text(value: float) -> str:
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if abs(value) >= 1e15:  # Excel's General format: six significant digits, trailing zeros dropped
        mantissa, exponent = f"{value:.5E}".split("E")
        return f"{mantissa.rstrip('0').rstrip('.')}E{exponent}"
    return f"{value:.15g}"


def is_blank(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, str) and not value.strip())


def is_footer(row: Sequence[object]) -> bool:
    """合计/填表人/说明 rows under the table (judged by the first text cell): no person, nothing to report."""
    for value in row:
        if isinstance(value, str) and value.strip():
            return clean_key(value).startswith(_FOOTER_WORDS)
    return False


def clean_name(value: object) -> str:
    """姓名 as typed, rare characters kept; 张  三 (spaced to line up with three-character names) → 张三."""
    text = unicodedata.normalize("NFC", cell_text(value)).strip()
    if any(ch.isascii() and ch.isalpha() for ch in text):
        return " ".join(text.split())
    return "".join(text.split())


def clean_text(value: object) -> str:
    """Free text: trimmed, tabs and runs of spaces become one space."""
    return " ".join(unicodedata.normalize("NFC", cell_text(value)).split())


def clean_key(value: object) -> str:
    """户号/网格/楼栋/单元/房号 and codes: half-width, no spaces at all, so ３号楼 and 3 号楼 are one building."""
    text = value if isinstance(value, str) else cell_text(value)
    return "".join((text if text.isascii() else unicodedata.normalize("NFKC", text)).split())


def is_placeholder(text: str) -> bool:
    return text.casefold() in _PLACEHOLDERS


def id_text(value: object) -> str:
    """An ID cell as text; a number Excel has rounded (≥16 digits, or 1.10101E+17 typed out) cannot be recovered."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
        if number.is_integer() and abs(number) < 1e15:
            return str(int(number))  # ≤15 significant digits are stored exactly: a legacy 15-digit number
        if not number.is_integer():
            raise InvalidIdNumber(f"“{_number_text(number)}”不是证件号码")
        raise InvalidIdNumber(_lost_digits(len(str(int(abs(number)))), _number_text(number)))
    text = cell_text(value).strip()
    match = _SCIENTIFIC.fullmatch(clean_key(text))
    if match:  # a CSV saved by Excel carries the rounded number as text
        raise InvalidIdNumber(_lost_digits(int(match.group(1)) + 1, text))
    return text


def _lost_digits(digits: int, shown: str) -> str:
    return f"以数字形式存储的{digits}位号码已丢失末尾数字（{shown}），无法恢复，请重新录入"


class CellProblem(ValueError):
    """A cell that cannot be read (a date, a code); the message is the Chinese reason."""


def parse_date(value: object, *, today: date) -> tuple[date, bool]:
    """(date, partial) from a date cell; partial when only year and month were given (出生年月 1990.03)."""
    if isinstance(value, datetime):
        return value.date(), False
    if isinstance(value, date):
        return value, False
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
        if number.is_integer() and (number >= 100_000 or 1900 <= number <= 2100):
            return parse_date(str(int(number)), today=today)  # 19900307, 199003 or 1990 typed as a number
        return _from_serial(number, today), False
    text = " ".join(unicodedata.normalize("NFKC", cell_text(value)).split())
    digits = text.replace(" ", "")
    if digits.isdigit() and len(digits) in (4, 5, 6, 8):
        if len(digits) == 4:
            raise CellProblem(f"“{text}”只有年份，请填写完整日期")
        if len(digits) == 5:
            return _from_serial(float(digits), today), False
        return _make_date(text, digits[:4], digits[4:6], digits[6:] or None)
    match = _FULL_DATE.fullmatch(text)
    if match:
        return _make_date(text, *match.groups())
    match = _YEAR_MONTH.fullmatch(text)
    if match:
        return _make_date(text, *match.groups(), None)
    if _SHORT_YEAR.fullmatch(text):
        raise CellProblem(f"“{text}”的年份应写4位")
    raise CellProblem(f"无法识别的日期“{text}”")


def _make_date(text: str, year: str, month: str, day: str | None) -> tuple[date, bool]:
    try:
        return date(int(year), int(month), int(day or 1)), day is None
    except ValueError:
        raise CellProblem(f"日期“{text}”不存在") from None


def _from_serial(number: float, today: date) -> date:
    """Excel's 1900 date system (serial 61 = 1900-03-01; nobody alive was born before)."""
    if not 61 <= number <= (today - _EXCEL_EPOCH).days + 366:
        raise CellProblem(f"无法识别的日期“{_number_text(number)}”")
    return _EXCEL_EPOCH + timedelta(days=int(number))


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
        if key == "phone":
            return _PHONE_SEPARATORS.sub(" ", text).strip() or None
        code = CODE_LISTS[key].code_of(text)
        if code is None:
            raise CellProblem(f"无法识别“{text}”，请填写{CODE_LISTS[key].title}的标准名称或代码")
        return code

    def _read_id(self, parsed: ParsedRow, cell: object) -> tuple[date | None, str | None]:
        """Checks the number here (validate_resident checks it again) to report the bare reason: 校验位应为X."""
        if cell is None:
            return None, None
        try:
            number = id_text(cell)
            if not number or is_placeholder(clean_key(number)):
                return None, None
            id_type = parsed.resident.get("id_type", IdType.RESIDENT.value)
            if id_type not in CHECKED_ID_TYPES:
                parsed.resident["id_number"] = number
                return None, None
            info = parse_id_number(number, id_type, today=self.today)
        except InvalidIdNumber as error:
            parsed.problems.append((self.header("id_number"), error.reason))
            return None, None
        parsed.resident["id_number"] = info.number
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
