"""Registry timings on a generated 100,000-resident database, each against the raw-library floor.

(a) cold start of the app to a usable 居民 tab vs a bare PySide6 window process;
(b) the app's search path (RegistryReader.count + first page) vs the equivalent raw SQL on the same file;
(c) resident memory with the registry open vs the bare window.

    python bench/registry.py [--db /tmp/bench-100k.sqlite3] [--households 40000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import best_of  # noqa: E402

SEARCHES = ["zsf", "王", "1390", "110105198", "3号楼", "幸福院"]

BARE_WINDOW = """
import time, resource
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow(); window.resize(1360, 820); window.show(); app.processEvents()
print("ready", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
"""

APP_WINDOW = """
import resource, sys
from pathlib import Path
from community_desk.app import Services, open_database
from community_desk.ui.application import make_application
from community_desk.ui.main_window import MainWindow
app = make_application()
database = open_database(Path(sys.argv[1]), exclusive=False)
window = MainWindow(Services(database)); window.show()
model = window.residents_tab.model

def ready():
    if model.rowCount():  # the first page is on screen: the clerk can read, scroll and search
        print("ready", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
        app.quit()

model.modelReset.connect(ready)
app.exec()
"""


def time_child(script: str, *args: str) -> tuple[float, int]:
    """Seconds from spawn to the child's "ready" line, and its peak RSS in KiB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    process.kill()
    process.wait()
    if not line.startswith("ready"):
        raise RuntimeError(f"child did not get ready: {line!r}")
    return elapsed, int(line.split()[1])


def ensure_database(path: Path, households: int) -> None:
    if path.exists():
        return
    from community_desk.cli import ensure_demo_database

    started = time.perf_counter()
    ensure_demo_database(path, households=households)
    print(f"generated {households} households in {time.perf_counter() - started:.1f} s → {path}")


RAW_SQL = """
SELECT r.id, r.name, r.gender, r.birth_date, r.id_type, r.id_number, r.phone, r.category, m.relation,
       h.id, h.household_no, h.address, g.name
FROM resident r
JOIN membership m ON m.resident_id = r.id AND m.end_date IS NULL
JOIN household h ON h.id = m.household_id
JOIN building b ON b.id = h.building_id
JOIN grid g ON g.id = b.grid_id
WHERE {condition}
ORDER BY g.id, length(b.name), b.name, length(h.unit), h.unit, length(h.room), h.room, m.relation, r.id
LIMIT 500
"""
RAW_COUNT = """
SELECT count(*) FROM resident r JOIN membership m ON m.resident_id = r.id AND m.end_date IS NULL
JOIN household h ON h.id = m.household_id JOIN building b ON b.id = h.building_id
JOIN grid g ON g.id = b.grid_id WHERE {condition}
"""


def raw_search(connection: sqlite3.Connection, term: str) -> int:
    if len(term) >= 3:
        condition, params = "r.id IN (SELECT rowid FROM resident_fts WHERE resident_fts MATCH ?)", (f'"{term}"',)
    else:
        condition, params = "r.search_text LIKE ?", (f"%{term}%",)
    total = connection.execute(RAW_COUNT.format(condition=condition), params).fetchone()[0]
    connection.execute(RAW_SQL.format(condition=condition), params).fetchall()
    return total




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("/tmp/community-desk-bench-100k.sqlite3"))
    parser.add_argument("--households", type=int, default=40000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    ensure_database(args.db, args.households)

    from community_desk.app import Services, open_database
    from community_desk.services.dto import ResidentQuery

    database = open_database(args.db, exclusive=False)
    services = Services(database)
    print(f"database: {args.db} — {services.registry.counts().residents} residents")

    print("\n(b) search: app path (count + first page of 500) vs raw SQL")
    connection = sqlite3.connect(args.db)
    ratios = []
    for term in SEARCHES:
        query = ResidentQuery(text=term)
        app = best_of(args.runs, lambda q=query: (services.registry.count(q), services.registry.page(q, 0, 500)))
        raw = best_of(args.runs, lambda t=term: raw_search(connection, t))
        hits = services.registry.count(query)
        ratios.append(app / raw)
        print(
            f"  {term!r:14} hits {hits:6}  app {app * 1000:7.1f} ms  raw {raw * 1000:7.1f} ms  ratio {app / raw:4.2f}"
        )
    unfiltered = ResidentQuery()
    app = best_of(args.runs, lambda: (services.registry.count(unfiltered), services.registry.page(unfiltered, 0, 500)))
    raw = best_of(
        args.runs,
        lambda: (
            connection.execute(RAW_COUNT.format(condition="1")).fetchone(),
            connection.execute(RAW_SQL.format(condition="1")).fetchall(),
        ),
    )
    print(f"  {'(no filter)':14} app {app * 1000:7.1f} ms  raw {raw * 1000:7.1f} ms  ratio {app / raw:4.2f}")
    print(f"  median search ratio {statistics.median(ratios):.2f} (goal ≤ 2)")
    database.close()

    print("\n(a) cold start to a usable registry tab vs a bare PySide6 window; (c) peak RSS")
    bare = [time_child(BARE_WINDOW) for _ in range(args.runs)]
    full = [time_child(APP_WINDOW, str(args.db)) for _ in range(args.runs)]
    bare_time = statistics.median(t for t, _ in bare)
    full_time = statistics.median(t for t, _ in full)
    bare_rss = statistics.median(r for _, r in bare) / 1024
    full_rss = statistics.median(r for _, r in full) / 1024
    print(f"  bare window {bare_time:.2f} s, app {full_time:.2f} s, ratio {full_time / bare_time:.2f} (goal ≤ 1.5)")
    print(f"  bare window {bare_rss:.0f} MB, app {full_rss:.0f} MB, +{full_rss - bare_rss:.0f} MB (goal ≤ +100 MB)")


if __name__ == "__main__":
    main()
