"""Choose the UI language and install translators: ours (resources/i18n) and Qt's own (standard buttons).

Source strings in tr() are Simplified Chinese, so zh_CN needs no translation of our strings; it still needs
Qt's qtbase catalogue, or standard dialog buttons would read "OK"/"Cancel" instead of 确定/取消.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from shiboken6 import isValid

from community_desk.config import resource_path

log = logging.getLogger(__name__)

LANG_ENV_VAR = "COMMUNITY_DESK_LANG"
SOURCE_LANGUAGE = "zh_CN"
SUPPORTED_LANGUAGES = ("zh_CN", "zh_TW", "en")
CATALOGUE = "community_desk"

# Translators installed by the last install_translator() call; kept so a second call replaces them.
_installed: list[QTranslator] = []

_TRADITIONAL_TERRITORIES = {
    QLocale.Country.Taiwan,
    QLocale.Country.HongKong,
    QLocale.Country.Macau,
}


def resolve_language(locale_name: str | None = None) -> str:
    """One of SUPPORTED_LANGUAGES: COMMUNITY_DESK_LANG, else `locale_name`, else the system locale.

    Traditional-script Chinese (zh_TW, zh_HK, zh_Hant…) maps to zh_TW, any English to en, and everything
    else to the source language, since the office that uses this program reads Simplified Chinese.
    """
    name = os.environ.get(LANG_ENV_VAR) or locale_name
    locale = QLocale(name.replace("-", "_")) if name else QLocale.system()
    if locale.language() == QLocale.Language.English:
        return "en"
    if locale.language() == QLocale.Language.Chinese and (
        locale.script() == QLocale.Script.TraditionalHanScript or locale.territory() in _TRADITIONAL_TERRITORIES
    ):
        return "zh_TW"
    return SOURCE_LANGUAGE


def catalogue_path(language: str) -> Path:
    """Our compiled catalogue for `language` (it may not exist: lrelease has not been run)."""
    return resource_path("i18n", f"{CATALOGUE}_{language}.qm")


def qt_translations_dir() -> Path:
    """Where the Qt wheel keeps qtbase_*.qm (PyInstaller builds must copy this folder)."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(app: QCoreApplication, path: Path) -> QTranslator | None:
    """Load and install one .qm file; None (logged) if it is absent or unreadable."""
    if not path.is_file():
        log.info("No translation catalogue at %s", path)
        return None
    translator = QTranslator(app)  # parented to the app, so Python's GC cannot delete it while installed
    if not translator.load(str(path)):
        log.warning("Could not load translation catalogue %s", path)
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    _installed.append(translator)
    return translator


def uninstall_translators(app: QCoreApplication) -> None:
    """Remove every translator install_translator() installed (the UI falls back to the source text)."""
    while _installed:
        old = _installed.pop()
        if isValid(old):  # gone already if the application it belonged to was destroyed
            app.removeTranslator(old)
            old.deleteLater()


def install_translator(app: QCoreApplication, locale_name: str | None = None) -> QTranslator | None:
    """Install the translators for the chosen language; returns ours, or None if it has no catalogue.

    Call before creating windows: widgets translate their strings when they are built. A second call
    replaces the translators of the first, so switching language does not stack catalogues.
    """
    uninstall_translators(app)
    language = resolve_language(locale_name)
    log.info("UI language: %s", language)
    if language != "en":
        # Qt's own strings (QDialogButtonBox, QFileDialog, context menus) are English in the source.
        _load(app, qt_translations_dir() / f"qtbase_{language}.qm")
    return _load(app, catalogue_path(language))
