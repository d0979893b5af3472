"""群议厅 (城乡社区协商) rules that need no database: the order of steps, vote arithmetic, the 公示 period.

Steps follow the 2015 城乡社区协商意见: 征集 → 确定 → 协商 → 表决 → 决议 → 公示 → 落实 → 反馈. A topic moves
one step at a time; a failed vote goes back to 协商 or ends the topic as 未通过. Every rule raises
DeliberationRuleError with the Chinese sentence the clerk reads, so the service only has to pass it on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from fractions import Fraction

from community_desk.domain.codes import CodeList


class Step(StrEnum):
    """Where a topic is; the value is the short name shown in the 当前步骤 column."""

    PROPOSED = "征集"
    ACCEPTED = "确定"
    MEETING = "协商"
    VOTE = "表决"
    RESOLUTION = "决议"
    PUBLICITY = "公示"
    IMPLEMENTATION = "落实"
    FEEDBACK = "反馈"
    REJECTED = "未通过"  # closed after a failed vote


WORKFLOW: tuple[Step, ...] = tuple(s for s in Step if s is not Step.REJECTED)
PROGRESS = "进展"  # a dated note while 落实 runs: on the timeline, but not a step
STEP_TITLES: dict[str, str] = {
    Step.PROPOSED: "议题征集",
    Step.ACCEPTED: "议题确定",
    Step.MEETING: "协商会议",
    Step.VOTE: "表决",
    Step.RESOLUTION: "形成决议",
    Step.PUBLICITY: "决议公示",
    Step.IMPLEMENTATION: "组织落实",
    Step.FEEDBACK: "结果反馈",
    Step.REJECTED: "结束（未通过）",
    PROGRESS: "落实进展",
}


class Status(StrEnum):
    OPEN = "进行中"
    DONE = "已办结"
    REJECTED = "未通过"


SOURCES = CodeList(
    "议题来源",
    [(name, name) for name in ("居民提议", "网格员收集", "两委提出", "上级交办", "联名")],
    aliases={"居民提出": "居民提议", "网格员": "网格员收集", "两委": "两委提出", "社区两委": "两委提出",
             "街道交办": "上级交办", "交办": "上级交办", "联名提议": "联名", "居民联名": "联名"},
)  # fmt: skip
JOINT_SOURCE = "联名"
MIN_JOINT_SIGNERS = 2

CATEGORIES = CodeList(
    "议题类别",
    [(name, name) for name in ("小区建设", "采暖", "污染", "物业", "停车", "加装电梯", "垃圾分类", "其他")],
    aliases={"供暖": "采暖", "取暖": "采暖", "环境污染": "污染", "噪音": "污染", "物业管理": "物业",
             "停车位": "停车", "电梯": "加装电梯", "垃圾": "垃圾分类", "其它": "其他"},
)  # fmt: skip

PARTICIPANT_ROLES = CodeList(
    "参加人身份",
    [(name, name) for name in ("社区干部", "居民代表", "利益相关方", "专家", "职能部门", "物业企业", "其他")],
    aliases={"两委成员": "社区干部", "社区工作者": "社区干部", "当事人": "利益相关方", "部门": "职能部门",
             "专家/部门": "专家", "物业公司": "物业企业", "其它": "其他"},
)  # fmt: skip

BODY_KINDS = CodeList(
    "议事机构",
    [(name, name) for name in ("居民议事会", "党居议事会", "居民代表会议")],
    aliases={"议事会": "居民议事会", "党群议事会": "党居议事会", "居代会": "居民代表会议"},
)  # fmt: skip

MEMBER_ROLES = CodeList(
    "议事成员职务",
    [(name, name) for name in ("召集人", "副召集人", "成员", "记录员")],
    aliases={"主任": "召集人", "副主任": "副召集人", "委员": "成员", "议事员": "成员", "秘书": "记录员"},
)  # fmt: skip

SATISFACTION = ("满意", "基本满意", "不满意")
DEFAULT_PLACE = "群议厅"


class DeliberationRuleError(ValueError):
    """A refused step or value; `message` is what the clerk reads, `field` the input at fault."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


# --- step order -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TopicState:
    """What the order rules need to know about a topic: its step and, after a vote, whether it passed."""

    step: Step
    vote_passed: bool | None = None


def next_steps(state: TopicState) -> tuple[Step, ...]:
    """The steps that may be recorded next (empty once the topic is finished)."""
    if state.step is Step.VOTE:
        return (Step.RESOLUTION,) if state.vote_passed else (Step.MEETING, Step.REJECTED)
    if state.step in (Step.FEEDBACK, Step.REJECTED):
        return ()
    return (WORKFLOW[WORKFLOW.index(state.step) + 1],)


def check_next_step(state: TopicState, target: Step) -> None:
    """Refuses any step that is not the next one, saying what should come next."""
    allowed = next_steps(state)
    if target in allowed:
        return
    if state.step is Step.FEEDBACK:
        raise DeliberationRuleError("该议题已反馈办结，不能再记录新的步骤")
    if state.step is Step.REJECTED:
        raise DeliberationRuleError("该议题已因表决未通过而结束，不能再记录新的步骤")
    if state.step is Step.VOTE and not state.vote_passed:
        raise DeliberationRuleError(f"表决未通过，不能进入“{target.value}”；可以重新协商，或结束为“未通过”")
    if target is Step.REJECTED:
        raise DeliberationRuleError("只有表决未通过的议题才能结束为“未通过”")
    expected = "”或“".join(step.value for step in allowed)
    raise DeliberationRuleError(f"当前步骤是“{state.step.value}”，下一步应为“{expected}”，不能直接进入“{target.value}”")


def check_step_date(on: date, previous: date | None, today: date) -> None:
    """Steps are recorded after they happen and in order: not in the future, not before the previous one."""
    if on > today:
        raise DeliberationRuleError("日期不能晚于今天", field="date")
    if previous is not None and on < previous:
        raise DeliberationRuleError(f"日期不能早于上一步的日期（{previous.isoformat()}）", field="date")


# --- vote -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Threshold:
    """A share of those present: "过半数" is strictly more than half; "三分之二以上" includes two-thirds itself.

    (民法典第一千二百五十九条: "以上" includes the number itself, "超过" does not.)
    """

    numerator: int
    denominator: int
    inclusive: bool

    def required(self, present: int) -> int:
        """The fewest 赞成 votes that pass, in integer arithmetic (10 present → 6 for 过半数)."""
        product = present * self.numerator
        if self.inclusive:
            return -(-product // self.denominator)
        return product // self.denominator + 1


THRESHOLDS = CodeList(
    "表决通过比例",
    [("1/2", "出席人数过半数"), ("2/3", "出席人数三分之二以上"), ("3/4", "出席人数四分之三以上")],
    aliases={"过半数": "1/2", "半数以上": "1/2", "三分之二": "2/3", "三分之二以上": "2/3", "四分之三": "3/4"},
)  # fmt: skip
DEFAULT_THRESHOLD = "1/2"
_THRESHOLD_RULES = {"1/2": Threshold(1, 2, False), "2/3": Threshold(2, 3, True), "3/4": Threshold(3, 4, True)}


def threshold_of(code: str) -> Threshold:
    try:
        return _THRESHOLD_RULES[code]
    except KeyError:
        raise DeliberationRuleError("请选择表决通过比例", field="threshold") from None


@dataclass(frozen=True)
class VoteOutcome:
    present: int
    votes_for: int
    votes_against: int
    abstentions: int
    required: int
    passed: bool


def count_vote(present: int, votes_for: int, votes_against: int, abstentions: int, threshold: str) -> VoteOutcome:
    """Abstainers and those present who did not vote still count as present: they make passing harder."""
    rule = threshold_of(threshold)
    if present < 1:
        raise DeliberationRuleError("出席人数至少为1", field="present")
    if min(votes_for, votes_against, abstentions) < 0:
        raise DeliberationRuleError("票数不能为负数", field="votes")
    if votes_for + votes_against + abstentions > present:
        raise DeliberationRuleError(
            f"赞成、反对、弃权合计{votes_for + votes_against + abstentions}票，超过了出席人数{present}人",
            field="votes",
        )
    required = rule.required(present)
    return VoteOutcome(present, votes_for, votes_against, abstentions, required, votes_for >= required)


# --- 公示 ---------------------------------------------------------------------------------------------------------
MIN_PUBLICITY_DAYS = 5


def earliest_publicity_end(start: date) -> date:
    """公示期不少于5天. Counted as 民法典第二百零一条 counts periods: the first day is not counted, so a notice
    put up on 11月1日 runs 2日…6日 and may come down at the end of 11月6日 (end ≥ start + 5 days)."""
    return start + timedelta(days=MIN_PUBLICITY_DAYS)


def check_publicity(start: date, end: date, place: str) -> None:
    if not place.strip():
        raise DeliberationRuleError("请填写公示地点", field="place")
    earliest = earliest_publicity_end(start)
    if end < earliest:
        raise DeliberationRuleError(
            f"公示期不少于{MIN_PUBLICITY_DAYS}天（开始当日不计入），结束日期最早为{earliest.isoformat()}",
            field="end",
        )


def check_implementation_start(on: date, publicity_end: date | None) -> None:
    """落实 begins once the notice period is over without it being stopped: the day after 公示 ends, or later."""
    if publicity_end is not None and on <= publicity_end:
        raise DeliberationRuleError(
            f"公示期至{publicity_end.isoformat()}，期满后（{(publicity_end + timedelta(days=1)).isoformat()}起）"
            "方可组织落实",
            field="date",
        )


# --- 反馈 -----------------------------------------------------------------------------------------------------
def satisfaction_rate(satisfied: int, fairly: int, dissatisfied: int) -> Fraction | None:
    """满意率 as offices report it: (满意 + 基本满意) / all answers; None when nobody answered."""
    if min(satisfied, fairly, dissatisfied) < 0:
        raise DeliberationRuleError("满意度人数不能为负数", field="satisfaction")
    total = satisfied + fairly + dissatisfied
    return Fraction(satisfied + fairly, total) if total else None


def percent(rate: Fraction | None) -> str:
    """97.1% with one decimal, rounded half up (so 2/3 shows 66.7%)."""
    if rate is None:
        return ""
    tenths = (rate * 1000 + Fraction(1, 2)) // 1
    return f"{tenths // 10}.{tenths % 10}%"


# --- topics and bodies ------------------------------------------------------------------------------------------
def check_source(source: str, signers: int | None) -> None:
    if source not in SOURCES:
        raise DeliberationRuleError("请选择议题来源", field="source")
    if source == JOINT_SOURCE and (signers is None or signers < MIN_JOINT_SIGNERS):
        raise DeliberationRuleError(f"联名提议请填写联名人数（至少{MIN_JOINT_SIGNERS}人）", field="signers")


def source_label(source: str, signers: int | None) -> str:
    """联名 shows its number: 联名12人."""
    return f"{source}{signers}人" if source == JOINT_SOURCE and signers else source


def check_period(since: date, until: date | None) -> None:
    if until is not None and until < since:
        raise DeliberationRuleError("离任日期不能早于任职日期", field="until")


@dataclass(frozen=True)
class TopicQuery:
    """The topic list's filters; None means "any"."""

    step: str | None = None
    category: str | None = None
    year: int | None = None
    status: str | None = None
    text: str = ""
    sort_key: str = "last_date"  # a TopicRow field
    descending: bool = True
