"""值班 demo: the office's 15 staff, a year of rosters (eleven months back to the end of next month), leave,
a few 调班, and 值班记录 on every past shift — calls, visits, the odd incident, patrols and handover items.

Written with bulk inserts in the caller's transaction, like the other area demos; the roster itself comes from
the real generator, so the demo shows what the clerk would get.
"""

from __future__ import annotations

import random
from calendar import monthrange
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, update
from sqlalchemy.orm import Session

from community_desk.db.models.roster import (
    DutyAssignment,
    DutyDayOverride,
    DutyHandoverItem,
    DutyLog,
    DutyLogEntry,
    DutyShift,
    DutyStaff,
    DutySwap,
    DutyUnavailability,
)
from community_desk.domain import roster as rules
from community_desk.domain.demo_people import PeopleMaker
from community_desk.domain.duty_days import DAY_HOLIDAY, DayOverride, DutyDay, classify_days, years_without_schedule
from community_desk.domain.roster_generator import RosterPlan, generate_roster

# (role, can lead, how many); 网格员 one per grid.
OFFICE = (("书记", True, 1), ("主任", True, 1), ("副书记", True, 1), ("副主任", True, 1), ("委员", False, 3),
          ("网格员", False, 8))  # fmt: skip
MATTERS = {
    "来电": (("咨询高龄津贴申领", "已告知所需材料及办理时间"), ("反映楼道灯不亮", "已通知物业维修"),
             ("咨询居住证办理", "已告知携带材料到社区服务站"), ("反映邻居装修噪音", "已联系住户协调施工时间"),
             ("询问疫苗接种点", "已告知社区卫生服务站地址"), ("反映小区门口积水", "已报市政热线")),
    "来访": (("开具居住证明", "已核实后开具"), ("低保年审材料递交", "已收取材料并登记"),
             ("反映停车位纠纷", "已登记，转敞心阁约谈"), ("领取老年人优待证", "已发放"),
             ("咨询残疾人补贴", "已讲解政策并登记")),
    "突发事件": (("3号楼电梯困人", "已联系维保单位，20分钟解困，无人受伤"), ("小区内老人摔倒", "已拨打120并通知家属"),
                 ("楼道电动车充电冒烟", "已断电并通知物业，消除隐患")),
}  # fmt: skip
DOORSTEP = ("门前三包落实，无乱堆乱放", "沿街商户门前整洁", "发现2处乱堆物，已督促清理")
SAFETY = ("防火：消防通道畅通；防盗：门禁正常；防破坏、防治安灾害事故：未见异常", "四防巡查无异常",
          "防火：楼道杂物已提醒清理；其余无异常")  # fmt: skip
HANDOVER = ("5号楼漏水待物业回复", "居民反映路灯损坏，已报修待复", "快递柜被占用问题待协调", "独居老人回访待联系家属")


def generate_roster_demo(session: Session, today: date, seed: int) -> None:
    """Adds the 值班 demo to a freshly generated community (the caller's transaction)."""
    rng = random.Random(seed * 13 + 3)
    maker = PeopleMaker(rng, today)
    now = datetime.combine(today, time(9, 0))
    staff = _staff(session, maker, now)
    back = today.year * 12 + today.month - 1 - 11
    start_month = date(back // 12, back % 12 + 1, 1)
    after = today.replace(day=1) + timedelta(days=32)
    last = after.replace(day=monthrange(after.year, after.month)[1])
    overrides: dict[date, DayOverride] = {}
    if years_without_schedule(start_month, last):
        # 元旦 is certain before the State Council publishes the rest of a new year's schedule.
        new_year = DayOverride(date(last.year, 1, 1), DAY_HOLIDAY, "元旦")
        overrides[new_year.day] = new_year
        session.execute(insert(DutyDayOverride), [{"day": new_year.day, "kind": new_year.kind, "name": "元旦"}])
    days = classify_days(start_month, last, overrides)
    away = _leave(session, rng, staff, start_month, last)
    plan = generate_roster(days, rules.DEFAULT_SHIFT_TYPES, staff, away, seed=seed)
    shifts = _shifts(session, days)
    assignments = _assignments(session, plan, shifts, now)
    _swaps(session, rng, staff, assignments, shifts, today, now)
    _logs(session, rng, maker, staff, assignments, shifts, today)


def _staff(session: Session, maker: PeopleMaker, now: datetime) -> list[rules.Staff]:
    rows = []
    for role, can_lead, count in OFFICE:
        for _ in range(count):
            sex = maker.rng.choice("12")
            name = maker.name(sex, maker.birth_for_age(maker.rng.randint(28, 55)), maker.surname())
            rows.append({"id": len(rows) + 1, "name": name, "role": role, "phone": maker.phone(), "can_lead": can_lead,
                         "active": True, "notes": "", "created_at": now, "updated_at": now})  # fmt: skip
    rows[-1]["name"] = "王䶮"  # a rare character on every print of the roster
    session.execute(insert(DutyStaff), rows)
    return [rules.Staff(r["id"], r["name"], r["can_lead"]) for r in rows]


def _leave(
    session: Session, rng: random.Random, staff: list[rules.Staff], first: date, last: date
) -> list[rules.Unavailable]:
    rows = []
    for person in rng.sample(staff, 6):
        start = first + timedelta(days=rng.randrange((last - first).days - 10))
        length = rng.choice((1, 2, 3, 5))
        rows.append({"staff_id": person.id, "first": start, "last": start + timedelta(days=length - 1),
                     "reason": rng.choice(("请假", "请假", "培训")), "notes": ""})  # fmt: skip
    session.execute(insert(DutyUnavailability), rows)
    return [rules.Unavailable(r["staff_id"], r["first"], r["last"]) for r in rows]


def _shifts(session: Session, days: list[DutyDay]) -> dict[tuple[date, int], dict]:
    rows: dict[tuple[date, int], dict] = {}
    for day in days:
        for shift_type in rules.DEFAULT_SHIFT_TYPES:
            if day.kind in shift_type.day_kinds:
                starts_at, ends_at = shift_type.span(day.day)
                rows[(day.day, shift_type.id)] = {
                    "id": len(rows) + 1, "day": day.day, "shift_type_id": shift_type.id, "name": shift_type.name,
                    "starts_at": starts_at, "ends_at": ends_at, "day_kind": day.kind, "day_name": day.name,
                    "needed_leaders": shift_type.leaders, "needed_staff": shift_type.staff, "night": shift_type.night,
                }  # fmt: skip
    session.execute(insert(DutyShift), list(rows.values()))
    return rows


def _assignments(
    session: Session, plan: RosterPlan, shifts: dict[tuple[date, int], dict], now: datetime
) -> list[dict]:
    rows = [
        {"id": index + 1, "shift_id": shifts[(a.day, a.shift_type_id)]["id"], "staff_id": a.staff_id, "role": a.role,
         "source": "自动排班", "created_at": now - timedelta(days=400)}
        for index, a in enumerate(plan.assignments)
    ]
    session.execute(insert(DutyAssignment), rows)
    return rows


def _swaps(
    session: Session, rng: random.Random, staff: list[rules.Staff], assignments: list[dict],
    shifts: dict[tuple[date, int], dict], today: date, now: datetime,
) -> None:  # fmt: skip
    """Six 代班 in the past months, each to a colleague of the same kind who is free that day and the days around."""
    by_id = {s["id"]: s for s in shifts.values()}
    busy_days: dict[int, set[date]] = {}
    for row in assignments:
        busy_days.setdefault(row["staff_id"], set()).add(by_id[row["shift_id"]]["day"])
    names = {p.id: p.name for p in staff}
    leaders = [p for p in staff if p.can_lead]
    past = [r for r in assignments if by_id[r["shift_id"]]["day"] < today - timedelta(days=3)]
    next_id, swap_id = len(assignments) + 1, 0
    for row in rng.sample(past, min(60, len(past))):
        if swap_id == 6:
            break
        shift = by_id[row["shift_id"]]
        pool = [p for p in staff if p.can_lead == (row["role"] == rules.ROLE_LEADER) and p.id != row["staff_id"]]
        around = {shift["day"] + timedelta(days=d) for d in (-1, 0, 1)}
        free = [p for p in pool if not around & busy_days.get(p.id, set())]
        if not free:
            continue
        other, swap_id = rng.choice(free), swap_id + 1
        busy_days.setdefault(other.id, set()).update(around)
        at = datetime.combine(shift["day"] - timedelta(days=rng.randint(1, 5)), time(10, 0))
        summary = f"{shift['day'].month}月{shift['day'].day}日 {shift['name']} {names[row['staff_id']]} → {other.name}"
        session.execute(insert(DutySwap), [{
            "id": swap_id, "kind": "代班", "requested_by_id": row["staff_id"], "with_staff_id": other.id,
            "approved_by": rng.choice(leaders).name, "reason": rng.choice(("家中有事", "外出培训", "身体不适")),
            "summary": summary, "requested_at": at, "recorded_at": at,
        }])  # fmt: skip
        session.execute(
            update(DutyAssignment).where(DutyAssignment.id == row["id"]).values(ended_at=at, ended_by_swap_id=swap_id)
        )
        session.execute(insert(DutyAssignment), [{
            "id": next_id, "shift_id": row["shift_id"], "staff_id": other.id, "role": row["role"], "source": "调班",
            "created_at": at, "created_by_swap_id": swap_id,
        }])  # fmt: skip
        next_id += 1


def _logs(
    session: Session, rng: random.Random, maker: PeopleMaker, staff: list[rules.Staff], assignments: list[dict],
    shifts: dict[tuple[date, int], dict], today: date,
) -> None:  # fmt: skip
    """值班记录 on every shift that has ended; a handover item now and then, closed a few shifts later."""
    names = {p.id: p.name for p in staff}
    people: dict[int, list[str]] = {}
    for row in assignments:
        people.setdefault(row["shift_id"], []).append(names[row["staff_id"]])
    done = sorted((s for s in shifts.values() if s["ends_at"].date() <= today), key=lambda s: s["starts_at"])
    logs, entries, items = [], [], []
    for index, shift in enumerate(done):
        night = shift["night"]
        follower = done[index + 1] if index + 1 < len(done) else None
        logs.append({
            "shift_id": shift["id"], "patrol_doorstep": "" if night else rng.choice(DOORSTEP),
            "patrol_safety": rng.choice(SAFETY), "notes": "",
            "handed_over_by": people.get(shift["id"], [""])[-1],
            "taken_over_by": people.get(follower["id"], [""])[-1] if follower else "",
            "updated_at": shift["ends_at"],
        })  # fmt: skip
        for kind, mean in (("来电", 0.6 if night else 2.0), ("来访", 0.1 if night else 1.2), ("突发事件", 0.02)):
            for _ in range(_poisson(rng, mean)):
                matter, handling = rng.choice(MATTERS[kind])
                start = shift["starts_at"] + timedelta(minutes=rng.randrange(int((shift["ends_at"] - shift["starts_at"])
                                                                                 .total_seconds() // 60)))  # fmt: skip
                caller = maker.name(rng.choice("12"), date(1970, 1, 1), maker.surname())
                entries.append({
                    "shift_id": shift["id"], "kind": kind, "at": f"{start:%H:%M}",
                    "person": "" if kind == "突发事件" else caller,
                    "phone": maker.phone() if kind == "来电" else "", "matter": matter, "handling": handling,
                    "people": rng.choice((1, 1, 1, 2, 3)) if kind == "来访" else 1,
                })  # fmt: skip
        if rng.random() < 0.06:
            closer = done[index + rng.randint(1, 4)] if index + 4 < len(done) - 6 else None  # the last ones stay open
            items.append({
                "opened_shift_id": shift["id"], "text": rng.choice(HANDOVER),
                "closed_shift_id": closer["id"] if closer else None, "closing_note": "已办结" if closer else "",
            })  # fmt: skip
    for table, rows in ((DutyLog, logs), (DutyLogEntry, entries), (DutyHandoverItem, items)):
        if rows:
            session.execute(insert(table), rows)


def _poisson(rng: random.Random, mean: float) -> int:
    """A small count with the given mean (Knuth's method): calls per shift vary like real ones."""
    limit, count, product = pow(2.718281828459045, -mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count
