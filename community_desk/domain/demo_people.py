"""Synthetic people and households for the demo community (示范社区): plain Python, no database.

Names are drawn from common surnames × given-name characters, never copied from any document. Every ID
number carries a valid GB 11643 check character whose birth date and sex agree with the person, except the
few deliberately flagged ones (FLAGGED_NOTE) that give the registry's 核对 column something to show.
A few households are fixed so tests and demos can find the awkward cases (see FIXED_HOUSEHOLDS).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from community_desk.domain.codes import HEAD_RELATION
from community_desk.domain.idcard import IdType, check_character
from community_desk.domain.residents import EventKind, age_on, born_on_or_before_for_age

HOME_AREA = "110105"  # 北京市朝阳区: the demo community's own county code
HOME_PREFIX = "北京市朝阳区示范街道示范社区"
FLAGGED_NOTE = "出生日期按农历登记，待核对"
UPGRADED_NOTE = "原15位身份证号"

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜"
    "崔谭陆范汪廖石金贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙史陶贺毛郝顾龚邵万武钱戴严单"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官")
GIVEN = {  # (sex, era) → characters; era 0 born before 1960, 1 before 1990, 2 since
    ("1", 0): "国建军明华德志文保福永忠振兴庆长树春海金山林平成祥",
    ("2", 0): "秀英淑桂兰珍凤玉芳琴华荣霞云梅素翠丽凤兰萍敏",
    ("1", 1): "伟强磊军勇涛斌超鹏辉刚杰峰亮东波宁健晨鑫龙飞洋",
    ("2", 1): "丽娜静敏艳娟霞燕红颖莉晶婷雪倩慧玲洁娇蕾",
    ("1", 2): "浩宇轩子梓睿博文泽铭俊宸皓一思天嘉昊然航奕",
    ("2", 2): "欣怡涵雨萱佳诗梦可思紫琪悦馨若语彤晨雅瑶沐",
}
RARE_GIVEN = "㛃㵘㑇䶮𡈼𪚥𠮷𨭉"  # CJK Extension A and B: stored as typed, shown with a fallback font
BEIJING_AREAS = {
    "110101": "北京市东城区", "110102": "北京市西城区", "110106": "北京市丰台区", "110107": "北京市石景山区",
    "110108": "北京市海淀区", "110112": "北京市通州区", "110114": "北京市昌平区",
}  # fmt: skip
OTHER_AREAS = {
    "130602": "河北省保定市竞秀区", "130102": "河北省石家庄市长安区", "140105": "山西省太原市小店区",
    "210102": "辽宁省沈阳市和平区", "220102": "吉林省长春市南关区", "230102": "黑龙江省哈尔滨市道里区",
    "320102": "江苏省南京市玄武区", "340102": "安徽省合肥市瑶海区", "370102": "山东省济南市历下区",
    "371302": "山东省临沂市兰山区", "410102": "河南省郑州市中原区", "411302": "河南省南阳市宛城区",
    "420102": "湖北省武汉市江岸区", "430102": "湖南省长沙市芙蓉区", "510104": "四川省成都市锦江区",
    "500103": "重庆市渝中区", "610102": "陕西省西安市新城区", "620102": "甘肃省兰州市城关区",
    "360102": "江西省南昌市东湖区", "150102": "内蒙古自治区呼和浩特市新城区",
}  # fmt: skip
PERMITS = (("810000", "香港特别行政区"), ("820000", "澳门特别行政区"), ("830000", "台湾地区"))
ROADS = ("建设路", "人民路", "光明街", "新华路", "和平里", "解放路", "文化路", "胜利街", "团结路", "青年路")
EMPLOYERS = (
    "示范科技有限公司", "示范物业服务中心", "朝阳示范小学", "示范商贸有限公司", "示范社区卫生服务站",
    "示范建筑工程公司", "示范餐饮管理公司", "示范物流有限公司", "示范街道办事处", "示范银行营业部",
    "示范汽车维修厂", "示范超市", "个体经营", "自由职业",
)  # fmt: skip
STAY_REASONS = (("务工", 55), ("经商", 20), ("投靠亲友", 15), ("就学", 10))
ETHNICITIES = (("01", 930), ("11", 20), ("03", 15), ("02", 8), ("10", 6), ("08", 4), ("15", 4), ("06", 3), ("05", 2))

# Member specs are (relation, sex, age, name or None); these households are generated in every community.
FIXED_HOUSEHOLDS: tuple[tuple[tuple[str, str, int, str | None], ...], ...] = (
    (("02", "1", 42, "王䶮"), ("10", "2", 40, "李㛃"), ("20", "1", 12, None)),  # H000001: Extension A
    (("02", "1", 67, "𠮷安民"), ("10", "2", 65, "曾淑贞")),  # H000002: Extension B (beyond U+FFFF); 曾 zēng
    (("02", "1", 38, "司马云峰"), ("10", "2", 36, "陈𡈼"), ("30", "2", 8, None)),  # H000003: compound, Ext B
    (("02", "1", 72, "欧阳𪚥"), ("50", "2", 101, None)),  # H000004: compound + Ext B; a 101-year-old mother
    (("02", "2", 102, "单桂兰"), ("20", "1", 75, None)),  # H000005: 单 read shàn; 102 years old
    (("02", "2", 91, None), ("10", "1", 93, None)),  # H000006: a 90+ couple
    (("02", "2", 94, None),),  # H000007: 94, living alone
)


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


ARCHETYPES = (  # (kind, weight, open to 流动人口)
    ("single_young", 6, True), ("single_mid", 5, True), ("single_old", 10, False), ("couple_young", 8, True),
    ("couple_mid", 10, False), ("couple_old", 8, False), ("parent_child", 5, False), ("nuclear1", 24, True),
    ("nuclear2", 9, True), ("with_parent", 5, False), ("three_gen", 5, False), ("grand", 3, False),
    ("shared", 3, True),
)  # fmt: skip


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


DISABILITIES = (("肢体", 40), ("视力", 15), ("听力", 15), ("言语", 3), ("智力", 10), ("精神", 10), ("多重", 7))
GRADES = (("一级", 15), ("二级", 30), ("三级", 30), ("四级", 25))


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
