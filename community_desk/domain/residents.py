"""Registry rules that need no database: ages, 高龄 thresholds, event kinds, search keys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import lru_cache

ELDERLY_THRESHOLDS: tuple[int, ...] = (80, 90, 100)


class EventKind(StrEnum):
    """Dated registry events; history is appended, never rewritten."""

    MOVE_IN = "迁入"
    MOVE_OUT = "迁出"
    BIRTH = "出生"
    DEATH = "死亡"
    CHANGE = "户内变更"
    ADDRESS = "地址变更"


def age_on(birth_date: date, day: date) -> int:
    """Completed years on `day` (a person born 29 Feb turns a year older on 1 Mar in common years)."""
    years = day.year - birth_date.year
    if (day.month, day.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def born_on_or_before_for_age(age: int, as_of: date) -> date:
    """Latest birth date of someone who is at least `age` on `as_of` (for SQL filters on birth_date)."""
    try:
        return as_of.replace(year=as_of.year - age)
    except ValueError:  # as_of is 29 Feb and the target year is common
        return date(as_of.year - age, 2, 28)


def elderly_band(birth_date: date | None, as_of: date) -> int | None:
    """80, 90 or 100 for 高龄 residents on `as_of`, else None."""
    if birth_date is None:
        return None
    age = age_on(birth_date, as_of)
    bands = [threshold for threshold in ELDERLY_THRESHOLDS if age >= threshold]
    return bands[-1] if bands else None


# Surnames whose reading differs from the character's everyday reading (单 is shàn as a surname, not dān).
SURNAME_READINGS: dict[str, str] = {
    "单": "shan",
    "曾": "zeng",
    "仇": "qiu",
    "解": "xie",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "尉": "yu",
    "乐": "yue",
    "缪": "miao",
    "翟": "zhai",
    "覃": "qin",
    "召": "shao",
    "秘": "bi",
    "种": "chong",
    "繁": "po",
    "员": "yun",
    "句": "gou",
    "隗": "wei",
    "冼": "xian",
    "燕": "yan",
    "纪": "ji",
    "宿": "su",
    "厍": "she",
    "柏": "bai",
}


@lru_cache(maxsize=4096)
def pinyin_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name: 张三丰 → ("zhangsanfeng", "zsf").

    Characters pypinyin does not know (rare 生僻字, Latin letters) are kept as they are, so they still match.
    A surname read differently from the everyday character (单 shàn, 曾 zēng …) is spelt the surname way, and
    the everyday initials are added too, so a clerk who types either finds the person.
    """
    from pypinyin import Style, lazy_pinyin  # imported late: its dictionaries take a moment to load

    syllables = lazy_pinyin(name, style=Style.NORMAL, errors=lambda chars: list(chars))
    everyday_initials = "".join(s[0] for s in syllables if s).lower()
    surname_reading = SURNAME_READINGS.get(name[:1])
    if surname_reading:
        syllables[0] = surname_reading
    full = "".join(syllables).lower()
    initials = "".join(s[0] for s in syllables if s).lower()
    if initials != everyday_initials:
        initials = f"{initials} {everyday_initials}"
    return full, initials


def build_search_text(
    *,
    name: str,
    former_name: str = "",
    id_number: str | None = None,
    phone: str = "",
    address: str = "",
    hukou_address: str = "",
) -> str:
    """The text the FTS index sees for one resident; one place decides what search can find."""
    full, initials = pinyin_keys(name)
    parts = [name, former_name, full, initials, id_number or "", phone, address, hukou_address]
    if former_name:
        parts.extend(pinyin_keys(former_name))
    return " | ".join(part for part in parts if part)


@dataclass(frozen=True)
class ResidentQuery:
    """Everything that narrows or orders the registry table; `as_of` None means today."""

    text: str = ""
    grid_id: int | None = None
    building_id: int | None = None
    unit: str | None = None
    room: str | None = None
    household_id: int | None = None
    special_group: str | None = None  # a SPECIAL_GROUPS kind, or "高龄80" / "高龄90" / "高龄100"
    category: str | None = None
    as_of: date | None = None
    sort_key: str = "address"
    descending: bool = False
