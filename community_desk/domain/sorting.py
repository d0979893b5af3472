"""Orders names the way a clerk reads them: 第二网格 before 第十网格, 2号楼 before 10号楼, 501 before 1001."""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_NUMBER_RUN = re.compile(r"\d+|[零〇一二两三四五六七八九十百千]+")


def chinese_number(text: str) -> int:
    """二十三 → 23, 十五 → 15, 一百零八 → 108, 三五 → 35 (digit by digit when there are no units)."""
    if not any(ch in _UNITS for ch in text):
        value = 0
        for ch in text:
            value = value * 10 + _DIGITS[ch]
        return value
    total, digit = 0, 0
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        else:
            total += (digit or 1) * _UNITS[ch]
            digit = 0
    return total + digit


def natural_key(text: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key in which runs of Arabic or Chinese numerals compare as numbers."""
    key: list[tuple[int, int | str]] = []
    position = 0
    for match in _NUMBER_RUN.finditer(text):
        if match.start() > position:
            key.append((1, text[position : match.start()]))
        run = match.group()
        key.append((0, int(run) if run.isdigit() else chinese_number(run)))
        position = match.end()
    if position < len(text):
        key.append((1, text[position:]))
    return tuple(key)
