"""UI start-up: bundled fonts (Micro Hei first, BabelStone Han for rare name characters) and translators."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QImage, QRawFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

import community_desk
from community_desk.ui import fonts, i18n
from community_desk.ui.fonts import (
    FALLBACK_FAMILY,
    UI_FAMILY,
    application_font,
    install_application_font,
    register_bundled_fonts,
)

YOSHI = 0x20BB7  # 𠮷, CJK Extension B: a real surname character Micro Hei lacks
YAN = 0x4DAE  # 䶮, CJK Extension A
WANG = 0x738B  # 王, basic CJK
NO_GLYPH = 0x10FFFD  # private use, in no font: what a missing glyph looks like


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QApplication]:
    """install_application_font on the shared QApplication, restoring the previous font afterwards."""
    previous = QFont(qapp.font())
    install_application_font(qapp)
    yield qapp
    qapp.setFont(previous)


def _label_image(qtbot, text: str) -> QImage:
    """`text` drawn by a fixed-size QLabel in the application font, as an RGB image."""
    label = QLabel(text)
    qtbot.addWidget(label)
    label.setFont(application_font(40))
    label.setFixedSize(80, 80)
    return label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _ink(image: QImage) -> int:
    """How many pixels differ from the background (the top-left pixel)."""
    background = image.pixel(0, 0)
    return sum(image.pixel(x, y) != background for x in range(image.width()) for y in range(image.height()))


def test_register_bundled_fonts_is_idempotent(qapp: QApplication) -> None:
    first = register_bundled_fonts()
    ids = dict(fonts._registered_ids)
    second = register_bundled_fonts()

    assert first == second == [UI_FAMILY, FALLBACK_FAMILY]
    assert fonts._registered_ids == ids
    assert [QFontDatabase.applicationFontFamilies(i) for i in ids.values()] == [[UI_FAMILY], [FALLBACK_FAMILY]]


def test_application_font_resolves_to_bundled_family(app_font: QApplication) -> None:
    assert app_font.font().families() == [UI_FAMILY, FALLBACK_FAMILY]
    assert QFontInfo(app_font.font()).family() == UI_FAMILY
    assert application_font(14).pointSize() == 14


def test_primary_font_lacks_rare_characters_that_the_fallback_has(app_font: QApplication) -> None:
    # QFontMetrics.inFontUcs4 asks Qt's whole fallback chain (other application and system fonts too), so
    # it only shows the application font covers 𠮷; QRawFont looks at one font file.
    assert QFontMetrics(app_font.font()).inFontUcs4(YOSHI)
    primary = QRawFont.fromFont(QFont(UI_FAMILY))
    assert primary.familyName() == UI_FAMILY
    assert primary.supportsCharacter(WANG)
    assert not primary.supportsCharacter(YOSHI)
    assert not primary.supportsCharacter(YAN)

    fallback = QRawFont.fromFont(QFont(FALLBACK_FAMILY))
    assert fallback.familyName() == FALLBACK_FAMILY
    assert fallback.supportsCharacter(YOSHI)
    assert fallback.supportsCharacter(YAN)


def test_label_draws_rare_characters_as_glyphs_not_boxes(app_font: QApplication, qtbot) -> None:
    label = QLabel("王䶮 𠮷田")
    qtbot.addWidget(label)
    assert _ink(label.grab().toImage()) > 0

    yoshi, yan, missing = (_label_image(qtbot, chr(code)) for code in (YOSHI, YAN, NO_GLYPH))
    blank = _label_image(qtbot, "")
    assert _ink(blank) == 0
    assert _ink(yoshi) > 100
    assert _ink(yan) > 100
    assert yoshi != missing
    assert yan != missing
    assert yoshi != yan


def test_missing_font_file_raises_clear_error(qapp: QApplication, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts, "BUNDLED_FONTS", (("NoSuchFont.ttf", "Nothing"),))
    monkeypatch.setattr(fonts, "bundled_font_path", lambda name: tmp_path / name)
    with pytest.raises(RuntimeError, match=r"missing: .*NoSuchFont\.ttf"):
        register_bundled_fonts()


def test_unloadable_font_file_raises_clear_error(qapp: QApplication, monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "Broken.ttf").write_bytes(b"not a font" * 100)
    monkeypatch.setattr(fonts, "BUNDLED_FONTS", (("Broken.ttf", "Nothing"),))
    monkeypatch.setattr(fonts, "bundled_font_path", lambda name: tmp_path / name)
    with pytest.raises(RuntimeError, match=r"could not load .*Broken\.ttf"):
        register_bundled_fonts()


_NO_SYSTEM_FONTS_SCRIPT = textwrap.dedent(
    """
    import json
    from PySide6.QtGui import QFont, QFontInfo, QImage, QRawFont
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
    from community_desk.ui.fonts import FALLBACK_FAMILY, application_font, install_application_font

    app = QApplication([])
    install_application_font(app)

    def image(text):
        label = QLabel(text)
        label.setFont(application_font(40))
        label.setFixedSize(80, 80)
        return label.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    fallback = QRawFont.fromFont(QFont(FALLBACK_FAMILY))
    print(json.dumps({
        "family": QFontInfo(app.font()).family(),
        "fallback_has_wang": fallback.supportsCharacter(0x738B),
        "fallback_has_yoshi": fallback.supportsCharacter(0x20BB7),
        "yoshi_differs_from_missing": image(chr(0x20BB7)) != image(chr(0x10FFFD)),
    }))
    """
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="hides system fonts through fontconfig")
def test_bundled_fonts_work_without_any_system_font(tmp_path: Path) -> None:
    # This machine (and many Linux desktops) also has both families installed system-wide, which would hide
    # a broken bundle. A child process with an empty fontconfig sees only the bundled files: the fallback
    # family then is the subset (it has no 王), and 𠮷 still comes out as a glyph.
    (tmp_path / "fonts.conf").write_text(
        f'<?xml version="1.0"?>\n<fontconfig><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>\n',
        encoding="utf-8",
    )
    repo_root = Path(community_desk.__file__).resolve().parent.parent
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(tmp_path / "fonts.conf"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(repo_root), os.environ.get("PYTHONPATH")])),
    }
    result = subprocess.run(
        [sys.executable, "-c", _NO_SYSTEM_FONTS_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == {
        "family": UI_FAMILY,
        "fallback_has_wang": False,
        "fallback_has_yoshi": True,
        "yoshi_differs_from_missing": True,
    }


# Language and translators (community_desk/ui/i18n.py): the UI's other start-up concern besides fonts.


@pytest.fixture
def no_lang_env(monkeypatch) -> None:
    monkeypatch.delenv(i18n.LANG_ENV_VAR, raising=False)


@pytest.fixture
def translators(qapp: QApplication, no_lang_env) -> Iterator[QApplication]:
    """The shared QApplication, with whatever a test installs removed again afterwards."""
    yield qapp
    i18n.uninstall_translators(qapp)


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh-TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_Hant", "zh_TW"),
        ("en_US", "en"),
        ("en_GB", "en"),
        ("de_DE", "zh_CN"),
    ],
)
def test_resolve_language_maps_locale_names(no_lang_env, name: str, language: str) -> None:
    assert i18n.resolve_language(name) == language


def test_lang_env_var_overrides_given_locale(monkeypatch) -> None:
    monkeypatch.setenv(i18n.LANG_ENV_VAR, "zh_TW")
    assert i18n.resolve_language("en_US") == "zh_TW"


def _standard_button_texts() -> list[str]:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    texts = [
        buttons.button(b).text() for b in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel)
    ]
    buttons.deleteLater()
    return texts


def test_standard_buttons_follow_the_language(translators: QApplication) -> None:
    i18n.install_translator(translators, "zh_CN")
    assert _standard_button_texts() == ["确定", "取消"]
    i18n.install_translator(translators, "zh_TW")
    assert _standard_button_texts() == ["確定", "取消"]
    i18n.uninstall_translators(translators)
    assert _standard_button_texts() == ["OK", "Cancel"]


def test_install_translator_loads_our_catalogue(translators: QApplication, monkeypatch, tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / ("pyside6-lrelease.exe" if os.name == "nt" else "pyside6-lrelease")
    if not lrelease.is_file():
        pytest.skip("pyside6-lrelease is not beside the interpreter")
    (tmp_path / "community_desk_zh_TW.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="zh_TW" sourcelanguage="zh_CN"><context><name>MainWindow</name>'
        "<message><source>社区工作台</source><translation>社區工作臺</translation></message>"
        "</context></TS>\n",
        encoding="utf-8",
    )
    qm = tmp_path / "community_desk_zh_TW.qm"
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "community_desk_zh_TW.ts"), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: tmp_path / f"community_desk_{language}.qm")

    assert i18n.install_translator(translators, "zh_TW") is not None
    assert QCoreApplication.translate("MainWindow", "社区工作台") == "社區工作臺"
    assert i18n.install_translator(translators, "zh_CN") is None  # no zh_CN catalogue in tmp_path
    assert QCoreApplication.translate("MainWindow", "社区工作台") == "社区工作台"
