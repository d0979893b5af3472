"""The bar charts of the 月度工作报告 as PNG images (Pillow), shared by the PDF, the .docx and the print preview.

Horizontal bars, because Chinese category names read best on a line of their own to the left of the bar: the title
with its unit on top, each bar labelled with its value, a light grid with round tick values underneath. Text is
drawn in the bundled WenQuanYi Micro Hei (the PDF's font), so a chart looks the same on every PC; a label too long
for the label column is cut with "…". The same ChartData and size always give the same bytes (no timestamps,
no randomness), so a finalised report prints identical images years later. No Qt here.
"""

from __future__ import annotations

import io
import math
from functools import cache

from PIL import Image, ImageDraw, ImageFont

from community_desk.config import resource_path
from community_desk.domain.report_sections import ChartData

CHART_FONT_FILE = "WenQuanYiMicroHei.ttf"  # resources/fonts/, the PDF_FONT of exports/fonts.py
BAR_COLOUR = (59, 115, 185)
TEXT_COLOUR = (33, 33, 33)
MUTED_COLOUR = (117, 117, 117)
GRID_COLOUR = (224, 224, 224)
BACKGROUND = (255, 255, 255)


@cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    path = resource_path("fonts", CHART_FONT_FILE)
    if not path.is_file():
        raise RuntimeError(f"Bundled font is missing: {path}")
    return ImageFont.truetype(str(path), size)


def value_text(value: float) -> str:
    """12 for a whole number, 12.5 otherwise (hours come with one decimal); no thousands separator, as in the text."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _shortened(text: str, font: ImageFont.FreeTypeFont, room: float) -> str:
    """The label cut with "…" so that it fits `room` pixels."""
    if font.getlength(text) <= room:
        return text
    while text and font.getlength(text + "…") > room:
        text = text[:-1]
    return text + "…"


def _tick_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2, 5 × 10ⁿ) giving about `ticks` grid lines up to `top`."""
    raw = max(top, 1e-9) / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= raw)


def fitting_height(chart: ChartData, width: int = 1200) -> int:
    """A height that suits the number of bars (three bars need less room than twelve), for pages and previews."""
    return round(width * min(0.75, max(0.3, (140 + 70 * len(chart.bars)) / 1200)))


def chart_png(chart: ChartData, width: int = 1200, height: int = 600) -> bytes:
    """The chart as a PNG of exactly width × height pixels; an empty chart still gets its title and a note."""
    image = Image.new("RGB", (width, height), BACKGROUND)
    draw = ImageDraw.Draw(image)
    unit = max(0.5, min(width / 1200, height / 300))  # sizes below are for 1200 pixels across
    title_font, small_font = _font(round(30 * unit)), _font(round(18 * unit))
    pad = round(24 * unit)
    title = f"{chart.title}（单位：{chart.unit}）" if chart.unit else chart.title
    title = _shortened(title, title_font, width - 2 * pad)
    draw.text((width / 2, pad), title, font=title_font, fill=TEXT_COLOUR, anchor="ma")
    top = pad + title_font.size + pad
    bottom = height - pad - small_font.size - round(8 * unit)  # room for the tick values under the axis
    bars = chart.bars
    if not bars:
        draw.text((width / 2, (top + bottom) / 2), "（无数据）", font=title_font, fill=MUTED_COLOUR, anchor="mm")
        return _png(image)
    slot = (bottom - top) / len(bars)
    label_font = _font(max(8, round(min(22 * unit, slot * 0.7))))  # many bars: smaller labels, never overlapping

    label_room = min(width * 0.3, max(label_font.getlength(label) for label, _ in bars))
    left = pad + label_room + round(12 * unit)
    value_room = max(label_font.getlength(value_text(value)) for _, value in bars) + round(10 * unit)
    right = width - pad - value_room
    largest = max(value for _, value in bars)
    step = _tick_step(largest)
    if all(float(value).is_integer() for _, value in bars):
        step = max(step, 1)  # counted things (件, 场) get whole-number grid lines
    scale_top = step * math.ceil(largest / step) if largest > 0 else step
    span = max(1.0, right - left)

    def x_of(value: float) -> float:
        return left + span * value / scale_top

    tick = 0.0
    while tick <= scale_top + step / 2:
        x = x_of(tick)
        draw.line([(x, top), (x, bottom)], fill=GRID_COLOUR, width=max(1, round(unit)))
        draw.text((x, bottom + round(6 * unit)), value_text(tick), font=small_font, fill=MUTED_COLOUR, anchor="ma")
        tick += step
    draw.line([(left, top), (left, bottom)], fill=MUTED_COLOUR, width=max(1, round(2 * unit)))

    thickness = min(slot * 0.62, 56 * unit)
    for index, (label, value) in enumerate(bars):
        middle = top + slot * (index + 0.5)
        shown = _shortened(label, label_font, label_room)
        draw.text((left - round(12 * unit), middle), shown, font=label_font, fill=TEXT_COLOUR, anchor="rm")
        end = x_of(value)
        if end > left:
            draw.rectangle([left, middle - thickness / 2, end, middle + thickness / 2], fill=BAR_COLOUR)
        draw.text((end + round(8 * unit), middle), value_text(value), font=label_font, fill=TEXT_COLOUR, anchor="lm")
    return _png(image)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
