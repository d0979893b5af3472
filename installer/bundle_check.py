"""Runs inside the frozen program (COMMUNITY_DESK_BUNDLE_CHECK=1): does the bundle hold what is read from disk?

PyInstaller finds imported modules by itself; what it cannot see are files opened by path at run time. Each
check below opens such a file the way the program does and prints one line: "ok", "WARN" or "FAIL".
Exit status 1 if any check failed. installer/build.py runs it as one of its smoke tests.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

Check = Callable[[], str]


def _bundle_root() -> Path:
    return Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))


def _inside_bundle(path: Path) -> Path:
    """`path`, after making sure it is a file inside the bundle (not a stray checkout or site-packages)."""
    if not path.is_file():
        raise AssertionError(f"missing: {path}")
    if getattr(sys, "frozen", False) and not path.resolve().is_relative_to(_bundle_root().resolve()):
        raise AssertionError(f"found outside the bundle: {path}")
    return path


def check_frozen() -> str:
    if not getattr(sys, "frozen", False):
        raise AssertionError("not running frozen (sys.frozen is unset)")
    return f"frozen, bundle at {_bundle_root()}, Python {sys.version.split()[0]}, utf8_mode={sys.flags.utf8_mode}"


def check_resource_lookup() -> str:
    """config.resource_path() must resolve to community_desk/resources inside the bundle."""
    from importlib import resources

    from community_desk.config import resource_path

    fonts = resource_path("fonts")
    expected = _bundle_root() / "community_desk" / "resources" / "fonts"
    if fonts.resolve() != expected.resolve():
        raise AssertionError(f"resource_path('fonts') is {fonts}, expected {expected}")
    via = "importlib.resources"
    try:
        resources.files("community_desk.resources")
    except ModuleNotFoundError:
        via = "the __file__ fallback"
    return f"resource_path('fonts') → {fonts} (via {via})"


def check_fonts() -> str:
    from community_desk.ui.fonts import BUNDLED_FONTS, bundled_font_path

    sizes = []
    for file_name, _family in BUNDLED_FONTS:
        path = _inside_bundle(bundled_font_path(file_name))
        sizes.append(f"{file_name} {path.stat().st_size / 2**20:.1f} MB")
    return ", ".join(sizes)


def check_pdf_fonts() -> str:
    """reportlab (headless exports) reads the same font files; the fallback must cover 𠮷."""
    from community_desk.exports.fonts import PDF_FALLBACK_FONT, font_runs

    runs = list(font_runs("吉𠮷"))
    if not any(font == PDF_FALLBACK_FONT for font, _run in runs):
        raise AssertionError(f"𠮷 not drawn in the fallback font: {runs}")
    return f"reportlab font runs for 吉𠮷: {runs}"


def check_own_catalogues() -> str:
    from PySide6.QtCore import QTranslator

    from community_desk.ui.i18n import SUPPORTED_LANGUAGES, catalogue_path

    found = []
    for language in SUPPORTED_LANGUAGES:
        path = catalogue_path(language)
        if path.is_file():
            if not QTranslator().load(str(_inside_bundle(path))):
                raise AssertionError(f"Qt cannot load {path}")
            found.append(language)
    if not found:
        return "WARN no compiled community_desk_*.qm catalogues (lrelease not run yet?); UI stays in Chinese"
    return f"community_desk_*.qm for {', '.join(found)}"


def check_qt_catalogues() -> str:
    """Qt's own qtbase_zh_*.qm (确定/取消 on standard buttons) from where the program looks for them."""
    from PySide6.QtCore import QTranslator

    from community_desk.ui.i18n import qt_translations_dir

    directory = qt_translations_dir()
    for language in ("zh_CN", "zh_TW"):
        path = _inside_bundle(directory / f"qtbase_{language}.qm")
        translator = QTranslator()
        if not translator.load(str(path)):
            raise AssertionError(f"Qt cannot load {path}")
        if translator.translate("QPlatformTheme", "Cancel") not in ("取消",):
            raise AssertionError(f"{path.name} does not translate Cancel to 取消")
    return f"qtbase_zh_CN.qm, qtbase_zh_TW.qm in {directory}"


def check_qt_plugins() -> str:
    from PySide6.QtCore import QLibraryInfo

    platforms = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    names = sorted(p.name for p in platforms.iterdir()) if platforms.is_dir() else []
    wanted = "qwindows" if sys.platform == "win32" else "qoffscreen"
    if not any(wanted in name for name in names):
        raise AssertionError(f"no {wanted} platform plugin in {platforms}: {names}")
    return f"platform plugins: {', '.join(names)}"


def check_migrations() -> str:
    """Alembic reads env.py and versions/*.py from disk by path; they must be real .py files."""
    from community_desk.db import migrate

    directory = migrate.MIGRATIONS_DIR
    _inside_bundle(directory / "env.py")
    versions = sorted(p.name for p in (directory / "versions").glob("*.py"))
    if not versions:
        raise AssertionError(f"no migration scripts in {directory / 'versions'}")
    return f"head {migrate.head_revision()} from {len(versions)} script(s) in {directory}"


def check_pinyin() -> str:
    """pypinyin loads pinyin_dict.json / phrases_dict.json from its package folder."""
    from pypinyin import lazy_pinyin

    from community_desk.domain.residents import pinyin_keys

    if pinyin_keys("张三丰") != ("zhangsanfeng", "zsf"):
        raise AssertionError(f"pinyin_keys('张三丰') = {pinyin_keys('张三丰')}")
    phrase = lazy_pinyin("重庆")  # only the phrase dictionary reads 重 as chong here
    if phrase != ["chong", "qing"]:
        raise AssertionError(f"phrase dictionary missing: 重庆 → {phrase}")
    return "张三丰 → zhangsanfeng/zsf, 重庆 → chong qing"


def check_chinese_calendar() -> str:
    import chinese_calendar

    if not chinese_calendar.is_holiday(date(2024, 10, 1)) or not chinese_calendar.is_workday(date(2024, 9, 29)):
        raise AssertionError("holiday data wrong for 2024 国庆节 (10-01 holiday, 09-29 make-up workday)")
    this_year = date.today().year
    try:
        chinese_calendar.is_holiday(date(this_year, 12, 31))
    except NotImplementedError:
        return f"WARN chinesecalendar has no {this_year} data: upgrade it before building"
    return f"chinesecalendar holidays known through {this_year}"


CHECKS: tuple[Check, ...] = (
    check_frozen,
    check_resource_lookup,
    check_fonts,
    check_pdf_fonts,
    check_own_catalogues,
    check_qt_catalogues,
    check_qt_plugins,
    check_migrations,
    check_pinyin,
    check_chinese_calendar,
)


def run_checks() -> int:
    """Run every check, print one line each; 1 if any failed."""
    failed = 0
    for check in CHECKS:
        name = check.__name__.removeprefix("check_")
        try:
            detail = check()
        except Exception as error:
            failed += 1
            print(f"FAIL {name}: {type(error).__name__}: {error}")
            continue
        status, _, text = detail.partition(" ") if detail.startswith("WARN ") else ("ok", "", detail)
        print(f"{status} {name}: {text}")
    print(f"bundle check: {len(CHECKS) - failed}/{len(CHECKS)} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(run_checks())
