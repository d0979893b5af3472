"""Synthetic people and households for the demo community (示范社区): plain Python, no database.

PeopleMaker turns the tables in demo_vocabulary into Person and HouseholdPlan objects. Every ID number carries a
valid GB 11643 check character whose birth date and sex agree with the person (demo_tags_and_documents later
flags a few on purpose).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from community_desk.domain.codes import HEAD_RELATION
from community_desk.domain.demo_vocabulary import (
    ARCHETYPES,
    BEIJING_AREAS,
    COMPOUND_SURNAMES,
    EMPLOYERS,
    ETHNICITIES,
    FIXED_HOUSEHOLDS,
    GIVEN,
    HOME_AREA,
    HOME_PREFIX,
    OTHER_AREAS,
    RARE_GIVEN,
    ROADS,
    STAY_REASONS,
    SURNAMES,
)
from community_desk.domain.idcard import IdType, check_character
from community_desk.domain.residents import EventKind, born_on_or_before_for_age


@dataclass(slots=True)
class Stint:
    """One membership period: relation to the head from `start` until `end` (None = still there)."""

    relation: str
    start: date
    end: date | None = None


@dataclass(slots=True)
class Tag:
    kind: str
    start: date
    end: date | None = None
    detail: str = ""


@dataclass(slots=True)
class Person:
    name: str
    gender: str
    birth_date: date
    id_number: str | None
    id_type: str = IdType.RESIDENT.value
    ethnicity: str = "01"
    political_status: str = "13"
    education: str = ""
    marital_status: str = ""
    religion: str = ""
    employer: str = ""
    military_service: str = ""
    category: str = "1"
    arrived_on: date | None = None
    stay_reason: str = ""
    hukou_address: str = ""
    phone: str = ""
    note: str = ""
    death_date: date | None = None
    stints: list[Stint] = field(default_factory=list)
    events: list[tuple[str, date, str]] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)

    @property
    def relation(self) -> str:
        return self.stints[-1].relation

    @property
    def current(self) -> bool:
        return self.stints[-1].end is None


@dataclass(slots=True)
class HouseholdPlan:
    number: str
    address: str
    created_on: date
    residence_nature: str
    members: list[Person]
    migrant: bool = False
    fixed: bool = False
    closed_on: date | None = None


class PeopleMaker:
    """Deterministic source of names, ID numbers and household compositions for one seed."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self._used_ids: set[str] = set()
        self._surnames = list(SURNAMES) + list(COMPOUND_SURNAMES)
        self._surname_weights = [max(1, 40 - index // 3) for index in range(len(SURNAMES))] + [1] * 4

    # --- small draws ------------------------------------------------------------------------------------
    def day_between(self, first: date, last: date) -> date:
        if last <= first:
            return first
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

    def birth_for_age(self, age: int) -> date:
        earliest = born_on_or_before_for_age(age + 1, self.today) + timedelta(days=1)
        latest = min(born_on_or_before_for_age(age, self.today), self.today - timedelta(days=1))
        return self.day_between(earliest, latest)

    def weighted(self, pairs: tuple[tuple[str, int], ...]) -> str:
        return self.rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]

    def surname(self) -> str:
        return self.rng.choices(self._surnames, self._surname_weights)[0]

    def name(self, sex: str, birth: date, surname: str) -> str:
        era = 0 if birth.year < 1960 else 1 if birth.year < 1990 else 2
        pool = GIVEN[(sex, era)]
        count = 1 if self.rng.random() < 0.25 else 2
        given = "".join(self.rng.choice(pool) for _ in range(count))
        if self.rng.random() < 0.004:
            given = given[:-1] + self.rng.choice(RARE_GIVEN)
        return surname + given

    def id_number(self, area: str, birth: date, sex: str) -> str:
        """An unused 18-digit number; the order code's parity carries the sex (odd = 男)."""
        while True:
            order = self.rng.randrange(0, 499) * 2 + (1 if sex == "1" else 2)
            first17 = f"{area}{birth:%Y%m%d}{order:03d}"
            if first17 not in self._used_ids:
                self._used_ids.add(first17)
                return first17 + check_character(first17)

    def passport_number(self) -> str:
        while True:
            number = f"E{self.rng.randrange(10**7, 10**8)}"
            if number not in self._used_ids:
                self._used_ids.add(number)
                return number

    def phone(self) -> str:
        return f"1{self.rng.choice('3456789')}{self.rng.randrange(10)}{self.rng.randrange(10**8):08d}"

    # --- households ---------------------------------------------------------------------------------------
    def household(self, index: int, address: str) -> HouseholdPlan:
        """Household number index+1; the first few are FIXED_HOUSEHOLDS, the rest drawn from ARCHETYPES."""
        rng = self.rng
        number = f"H{index + 1:06d}"
        fixed = index < len(FIXED_HOUSEHOLDS)
        if fixed:
            specs, migrant = list(FIXED_HOUSEHOLDS[index]), False
        else:
            migrant = rng.random() < 0.11
            kinds = [a for a in ARCHETYPES if a[2] or not migrant]
            kind = rng.choices([a[0] for a in kinds], [a[1] for a in kinds])[0]
            specs = self._specs(kind)
        head_age = specs[0][2]
        if migrant:
            created = self.today - timedelta(days=rng.randrange(20, 365 * min(10, max(1, head_age - 17))))
        elif rng.random() < 0.04 and not fixed:
            created = self.today - timedelta(days=rng.randrange(20, 365))
        else:
            first = max(self.today - timedelta(days=365 * max(0, head_age - 20)), date(1982, 1, 1))
            created = self.day_between(first, self.today - timedelta(days=400))
        nature = rng.choice("2224") if migrant else self.weighted((("1", 85), ("2", 10), ("3", 5)))
        plan = HouseholdPlan(number, address, created, nature, [], migrant, fixed)
        home = rng.choice(list(OTHER_AREAS)) if migrant else HOME_AREA
        surnames = self._family_surnames(specs)
        relations = {spec[0] for spec in specs}
        for (relation, sex, age, name), surname in zip(specs, surnames, strict=True):
            person = self._member(plan, relation, sex, age, name or surname, bool(name), home)
            person.marital_status = self._marital(relations, relation, age)
            plan.members.append(person)
        return plan

    def _specs(self, kind: str) -> list[tuple[str, str, int, str | None]]:
        """Members as (relation, sex, age, None); ages keep a generation apart and spouses close."""
        r = self.rng
        other = {"1": "2", "2": "1"}
        if kind.startswith("single"):
            age = {"single_young": r.randint(22, 39), "single_mid": r.randint(40, 64)}.get(kind) or min(
                96, int(r.triangular(65, 96, 76))
            )
            return [("02", r.choice("12" if age < 65 else "1222"), age, None)]
        if kind == "shared":
            return [("02", r.choice("12"), r.randint(20, 35), None), ("99", r.choice("12"), r.randint(20, 35), None)]
        head_age = {
            "couple_young": (24, 38), "couple_mid": (45, 69), "couple_old": (70, 90), "parent_child": (58, 92),
            "nuclear1": (28, 56), "nuclear2": (30, 50), "with_parent": (35, 55), "three_gen": (56, 76),
            "grand": (55, 72),
        }[kind]  # fmt: skip
        head = r.randint(*head_age)
        sex = r.choice("1112")
        specs: list[tuple[str, str, int, str | None]] = [("02", sex, head, None)]
        if kind != "parent_child":
            specs.append(("10", other[sex], max(20, head + r.randint(-5, 4)), None))
        child_count = {"nuclear1": 1, "nuclear2": 2, "with_parent": 1, "three_gen": 1, "parent_child": 1}.get(kind, 0)
        age = head - r.randint(24, 36)
        age = age if age >= 0 else r.randint(1, 8)
        for _ in range(child_count):
            if age < 0:  # no room for a younger sibling yet
                break
            child_sex = r.choice("12")
            specs.append(("20" if child_sex == "1" else "30", child_sex, age, None))
            age -= r.randint(1, 8)
        if kind == "with_parent":
            specs.append(("50", r.choice("122"), min(95, head + r.randint(23, 34)), None))
        if kind == "three_gen":
            child_sex, child_age = specs[-1][1], max(specs[-1][2], 24)
            specs[-1] = (specs[-1][0], child_sex, child_age, None)
            specs.append(("38" if child_sex == "1" else "28", other[child_sex], child_age + r.randint(-3, 3), None))
            specs.append(("40", r.choice("12"), max(0, child_age - r.randint(24, 34)), None))
        if kind == "grand":
            specs.append(("40", r.choice("12"), r.randint(3, 15), None))
        return specs

    def _family_surnames(self, specs: list[tuple[str, str, int, str | None]]) -> list[str]:
        """Children carry the father's surname; in-laws and unrelated members their own."""
        head_sex = specs[0][1]
        head_name = specs[0][3]
        head = (head_name[:2] if head_name[:2] in COMPOUND_SURNAMES else head_name[:1]) if head_name else self.surname()
        spouse = self.surname()
        father = head if head_sex == "1" else spouse
        child_sex = next((s[1] for s in specs if s[0] in ("20", "30")), "1")
        grand = father if child_sex == "1" else self.surname()
        by_relation = {"02": head, "10": spouse, "20": father, "30": father, "40": grand}
        out = []
        for relation, sex, _age, _name in specs:
            if relation == "50":
                out.append(head if sex == "1" else self.surname())
            else:
                out.append(by_relation.get(relation) or self.surname())
        return out

    def _member(
        self, plan: HouseholdPlan, relation: str, sex: str, age: int, name: str, exact: bool, home: str
    ) -> Person:
        rng = self.rng
        birth = self.birth_for_age(age)
        if not exact:
            name = self.name(sex, birth, name)
        if plan.migrant:
            area = home if rng.random() < 0.85 else rng.choice(list(OTHER_AREAS))
        else:
            roll = rng.random()
            area = (
                HOME_AREA
                if roll < 0.72 or age < 30
                else rng.choice(list(BEIJING_AREAS if roll < 0.88 else OTHER_AREAS))
            )
        person = Person(name=name, gender=sex, birth_date=birth, id_number=self.id_number(area, birth, sex))
        person.ethnicity = self.weighted(ETHNICITIES)
        person.religion = "伊斯兰教" if person.ethnicity in ("03", "05") and rng.random() < 0.6 else ""
        person.education = self._education(age, birth)
        person.employer = (
            "退休" if age >= 60 else "在校学生" if 6 <= age <= 21 else rng.choice(EMPLOYERS) if age >= 18 else ""
        )
        person.phone = self.phone() if 14 <= age <= 92 else ""
        if age >= 18 and rng.random() < (0.16 if age >= 60 else 0.08):
            person.political_status = "01"
        elif 14 <= age <= 28 and rng.random() < 0.4:
            person.political_status = "03"
        elif age >= 30 and rng.random() < 0.006:
            person.political_status = rng.choice(("04", "05", "06", "07", "08", "09", "10", "12"))
        start, kind = max(plan.created_on, birth), EventKind.MOVE_IN
        if relation == "50" and not plan.fixed:
            start = self.day_between(plan.created_on, self.today - timedelta(days=30))
        elif birth > plan.created_on:
            kind = EventKind.BIRTH
        person.stints.append(Stint(relation, start))
        person.events.append((kind.value, start, f"{kind.value}至户 {plan.number}"))
        if plan.migrant:
            person.category = "2"
            person.arrived_on = start
            person.stay_reason = "就学" if 18 <= age <= 24 and rng.random() < 0.5 else self.weighted(STAY_REASONS)
            if age < 16:
                person.stay_reason = "投靠亲友"
            person.hukou_address = f"{OTHER_AREAS[area]}{rng.choice(ROADS)}{rng.randint(1, 300)}号"
        else:
            roll = rng.random()
            person.category = "4" if roll < 0.04 else "3" if roll < 0.06 else "1"
            if person.category == "4":
                district = BEIJING_AREAS[rng.choice(list(BEIJING_AREAS))]
                person.hukou_address = f"{district}{rng.choice(ROADS)}{rng.randint(1, 120)}号"
            else:
                person.hukou_address = HOME_PREFIX + plan.address
        return person

    def _education(self, age: int, birth: date) -> str:
        if age < 6:
            return ""
        for limit, code in ((11, "80"), (14, "70"), (17, "60")):
            if age <= limit:
                return code
        if birth.year >= 1980:
            table = (("10", 10), ("20", 35), ("30", 25), ("40", 10), ("60", 12), ("70", 8))
        elif birth.year >= 1960:
            table = (("10", 3), ("20", 15), ("30", 20), ("40", 15), ("60", 25), ("70", 20), ("80", 2))
        else:
            table = (("20", 8), ("30", 8), ("40", 10), ("60", 22), ("70", 28), ("80", 18), ("90", 6))
        return self.weighted(table)

    def _marital(self, relations: set[str], relation: str, age: int) -> str:
        """未婚 children, 已婚 couples; a head without a spouse is widowed, divorced or single by age."""
        if age < 20 or relation == "40":
            return "10"
        if relation in ("10", "28", "38") or (relation == HEAD_RELATION and "10" in relations):
            return "20"
        if age >= 60:
            return self.weighted((("30", 75), ("20", 15), ("40", 10)))
        if age < 40:
            return self.weighted((("10", 75), ("40", 15), ("20", 10)))
        return self.weighted((("20", 40), ("40", 35), ("10", 25)))
