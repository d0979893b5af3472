"""活动 month switch with 2,000 events in the year vs showing an empty month.

Measures CalendarTab.show_month (one reader call, in-memory recurrence expansion for that month, model reset and
a repaint of the grid) on a database holding ~2,000 one-off events plus weekly courses, against the same call on a
month without events (the floor: the grid drawing itself). Goal: ratio ≤ 2×. Best of --runs each.

    QT_QPA_PLATFORM=offscreen python bench/calendar.py [--events 2000] [--runs 7]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# This file is named like the standard library's calendar module: keep bench/ off the path so imports find that one.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from bench.timing import best_of  # noqa: E402


def fill(path: Path, count: int) -> None:
    """Bulk rows straight into the tables (the bench measures reads, not 2,000 audited writes)."""
    import sqlite3

    from community_desk.domain.calendar import CATEGORIES, ROOMS

    rng = random.Random(7)
    now = datetime(2026, 1, 1).isoformat(" ")
    rows = []
    for i in range(count):
        day = date(2026, 1, 1) + timedelta(days=rng.randrange(365))
        start = datetime.combine(day, datetime.min.time()) + timedelta(hours=rng.randint(7, 20))
        rows.append(
            (
                f"活动{i}",
                rng.choice(CATEGORIES),
                rng.choice(ROOMS),
                start.isoformat(" "),
                (start + timedelta(hours=1)).isoformat(" "),
                "",
                day.isoformat(),
                now,
                now,
            )
        )
    for j in range(6):  # weekly courses over the whole year
        start = datetime(2026, 1, 5, 8 + j)
        rows.append(
            (
                f"课程{j}",
                "文化",
                "户外",
                start.isoformat(" "),
                (start + timedelta(hours=1)).isoformat(" "),
                "0,2,4",
                "2026-12-31",
                now,
                now,
            )
        )
    with sqlite3.connect(path) as connection:
        connection.executemany(
            'INSERT INTO event (name, category, place, start, "end", weekdays, last_day, organiser, audience, '
            "notes, press_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', '', '', '', ?, ?)",
            rows,
        )




def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from community_desk.app import Services, open_database
    from community_desk.ui.tabs.calendar.tab import CalendarTab

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    database = open_database(folder / "bench.sqlite3", exclusive=False)
    fill(database.path, args.events)
    tab = CalendarTab(Services(database), today=date(2026, 6, 15))
    tab.resize(1200, 800)
    tab.show()
    app.processEvents()

    def switch(year: int, month: int) -> None:
        tab.show_month(year, month)
        tab.month_view.viewport().repaint()

    switch(2030, 1)  # warm: festival cache, imports
    switch(2026, 5)
    empty = best_of(args.runs, lambda: switch(2030, 1))
    full = best_of(args.runs, lambda: switch(2026, 6))
    shown = len(tab.reader.month_grid(2026, 6))
    print(
        f"empty month: {empty * 1000:.1f} ms; month of a {args.events}-event year ({shown} occurrences on the grid): "
        f"{full * 1000:.1f} ms; ratio {full / empty:.2f}× (goal ≤ 2×)"
    )
    database.close()


if __name__ == "__main__":
    main()
