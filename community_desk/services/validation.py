"""Checks a member's input before anything is written; every refusal names the field in Chinese."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

from community_desk.domain import codes
from community_desk.domain.idcard import IdType, InvalidIdNumber, describe_mismatch, parse_id_number
from community_desk.services.dto import ResidentInput
from community_desk.services.errors import UserError

NAME_MAX = 50
PHONE_PATTERN = re.compile(r"^[0-9+\-() ]{5,30}$")
CHECKED_ID_TYPES = {IdType.RESIDENT.value, IdType.HMT_PERMIT.value, IdType.FOREIGN_PR.value}

FIELD_LABELS = {
    "name": "姓名",
    "id_number": "证件号码",
    "gender": "性别",
    "birth_date": "出生日期",
    "ethnicity": "民族",
    "political_status": "政治面貌",
    "education": "文化程度",
    "marital_status": "婚姻状况",
    "military_service": "兵役状况",
    "category": "人员类别",
    "phone": "联系电话",
    "relation": "与户主关系",
}

CODED_FIELDS = {
    "gender": codes.GENDERS,
    "ethnicity": codes.ETHNICITIES,
    "political_status": codes.POLITICAL_STATUSES,
    "education": codes.EDUCATION_LEVELS,
    "marital_status": codes.MARITAL_STATUSES,
    "military_service": codes.MILITARY_SERVICES,
    "category": codes.PERSON_CATEGORIES,
}


def clean_text(value: str) -> str:
    """NFC-normalise and trim, keeping rare characters (𠮷) exactly as typed."""
    return unicodedata.normalize("NFC", value).strip()


def validate_resident(data: ResidentInput, *, today: date | None = None) -> tuple[ResidentInput, tuple[str, ...]]:
    """Normalised input plus warnings (e.g. birth date disagreeing with the ID), or a UserError."""
    today = today or date.today()
    name = clean_text(data.name)
    if not name:
        raise UserError("请填写姓名", field="name")
    if len(name) > NAME_MAX:
        raise UserError(f"姓名不能超过{NAME_MAX}个字", field="name")
    for field_name, code_list in CODED_FIELDS.items():
        value = getattr(data, field_name)
        if value and value not in code_list:
            raise UserError(f"{FIELD_LABELS[field_name]}代码“{value}”不在国家标准代码表中", field=field_name)
    phone = clean_text(data.phone)
    if phone and not PHONE_PATTERN.match(phone):
        raise UserError("联系电话只能包含数字、空格、+、-、括号，长度5–30位", field="phone")
    if data.birth_date and data.birth_date > today:
        raise UserError("出生日期不能晚于今天", field="birth_date")
    if data.arrived_on and data.arrived_on > today:
        raise UserError("来本地日期不能晚于今天", field="arrived_on")

    number: str | None = clean_text(data.id_number) or None
    birth_date, gender = data.birth_date, data.gender
    warnings: tuple[str, ...] = ()
    if number is not None:
        if data.id_type in CHECKED_ID_TYPES:
            try:
                info = parse_id_number(number, data.id_type, today=today)
            except InvalidIdNumber as error:
                raise UserError(str(error), field="id_number") from error
            number = info.number
            warnings = tuple(describe_mismatch(info, birth_date=birth_date, sex=gender or None))
            birth_date = birth_date or info.birth_date
            gender = gender or info.sex or ""
        else:
            number = number.upper()
    cleaned = replace(
        data,
        name=name,
        former_name=clean_text(data.former_name),
        id_number=number or "",
        phone=phone,
        birth_date=birth_date,
        gender=gender or "0",
        hukou_address=clean_text(data.hukou_address),
        employer=clean_text(data.employer),
        religion=clean_text(data.religion),
        stay_reason=clean_text(data.stay_reason),
        note=clean_text(data.note),
    )
    return cleaned, warnings


def id_warnings(id_type: str, id_number: str | None, birth_date: date | None, gender: str) -> tuple[str, ...]:
    """Disagreements between a stored number and the stored birth date/sex, for the 核对 column."""
    if not id_number or id_type not in CHECKED_ID_TYPES:
        return ()
    try:
        info = parse_id_number(id_number, id_type)
    except InvalidIdNumber as error:
        return (error.reason,)
    return tuple(describe_mismatch(info, birth_date=birth_date, sex=gender or None))


def check_relation(relation: str) -> str:
    if relation not in codes.RELATIONS:
        raise UserError("请选择与户主关系", field="relation")
    return relation
