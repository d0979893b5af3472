"""敞心阁 rules without a database: 卷号, the 30-day clock, 回访 and every step of the status workflow."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from community_desk.domain import mediation as rules
from community_desk.domain.mediation import CaseFacts, CaseStatus, Clock, RuleViolation, VisitState

S = CaseStatus
ACCEPTED = date(2026, 3, 2)


def test_case_number_reads_like_the_committee_writes_it() -> None:
    assert rules.case_number(2026, "示范", 3) == "（2026）示范人调字第3号"
    assert rules.case_number(2027, "幸福里社区", 12) == "（2027）幸福里社区人调字第12号"


def test_the_fifteen_statistics_types_in_order() -> None:
    assert len(rules.DISPUTE_TYPES) == 15
    assert rules.DISPUTE_TYPES.codes()[:2] == ["婚姻家庭", "邻里"] and rules.DISPUTE_TYPES.codes()[-1] == "其他"
    assert rules.DISPUTE_TYPES.code_of("邻里纠纷") == "邻里"
    assert all(kind in rules.DISPUTE_TYPES for kind in rules.SUBTYPE_TYPES.values())


@pytest.mark.parametrize(
    ("day", "expected"),
    [(0, Clock.NONE), (19, Clock.NONE), (20, Clock.WARNING), (30, Clock.WARNING), (31, Clock.OVERDUE)],
)
def test_thirty_day_clock_warns_at_day_20_and_alarms_at_day_31(day: int, expected: Clock) -> None:
    today = ACCEPTED + timedelta(days=day)
    assert rules.days_open(ACCEPTED, today) == day
    assert rules.deadline_state(ACCEPTED, today) == expected


def test_an_agreed_extension_moves_the_alarm() -> None:
    extended_to = ACCEPTED + timedelta(days=45)
    assert rules.deadline_state(ACCEPTED, ACCEPTED + timedelta(days=31), extended_to) == Clock.NONE
    assert rules.deadline_state(ACCEPTED, ACCEPTED + timedelta(days=35), extended_to) == Clock.WARNING
    assert rules.deadline_state(ACCEPTED, ACCEPTED + timedelta(days=45), extended_to) == Clock.WARNING
    assert rules.deadline_state(ACCEPTED, ACCEPTED + timedelta(days=46), extended_to) == Clock.OVERDUE


def test_an_extension_must_push_the_deadline_later() -> None:
    deadline = rules.default_deadline(ACCEPTED)
    rules.check_extension(ACCEPTED, deadline, ACCEPTED + timedelta(days=25), deadline + timedelta(days=15))
    with pytest.raises(RuleViolation, match="应晚于"):
        rules.check_extension(ACCEPTED, deadline, ACCEPTED + timedelta(days=25), deadline)
    with pytest.raises(RuleViolation, match="早于受理日期"):
        rules.check_extension(ACCEPTED, deadline, ACCEPTED - timedelta(days=1), deadline + timedelta(days=5))


def test_visit_is_due_30_days_after_the_agreement_and_overdue_after() -> None:
    agreed = date(2026, 5, 10)
    due = rules.followup_due(agreed)
    assert due == date(2026, 6, 9)
    assert rules.visit_state(due, agreed + timedelta(days=1), visited=False) == VisitState.NONE
    assert rules.visit_state(due, due - timedelta(days=rules.FOLLOWUP_NOTICE_DAYS), visited=False) == VisitState.DUE
    assert rules.visit_state(due, due, visited=False) == VisitState.DUE
    assert rules.visit_state(due, due + timedelta(days=1), visited=False) == VisitState.OVERDUE
    assert rules.visit_state(due, due + timedelta(days=1), visited=True) == VisitState.DONE
    assert rules.visit_state(None, due, visited=False) == VisitState.NONE


def test_amounts_are_exact_to_the_fen() -> None:
    assert rules.yuan_to_fen(Decimal("1234.56")) == 123456
    assert rules.yuan_to_fen("0.1") == 10
    assert rules.yuan_to_fen("2,000元") == 200000
    assert rules.yuan_to_fen("") == 0
    assert rules.fen_to_yuan(123456) == Decimal("1234.56")
    assert rules.format_yuan(12345678) == "123,456.78"
    for bad, message in (("1.005", "两位小数"), ("-1", "负数"), ("abc", "数字")):
        with pytest.raises(RuleViolation, match=message):
            rules.yuan_to_fen(bad)


# --- the workflow -----------------------------------------------------------------------------------------
READY = {
    S.MEDIATING: CaseFacts(S.ACCEPTED, mediators=1),
    S.AGREED: CaseFacts(S.MEDIATING, mediators=1, sessions=1, outcome=rules.WRITTEN, agreement_content="赔偿500元"),
    S.FAILED: CaseFacts(S.MEDIATING, mediators=1, sessions=1, routes_told=("诉讼",)),
    S.PERFORMING: CaseFacts(S.AGREED, outcome=rules.ORAL, agreement_content="互相谅解"),
    S.CLOSED: CaseFacts(S.PERFORMING, outcome=rules.WRITTEN, agreement_content="赔偿500元"),
}
LEGAL = [(source, target) for source, targets in rules.TRANSITIONS.items() for target in targets]
ILLEGAL = [(source, target) for source in S for target in S if target not in rules.TRANSITIONS[source]]


def facts_for(source: CaseStatus, target: CaseStatus) -> CaseFacts:
    """Everything the target step needs, in `source` status."""
    base = READY.get(target, CaseFacts(source))
    return CaseFacts(
        source,
        mediators=1,
        sessions=1,
        outcome=base.outcome or rules.WRITTEN,
        agreement_content=base.agreement_content or "赔偿500元",
        routes_told=base.routes_told or ("诉讼",),
        termination_reason="当事人撤回申请",
    )


@pytest.mark.parametrize(("source", "target"), LEGAL, ids=[f"{s}→{t}" for s, t in LEGAL])
def test_every_legal_step_is_allowed(source: CaseStatus, target: CaseStatus) -> None:
    rules.check_transition(facts_for(source, target), target)


@pytest.mark.parametrize(("source", "target"), ILLEGAL, ids=[f"{s}→{t}" for s, t in ILLEGAL])
def test_every_illegal_step_is_refused_with_a_reason(source: CaseStatus, target: CaseStatus) -> None:
    with pytest.raises(RuleViolation) as refused:
        rules.check_transition(facts_for(source, target), target)
    assert refused.value.message and any("\u4e00" <= ch <= "\u9fff" for ch in refused.value.message)


@pytest.mark.parametrize(
    ("facts", "target", "message"),
    [
        (CaseFacts(S.ACCEPTED), S.MEDIATING, "请先指定调解员"),
        (CaseFacts(S.MEDIATING, mediators=1, sessions=1, outcome=rules.WRITTEN), S.AGREED, "未填写达成协议的内容"),
        (CaseFacts(S.MEDIATING, mediators=1, sessions=1, agreement_content="x"), S.AGREED, "协议形式"),
        (CaseFacts(S.MEDIATING, mediators=1, outcome=rules.ORAL, agreement_content="x"), S.AGREED, "调解记录"),
        (CaseFacts(S.MEDIATING, mediators=1, sessions=1), S.FAILED, "告知当事人其他解决途径"),
        (CaseFacts(S.MEDIATING, mediators=1, sessions=1, routes_told=("上访",)), S.FAILED, "告知当事人"),
        (CaseFacts(S.MEDIATING, mediators=1), S.TERMINATED, "终止调解的原因"),
        (CaseFacts(S.PERFORMING), S.CLOSED, "尚无调解结果"),
        (CaseFacts(S.ACCEPTED, mediators=1), S.CLOSED, "不能直接改为“已结案”"),
        (CaseFacts(S.CLOSED, outcome=rules.WRITTEN), S.MEDIATING, "已结案"),
        (CaseFacts(S.MEDIATING, mediators=1), S.MEDIATING, "已是“调解中”"),
    ],
)
def test_incomplete_steps_say_what_is_missing(facts: CaseFacts, target: CaseStatus, message: str) -> None:
    with pytest.raises(RuleViolation, match=message):
        rules.check_transition(facts, target)


def test_escalation_only_moves_up() -> None:
    rules.check_escalation("楼院长", "社区调委会")
    with pytest.raises(RuleViolation, match="只能向上"):
        rules.check_escalation("社区调委会", "网格员")
    with pytest.raises(RuleViolation, match="调处层级"):
        rules.check_escalation("社区调委会", "法院")


def test_at_most_three_mediators() -> None:
    rules.check_mediator_count(3)
    with pytest.raises(RuleViolation, match="1至3名"):
        rules.check_mediator_count(4)
