"""月度工作报告 timings on a 10,000- and a 100,000-resident demo database, each against the raw-SQL floor.

(1) the floor: a bare SELECT count(*) of the memberships in force on the month end (plain sqlite3);
(2) ReportFiguresReader.month: every figure of the report for that month;
(3) the full report exported to PDF through ReportService.export (figures, charts, layout, file written).
Goal: the report on 100,000 residents takes ≤ 1.5 × its time on 10,000. The demo databases are generated once
into /tmp when missing (~5 s and ~30 s); the month is the last whole month before today (the demo's busy year).
Best of --runs each.

    python bench/report.py [--month 2026-10] [--runs 5] [--small-db …] [--large-db …]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# bench/calendar.py shadows the standard library's calendar module: keep bench/ off the path so imports find that one.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))

from bench.timing import best_of  # noqa: E402
from community_desk.app import Services, open_database  # noqa: E402
from community_desk.cli import ensure_demo_database  # noqa: E402
from community_desk.db.repositories.registry import membership_at  # noqa: E402
from community_desk.domain.report import ReportPeriod  # noqa: E402
from community_desk.services.report_figures import ReportFiguresReader  # noqa: E402

SIZES = (("10k", 4000), ("100k", 40000))  # demo households: ~2.5 residents each


def ensure_database(path: Path, households: int) -> None:
    if path.exists():
        return
    began = time.perf_counter()
    ensure_demo_database(path, households=households)
    print(f"generated {households} households in {time.perf_counter() - began:.1f} s → {path}")


def floor(path: Path, as_of: date) -> int:
    in_force, params = membership_at(as_of)
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM membership m WHERE {in_force}", params).fetchone()[0]
    finally:
        connection.close()


def export_time(path: Path, period: ReportPeriod, runs: int) -> float | None:
    """The whole report to PDF; None while the report service has no export yet."""
    database = open_database(path, exclusive=False)
    try:
        service = Services(database).reports
        if not hasattr(service, "export"):
            return None
        with tempfile.TemporaryDirectory() as folder:
            target = Path(folder) / f"report-{period.key}.pdf"
            return best_of(runs, lambda: service.export(period, target))
    finally:
        database.close()


def last_whole_month(today: date) -> ReportPeriod:
    previous = today.replace(day=1) - timedelta(days=1)
    return ReportPeriod.month(previous.year, previous.month)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--month", type=ReportPeriod.parse, default=last_whole_month(date.today()))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--small-db", type=Path, default=Path("/tmp/community-desk-bench-report-10k.sqlite3"))
    parser.add_argument("--large-db", type=Path, default=Path("/tmp/community-desk-bench-report-100k.sqlite3"))
    args = parser.parse_args()
    period: ReportPeriod = args.month
    paths = dict(zip((name for name, _ in SIZES), (args.small_db, args.large_db), strict=True))
    timings: dict[str, dict[str, float | None]] = {}
    for name, households in SIZES:
        path = paths[name]
        ensure_database(path, households)
        open_database(path, exclusive=False).close()  # brings an older bench file up to the current schema
        reader = ReportFiguresReader(path)
        people = floor(path, period.last)
        timings[name] = {
            "floor": best_of(args.runs, lambda p=path: floor(p, period.last)),
            "figures": best_of(args.runs, lambda r=reader: r.month(period)),
            "export": export_time(path, period, args.runs),
        }
        row = timings[name]
        print(
            f"{name:>4}: {people:6} residents in force on {period.last}  floor {row['floor'] * 1000:6.1f} ms"
            f"  figures {row['figures'] * 1000:6.1f} ms ({row['figures'] / row['floor']:.1f} × floor)"  # type: ignore[operator]
            + (f"  export to PDF {row['export'] * 1000:7.1f} ms" if row["export"] is not None else "")
        )
    small, large = timings["10k"], timings["100k"]
    print(f"100k / 10k for {period.label}:")
    for key, label in (
        ("floor", "floor (count in force)"),
        ("figures", "ReportFiguresReader.month"),
        ("export", "export to PDF"),
    ):
        if small[key] is not None and large[key] is not None:
            print(f"  {label:26} {large[key] / small[key]:5.2f}" + ("  (goal ≤ 1.5)" if key == "export" else ""))  # type: ignore[operator]


if __name__ == "__main__":
    main()
