from datetime import date, datetime, time

import pytest

from community_desk.domain import calendar as cal


@pytest.mark.parametrize(
    ("year", "name", "expected"),
    [
        (2025, "中秋节", date(2025, 10, 6)),
        (2026, "中秋节", date(2026, 9, 25)),
        (2026, "重阳节", date(2026, 10, 18)),
        (2025, "春节", date(2025, 1, 29)),
        (2026, "春节", date(2026, 2, 17)),
        (2027, "春节", date(2027, 2, 6)),
        (2026, "端午节", date(2026, 6, 19)),
        (2025, "清明节", date(2025, 4, 4)),
        (2026, "清明节", date(2026, 4, 5)),
        (2027, "清明节", date(2027, 4, 5)),
        (2024, "清明节", date(2024, 4, 4)),
        (2026, "元宵节", date(2026, 3, 3)),
        (2026, "除夕", date(2026, 2, 16)),
        (2026, "学雷锋日", date(2026, 3, 5)),
        (2026, "建党节", date(2026, 7, 1)),
        (2026, "国庆节", date(2026, 10, 1)),
    ],
)
def test_festival_dates_match_the_almanac(year: int, name: str, expected: date) -> None:
    assert cal.festival_on(year, name) == expected


def test_festivals_are_sorted_and_inside_the_year() -> None:
    days = [f.day for f in cal.festivals(2026)]
    assert days == sorted(days) and all(d.year == 2026 for d in days)


def _dance() -> cal.Weekly:
    return cal.Weekly(frozenset({0, 2, 4}), date(2026, 11, 2), date(2026, 11, 30), time(19), time(20, 30))


def test_weekly_rule_expands_mon_wed_fri_with_cancelled_and_moved_occurrences() -> None:
    exceptions = [
        cal.Exception_(date(2026, 11, 4), cancelled=True),
        cal.Exception_(date(2026, 11, 6), start=datetime(2026, 11, 7, 15), end=datetime(2026, 11, 7, 16, 30)),
    ]
    occ = cal.expand(_dance(), exceptions)
    assert len(occ) == 13
    assert [o.original for o in occ if o.cancelled] == [date(2026, 11, 4)]
    moved = next(o for o in occ if o.moved)
    assert moved.original == date(2026, 11, 6) and moved.start == datetime(2026, 11, 7, 15)


def test_expansion_is_limited_to_the_window_and_follows_moves_into_it() -> None:
    exc = [cal.Exception_(date(2026, 11, 30), start=datetime(2026, 12, 1, 19), end=datetime(2026, 12, 1, 20))]
    occ = cal.expand(_dance(), exc, window=(date(2026, 12, 1), date(2026, 12, 31)))
    assert [o.original for o in occ] == [date(2026, 11, 30)]
    assert cal.expand(_dance(), exc, window=(date(2026, 11, 30), date(2026, 11, 30))) == []


def test_same_room_overlap_is_a_conflict_but_touching_ends_and_outdoors_are_not() -> None:
    a = cal.Booking("舞蹈室", datetime(2026, 11, 2, 19), datetime(2026, 11, 2, 20))
    assert cal.conflicts([cal.Booking("舞蹈室", datetime(2026, 11, 2, 19, 30), datetime(2026, 11, 2, 21))], [a])
    assert not cal.conflicts([cal.Booking("舞蹈室", datetime(2026, 11, 2, 20), datetime(2026, 11, 2, 21))], [a])
    assert not cal.conflicts([cal.Booking("书画室", a.start, a.end)], [a])
    out = cal.Booking("户外", a.start, a.end)
    assert not cal.conflicts([out], [out])


def test_birthday_milestones() -> None:
    assert cal.birthday_milestones(date(1936, 11, 5), date(2026, 11, 23)) == 90
    assert cal.birthday_milestones(date(1936, 12, 5), date(2026, 11, 23)) is None
    assert cal.birthday_milestones(date(1937, 11, 5), date(2026, 11, 23)) is None
