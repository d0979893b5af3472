"""The day's 值班记录 sheet (.docx) from the editable template duty_log.docx (docxtpl).

One sheet per shift (domain.md §2): 日期, 班次, 带班领导, 值班人员, the 来电/来访 entries, 突发事件, 巡查情况
(门前三包, 四防), 交接班事项/遗留问题 and the 交班人/接班人 signatures, which are left blank to sign by hand. Every
list prints at least one row: an empty one says 无. Characters beyond U+FFFF (𠮷) get SimSun-ExtB in word.render.

No Qt and no database here: the service hands over a DutyLogView.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

from community_desk.domain.calendar import WEEKDAY_NAMES
from community_desk.exports.word import chinese_date, render
from community_desk.services.roster_dto import DutyLogView, HandoverItemView, PersonOnDuty

TEMPLATE = "duty_log.docx"
NONE = "无"
KIND_CALL, KIND_VISIT, KIND_INCIDENT = "来电", "来访", "突发事件"
GROUP_CARRIED, GROUP_RAISED, GROUP_CLOSED = "上班遗留", "本班新增", "本班办结"
PERSON_SEPARATOR = "、"
# The single row an empty table prints.
NO_CALLS = {"time": NONE, "kind": "", "person": "", "phone": "", "matter": "", "handling": "", "people": ""}
NO_INCIDENTS = {"time": NONE, "matter": "", "handling": ""}


def _time(value: time) -> str:
    return f"{value:%H:%M}"


def _day(value: date | None) -> str:
    return f"{value.month}月{value.day}日" if value else ""


def _names(people: tuple[PersonOnDuty, ...]) -> str:
    return PERSON_SEPARATOR.join(p.name + ("（调班）" if p.by_swap else "") for p in people)


def _raised(item: HandoverItemView) -> str:
    """11月3日 夜间 (the shift the item was raised on), or the date alone."""
    return item.opened_shift or _day(item.opened_on)


def _handover(log: DutyLogView) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    groups = (
        (GROUP_CARRIED, log.carried_in, lambda i: "未办结"),
        (GROUP_RAISED, log.raised_here, lambda i: "已办结" if i.closed else "待下一班跟进"),
        (GROUP_CLOSED, log.closed_here,
         lambda i: "已办结" + (f"：{i.closing_note}" if i.closing_note else "")),
    )  # fmt: skip
    for group, items, status in groups:
        if not items:
            rows.append({"group": group, "text": NONE, "raised": "", "status": ""})
        for item in items:
            rows.append({"group": group, "text": item.text, "raised": _raised(item), "status": status(item)})
    return rows


def context(log: DutyLogView, community: str = "") -> dict[str, Any]:
    """What duty_log.docx reads: plain strings and lists, already formatted."""
    shift, data = log.shift, log.data
    entries = sorted(log.entries, key=lambda e: e.at)
    calls = [
        {"time": _time(e.at), "kind": e.kind, "person": e.person, "phone": e.phone, "matter": e.matter,
         "handling": e.handling, "people": str(e.people)}
        for e in entries
        if e.kind in (KIND_CALL, KIND_VISIT)
    ]  # fmt: skip
    incidents = [
        {"time": _time(e.at), "matter": e.matter, "handling": e.handling} for e in entries if e.kind == KIND_INCIDENT
    ]
    return {
        "community": community,
        "date": f"{chinese_date(shift.day)} 星期{WEEKDAY_NAMES[shift.day.weekday()]}",
        "shift": shift.name,
        "hours": shift.hours_label,
        "leaders": _names(shift.leaders),
        "staff": _names(shift.staff),
        "calls": calls or [NO_CALLS],
        "call_people": sum(e.people for e in entries if e.kind == KIND_CALL),
        "visit_people": sum(e.people for e in entries if e.kind == KIND_VISIT),
        "incidents": incidents or [NO_INCIDENTS],
        "patrol_doorstep": data.patrol_doorstep,
        "patrol_safety": data.patrol_safety,
        "handover": _handover(log),
        "notes": data.notes,
        "handed_over_by": data.handed_over_by,
        "taken_over_by": data.taken_over_by,
    }


def write_duty_log_docx(path: Path, log: DutyLogView, community: str = "", template: Path | None = None) -> Path:
    """Fill the 值班记录 template (the bundled one unless `template` names another .docx) and save it atomically."""
    name = str(Path(template).resolve()) if template is not None else TEMPLATE
    return render(name, context(log, community), Path(path))
