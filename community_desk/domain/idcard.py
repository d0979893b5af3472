"""公民身份号码 (GB 11643-1999) and the other ID types a resident may hold.

Numbers arrive from hand-kept Excel 台账, so parsing first normalises what clerks and Excel do to them
(full-width digits, spaces, a lowercase x) and then rejects anything wrong with one precise Chinese reason,
because the reason ends up in a per-row import report a clerk has to act on.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class IdType(StrEnum):
    """证件类型; the value is what is stored and shown."""

    RESIDENT = "居民身份证"
    HMT_PERMIT = "港澳台居民居住证"
    FOREIGN_PR = "外国人永久居留身份证"
    PASSPORT = "护照"
    OTHER = "其他证件"


# What clerks write in a 证件类型 column instead of the exact names.
ID_TYPE_ALIASES: dict[str, IdType] = {
    "身份证": IdType.RESIDENT,
    "身份证号": IdType.RESIDENT,
    "身份证号码": IdType.RESIDENT,
    "居民身份证号码": IdType.RESIDENT,
    "公民身份号码": IdType.RESIDENT,
    "二代身份证": IdType.RESIDENT,
    "港澳居民居住证": IdType.HMT_PERMIT,
    "台湾居民居住证": IdType.HMT_PERMIT,
    "港澳台居住证": IdType.HMT_PERMIT,
    "外国人永久居留证": IdType.FOREIGN_PR,
    "外国人永久居留身份证件": IdType.FOREIGN_PR,
    "永居证": IdType.FOREIGN_PR,
    "中国护照": IdType.PASSPORT,
    "外国护照": IdType.PASSPORT,
    "其他": IdType.OTHER,
    "其它": IdType.OTHER,
    "其它证件": IdType.OTHER,
}

# Province-level address codes (first two digits), from domain.md's appendix. 83 is deliberately absent:
# it only occurs on Taiwan residents' residence permits, see PERMIT_ADDRESS_CODES.
PROVINCE_CODES: dict[str, str] = {
    "11": "北京", "12": "天津", "13": "河北", "14": "山西", "15": "内蒙古",
    "21": "辽宁", "22": "吉林", "23": "黑龙江",
    "31": "上海", "32": "江苏", "33": "浙江", "34": "安徽", "35": "福建", "36": "江西", "37": "山东",
    "41": "河南", "42": "湖北", "43": "湖南", "44": "广东", "45": "广西", "46": "海南",
    "50": "重庆", "51": "四川", "52": "贵州", "53": "云南", "54": "西藏",
    "61": "陕西", "62": "甘肃", "63": "青海", "64": "宁夏", "65": "新疆",
    "71": "台湾", "81": "香港", "82": "澳门",
}  # fmt: skip

# 港澳台居民居住证 use a whole-region address code instead of a county.
PERMIT_ADDRESS_CODES: dict[str, str] = {"810000": "香港", "820000": "澳门", "830000": "台湾"}

WEIGHTS: tuple[int, ...] = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"

_RESIDENT_FIELD = "公民身份号码"
_OTHER_FIELD = "证件号码"
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_PR_2017 = re.compile(r"[A-Z]{3}\d{12}")
_PASSPORT = re.compile(r"[A-Z0-9]+")
_FREE_TEXT_MAX = 40  # resident.id_number is String(40)
# Shapes of numbers a 台账 may hold in its 身份证号 column without saying what they are (see infer_id_type).
_PASSPORT_STYLE = re.compile(r"[A-Z]{1,2}\d{6,9}")  # E12345678, EA1234567, G12345678, P1234567, foreign TK1234567
_TRAVEL_PERMIT_STYLE = re.compile(r"[HM]\d{8}(?:\d{2})?|C[A-Z0-9]\d{7}|[TL]\d{8}")  # 回乡证, 往来港澳/台湾通行证
_DOCUMENT_STYLE = re.compile(r"(?=.*\d)(?=.*[A-Z])[A-Z0-9()\-]{5,20}")  # letters and digits, e.g. 1234567890(B)
_GB_LENGTHS = (15, 18)


def _is_digits(text: str) -> bool:
    """ASCII 0-9 only: str.isdigit() also accepts ² and Arabic-Indic digits, which int() then mangles."""
    return text.isascii() and text.isdigit()


class InvalidIdNumber(ValueError):
    """Carries a Chinese reason; row/field are filled in by importers."""

    def __init__(self, reason: str, *, field: str = _RESIDENT_FIELD, row: int | None = None) -> None:
        self.reason = reason
        self.field = field
        self.row = row
        super().__init__(reason)

    def __str__(self) -> str:
        prefix = f"第{self.row}行 " if self.row is not None else ""
        return f"{prefix}{self.field} {self.reason}"


@dataclass(frozen=True)
class IdInfo:
    """What a valid number tells us; None where the ID type carries no such information."""

    number: str
    id_type: IdType
    birth_date: date | None
    sex: str | None
    address_code: str | None
    upgraded_from: str | None = None


def check_character(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character over the first 17 digits (GB 11643-1999 §8)."""
    if len(first17) != 17 or not _is_digits(first17):
        raise ValueError(f"check_character needs 17 ASCII digits, got {first17!r}")
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def upgrade_15_to_18(number15: str) -> str:
    """Legacy GB 11643-1989 numbers have a 2-digit year (always 19xx): insert "19" and add the check char."""
    if len(number15) != 15 or not _is_digits(number15):
        raise InvalidIdNumber(f"15位号码应全部为数字，实际为“{number15}”")
    first17 = number15[:6] + "19" + number15[6:]
    return first17 + check_character(first17)


def normalize_id_text(raw: str) -> str:
    """Undo what Excel and IMEs do: full-width forms, inner spaces/tabs, zero-width marks, lowercase letters."""
    text = unicodedata.normalize("NFKC", raw).translate(_INVISIBLE)
    text = "".join(text.split())
    if text.startswith("'"):  # Excel's "store as text" prefix when pasted from a cell
        text = text[1:]
    return text.upper()


def coerce_id_type(id_type: IdType | str | None) -> IdType | None:
    """Accept the enum, its value, a common spelling (身份证, 永居证 …), or blank for "detect"."""
    if id_type is None or isinstance(id_type, IdType):
        return id_type
    text = "".join(unicodedata.normalize("NFKC", id_type).split())
    if not text:
        return None
    try:
        return IdType(text)
    except ValueError:
        pass
    if text in ID_TYPE_ALIASES:
        return ID_TYPE_ALIASES[text]
    raise InvalidIdNumber(f"未知的证件类型“{text}”", field="证件类型")


def looks_like_passport(text: str) -> bool:
    """One or two letters then 6–9 digits: Chinese passports (E12345678, EA1234567, G12345678, P1234567 公务) and
    most foreign ones. Travel permits share the shape, so infer_id_type tries those first."""
    return _PASSPORT_STYLE.fullmatch(normalize_id_text(text)) is not None


def infer_id_type(raw: str) -> IdType:
    """The type to check a number under when nothing says what it is (a 台账 without a 证件类型 column).

    PASSPORT or OTHER only when the number plainly is not a 居民身份证 number mistyped: purely digits (any
    length), digits ending in X, and anything 15 or 18 characters long stay RESIDENT, so a wrong length or a
    stray letter is refused with its precise reason instead of slipping through as free text (RESIDENT still
    finds 港澳台居住证 and both 永居证 formats). Then a 港澳台 travel permit shape → OTHER, a passport shape
    → PASSPORT, any other mix of letters and digits (5–20, e.g. 1234567890(B)) → OTHER; the rest RESIDENT.
    """
    raw = raw or ""
    if raw.isascii() and raw.removesuffix("X").removesuffix("x").isdigit():
        return IdType.RESIDENT  # the usual cell, without the cost of normalising it
    text = normalize_id_text(raw)
    digits = text.removesuffix("X")
    if not text or (digits and _is_digits(digits)) or len(text) in _GB_LENGTHS:
        return IdType.RESIDENT
    if _TRAVEL_PERMIT_STYLE.fullmatch(text):
        return IdType.OTHER
    if _PASSPORT_STYLE.fullmatch(text):
        return IdType.PASSPORT
    if _DOCUMENT_STYLE.fullmatch(text):
        return IdType.OTHER
    return IdType.RESIDENT


def parse_id_number(raw: str, id_type: IdType | str | None = None, *, today: date | None = None) -> IdInfo:
    """Normalise and validate an ID number; raises InvalidIdNumber with a Chinese reason.

    None detects the type. RESIDENT (the default on every form) also lets a number that is plainly a
    permit (81/82/83…) or a foreign PR card (9…, or three letters + 12 digits) through as that type,
    so a blank 证件类型 column does not reject valid people; the returned id_type says what was found.
    HMT_PERMIT and FOREIGN_PR are strict.
    """
    kind = coerce_id_type(id_type)
    number = normalize_id_text(raw or "")  # a blank Excel cell arrives as None
    today = today or date.today()
    if kind in (IdType.PASSPORT, IdType.OTHER):
        return _parse_free_text(number, kind)
    if not number:
        raise InvalidIdNumber("不能为空", field=_field_for(kind))
    if kind in (None, IdType.RESIDENT):
        kind = _detect(number)
    if kind is IdType.FOREIGN_PR:
        return _parse_foreign_pr(number, today)
    return _parse_gb11643(number, kind, today)


def _field_for(kind: IdType | None) -> str:
    return _OTHER_FIELD if kind in (IdType.FOREIGN_PR, IdType.PASSPORT, IdType.OTHER) else _RESIDENT_FIELD


def _detect(number: str) -> IdType:
    if (len(number) == 18 and number.startswith("9")) or _PR_2017.fullmatch(number):
        return IdType.FOREIGN_PR
    if number[:2] in ("81", "82", "83") and len(number) == 18:
        return IdType.HMT_PERMIT
    return IdType.RESIDENT


def _parse_gb11643(number: str, kind: IdType, today: date) -> IdInfo:
    """居民身份证 and 港澳台居民居住证 share the layout and checksum; only the address rule differs."""
    upgraded_from: str | None = None
    if kind is IdType.RESIDENT and len(number) == 15:
        if not _is_digits(number):
            raise InvalidIdNumber("15位号码只能包含数字")
        upgraded_from, number = number, upgrade_15_to_18(number)  # then checked like any 18-digit number
    _check_shape(number)
    if kind is IdType.HMT_PERMIT:
        if number[:6] not in PERMIT_ADDRESS_CODES:
            raise InvalidIdNumber("港澳台居民居住证号码的地址码应为810000、820000或830000")
    else:
        _check_province(number)
    birth = _check_birth_date(number[6:14], today)
    _check_check_character(number)
    return IdInfo(
        number=number,
        id_type=kind,
        birth_date=birth,
        sex=_sex_of(number[16]),
        address_code=number[:6],
        upgraded_from=upgraded_from,
    )


def _parse_foreign_pr(number: str, today: date) -> IdInfo:
    """2023 card: 9 + 受理地 province (2) + nationality (3) + birth (8) + order (3) + MOD 11-2 check.

    The 2017 card (3 letters + 4-digit 受理地 + YYMMDD + 2 digits) is checked for shape, 受理地 province
    and a real date only; its check digit scheme is not published in a form we could verify.
    """
    field = _OTHER_FIELD
    if _PR_2017.fullmatch(number):
        _check_province(number[3:5], field=field, label="受理地代码")
        return IdInfo(number, IdType.FOREIGN_PR, _pr2017_birth(number[7:13], today), None, None)
    if not number.startswith("9"):
        raise InvalidIdNumber("外国人永久居留身份证号码应以9开头（旧版为3位字母加12位数字）", field=field)
    _check_shape(number, field=field)
    _check_province(number[1:3], field=field, label="受理地代码")
    birth = _check_birth_date(number[6:14], today, field=field)
    _check_check_character(number, field=field)
    return IdInfo(number, IdType.FOREIGN_PR, birth, _sex_of(number[16]), None)


def _pr2017_birth(yymmdd: str, today: date) -> date | None:
    """Both centuries can fit a 2-digit year; only a single plausible reading is returned."""
    readings = []
    for century in ("19", "20"):
        try:
            day = _to_date(century + yymmdd)
        except ValueError:
            continue
        if day <= today:
            readings.append(day)
    if not readings:
        raise InvalidIdNumber(f"出生日期{yymmdd}不存在", field=_OTHER_FIELD)
    return readings[0] if len(readings) == 1 else None


def _parse_free_text(number: str, kind: IdType) -> IdInfo:
    """护照 and 其他证件 have no national checksum: keep them tidy, reject only obvious rubbish."""
    field = _OTHER_FIELD
    if not number:
        raise InvalidIdNumber("不能为空", field=field)
    if len(number) > _FREE_TEXT_MAX:
        raise InvalidIdNumber(f"长度不能超过{_FREE_TEXT_MAX}位，实际为{len(number)}位", field=field)
    if kind is IdType.PASSPORT:
        if not number.isascii() or not _PASSPORT.fullmatch(number):
            raise InvalidIdNumber("护照号码只能包含字母和数字", field=field)
        if len(number) < 5:
            raise InvalidIdNumber(f"护照号码过短（{len(number)}位）", field=field)
    elif not number.isprintable():
        raise InvalidIdNumber("含有不可见的控制字符", field=field)
    return IdInfo(number, kind, None, None, None)


def _check_shape(number: str, *, field: str = _RESIDENT_FIELD) -> None:
    if len(number) != 18:
        raise InvalidIdNumber(f"长度应为18位，实际为{len(number)}位", field=field)
    if not _is_digits(number[:17]):
        raise InvalidIdNumber("前17位只能是数字", field=field)
    if number[17] not in CHECK_CHARS:
        raise InvalidIdNumber("第18位只能是数字或X", field=field)


def _check_province(number: str, *, field: str = _RESIDENT_FIELD, label: str = "省级行政区划代码") -> None:
    code = number[:2]
    if code not in PROVINCE_CODES:
        hint = "（83开头为台湾居民居住证号码）" if code == "83" else ""
        raise InvalidIdNumber(f"{label}{code}不存在{hint}", field=field)


def _to_date(yyyymmdd: str) -> date:
    return date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))


def _check_birth_date(yyyymmdd: str, today: date, *, field: str = _RESIDENT_FIELD) -> date:
    try:
        birth = _to_date(yyyymmdd)
    except ValueError:
        raise InvalidIdNumber(f"出生日期{yyyymmdd}不存在", field=field) from None
    if birth > today:
        raise InvalidIdNumber(f"出生日期{yyyymmdd}晚于今天", field=field)
    return birth


def _check_check_character(number: str, *, field: str = _RESIDENT_FIELD) -> None:
    expected = check_character(number[:17])
    if number[17] != expected:
        raise InvalidIdNumber(f"校验位应为{expected}", field=field)


def _sex_of(order_digit: str) -> str:
    """GB/T 2261.1 code from the last digit of the order code: odd = 男 (1), even = 女 (2)."""
    return "1" if int(order_digit) % 2 else "2"


_SEX_INPUT = {"1": "1", "男": "1", "男性": "1", "2": "2", "女": "2", "女性": "2"}
_SEX_NAME = {"1": "男", "2": "女"}


def describe_mismatch(info: IdInfo, *, birth_date: date | None, sex: str | None) -> list[str]:
    """Warnings when separately entered values disagree with the number: warn, never silently overwrite."""
    label = "身份证号" if info.id_type in (IdType.RESIDENT, IdType.HMT_PERMIT) else "证件号码"
    warnings: list[str] = []
    if info.birth_date is not None and birth_date is not None and birth_date != info.birth_date:
        warnings.append(f"出生日期与{label}不符（号码为{info.birth_date.isoformat()}）")
    entered_sex = _SEX_INPUT.get((sex or "").strip())
    if info.sex is not None and entered_sex is not None and entered_sex != info.sex:
        warnings.append(f"性别与{label}不符（号码为{_SEX_NAME[info.sex]}）")
    return warnings


def mask_id_number(number: str) -> str:
    """Hide the birth date and most of the order code; 18-char numbers keep the first 6 and last 4."""
    text = number.strip()
    if len(text) == 18:
        return text[:6] + "*" * 8 + text[-4:]
    keep = len(text) // 4  # 15 chars → 3 each side, a 9-char passport → 2
    if keep == 0:
        return "*" * len(text)
    return text[:keep] + "*" * (len(text) - 2 * keep) + text[-keep:]


_PHONE_SEPARATORS = re.compile(r"([/,，、;；]+)")


def mask_phone(phone: str) -> str:
    """138****5678 for mobiles; other numbers keep their punctuation and only the outer digits."""
    parts = _PHONE_SEPARATORS.split(unicodedata.normalize("NFKC", phone).strip())
    return "".join(part if _PHONE_SEPARATORS.fullmatch(part) else _mask_one_phone(part) for part in parts)


def _mask_one_phone(phone: str) -> str:
    text = phone.strip()
    digits = "".join(ch for ch in text if _is_digits(ch))
    if len(digits) == 13 and digits.startswith("861"):
        digits = digits[2:]
    if len(digits) == 11 and digits.startswith("1"):
        return digits[:3] + "****" + digits[-4:]
    count = len(digits)
    if count == 0:
        return text
    head, tail = (3, 4) if count >= 10 else (0, min(4, count // 2))
    out: list[str] = []
    seen = 0
    for ch in text:
        if _is_digits(ch):
            out.append(ch if seen < head or seen >= count - tail else "*")
            seen += 1
        else:
            out.append(ch)
    return "".join(out)
