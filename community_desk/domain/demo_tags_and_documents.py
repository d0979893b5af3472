"""Whole-community passes over the composed demo households: 特殊人群 tags and the awkward ID documents.

Together because both run once every household is planned, pick people from the whole community at rates tied
to its size, and draw from the shared rng in the order generate_demo calls them. The few deliberately flagged
birth dates (FLAGGED_NOTE) give the registry's 核对 column something to show.
"""

from __future__ import annotations

from datetime import date, timedelta

from community_desk.domain.codes import HEAD_RELATION
from community_desk.domain.demo_people import HouseholdPlan, PeopleMaker, Person, Tag
from community_desk.domain.idcard import IdType
from community_desk.domain.residents import EventKind, age_on

FLAGGED_NOTE = "出生日期按农历登记，待核对"
UPGRADED_NOTE = "原15位身份证号"
PERMITS = (("810000", "香港特别行政区"), ("820000", "澳门特别行政区"), ("830000", "台湾地区"))

DISABILITIES = (("肢体", 40), ("视力", 15), ("听力", 15), ("言语", 3), ("智力", 10), ("精神", 10), ("多重", 7))
GRADES = (("一级", 15), ("二级", 30), ("三级", 30), ("四级", 25))


def plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 Feb in a common year
        return date(day.year + years, 3, 1)


def assign_documents(plans: list[HouseholdPlan], maker: PeopleMaker) -> None:
    """The awkward cases a clerk meets: 港澳台 permits, 护照, upgraded 15-digit numbers, a lunar birth date."""
    rng, today, count = maker.rng, maker.today, len(plans)
    pool = [
        p
        for plan in plans
        if not plan.fixed
        for p in plan.members
        if p.current and p.events[0][0] == EventKind.MOVE_IN.value and 20 <= age_on(p.birth_date, today) <= 75
    ]
    rng.shuffle(pool)
    outsiders = [p for p in pool if p.political_status == "13" and not p.tags]  # no 党员 or 低保 from abroad
    outsiders = outsiders[: max(3, count // 400) + max(1, count // 800)]
    for index, person in enumerate(outsiders):
        if index < max(3, count // 400):
            area, region = PERMITS[index % len(PERMITS)]
            person.id_type = IdType.HMT_PERMIT.value
            person.id_number = maker.id_number(area, person.birth_date, person.gender)
            person.hukou_address, person.stay_reason = region, rng.choice(("务工", "经商"))
        else:
            person.id_type, person.id_number = IdType.PASSPORT.value, maker.passport_number()
            person.hukou_address, person.stay_reason, person.note = "", "投靠亲友", "华侨，持中国护照"
        person.category, person.arrived_on = "2", person.stints[0].start
    taken = {id(p) for p in outsiders}
    rest = [p for p in pool if id(p) not in taken]
    upgraded = [p for p in rest if p.birth_date.year < 1980][: max(3, count // 300)]
    for person in upgraded:
        number = person.id_number or ""
        person.note = f"{UPGRADED_NOTE}{number[:6]}{number[8:17]}已升级为18位"
    residents = sum(len(plan.members) for plan in plans)
    taken = {id(p) for p in upgraded}
    for person in [p for p in rest if id(p) not in taken][: max(1, round(residents * 0.005))]:
        person.birth_date -= timedelta(days=rng.randint(20, 50))  # stays before every date derived from it
        person.note = FLAGGED_NOTE


def assign_tags(plans: list[HouseholdPlan], maker: PeopleMaker) -> None:
    """Special-group periods at realistic rates; a tag never outlives the person's stay in the community."""
    rng, today = maker.rng, maker.today
    yesterday = today - timedelta(days=1)
    years = [today - timedelta(days=365 * n) for n in range(16)]

    def add(person: Person, kind: str, start: date, end: date | None = None, detail: str = "") -> None:
        start = min(max(start, person.birth_date + timedelta(days=1)), yesterday)
        if end is None or end > start:
            person.tags.append(Tag(kind, start, end if end and end < today else None, detail))

    for plan in plans:
        present = [m for m in plan.members if m.current]
        couple_only = len(present) == 2 and {m.relation for m in present} == {HEAD_RELATION, "10"}
        low_income = rng.random() < 0.02
        low_start = maker.day_between(years[6], years[0] - timedelta(days=60))
        low_end = maker.day_between(low_start + timedelta(days=90), yesterday) if rng.random() < 0.2 else None
        for person in plan.members:
            age, joined = age_on(person.birth_date, today), person.stints[0].start
            if low_income:
                add(person, "低保", low_start, low_end)
            if person.political_status == "01":
                joined_party = plus_years(person.birth_date, rng.randint(18, max(18, min(35, age))))
                add(person, "党员", joined_party, detail="正式党员")
            if person.gender == "1" and age >= 40 and rng.random() < 0.04:
                person.military_service = "1"
                discharged = plus_years(person.birth_date, rng.randint(21, 28))
                add(person, "退役军人", discharged)
                if rng.random() < 0.25:
                    add(person, "优抚对象", maker.day_between(discharged, yesterday))
            if rng.random() < 0.03:
                first = max(plus_years(person.birth_date, 1), years[15])
                detail = f"{maker.weighted(DISABILITIES)} {maker.weighted(GRADES)}"
                add(person, "残疾", maker.day_between(first, yesterday - timedelta(days=30)), detail=detail)
            if 18 <= age <= 55 and person.employer not in ("退休", "在校学生") and rng.random() < 0.025:
                person.employer = ""
                start = maker.day_between(years[2], yesterday - timedelta(days=30))
                end = maker.day_between(start + timedelta(days=60), yesterday) if rng.random() < 0.3 else None
                add(person, "失业人员", start, end)
            if person.gender == "2" and 15 <= age <= 49 and rng.random() < 0.6:
                add(person, "育龄妇女", max(plus_years(person.birth_date, 15), joined))
            if 18 <= age <= 75 and rng.random() < 0.03:
                add(person, "志愿者", maker.day_between(years[5], yesterday))
            if age >= 70 and person.current:
                since = max(joined, plus_years(person.birth_date, 70), years[8])
                if len(present) == 1 and rng.random() < 0.85:
                    add(person, "独居老人", since)
                elif couple_only and rng.random() < 0.75:
                    add(person, "空巢老人", since)
            parents_away = not any(m.relation in ("20", "30") for m in present)
            if person.relation == "40" and age < 16 and person.current and parents_away:
                add(person, "留守儿童", max(joined, plus_years(person.birth_date, 1)), detail="父母在外务工")
    _assign_rare_tags(plans, maker)
    for plan in plans:
        for person in plan.members:
            left = person.stints[-1].end
            if left is not None:
                person.tags = [t for t in person.tags if t.start < left]
                for tag in person.tags:
                    tag.end = left if tag.end is None or tag.end > left else tag.end


def _assign_rare_tags(plans: list[HouseholdPlan], maker: PeopleMaker) -> None:
    """A couple of 社区矫正 and 安置帮教 (visible to 管理员 only) and a few 特困供养, in every community."""
    rng, today, count = maker.rng, maker.today, len(plans)
    adults = [
        p
        for plan in plans
        if not plan.fixed
        for p in plan.members
        if p.current and 25 <= age_on(p.birth_date, today) <= 55
    ]
    corrections, resettled = max(2, count // 1500), max(1, count // 2000)
    picks = rng.sample(adults, min(len(adults), corrections + resettled))
    for index, person in enumerate(picks[:corrections]):
        start = maker.day_between(today - timedelta(days=730), today - timedelta(days=240 if index == 1 else 60))
        end = maker.day_between(start + timedelta(days=180), today - timedelta(days=1)) if index == 1 else None
        kind = rng.choice(("缓刑", "假释", "管制", "暂予监外执行"))
        person.tags.append(Tag("社区矫正", start, end, kind))
    for person in picks[corrections:]:
        start = maker.day_between(today - timedelta(days=365 * 6), today - timedelta(days=30))
        end = plus_years(start, 5)
        person.tags.append(Tag("安置帮教", start, end if end < today else None, "刑满释放"))
    solos = [
        plan.members[0]
        for plan in plans
        if len(plan.members) == 1 and plan.members[0].current and age_on(plan.members[0].birth_date, today) >= 60
    ]
    for person in rng.sample(solos, min(len(solos), max(1, len(solos) // 40))):
        start = maker.day_between(today - timedelta(days=365 * 5), today - timedelta(days=30))
        person.tags.append(Tag("特困供养", max(start, person.stints[0].start), None, "分散供养"))
