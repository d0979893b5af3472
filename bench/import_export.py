"""Import/export timings on a generated 10,000-row messy 居民台账, each against the raw-library floor.

Import half: (1) a raw python-calamine read of the file (the floor), (2) a bare openpyxl read-only pass
(iter_rows values_only), (3) the full import (preview + run, not a dry run) into a fresh empty database.
Goal: (3) ≤ 3 × (1), and in any case faster than (2). Best of --runs each.

    python bench/import_export.py [--rows 10000] [--runs 3] [--workbook /tmp/bench-taizhang-10000.xlsx] [--profile]

Export half (`bench_export`): on a 100,000-resident demo database (generated once into /tmp when missing, ~12 s),
the real 居民信息采集表 export (unmasked, all grids, end to end) against a raw openpyxl write_only write of the same
row values (fetched first; only the write is timed). Goal: ≤ 1.3 × raw.

    python bench/import_export.py --only export [--export-db /tmp/bench-export-100k.sqlite3] [--runs 1]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import best_of  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英文华建国志红玉兰金凤春梅海燕小红䶮"
HEADERS = ["序号", "姓 名", "身份证号码", "与户主关系", "性别", "民族", "出生日期", "联系电话", "网格", "楼栋", "单元",
           "房号", "户籍地址", "政治面貌", "文化程度", "婚姻状况", "工作单位", "人员类别", "备注"]  # fmt: skip
DATE_SPELLINGS: tuple[Callable[[date], object], ...] = (
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: d.isoformat(),
    lambda d: d.strftime("%Y%m%d"),
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: d,  # a real date cell
)


def make_workbook(path: Path, rows: int, seed: int = 7) -> Path:
    """A 台账 the way offices keep them: merged title, header on row 3, spaced names, mixed date spellings,
    full-width room numbers, a blank line every 50 rows and a 合计 row; IDs are valid and stored as text."""
    from openpyxl import Workbook

    from community_desk.domain.idcard import check_character

    rng = random.Random(seed)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("居民台账")
    sheet.append(["示范社区居民信息台账"])
    sheet.append(["填报单位：示范社区居委会", None, None, None, "填报日期：2026年11月"])
    sheet.append(HEADERS)
    written = household = 0
    used: set[str] = set()
    while written < rows:
        household += 1
        flat = household % 36  # 36 flats a building: 3 units × 6 floors × 2
        grid, building = f"第{household // 300 + 1}网格", str(household // 36 + 1)
        unit, room = str(flat // 12 + 1), f"{flat % 12 // 2 + 1}0{flat % 2 + 1}"
        if household % 5 == 0:
            room = room.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        size = min(rng.choice((1, 2, 3, 3, 4, 5)), rows - written)
        for member in range(size):
            written += 1
            sex = rng.choice("12")
            birth = date(1930, 1, 1) + timedelta(days=rng.randrange(0, 33000))
            first17 = ""
            while not first17 or first17 in used:
                order = f"{rng.randrange(0, 100):02d}{rng.choice('13579' if sex == '1' else '02468')}"
                first17 = f"110105{birth:%Y%m%d}{order}"
            used.add(first17)
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
            relation = "户主" if member == 0 else rng.choice(("配偶", "子", "女", "孙子女", "父母"))
            sheet.append([
                written, name if len(name) == 3 else f"{name[0]}  {name[1:]}", first17 + check_character(first17),
                relation, "男" if sex == "1" else "女", rng.choice(("汉", "汉族", "回族", "满族")),
                rng.choice(DATE_SPELLINGS)(birth), f"13{rng.randrange(10**9):09d}", grid, building, unit, room,
                f"北京市东城区示范街道{rng.choice('一二三')}里", rng.choice(("群众", "中共党员", "团员")),
                rng.choice(("本科", "大专", "高中", "初中")), rng.choice(("已婚", "未婚")), "", "户籍人口", "",
            ])  # fmt: skip
            if written % 50 == 0:
                sheet.append([])
    sheet.append(["合计", f"{rows}人"])
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path




def read_calamine(path: Path) -> int:
    from python_calamine import CalamineWorkbook

    return len(CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python())


def read_openpyxl(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def fresh_database() -> Path:
    """An empty, migrated database; creating it is not part of the import."""
    from community_desk.app import open_database

    path = Path(tempfile.mkdtemp(prefix="bench-import-")) / "bench.sqlite3"
    open_database(path, exclusive=False).close()
    return path


def import_into(path: Path, database_path: Path) -> int:
    """What the 导入 menu does: preview, then run with the previewed mapping (not a dry run)."""
    from community_desk.app import open_database
    from community_desk.services import imports
    from community_desk.services.imports import ResidentImporter, preview_import

    imports._last_read.clear()  # every run reads the file once: preview reads it, run reuses that table
    database = open_database(database_path, exclusive=False)
    try:
        preview = preview_import(path)
        result = ResidentImporter(database.session_factory).run(path, preview.mapping)
    finally:
        database.close()
    if result.errors:
        raise RuntimeError(f"bench workbook has refused rows: {result.errors[:3]}")
    return result.imported


def warm_up() -> None:
    """Imports and the migration cost once per process, not per run: the app has them loaded already."""
    from tempfile import TemporaryDirectory

    from community_desk.app import open_database
    from community_desk.domain.residents import pinyin_keys

    pinyin_keys("预热")
    with TemporaryDirectory() as folder:
        open_database(Path(folder) / "warm.sqlite3", exclusive=False).close()


def bench_import(workbook: Path, rows: int, runs: int, profile: bool = False) -> dict[str, float]:
    if not workbook.exists():
        started = time.perf_counter()
        make_workbook(workbook, rows)
        print(f"generated {rows} rows in {time.perf_counter() - started:.1f} s → {workbook}")
    warm_up()
    times = {
        "calamine read (floor)": best_of(runs, lambda: read_calamine(workbook)),
        "openpyxl read-only pass": best_of(runs, lambda: read_openpyxl(workbook)),
        "import (preview + run)": best_of(runs, lambda db: import_into(workbook, db), setup=fresh_database),
    }
    floor = times["calamine read (floor)"]
    for label, seconds in times.items():
        print(f"{label:<26} {seconds * 1000:8.0f} ms   {seconds / floor:5.1f} × calamine")
    ratio = times["import (preview + run)"] / times["openpyxl read-only pass"]
    print(f"import / openpyxl read-only: {ratio:.2f}")
    if profile:
        profiler = cProfile.Profile()
        profiler.runcall(import_into, workbook, fresh_database())
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    return times


EXPORT_PROFILE = "居民信息采集表"


def raw_write(path: Path, rows: list[list[object]]) -> None:
    """The floor: the same cell values through openpyxl write_only, with no layout, styles or checks."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    book.save(path)


def bench_export(db: Path, households: int, runs: int, profile: bool = False) -> dict[str, float]:
    """Export half: 居民信息采集表 (unmasked, all grids) end to end — SQL, codes, the styled sheet, the temp file
    and os.replace, the export log — vs a raw write_only write of the same rows fetched beforehand.
    Goal: ≤ 1.3 × raw."""
    from community_desk.app import open_database
    from community_desk.cli import ensure_demo_database
    from community_desk.exports.profiles import BUILTIN_DIR
    from community_desk.services.exports import ExportService

    if not db.exists():
        started = time.perf_counter()
        ensure_demo_database(db, households=households)
        print(f"generated {households} households in {time.perf_counter() - started:.1f} s → {db}")
    database = open_database(db, exclusive=False)  # migrates (with a backup) once if the file is older
    try:
        exports = ExportService(database.path, database.session_factory, profile_dirs=[BUILTIN_DIR])
        exports.preview(EXPORT_PROFILE, limit=1)  # imports, the profile files and the SQLAlchemy engine, once
        with tempfile.TemporaryDirectory() as folder:
            out, raw = Path(folder) / "export.xlsx", Path(folder) / "raw.xlsx"
            app = best_of(runs, lambda: exports.export_residents(EXPORT_PROFILE, out, masked=False))
            started = time.perf_counter()
            rows = list(exports.values(EXPORT_PROFILE, masked=False))
            fetch = time.perf_counter() - started
            floor = best_of(runs, lambda: raw_write(raw, rows))
            if profile:
                profiler = cProfile.Profile()
                profiler.runcall(exports.export_residents, EXPORT_PROFILE, out, masked=False)
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
    finally:
        database.close()
    times = {"raw write_only write (floor)": floor, "fetch + render only": fetch, "app export (end to end)": app}
    print(f"export of {len(rows)} residents, {len(rows[0]) if rows else 0} columns:")
    for label, seconds in times.items():
        print(f"{label:<30} {seconds * 1000:8.0f} ms   {seconds / floor:5.2f} × raw")
    print(f"export / raw write: {app / floor:.2f} (goal ≤ 1.3)")
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workbook", type=Path, default=None, help="台账 .xlsx (generated once when missing)")
    parser.add_argument("--profile", action="store_true", help="cProfile one import/export and print the top functions")
    parser.add_argument("--only", choices=("import", "export"), help="run one half only")
    parser.add_argument("--export-db", type=Path, default=Path(tempfile.gettempdir()) / "bench-export-100k.sqlite3")
    parser.add_argument("--households", type=int, default=40_000, help="demo households for --export-db when missing")
    args = parser.parse_args(argv)
    if args.only != "export":
        workbook = args.workbook or Path(tempfile.gettempdir()) / f"bench-taizhang-{args.rows}.xlsx"
        bench_import(workbook, args.rows, args.runs, profile=args.profile)
    if args.only != "import":
        bench_export(args.export_db, args.households, args.runs, profile=args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
