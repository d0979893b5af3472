"""Bundled CJK fonts for the UI, so rare name characters (䶮, 𠮷) render the same on every office PC.

WenQuanYi Micro Hei covers the basic CJK block; BabelStone Han (a subset holding only what Micro Hei lacks:
CJK Extension A/B/C…) is listed second in the application font's families, so Qt falls back to it per
character instead of drawing a box.

Fonts are registered by *path*, not from bytes: on Linux/macOS (FreeType, CoreText) the file is
memory-mapped and only the tables actually used are read, which keeps the 33 MB fallback font out of the
start-up path (a few milliseconds instead of reading the whole file). Qt's Windows DirectWrite backend reads
the file in either case, so there is nothing to gain from addApplicationFontFromData anywhere.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from community_desk.config import resource_path

log = logging.getLogger(__name__)

UI_FAMILY = "WenQuanYi Micro Hei"
FALLBACK_FAMILY = "BabelStone Han"

# (file name in resources/fonts, family the file must provide), in fallback order.
BUNDLED_FONTS: tuple[tuple[str, str], ...] = (
    ("WenQuanYiMicroHei.ttf", UI_FAMILY),
    ("BabelStoneHan-Ext.ttf", FALLBACK_FAMILY),
)

# File name → Qt application-font id; lets a second call skip files that are already registered.
_registered_ids: dict[str, int] = {}


def bundled_font_path(file_name: str) -> Path:
    """Where a bundled font lives, installed or in a checkout (exports/fonts.py uses the same files)."""
    return resource_path("fonts", file_name)


def register_bundled_fonts() -> list[str]:
    """Make the bundled families known to Qt; safe to call more than once.

    Raises RuntimeError naming the file when one is missing or Qt cannot load it, because a silent
    failure would only show up later as boxes in residents' names.
    """
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_bundled_fonts() needs a QGuiApplication; create the application first")
    families: list[str] = []
    for file_name, expected_family in BUNDLED_FONTS:
        font_id = _registered_ids.get(file_name)
        loaded = QFontDatabase.applicationFontFamilies(font_id) if font_id is not None else []
        if not loaded:
            path = bundled_font_path(file_name)
            if not path.is_file():
                raise RuntimeError(f"Bundled font is missing: {path}")
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise RuntimeError(f"Qt could not load the bundled font {path} (corrupt or unsupported file?)")
            _registered_ids[file_name] = font_id
            loaded = QFontDatabase.applicationFontFamilies(font_id)
            log.debug("Registered font %s as %s", path, loaded)
        if expected_family not in loaded:
            raise RuntimeError(f"Bundled font {file_name} provides {loaded}, expected {expected_family!r}")
        families.append(expected_family)
    return families


def application_font(point_size: int | None = None) -> QFont:
    """The UI font: Micro Hei first, BabelStone Han for characters Micro Hei lacks.

    Without a point size the platform's default size is kept (it follows the user's display settings).
    """
    font = QFont()
    font.setFamilies([UI_FAMILY, FALLBACK_FAMILY])
    if point_size is not None:
        font.setPointSize(point_size)
    return font


def install_application_font(app: QApplication) -> None:
    """Register the bundled fonts and make them every widget's default; call before building windows."""
    register_bundled_fonts()
    app.setFont(application_font())
