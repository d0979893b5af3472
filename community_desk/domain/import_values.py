"""What one cell of a hand-kept 台账 says: text as the clerk saw it, tidied names and keys, ID cells Excel has
mangled, dates in every spelling offices use, and the 特殊人群 list.

Split from import_rules.py (which knows headers, columns and rows) so each stays small; the same contract holds:
pure functions over the values python-calamine or the csv module deliver, refusals as Chinese reasons.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from community_desk.domain import codes
from community_desk.domain.idcard import InvalidIdNumber

_PLACEHOLDERS = frozenset({"/", "-", "--", "—", "——", "无", "暂无", "空", "null", "none", "n/a", "#n/a"})
_SCIENTIFIC = re.compile(r"\d(?:\.\d+)?E\+?(\d+)", re.IGNORECASE)
_FULL_DATE = re.compile(r"(\d{4})\s*[年./\-\s]\s*(\d{1,2})\s*[月./\-\s]\s*(\d{1,2})\s*日?(?:[\sT]+[\d:.]+)?")
_YEAR_MONTH = re.compile(r"(\d{4})\s*[年./\-]\s*(\d{1,2})\s*月?")
_SHORT_YEAR = re.compile(r"\d{2}\s*[年./\-]\s*\d{1,2}(?:\s*[月./\-]\s*\d{1,2}\s*日?)?")
_EXCEL_EPOCH = date(1899, 12, 30)


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


ELDERLY = "高龄"  # 高龄80+ … is derived from the birth date: the export writes it, the import never stores it
_GROUP_ITEM = re.compile(r"([^、,;/|()\s]+)\s*(?:\(([^()]*)\))?")


@dataclass(frozen=True)
class SpecialGroups:
    """What a 特殊人群 cell says: the tags to record as (kind, detail), and the words that name no group."""

    tags: tuple[tuple[str, str], ...]
    unknown: tuple[str, ...]


def read_special_groups(value: object) -> SpecialGroups:
    """低保、残疾（肢体 二级）、党员 → 低保, 残疾 with detail 肢体 二级, 党员, as the 居民信息采集表 export writes it.

    Any of 、,;/ or a space separates; 高龄… is skipped (derived, see ELDERLY); a kind named twice is kept once;
    a word naming no group is returned in `unknown` so the row gets a warning and still goes in.
    """
    found: dict[str, str] = {}
    unknown: list[str] = []
    for match in _GROUP_ITEM.finditer(unicodedata.normalize("NFKC", cell_text(value))):
        word, detail = match.group(1), clean_text(match.group(2) or "")
        if is_placeholder(word) or word.startswith(ELDERLY):
            continue
        kind = codes.SPECIAL_GROUPS.code_of(word)
        if kind is None:
            unknown.append(f"{word}（{detail}）" if detail else word)
        elif not found.get(kind):
            found[kind] = detail
    return SpecialGroups(tuple(found.items()), tuple(unknown))
