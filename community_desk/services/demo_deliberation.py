"""Demo 群议厅 for 示范社区: a year of topics at every step, three standing bodies with members, and meetings.

Called inside generate_demo's transaction after the residents are written, so proposers, members and
participants are demo residents. Rows are added directly (like the rest of the demo) but follow the rules the
service keeps: steps in order and dated in order, votes counted by domain.deliberation, 公示 at least 5 days,
落实 after 公示 ends, nothing later than `today`. generate_demo's one audit row covers the generation.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from community_desk.db.models.deliberation import (
    DeliberationBody,
    DeliberationBodyMember,
    DeliberationEntry,
    DeliberationMeeting,
    DeliberationMeetingTopic,
    DeliberationParticipant,
    DeliberationProposer,
    DeliberationTopic,
    DeliberationView,
)
from community_desk.db.models.residents import Membership, Resident
from community_desk.domain import deliberation as rules
from community_desk.domain.deliberation import PROGRESS, Status, Step

RECORDED_BY = "演示数据"
Person = tuple[int | None, str]  # resident id (None for a typed name), name


@dataclass(frozen=True)
class TopicPlan:
    title: str
    category: str
    source: str
    final: Step
    signers: int | None = None
    threshold: str = rules.DEFAULT_THRESHOLD
    failed_vote: bool = False
    resolution: str = ""
    responsible: str = ""
    months: tuple[int, ...] = ()  # when such a topic comes up (heating complaints in winter); any month if empty


PLANS = (
    TopicPlan("3号楼2单元加装电梯", "加装电梯", "联名", Step.FEEDBACK, 24, "2/3",
              resolution="同意加装电梯；费用按楼层系数分摊，一层住户免摊并给予采光补偿",
              responsible="社区居委会、电梯安装公司"),
    TopicPlan("冬季供暖温度不达标", "采暖", "网格员收集", Step.FEEDBACK,
              resolution="由热力公司排查管网，对末端单元加装增压泵，社区跟踪测温", responsible="热力公司、网格员",
              months=(11, 12, 1, 2)),
    TopicPlan("小区停车位重新划线", "停车", "居民提议", Step.IMPLEMENTATION,
              resolution="按消防通道要求重新划线，增设临时停车位40个，实行登记停车", responsible="物业公司"),
    TopicPlan("垃圾分类投放点调整", "垃圾分类", "两委提出", Step.PUBLICITY,
              resolution="撤并幸福院内两处投放点，在院门东侧新建分类投放亭，定时定点投放"),
    TopicPlan("临街餐馆油烟扰民", "污染", "联名", Step.RESOLUTION, 9,
              resolution="约谈餐馆经营者限期加装油烟净化设备，由街道综合执法队复查"),
    TopicPlan("物业费上调方案", "物业", "上级交办", Step.REJECTED, threshold="2/3", failed_vote=True),
    TopicPlan("电动车集中充电桩建设", "小区建设", "居民提议", Step.VOTE, failed_vote=True),
    TopicPlan("楼道堆物集中清理", "其他", "网格员收集", Step.VOTE),
    TopicPlan("老旧小区雨污分流改造", "小区建设", "上级交办", Step.MEETING),
    TopicPlan("广场舞音响噪音", "污染", "居民提议", Step.ACCEPTED),
    TopicPlan("非机动车棚改造", "停车", "联名", Step.PROPOSED, 15),
    TopicPlan("供暖入户管线更换", "采暖", "两委提出", Step.PROPOSED, months=(9, 10, 11)),
)  # fmt: skip
GAPS = {  # days from the step before
    Step.ACCEPTED: (3, 12), Step.MEETING: (7, 25), Step.VOTE: (0, 7), Step.RESOLUTION: (1, 5), Step.PUBLICITY: (1, 4),
    Step.IMPLEMENTATION: (1, 5), Step.FEEDBACK: (40, 90), Step.REJECTED: (2, 10),
}  # fmt: skip
VIEWS = {
    "居民代表": ("多数居民支持，希望尽快实施", "希望方案公开透明，费用说清楚"),
    "利益相关方": ("担心施工影响出行和采光，要求给予补偿", "同意方案，但希望分期实施"),
    "职能部门": ("符合相关规定，可按程序办理", "建议先做安全评估再实施"),
}
OUTSIDERS = (("职能部门", "街道城建科 刘工"), ("专家", "区住建委 陈工"), ("物业企业", "物业公司 周经理"))
BODIES = (("示范社区居民议事会", "居民议事会", "每月一次", 15), ("示范社区党居议事会", "党居议事会", "每季度一次", 9),
          ("示范社区居民代表会议", "居民代表会议", "每半年一次", 25))  # fmt: skip
CADENCE = (1, 3, 6)  # months between sessions of each body above
FALLBACK_NAMES = ("张桂兰", "李建国", "王秀英", "刘志强", "陈淑珍", "杨国庆", "赵玉梅", "黄振华", "周凤英", "吴德明")


@dataclass(frozen=True)
class DeliberationDemoSummary:
    topics: int
    bodies: int
    members: int
    meetings: int


@dataclass
class Schedule:
    """A topic's dated steps, worked out before any row is written so numbers follow the proposal dates."""

    plan: TopicPlan
    steps: list[tuple[Step, date]] = field(default_factory=list)
    progress: list[tuple[date, str]] = field(default_factory=list)
    publicity_end: date | None = None

    @property
    def proposed_on(self) -> date:
        return self.steps[0][1]

    @property
    def last_date(self) -> date:
        return max([on for _, on in self.steps] + [on for on, _ in self.progress])


def generate_deliberation_demo(session: Session, *, today: date, rng: random.Random) -> DeliberationDemoSummary:
    """Adds the demo 群议厅 to `session` (the caller commits); the same rng state and `today` give the same data."""
    people = _people(session, today, rng, 60)
    bodies, members = _bodies(session, today, rng, people)
    schedules = sorted((_schedule(plan, today, rng) for plan in PLANS), key=lambda s: s.proposed_on)
    counters: dict[int, int] = {}
    topics = []
    for schedule in schedules:
        year = schedule.proposed_on.year
        counters[year] = counters.get(year, 0) + 1
        topics.append(_topic(session, rng, people, bodies[0], schedule, counters[year]))
    meetings = sum(1 for s in schedules for step, _ in s.steps if step is Step.MEETING)
    meetings += _body_sessions(session, today, rng, bodies, topics)
    session.flush()
    return DeliberationDemoSummary(topics=len(topics), bodies=len(bodies), members=members, meetings=meetings)


def _people(session: Session, today: date, rng: random.Random, count: int) -> list[Person]:
    """Adults living in the community today; typed names when the registry is (nearly) empty."""
    adults = session.execute(
        select(Resident.id, Resident.name)
        .join(Membership, Membership.resident_id == Resident.id)
        .where(Membership.end_date.is_(None), Resident.death_date.is_(None))
        .where(Resident.birth_date <= date(today.year - 25, 1, 1))
        .order_by(Resident.id)
    ).all()
    if len(adults) < count:
        return [(None, name) for name in FALLBACK_NAMES]
    return [(row.id, row.name) for row in rng.sample(adults, count)]


def _bodies(
    session: Session, today: date, rng: random.Random, people: list[Person]
) -> tuple[list[DeliberationBody], int]:
    made, count = [], 0
    for name, kind, note, size in BODIES:
        body = DeliberationBody(name=name, kind=kind, note=note)
        chosen = rng.sample(people, min(size, len(people)))
        for index, (resident_id, person) in enumerate(chosen):
            role = ("召集人", "副召集人", "记录员")[index] if index < 3 else "成员"
            since = date(today.year - rng.randint(1, 3), rng.choice((1, 3, 6)), 1)
            ended = index == len(chosen) - 1 and index >= 3  # one seat ended in the last year, kept as history
            until = today - timedelta(days=rng.randint(30, 300)) if ended else None
            body.members.append(
                DeliberationBodyMember(resident_id=resident_id, name=person, role=role, since=since, until=until)
            )
            count += 1
        session.add(body)
        made.append(body)
    session.flush()
    return made, count


def _schedule(plan: TopicPlan, today: date, rng: random.Random) -> Schedule:
    """Dates for each step up to the plan's final one, ending no later than today and starting within the year."""
    if plan.final is Step.REJECTED:
        path = [*rules.WORKFLOW[1:4], Step.REJECTED]
    else:
        path = list(rules.WORKFLOW[1 : rules.WORKFLOW.index(plan.final) + 1])
    gaps = [rng.randint(*GAPS[step]) for step in path]
    publicity_days = rng.randint(rules.MIN_PUBLICITY_DAYS, 10)
    span = sum(gaps) + publicity_days + 20  # an upper bound: 落实 waits for 公示 to end; room for progress notes
    latest = today - timedelta(days=span)
    days = [latest - timedelta(days=back) for back in range(max(1, 330 - span))]
    on = rng.choice([d for d in days if d.month in plan.months] or days)
    schedule = Schedule(plan, [(Step.PROPOSED, on)])
    for step, gap in zip(path, gaps, strict=True):
        on += timedelta(days=gap)
        if step is Step.PUBLICITY:
            schedule.publicity_end = on + timedelta(days=publicity_days)
        if step is Step.IMPLEMENTATION and schedule.publicity_end is not None:
            on = max(on, schedule.publicity_end + timedelta(days=1))
        schedule.steps.append((step, on))
        if step is Step.IMPLEMENTATION:
            notes = ("已完成现场勘察，制定施工方案", "施工过半，进度正常")
            for n, text in enumerate(notes, start=1):
                schedule.progress.append((min(on + timedelta(days=8 * n), today), text))
    return schedule


def _topic(
    session: Session, rng: random.Random, people: list[Person], council: DeliberationBody, schedule: Schedule, seq: int
) -> DeliberationTopic:
    plan, proposed_on = schedule.plan, schedule.proposed_on
    proposers = rng.sample(people, 2 if plan.source == rules.JOINT_SOURCE else 1)
    final = schedule.steps[-1][0]
    topic = DeliberationTopic(
        year=proposed_on.year, seq=seq, number=f"{proposed_on.year}-{seq:03d}", title=plan.title,
        category=plan.category, source=plan.source, signers=plan.signers,
        description=f"居民反映{plan.title}问题，提请社区协商。", threshold=plan.threshold, current_step=final.value,
        vote_passed=None, last_date=schedule.last_date, created_at=_at(proposed_on), updated_at=_at(schedule.last_date),
        status={Step.FEEDBACK: Status.DONE, Step.REJECTED: Status.REJECTED}.get(final, Status.OPEN).value,
        proposers=[DeliberationProposer(resident_id=r, name=n) for r, n in proposers],
    )  # fmt: skip
    session.add(topic)
    session.flush()
    attendance = 0
    for step, on in schedule.steps:
        entry = DeliberationEntry(kind=step.value, on_date=on, recorded_at=_at(on), recorded_by=RECORDED_BY)
        if step is Step.PROPOSED:
            names = "、".join(name for _, name in proposers)
            entry.text = f"{rules.source_label(plan.source, plan.signers)}，提议人：{names}"
        elif step is Step.ACCEPTED:
            entry.text = "经社区两委会议研究，列入协商议题"
        elif step is Step.MEETING:
            entry.meeting = _meeting(session, rng, people, council, on, topic)
            attendance = entry.meeting.attendance
            entry.views = [DeliberationView(party=party, content=rng.choice(texts)) for party, texts in VIEWS.items()]
        elif step is Step.VOTE:
            _count(entry, rng, attendance, plan)
            topic.vote_passed = entry.passed
        elif step is Step.RESOLUTION:
            entry.text = plan.resolution
        elif step is Step.PUBLICITY:
            entry.ends_on = schedule.publicity_end
            entry.place = rng.choice(("社区公示栏", "小区各单元门公示栏", "社区公众号"))
        elif step is Step.IMPLEMENTATION:
            entry.responsible, entry.deadline = plan.responsible, on + timedelta(days=rng.randint(60, 150))
            entry.text = "制定实施方案，明确分工和时间节点"
        elif step is Step.FEEDBACK:
            entry.text = "在公示栏和居民微信群公布落实结果，网格员入户回访"
            entry.satisfied, entry.fairly_satisfied = rng.randint(25, 40), rng.randint(2, 8)
            entry.dissatisfied = rng.randint(0, 2)
        elif step is Step.REJECTED:
            entry.text = "表决未通过，暂不实施；待条件成熟后重新征集意见"
        topic.entries.append(entry)
    for on, text in schedule.progress:
        entry = DeliberationEntry(kind=PROGRESS, on_date=on, text=text, recorded_at=_at(on), recorded_by=RECORDED_BY)
        topic.entries.append(entry)
    session.flush()
    return topic


def _count(entry: DeliberationEntry, rng: random.Random, present: int, plan: TopicPlan) -> None:
    """Votes that pass (or fail, as planned) under the plan's threshold, counted by the domain rule."""
    if plan.failed_vote:
        against = rng.randint(present // 2 + 1, present - 1)
        abstain = rng.randint(0, present - against)
    else:
        against = rng.randint(0, 3)
        abstain = rng.randint(0, max(0, present - against - rules.threshold_of(plan.threshold).required(present)))
    outcome = rules.count_vote(present, present - against - abstain, against, abstain, plan.threshold)
    entry.present, entry.votes_for, entry.votes_against = present, outcome.votes_for, against
    entry.abstentions, entry.passed = abstain, outcome.passed


def _meeting(
    session: Session,
    rng: random.Random,
    people: list[Person],
    council: DeliberationBody,
    on: date,
    topic: DeliberationTopic,
) -> DeliberationMeeting:
    """The topic's 协商会议, held as a session of the 居民议事会 in the 群议厅."""
    cadres = [m for m in council.members if m.role in ("召集人", "副召集人")]
    participants = [DeliberationParticipant(role="社区干部", name=m.name, resident_id=m.resident_id) for m in cadres]
    others = rng.sample([p for p in people if p[1] not in {m.name for m in cadres}], 6)
    for index, (resident_id, name) in enumerate(others):
        role = "居民代表" if index < 4 else "利益相关方"
        participants.append(DeliberationParticipant(role=role, name=name, resident_id=resident_id))
    role, name = rng.choice(OUTSIDERS)
    participants.append(DeliberationParticipant(role=role, name=name))
    meeting = DeliberationMeeting(
        held_on=on, body=council, place=rules.DEFAULT_PLACE, host=cadres[0].name if cadres else "社区书记",
        attendance=len(participants) + rng.randint(6, 20), note=f"专题协商：{topic.title}", participants=participants,
    )  # fmt: skip
    session.add(meeting)
    session.flush()
    session.add(DeliberationMeetingTopic(meeting_id=meeting.id, topic_id=topic.id))
    return meeting


def _body_sessions(
    session: Session, today: date, rng: random.Random, bodies: list[DeliberationBody], topics: list[DeliberationTopic]
) -> int:
    """Regular sessions over the past year (monthly, quarterly, twice a year), taking up topics open at the time."""
    count = 0
    for body, months in zip(bodies, CADENCE, strict=True):
        for offset in range(months, 13, months):
            index = today.year * 12 + today.month - 1 - 12 + offset
            held_on = date(index // 12, index % 12 + 1, rng.randint(8, 20))
            if held_on > today:
                continue
            open_then = [
                t.id
                for t in topics
                if t.created_at.date() <= held_on and (held_on <= t.last_date or t.status == Status.OPEN)
            ]
            open_then = rng.sample(open_then, min(len(open_then), rng.randint(1, 3)))
            place = "社区会议室" if body.kind == "居民代表会议" else rules.DEFAULT_PLACE
            serving = [m for m in body.members if m.until is None or m.until >= held_on]
            meeting = DeliberationMeeting(
                held_on=held_on, body=body, place=place, host=body.members[0].name,
                attendance=max(1, len(serving) - rng.randint(0, 2)), note=f"{body.kind}例会",
            )  # fmt: skip
            session.add(meeting)
            session.flush()
            session.add_all(DeliberationMeetingTopic(meeting_id=meeting.id, topic_id=t) for t in open_then)
            count += 1
    return count


def _at(on: date) -> datetime:
    return datetime.combine(on, time(10, 0))
