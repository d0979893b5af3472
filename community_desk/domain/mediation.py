"""敞心阁 rules: 人民调解 case numbers, the status workflow, the 30-day clock, 回访 and money in fen.

Plain Python so the rules can be tested without a database or a window; the services call these before they
write, and the SQL filters (即将超期, 已超期, 待回访) are built from the same constants.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from community_desk.domain.codes import CodeList

# --- code lists (code == name: 司法部 statistics use the names themselves) --------------------------------------


def _named(title: str, names: Iterable[str], aliases: dict[str, str] | None = None) -> CodeList:
    return CodeList(title, [(name, name) for name in names], aliases)


# The 15 types of the 司法部 人民调解 statistics, in the order the monthly table lists them.
DISPUTE_TYPES = _named(
    "纠纷类型",
    (
        "婚姻家庭", "邻里", "房屋宅基地", "合同", "生产经营", "损害赔偿", "山林土地", "征地拆迁", "环境污染",
        "劳动争议", "消费", "医疗", "道路交通事故", "物业", "其他",
    ),
    aliases={
        "邻里纠纷": "邻里", "婚姻家庭纠纷": "婚姻家庭", "交通事故": "道路交通事故", "物业纠纷": "物业", "其它": "其他",
    },
)  # fmt: skip
# Typical community 细类 and the type they usually belong to (the dialog suggests it; the clerk may differ).
SUBTYPE_TYPES: dict[str, str] = {
    "噪音": "邻里", "漏水": "邻里", "宠物": "邻里", "装修": "邻里", "占道": "邻里", "采光": "邻里",
    "停车位": "物业", "取暖费": "物业", "卫生费": "物业", "物业费": "物业", "电梯": "物业",
    "赡养": "婚姻家庭", "抚养": "婚姻家庭", "继承": "婚姻家庭", "离婚": "婚姻家庭",
    "欠薪": "劳动争议", "租赁": "合同", "借款": "合同", "人身损害": "损害赔偿",
}  # fmt: skip
CASE_SOURCES = _named(
    "案件来源",
    ("当事人申请", "主动调解", "派出所移送", "法院委托", "街道交办", "信访转办", "其他部门移送"),
    aliases={"申请": "当事人申请", "主动": "主动调解", "移送": "其他部门移送", "委托": "法院委托", "交办": "街道交办"},
)
MEDIATOR_KINDS = _named(
    "调解员类别",
    ("法律工作者", "心理咨询师", "楼院长", "网格员", "热心居民", "社区干部", "专职调解员", "律师", "退休干部"),
)
TALK_CHANNELS = _named("来访方式", ("来访", "来电", "来信"), aliases={"电话": "来电", "信件": "来信", "上门": "来访"})
PARTY_ROLES = _named("当事人类别", ("申请人", "被申请人"))
ROUTES = _named("告知途径", ("行政", "仲裁", "诉讼"))
ESCALATION_LEVELS = _named("调处层级", ("楼院长", "网格员", "社区调委会", "街道"))
DEFAULT_LEVEL = "社区调委会"
RETENTION_PERIODS = _named("保管期限", ("永久", "长期", "短期"))
DEFAULT_RETENTION = "长期"

WRITTEN, ORAL, FAILED, TERMINATED = "书面协议", "口头协议", "调解不成", "终止"
OUTCOMES = CodeList(
    "调解结果",
    [(WRITTEN, "调解成功（书面协议）"), (ORAL, "调解成功（口头协议）"), (FAILED, "调解不成"), (TERMINATED, "终止调解")],
)
SUCCESS_OUTCOMES = frozenset({WRITTEN, ORAL})
AGREEMENT_KINDS = CodeList("协议形式", [(WRITTEN, WRITTEN), (ORAL, ORAL)])


# --- 卷号 -------------------------------------------------------------------------------------------------------
def case_number(year: int, short_name: str, seq: int) -> str:
    """（2026）示范人调字第3号 — the 卷号 printed on the 卷宗 cover and every form of the case."""
    return f"（{year}）{short_name}人调字第{seq}号"


# --- status workflow -----------------------------------------------------------------------------------------
class CaseStatus(StrEnum):
    ACCEPTED = "受理"
    MEDIATING = "调解中"
    AGREED = "已达成协议"
    PERFORMING = "履行中"
    CLOSED = "已结案"
    FAILED = "调解不成"
    TERMINATED = "终止"


S = CaseStatus
OPEN_STATUSES = frozenset({S.ACCEPTED, S.MEDIATING})  # the 30-day clock runs only while mediation goes on
AWAITING_VISIT = frozenset({S.AGREED, S.PERFORMING})  # an agreement whose performance has not been checked
FINAL_STATUSES = frozenset({S.CLOSED, S.FAILED, S.TERMINATED})
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.ACCEPTED: frozenset({S.MEDIATING, S.TERMINATED}),
    S.MEDIATING: frozenset({S.AGREED, S.FAILED, S.TERMINATED}),
    S.AGREED: frozenset({S.PERFORMING, S.CLOSED}),
    S.PERFORMING: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.FAILED: frozenset(),
    S.TERMINATED: frozenset(),
}
MAX_MEDIATORS = 3


class RuleViolation(ValueError):
    """A refused step, with the Chinese reason the clerk reads and the field to correct."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class CaseFacts:
    """What the workflow needs to know about a case to allow the next step."""

    status: CaseStatus
    mediators: int = 0
    sessions: int = 0
    outcome: str = ""
    agreement_content: str = ""
    routes_told: tuple[str, ...] = ()
    termination_reason: str = ""


def check_transition(facts: CaseFacts, target: CaseStatus) -> None:
    """Raises RuleViolation unless `facts.status` → `target` is a legal, complete step."""
    current = facts.status
    if target == current:
        raise RuleViolation(f"案件已是“{current}”状态")
    if current in FINAL_STATUSES:
        raise RuleViolation(f"案件已{current if current != S.CLOSED else '结案'}，不能再改为“{target}”")
    if current == S.ACCEPTED and target in (S.AGREED, S.FAILED):
        raise RuleViolation("案件尚未开始调解：请先登记至少一次调解记录", "sessions")
    if target not in TRANSITIONS[current]:
        raise RuleViolation(f"“{current}”的案件不能直接改为“{target}”")
    if target == S.MEDIATING and facts.mediators < 1:
        raise RuleViolation("请先指定调解员（1至3名）再开始调解", "mediators")
    if target == S.AGREED:
        if facts.outcome not in SUCCESS_OUTCOMES:
            raise RuleViolation("请选择协议形式（书面协议或口头协议）", "outcome")
        if not facts.agreement_content.strip():
            raise RuleViolation("未填写达成协议的内容，不能改为“已达成协议”", "agreement_content")
        if facts.sessions < 1:
            raise RuleViolation("请先登记至少一次调解记录", "sessions")
    if target == S.FAILED:
        if not facts.routes_told or any(route not in ROUTES for route in facts.routes_told):
            raise RuleViolation("调解不成须告知当事人其他解决途径（行政、仲裁或诉讼）", "routes")
        if facts.sessions < 1:
            raise RuleViolation("请先登记至少一次调解记录", "sessions")
    if target == S.TERMINATED and not facts.termination_reason.strip():
        raise RuleViolation("请填写终止调解的原因", "termination_reason")
    if target == S.CLOSED and facts.outcome not in SUCCESS_OUTCOMES:
        raise RuleViolation("尚无调解结果（协议），不能结案", "outcome")


def check_mediator_count(count: int) -> None:
    if count > MAX_MEDIATORS:
        raise RuleViolation(f"每件纠纷指定调解员1至{MAX_MEDIATORS}名", "mediators")


# --- the 30-day clock ---------------------------------------------------------------------------------------
MEDIATION_DAYS = 30  # 人民调解 should finish within 30 days of 受理 unless both parties agree to extend
WARNING_DAY = 20
WARNING_WINDOW = MEDIATION_DAYS - WARNING_DAY  # warn when this many days or fewer are left


class Clock(StrEnum):
    NONE = ""
    WARNING = "即将超期"
    OVERDUE = "已超期"


def days_open(accepted_on: date, today: date) -> int:
    """Days since 受理: the 受理 day itself is day 0."""
    return (today - accepted_on).days


def default_deadline(accepted_on: date) -> date:
    return accepted_on + timedelta(days=MEDIATION_DAYS)


def clock_state(deadline: date, today: date) -> Clock:
    """Warning from 10 days before the deadline (day 20 of 30); alarm the day after it (day 31)."""
    if today > deadline:
        return Clock.OVERDUE
    if (deadline - today).days <= WARNING_WINDOW:
        return Clock.WARNING
    return Clock.NONE


def deadline_state(accepted_on: date, today: date, extended_to: date | None = None) -> Clock:
    """The clock of an open case; an extension agreed by both parties replaces the 30-day deadline."""
    return clock_state(extended_to or default_deadline(accepted_on), today)


def check_extension(accepted_on: date, current_deadline: date, agreed_on: date, new_deadline: date) -> None:
    if agreed_on < accepted_on:
        raise RuleViolation("延期约定日期不能早于受理日期", "agreed_on")
    if new_deadline <= current_deadline:
        raise RuleViolation(f"新的期限应晚于现在的期限（{current_deadline.isoformat()}）", "new_deadline")


def check_escalation(current: str, target: str) -> None:
    """分级调处 moves a case up (楼院长 → 网格员 → 社区调委会 → 街道), possibly skipping a level."""
    order = ESCALATION_LEVELS.codes()
    if target not in order:
        raise RuleViolation("请选择调处层级", "level")
    if current in order and order.index(target) <= order.index(current):
        raise RuleViolation(f"案件已在“{current}”层级，只能向上移交", "level")


# --- 回访 ---------------------------------------------------------------------------------------------------
FOLLOWUP_DAYS = 30  # default: visit 30 days after the agreement
FOLLOWUP_NOTICE_DAYS = 7  # remind a week before the visit is due


class VisitState(StrEnum):
    NONE = ""
    DUE = "待回访"
    OVERDUE = "回访逾期"
    DONE = "已回访"


def followup_due(agreed_on: date, days: int = FOLLOWUP_DAYS) -> date:
    return agreed_on + timedelta(days=days)


def visit_state(due_on: date | None, today: date, visited: bool) -> VisitState:
    if visited:
        return VisitState.DONE
    if due_on is None:
        return VisitState.NONE
    if today > due_on:
        return VisitState.OVERDUE
    if (due_on - today).days <= FOLLOWUP_NOTICE_DAYS:
        return VisitState.DUE
    return VisitState.NONE


# --- money ----------------------------------------------------------------------------------------------------
MAX_FEN = 10**13  # 一千亿元: beyond any community dispute, and far inside SQLite's integer range


def yuan_to_fen(value: Decimal | str | int) -> int:
    """涉及金额 to integer fen, exactly; more than two decimals or a negative sum is refused, never rounded."""
    text = str(value).strip().replace(",", "").replace("，", "").removesuffix("元").strip()
    try:
        amount = Decimal(text or "0")
    except InvalidOperation:
        raise RuleViolation("涉及金额应为数字（元）", "amount") from None
    if not amount.is_finite() or amount < 0:
        raise RuleViolation("涉及金额不能为负数", "amount")
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise RuleViolation("涉及金额最多保留两位小数（分）", "amount")
    if fen >= MAX_FEN:
        raise RuleViolation("涉及金额过大，请核对", "amount")
    return int(fen)


def fen_to_yuan(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))


def format_yuan(fen: int) -> str:
    """12345678 → 123,456.78 (what the case list and the statistics show)."""
    return f"{fen_to_yuan(fen):,.2f}"
