"""群议厅 rules without a database: no step skipped, exact vote arithmetic, the 公示 period, a failed vote's ways on."""

from __future__ import annotations

from datetime import date, timedelta
from fractions import Fraction
from itertools import pairwise

import pytest

from community_desk.domain import deliberation as rules
from community_desk.domain.deliberation import DeliberationRuleError, Step, TopicState

ORDER = [Step.PROPOSED, Step.ACCEPTED, Step.MEETING, Step.VOTE, Step.RESOLUTION, Step.PUBLICITY,
         Step.IMPLEMENTATION, Step.FEEDBACK]  # fmt: skip


def state(step: Step, passed: bool | None = None) -> TopicState:
    return TopicState(step, passed if step is not Step.VOTE or passed is not None else True)


# --- step order ---------------------------------------------------------------------------------------------------
def test_each_step_allows_exactly_the_next_one() -> None:
    for current, following in pairwise(ORDER):
        assert rules.next_steps(state(current)) == (following,)
        rules.check_next_step(state(current), following)


NEXT = dict(pairwise(ORDER))  # after a passed vote


@pytest.mark.parametrize(("current", "target"), [(c, t) for c in ORDER for t in Step if t is not NEXT.get(c)])
def test_every_other_step_is_refused_in_chinese(current: Step, target: Step) -> None:
    with pytest.raises(DeliberationRuleError) as refused:
        rules.check_next_step(state(current), target)
    message = refused.value.message
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message)
    assert target.value in message or "办结" in message or "未通过" in message


def test_skipping_to_publicity_names_the_expected_step() -> None:
    with pytest.raises(DeliberationRuleError, match="当前步骤是“协商”，下一步应为“表决”，不能直接进入“公示”"):
        rules.check_next_step(state(Step.MEETING), Step.PUBLICITY)


def test_no_publicity_or_resolution_after_a_failed_vote() -> None:
    failed = TopicState(Step.VOTE, vote_passed=False)
    for target in (Step.RESOLUTION, Step.PUBLICITY, Step.IMPLEMENTATION, Step.FEEDBACK):
        with pytest.raises(DeliberationRuleError, match="表决未通过"):
            rules.check_next_step(failed, target)


def test_failed_vote_goes_back_to_meeting_or_closes_as_rejected() -> None:
    failed = TopicState(Step.VOTE, vote_passed=False)
    assert rules.next_steps(failed) == (Step.MEETING, Step.REJECTED)
    rules.check_next_step(failed, Step.MEETING)
    rules.check_next_step(failed, Step.REJECTED)
    assert rules.next_steps(TopicState(Step.REJECTED)) == ()


def test_passed_vote_cannot_be_closed_as_rejected() -> None:
    with pytest.raises(DeliberationRuleError, match="只有表决未通过的议题"):
        rules.check_next_step(TopicState(Step.VOTE, vote_passed=True), Step.REJECTED)


def test_finished_topic_takes_no_more_steps() -> None:
    assert rules.next_steps(TopicState(Step.FEEDBACK)) == ()
    with pytest.raises(DeliberationRuleError, match="已反馈办结"):
        rules.check_next_step(TopicState(Step.FEEDBACK), Step.MEETING)


def test_step_dates_follow_each_other_and_not_the_future() -> None:
    today = date(2026, 11, 23)
    rules.check_step_date(date(2026, 11, 20), date(2026, 11, 20), today)  # same day as the previous step is fine
    with pytest.raises(DeliberationRuleError, match="不能早于上一步的日期（2026-11-20）"):
        rules.check_step_date(date(2026, 11, 19), date(2026, 11, 20), today)
    with pytest.raises(DeliberationRuleError, match="不能晚于今天"):
        rules.check_step_date(today + timedelta(days=1), None, today)


# --- vote arithmetic -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("present", "needed"), [(1, 1), (2, 2), (9, 5), (10, 6), (11, 6), (20, 11), (21, 11)])
def test_more_than_half_of_those_present(present: int, needed: int) -> None:
    assert rules.threshold_of("1/2").required(present) == needed
    assert rules.count_vote(present, needed, 0, 0, "1/2").passed
    assert not rules.count_vote(present, needed - 1, 0, 0, "1/2").passed


def test_abstentions_count_as_present() -> None:
    outcome = rules.count_vote(10, 5, 1, 4, "1/2")  # 5 for and only 1 against, but 5 of 10 is not more than half
    assert (outcome.required, outcome.passed) == (6, False)
    assert rules.count_vote(10, 6, 0, 4, "1/2").passed


def test_present_but_not_voting_still_counts() -> None:
    assert not rules.count_vote(11, 5, 0, 0, "1/2").passed  # six present did not vote
    assert rules.count_vote(11, 6, 0, 0, "1/2").passed


@pytest.mark.parametrize(("present", "needed"), [(9, 6), (10, 7), (12, 8), (3, 2), (30, 20), (31, 21)])
def test_two_thirds_includes_two_thirds_itself(present: int, needed: int) -> None:
    assert rules.threshold_of("2/3").required(present) == needed
    assert rules.count_vote(present, needed, present - needed, 0, "2/3").passed
    assert not rules.count_vote(present, needed - 1, 0, present - needed + 1, "2/3").passed


def test_three_quarters_threshold() -> None:
    assert [rules.threshold_of("3/4").required(n) for n in (4, 8, 10)] == [3, 6, 8]


def test_votes_cannot_exceed_those_present() -> None:
    with pytest.raises(DeliberationRuleError, match="合计11票，超过了出席人数10人"):
        rules.count_vote(10, 6, 3, 2, "1/2")
    with pytest.raises(DeliberationRuleError, match="出席人数至少为1"):
        rules.count_vote(0, 0, 0, 0, "1/2")
    with pytest.raises(DeliberationRuleError, match="不能为负数"):
        rules.count_vote(10, 6, -1, 0, "1/2")
    with pytest.raises(DeliberationRuleError, match="通过比例"):
        rules.count_vote(10, 6, 0, 0, "60%")


# --- 公示 -------------------------------------------------------------------------------------------------------------
def test_publicity_runs_five_days_with_the_first_day_not_counted() -> None:
    start = date(2026, 11, 1)
    assert rules.earliest_publicity_end(start) == date(2026, 11, 6)
    rules.check_publicity(start, date(2026, 11, 6), "社区公示栏")
    rules.check_publicity(start, date(2026, 11, 20), "社区公示栏")
    with pytest.raises(DeliberationRuleError, match="结束日期最早为2026-11-06") as refused:
        rules.check_publicity(start, date(2026, 11, 5), "社区公示栏")
    assert refused.value.field == "end"


def test_publicity_across_a_month_end_and_needs_a_place() -> None:
    rules.check_publicity(date(2026, 2, 26), date(2026, 3, 3), "公示栏")
    with pytest.raises(DeliberationRuleError):
        rules.check_publicity(date(2026, 2, 26), date(2026, 3, 2), "公示栏")
    with pytest.raises(DeliberationRuleError, match="公示地点"):
        rules.check_publicity(date(2026, 2, 26), date(2026, 3, 3), "  ")


def test_implementation_starts_after_the_publicity_period() -> None:
    end = date(2026, 11, 6)
    rules.check_implementation_start(date(2026, 11, 7), end)
    with pytest.raises(DeliberationRuleError, match="2026-11-07起"):
        rules.check_implementation_start(end, end)


# --- other values --------------------------------------------------------------------------------------------------
def test_satisfaction_rate_counts_fairly_satisfied_as_satisfied() -> None:
    assert rules.satisfaction_rate(30, 5, 1) == Fraction(35, 36)
    assert rules.percent(rules.satisfaction_rate(30, 5, 1)) == "97.2%"
    assert rules.percent(Fraction(2, 3)) == "66.7%"
    assert rules.percent(Fraction(1)) == "100.0%"
    assert rules.satisfaction_rate(0, 0, 0) is None and rules.percent(None) == ""


def test_joint_proposal_needs_its_number_of_signers() -> None:
    rules.check_source("联名", 12)
    assert rules.source_label("联名", 12) == "联名12人"
    assert rules.source_label("居民提议", None) == "居民提议"
    with pytest.raises(DeliberationRuleError, match="联名人数") as refused:
        rules.check_source("联名", None)
    assert refused.value.field == "signers"
    with pytest.raises(DeliberationRuleError, match="议题来源"):
        rules.check_source("路边听说", None)


def test_code_lists_accept_what_clerks_write() -> None:
    assert rules.CATEGORIES.code_of("供暖") == "采暖"
    assert rules.CATEGORIES.code_of("电梯") == "加装电梯"
    assert rules.SOURCES.code_of("街道交办") == "上级交办"
    assert rules.THRESHOLDS.code_of("三分之二") == "2/3"
    assert rules.BODY_KINDS.names() == ["居民议事会", "党居议事会", "居民代表会议"]


def test_member_period_end_not_before_start() -> None:
    rules.check_period(date(2026, 1, 1), None)
    rules.check_period(date(2026, 1, 1), date(2026, 1, 1))
    with pytest.raises(DeliberationRuleError, match="离任日期"):
        rules.check_period(date(2026, 1, 1), date(2025, 12, 31))
