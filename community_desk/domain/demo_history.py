"""A year of life in the demo community before `today`: 迁出, 死亡, 出生 and 户内变更, at most one per household.

Plain Python over the composed HouseholdPlans, run after composition and before the tags are assigned, so that
a tag never outlives the person's stay in the community.
"""

from __future__ import annotations

from datetime import date, timedelta

from community_desk.domain import codes
from community_desk.domain.demo_people import HouseholdPlan, PeopleMaker, Person, Stint
from community_desk.domain.demo_vocabulary import BEIJING_AREAS, COMPOUND_SURNAMES, HOME_AREA, HOME_PREFIX, OTHER_AREAS
from community_desk.domain.residents import EventKind, age_on

HEAD = codes.HEAD_RELATION
HANDOVER_SHAPES = ([HEAD, "20"], [HEAD, "30"], [HEAD, "10", "20"], [HEAD, "10", "30"])


def add_history(plans: list[HouseholdPlan], maker: PeopleMaker) -> None:
    """A year of 迁出, 死亡, 出生 and 户内变更 before `today`; at most one change per household, heads handed on."""
    rng, today = maker.rng, maker.today
    count = len(plans)
    free = [plan for plan in plans if not plan.fixed]
    rng.shuffle(free)

    def when(after: date) -> date | None:
        first = max(today - timedelta(days=365), after + timedelta(days=1))
        return None if first >= today else maker.day_between(first, today - timedelta(days=1))

    def end(person: Person, on: date, kind: EventKind, detail: str) -> None:
        person.stints[-1].end = on
        person.events.append((kind.value, on, detail))
        if kind == EventKind.DEATH:
            person.death_date = on

    def change(person: Person, relation: str, on: date) -> None:
        old = person.relation
        person.stints[-1].end = on
        person.stints.append(Stint(relation, on))
        names = codes.RELATIONS.name_of(old), codes.RELATIONS.name_of(relation)
        person.events.append((EventKind.CHANGE.value, on, f"与户主关系 {names[0]} → {names[1]}"))

    def destination() -> str:
        return "迁往" + rng.choice([*BEIJING_AREAS.values(), *OTHER_AREAS.values()])

    quotas = {"leave": max(1, count // 100), "death": max(2, count // 120), "out": max(2, count // 40)}
    quotas |= {"birth": max(2, count // 125), "handover": max(2, count // 200)}
    for plan in free:
        members = plan.members
        start = max(m.stints[-1].start for m in members)
        on = when(start)
        if on is None:
            continue
        ages = [age_on(m.birth_date, today) for m in members]
        relations = [m.relation for m in members]
        mother_age = ages[0] if members[0].gender == "2" or len(ages) == 1 else ages[1]
        if quotas["leave"] and len(members) <= 3:
            quotas["leave"] -= 1
            for person in members:
                end(person, on, EventKind.MOVE_OUT, destination())
            plan.closed_on = on
        elif quotas["death"] and ages[0] >= 75 and (relations in ([HEAD], [HEAD, "10"], [HEAD, "10", "20"])):
            quotas["death"] -= 1
            end(members[0], on, EventKind.DEATH, "病故")
            if len(members) > 1:  # the spouse becomes 户主 the same day
                change(members[1], HEAD, on)
                members[1].marital_status = "30"
        elif quotas["death"] and any(r == "50" and a >= 80 for r, a in zip(relations, ages, strict=True)):
            quotas["death"] -= 1
            end(members[relations.index("50")], on, EventKind.DEATH, "病故")
        elif quotas["handover"] and ages[0] >= 70 and ages[-1] >= 30 and sorted(relations) in HANDOVER_SHAPES:
            quotas["handover"] -= 1
            child = members[-1]
            for person in members:
                if person is not child:
                    change(person, "50", on)
            change(child, HEAD, on)
        elif quotas["out"] and any(r in ("20", "30", "99") and a >= 18 for r, a in zip(relations, ages, strict=True)):
            quotas["out"] -= 1
            leaver = next(m for m, a in zip(members, ages, strict=True) if m.relation in ("20", "30", "99") and a >= 18)
            end(leaver, on, EventKind.MOVE_OUT, destination())
        elif quotas["birth"] and not plan.migrant and relations[:2] == [HEAD, "10"] and 22 <= mother_age <= 42:
            quotas["birth"] -= 1
            members.append(_newborn(plan, maker, on))
        if not any(quotas.values()):
            break


def _newborn(plan: HouseholdPlan, maker: PeopleMaker, born: date) -> Person:
    head = plan.members[0]
    father = head if head.gender == "1" else plan.members[1]
    surname = father.name[:2] if father.name[:2] in COMPOUND_SURNAMES else father.name[:1]
    sex = maker.rng.choice("12")
    baby = Person(
        name=maker.name(sex, born, surname),
        gender=sex,
        birth_date=born,
        id_number=maker.id_number(HOME_AREA, born, sex),
        marital_status="10",
        hukou_address=HOME_PREFIX + plan.address,
    )
    relation = "20" if sex == "1" else "30"
    baby.stints.append(Stint(relation, born))
    baby.events.append((EventKind.BIRTH.value, born, f"出生至户 {plan.number}"))
    return baby
