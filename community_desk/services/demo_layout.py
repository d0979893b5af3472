"""Where the demo households live: 网格 named the way the office writes them, 楼 with units and rooms, and 院.

Together because the layout is drawn first from the seed and fixes every household's address before any
person is composed.
"""

from __future__ import annotations

import random

from community_desk.services.registry_values import format_address

YARDS = ("幸福", "和平", "春晖", "槐荫", "松鹤", "福寿", "安康", "吉祥", "团结", "光明", "丰收", "长青")
BUILDING_SHAPES = ((6, 3, 2), (6, 2, 2), (7, 3, 2), (11, 2, 3), (18, 2, 2), (18, 3, 2))  # floors, units, per floor
DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 12 → 十二, 105 → 一百零五: grid names read the way the office writes them (第十二网格)."""
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return "十" + (DIGITS[n % 10] if n % 10 else "")
    out, zero = "", False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // value % 10
        if digit:
            out += ("零" if zero and out else "") + DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    return out


def lay_out(count: int, rng: random.Random) -> tuple[list[str], list[tuple[int, str]], list[tuple[int, str, str, str]]]:
    """Grids of ~150–250 households; numbered 楼 with units and rooms (101…1802), and a few 院 without units."""
    grid_count = max(8, round(count / 200))
    grids = [f"第{chinese_number(i + 1)}网格" for i in range(grid_count)]
    buildings: list[tuple[int, str]] = []
    slots: list[tuple[int, str, str, str]] = []  # building index, unit, room, address
    building_no = yard_no = 0
    for g, grid in enumerate(grids):
        quota = count // grid_count + (1 if g < count % grid_count else 0)
        if g % 3 == 1 and quota:
            name = YARDS[yard_no % len(YARDS)] + (chinese_number(yard_no // len(YARDS) + 1) if yard_no >= 12 else "")
            yard_no += 1
            buildings.append((g, f"{name}院"))
            for number in range(1, min(quota, rng.randint(8, 20)) + 1):
                slots.append(
                    (len(buildings) - 1, "", f"{number}号", format_address(grid, f"{name}院", "", f"{number}号"))
                )
                quota -= 1
        while quota:
            building_no += 1
            name = f"{building_no}号楼"
            buildings.append((g, name))
            floors, units, per_floor = rng.choice(BUILDING_SHAPES)
            rooms = [(u, f"{f}{r:02d}") for u in range(1, units + 1) for f in range(1, floors + 1) for r in (1, 2, 3)]
            for unit, room in rooms:
                if quota and int(room[-2:]) <= per_floor and rng.random() >= 0.08:  # a few flats stand empty
                    slots.append((len(buildings) - 1, str(unit), room, format_address(grid, name, str(unit), room)))
                    quota -= 1
    return grids, buildings, slots
