"""Refresh the translation sources (i18n/*.ts) from the code and compile them into resources/i18n/*.qm.

Run after changing user-visible strings:  python i18n/update_translations.py

1. pyside6-lupdate collects every tr()/translate() string from community_desk/**/*.py into
   community_desk_zh_CN.ts, _zh_TW.ts and _en.ts (strings that vanished from the code are dropped).
2. zh_TW: every message still marked unfinished is filled in by OpenCC (s2twp: Taiwan standard
   characters and phrasing), if the `opencc` package is installed. Messages a person has reviewed and
   marked finished in Qt Linguist are never touched again.
3. pyside6-lrelease compiles each .ts into resources/i18n/community_desk_<lang>.qm. Unfinished but
   non-empty translations are included; empty ones fall back to the Chinese source text at run time.

OpenCC is a developer tool here, not a dependency of the application.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "i18n"
QM_DIR = ROOT / "resources" / "i18n"
CATALOGUE = "community_desk"
SOURCE_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "zh_TW", "en")
OPENCC_CONFIG = "s2twp"

# Terms OpenCC's phrase table gets wrong for this program, converted by hand; add to it when review finds one.
# s2twp reads 社区 as an online community (社群) and 注销 as logging out (登出); here they are a neighbourhood
# community and deregistering a household or resident.
ZH_TW_GLOSSARY = {
    "社区": "社區",
    "注销": "註銷",
}


def find_tool(name: str) -> str:
    """A Qt tool from the running interpreter's environment first (a venv's bin/ or Scripts/), then PATH."""
    suffix = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.is_file():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install PySide6 in this environment (pip install -e .[test])")
    return found


def source_files() -> list[Path]:
    """Every Python module of the application; lupdate skips files without tr() calls quickly."""
    return sorted(path for path in (ROOT / "community_desk").rglob("*.py") if "__pycache__" not in path.parts)


def ts_path(language: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return QM_DIR / f"{CATALOGUE}_{language}.qm"


def run_lupdate(lupdate: str, language: str, sources: list[Path]) -> None:
    """Merge the current source strings into one .ts file (a file list avoids Windows' command-line limit)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(path) for path in sources) + "\n")
    try:
        subprocess.run(
            [
                lupdate,
                f"@{listing.name}",
                "-no-obsolete",
                "-locations",
                "relative",
                "-source-language",
                SOURCE_LANGUAGE,
                "-target-language",
                language,
                "-silent",
                "-ts",
                str(ts_path(language)),
            ],
            check=True,
        )
    finally:
        os.unlink(listing.name)


def load_converter() -> Callable[[str], str] | None:
    """OpenCC's s2twp converter with the glossary applied first; None if opencc is not installed."""
    try:
        import opencc  # optional developer tool, imported only when converting
    except ImportError:
        return None
    converter = opencc.OpenCC(OPENCC_CONFIG)

    def convert(text: str) -> str:
        pieces = [text]
        for simplified, traditional in ZH_TW_GLOSSARY.items():
            pieces = [part for piece in pieces for part in _split_keep(piece, simplified)]
            pieces = [traditional if piece == simplified else piece for piece in pieces]
        protected = set(ZH_TW_GLOSSARY.values())
        return "".join(piece if piece in protected else converter.convert(piece) for piece in pieces)

    return convert


def _split_keep(text: str, term: str) -> list[str]:
    """text split around `term`, keeping the term as its own piece."""
    parts = text.split(term)
    out = [parts[0]]
    for part in parts[1:]:
        out += [term, part]
    return [piece for piece in out if piece]


def fill_zh_tw(path: Path, convert: Callable[[str], str]) -> int:
    """Convert every unfinished zh_TW message from its source; returns how many were (re)filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or source is None or translation.get("type") != "unfinished":
            continue
        converted = convert(source)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            # Chinese has a single plural form.
            for form in forms or [ET.SubElement(translation, "numerusform")]:
                form.text = converted
        else:
            translation.text = converted
        filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def run_lrelease(lrelease: str, language: str) -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [lrelease, "-silent", str(ts_path(language)), "-qm", str(qm_path(language))],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-convert", action="store_true", help="leave zh_TW untouched by OpenCC")
    parser.add_argument("--no-release", action="store_true", help="update the .ts files only")
    args = parser.parse_args(argv)

    lupdate = find_tool("pyside6-lupdate")
    sources = source_files()
    for language in LANGUAGES:
        run_lupdate(lupdate, language, sources)

    if not args.no_convert:
        convert = load_converter()
        if convert is None:
            print("opencc is not installed (pip install opencc): zh_TW strings stay unfinished")
        else:
            filled = fill_zh_tw(ts_path("zh_TW"), convert)
            # Let lupdate write the file back in its own layout, so ElementTree's differs from it never
            # show up as churn in the next diff.
            run_lupdate(lupdate, "zh_TW", sources)
            print(f"zh_TW: {filled} unfinished message(s) converted with OpenCC {OPENCC_CONFIG}")

    if not args.no_release:
        lrelease = find_tool("pyside6-lrelease")
        for language in LANGUAGES:
            run_lrelease(lrelease, language)
    for language in LANGUAGES:
        compiled = "" if args.no_release else f" -> {qm_path(language).relative_to(ROOT)}"
        print(f"{ts_path(language).relative_to(ROOT)}{compiled}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
