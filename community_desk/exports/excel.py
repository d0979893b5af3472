"""Streamed Excel sheets laid out the way a 街道 form looks: title, 填报单位/日期 row, header, data.

openpyxl's write-only mode keeps memory flat for 100,000 rows. It writes the sheet's head (column widths,
freeze panes, fit-to-page) when the first row goes out, so those are set before streaming; merged cells,
drop-downs and print titles go at the tail, so they are added once the row count is known.

No Qt and no database here: the caller hands over plain values (str, int, date, None) in column order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from itertools import zip_longest
from math import ceil
from pathlib import Path
from typing import Literal
from unicodedata import east_asian_width

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

ColumnKind = Literal["general", "text", "date", "number", "money", "percent"]

TITLE_ROW, SUBTITLE_ROW, HEADER_ROW = 1, 2, 3
FIRST_DATA_ROW = HEADER_ROW + 1
TEXT_FORMAT = "@"
DATE_FORMAT = "yyyy-mm-dd"
MONEY_FORMAT = "#,##0.00"  # yuan to the fen
PERCENT_FORMAT = "0.0%"  # a ratio shown with one decimal: 0.667 → 66.7%
KIND_FORMATS: dict[str, str] = {
    "text": TEXT_FORMAT,
    "date": DATE_FORMAT,
    "money": MONEY_FORMAT,
    "percent": PERCENT_FORMAT,
}
LIST_SHEET = "代码表"
# Excel refuses an inline list ("男,女") longer than 255 characters, quotes and commas included.
INLINE_LIST_LIMIT = 255
# A typed value starting with one of these is read as a formula when a clerk edits the cell in Excel.
FORMULA_STARTS = ("=", "+", "-", "@")

LINE_HEIGHT = 14.5  # points per line of the default 11-pt text, CJK included

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")


@dataclass(frozen=True)
class ExcelColumn:
    header: str
    width: float
    kind: ColumnKind = "general"
    choices: tuple[str, ...] = ()  # drop-down list; empty: no data validation
    free_text: bool = True  # typed by a person: guarded against formula starts and characters XML cannot hold
    wrap: bool = False  # long text (简要情况, 决议内容) wraps within the column width instead of running over


@dataclass(frozen=True)
class ExcelTable:
    sheet_name: str
    title: str
    subtitle: tuple[str, ...]  # spread over row 2: first part left, last part right, the rest centred
    columns: tuple[ExcelColumn, ...]


def safe_text(text: str) -> str:
    """Characters XML 1.0 cannot carry (control characters pasted from elsewhere) are dropped, not fatal."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def write_table(path: Path, table: ExcelTable, rows: Iterable[Sequence[object]]) -> int:
    """Writes `table` with `rows` to `path` and returns the number of data rows.

    An exception raised by `rows` (a cancelled export) propagates; the caller removes the partial file.
    """
    return write_tables(path, [(table, rows)])[0]


def write_tables(path: Path, sheets: Sequence[tuple[ExcelTable, Iterable[Sequence[object]]]]) -> list[int]:
    """Several tables, one sheet each in the given order, in one workbook; returns the data rows per sheet.

    For reports a 街道 wants in one file (登记表 and 统计表). Drop-down lists too long to write inline share one
    hidden 代码表 sheet; the names of the first sheet's lists stay CODES_<column>, later sheets' get a number.
    """
    workbook = Workbook(write_only=True)
    counts: list[int] = []
    long_lists: list[tuple[str, str, tuple[str, ...]]] = []
    try:
        for index, (table, rows) in enumerate(sheets):
            sheet = workbook.create_sheet(table.sheet_name)
            _prepare(sheet, table)
            _write_heading(sheet, table)
            counts.append(_stream(sheet, table.columns, rows))
            long_lists += _finish(sheet, table, counts[-1], "CODES" if index == 0 else f"CODES{index + 1}")
        if long_lists:
            _write_list_sheet(workbook, long_lists)
        workbook.save(path)
    except BaseException:
        with suppress(Exception):  # the original error (or the Cancel) is what the caller must see
            _discard(workbook)
        raise
    return counts


def _prepare(sheet: Worksheet, table: ExcelTable) -> None:
    """Everything openpyxl writes ahead of the first row."""
    for index, column in enumerate(table.columns, start=1):
        dimension = sheet.column_dimensions[get_column_letter(index)]
        dimension.width = column.width
        if column.kind == "text":
            dimension.number_format = TEXT_FORMAT  # what a clerk types later into this column stays text too
    sheet.row_dimensions[TITLE_ROW].height = 32
    sheet.row_dimensions[SUBTITLE_ROW].height = 20
    header_lines = max(_lines(column.header, column.width) for column in table.columns)
    sheet.row_dimensions[HEADER_ROW].height = max(30, header_lines * LINE_HEIGHT + 4)  # narrow columns wrap
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.print_options.horizontalCentered = True
    sheet.print_options.gridLines = True  # data cells carry no borders (100,000 styled rows would be slow)
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"


def _styled(sheet: Worksheet, value: object, **style: object) -> Cell:
    cell = WriteOnlyCell(sheet, value=value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def _write_heading(sheet: Worksheet, table: ExcelTable) -> None:
    last = len(table.columns)
    title = _styled(
        sheet, safe_text(table.title), font=Font(bold=True, size=16), alignment=Alignment(horizontal="center")
    )
    sheet.append([title])
    sheet.merged_cells.add(f"A{TITLE_ROW}:{get_column_letter(last)}{TITLE_ROW}")
    subtitle: list[object] = [None] * last
    parts = list(table.subtitle)
    if len(parts) > last:  # fewer columns than parts: the surplus shares the last cell
        parts[last - 1 :] = ["　".join(parts[last - 1 :])]
    blocks = _blocks(last, len(parts))
    for number, (text, (first, end)) in enumerate(zip(parts, blocks, strict=True)):
        side = "left" if number == 0 else "right" if number == len(blocks) - 1 else "center"
        subtitle[first - 1] = _styled(sheet, safe_text(text), alignment=Alignment(horizontal=side, vertical="center"))
        if end > first:
            sheet.merged_cells.add(f"{get_column_letter(first)}{SUBTITLE_ROW}:{get_column_letter(end)}{SUBTITLE_ROW}")
    sheet.append(subtitle)
    header_style = {
        "font": Font(bold=True),
        "alignment": Alignment(horizontal="center", vertical="center", wrap_text=True),
        "border": _BORDER,
        "fill": _HEADER_FILL,
    }
    sheet.append([_styled(sheet, safe_text(c.header), **header_style) for c in table.columns])


def _blocks(columns: int, parts: int) -> list[tuple[int, int]]:
    """1-based (first, last) column of each subtitle part, as even as the column count allows."""
    if parts == 0:
        return []
    size, extra = divmod(columns, parts)
    blocks, first = [], 1
    for index in range(parts):
        end = first + size - 1 + (1 if index < extra else 0)
        blocks.append((first, end))
        first = end + 1
    return blocks


def _stream(sheet: Worksheet, columns: Sequence[ExcelColumn], rows: Iterable[Sequence[object]]) -> int:
    """Appends the data rows; styled cells are reused per column because a row is written as it is appended."""
    wrapped = [(i, c.width) for i, c in enumerate(columns) if c.wrap]
    # A table with wrapped columns has rows of several lines: every cell is then centred vertically, so a row
    # reads across (such tables are registers of tens or hundreds of rows, where styling every cell costs nothing).
    templates = [
        (i, _styled(sheet, None, **_cell_style(c, bool(wrapped))))
        for i, c in enumerate(columns)
        if c.kind in KIND_FORMATS or wrapped
    ]
    guarded = [i for i, c in enumerate(columns) if c.free_text]
    count = 0
    for row in rows:
        values = list(row)
        if wrapped:  # Excel does not grow a row for wrapped text on opening: give it the height it needs
            lines = max(_lines(values[i], width) if values[i].__class__ is str else 1 for i, width in wrapped)
            if lines > 1:
                sheet.row_dimensions[FIRST_DATA_ROW + count].height = lines * LINE_HEIGHT + 2
        for i in guarded:
            value = values[i]
            if value.__class__ is str and (value.startswith(FORMULA_STARTS) or ILLEGAL_CHARACTERS_RE.search(value)):
                values[i] = _literal(sheet, safe_text(value), columns[i].kind)
        for i, template in templates:
            value = values[i]
            if value is not None and not isinstance(value, Cell):
                template.value = value
                values[i] = template
        sheet.append(values)
        count += 1
    return count


def _lines(text: str, width: float) -> int:
    """Lines `text` takes in a wrapped cell `width` characters wide (a CJK character is two characters)."""
    usable = max(width - 1.5, 1)  # the cell's inner padding
    return sum(
        max(1, ceil(sum(2 if east_asian_width(ch) in "WF" else 1 for ch in part) / usable)) for part in text.split("\n")
    )


def _cell_style(column: ExcelColumn, centred: bool) -> dict[str, object]:
    style: dict[str, object] = {"alignment": Alignment(wrap_text=column.wrap, vertical="center")} if centred else {}
    if column.kind in KIND_FORMATS:
        style["number_format"] = KIND_FORMATS[column.kind]
    return style


def _literal(sheet: Worksheet, text: str, kind: ColumnKind) -> Cell | str | None:
    """A string cell Excel shows and re-edits as text (quote prefix), never as a formula."""
    if not text:
        return None
    if not text.startswith(FORMULA_STARTS):
        return text
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl took the leading "=" for a formula
    cell.quotePrefix = True
    if kind == "text":
        cell.number_format = TEXT_FORMAT
    return cell


def _finish(sheet: Worksheet, table: ExcelTable, count: int, prefix: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The tail of the sheet: drop-downs over the data rows, and the rows repeated on every printed page.

    Returns the lists too long to write inline as (defined name, header, choices), for the hidden 代码表.
    """
    last_row = FIRST_DATA_ROW + max(count, 1) - 1
    long_lists: list[tuple[str, str, tuple[str, ...]]] = []  # defined name, header, choices
    for index, column in enumerate(table.columns, start=1):
        if not column.choices:
            continue
        letter = get_column_letter(index)
        inline = '"' + ",".join(column.choices) + '"'
        if len(inline) <= INLINE_LIST_LIMIT and not any("," in c or '"' in c for c in column.choices):
            formula = inline
        else:
            formula = f"{prefix}_{letter}"
            long_lists.append((formula, column.header, column.choices))
        validation = DataValidation(
            type="list",
            formula1=formula,
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="输入有误",
            error=f"请从下拉列表中选择{column.header}",
        )
        validation.add(f"{letter}{FIRST_DATA_ROW}:{letter}{last_row}")
        sheet.data_validations.append(validation)
    sheet.print_title_rows = f"{TITLE_ROW}:{HEADER_ROW}"
    return long_lists


def _write_list_sheet(workbook: Workbook, lists: list[tuple[str, str, tuple[str, ...]]]) -> None:
    """Lists too long to write inline go on a hidden sheet, one column each, named as the validations refer to
    them (CODES_<column letter>)."""
    codes = workbook.create_sheet(LIST_SHEET)
    codes.sheet_state = "hidden"
    codes.append([header for _name, header, _choices in lists])
    for values in zip_longest(*(choices for _name, _header, choices in lists)):
        codes.append(list(values))
    for index, (name, _header, choices) in enumerate(lists, start=1):
        column = get_column_letter(index)
        reference = f"{quote_sheetname(LIST_SHEET)}!${column}$2:${column}${len(choices) + 1}"
        workbook.defined_names[name] = DefinedName(name, attr_text=reference)


def _discard(workbook: Workbook) -> None:
    """Closes and deletes the temporary files openpyxl streams sheets into, after a failed or cancelled write."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        try:
            if not sheet.closed:
                sheet.close()
        finally:
            if Path(writer.out).exists():
                writer.cleanup()
