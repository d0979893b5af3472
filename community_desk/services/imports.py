"""Import of a hand-kept 居民台账 (.xlsx/.xls/.ods/.csv) into the registry.

Two steps, so the clerk sees and corrects the column mapping before anything is written: `preview_import`
reads the file and guesses the mapping; `ResidentImporter.run` writes every acceptable row in ONE transaction.
Killed, cancelled (progress raising) or out of disk part-way, the database is as it was: nothing commits until
the last row is in. This module reads the file; import_rows.py checks the rows, import_writer.py (with
import_households.py) writes them by Core bulk inserts, each value checked as hand entry checks it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain.import_rules import (
    FIELD_LABELS,
    HEADER_SCAN_ROWS,
    RECOMMENDED_FIELDS,
    REQUIRED_FIELDS,
    RowReader,
    find_header_row,
    guess_mapping,
    is_footer,
    merge_sub_header,
    relation_scheme,
)
from community_desk.domain.import_values import cell_text
from community_desk.services.errors import UserError
from community_desk.services.import_rows import ImportRows
from community_desk.services.import_writer import ImportWriter

__all__ = [
    "FIELD_LABELS",
    "ImportFileError",
    "ImportIssue",
    "ImportPreview",
    "ImportResult",
    "ResidentImporter",
    "preview_import",
    "read_table",
    "write_error_workbook",
]

Progress = Callable[[int, int, str], None]
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
SAMPLE_ROWS = 10


class ImportFileError(UserError):
    """The file cannot be read as a 台账 at all (missing, locked, not a spreadsheet, no header row)."""


@dataclass(frozen=True)
class ImportPreview:
    """What the mapping dialog shows; `mapping` is column index → field key (None: the column is ignored)."""

    path: Path
    sheet: str
    header_row: int  # 1-based Excel row of the header (the lower one of a two-row header)
    headers: list[str]
    mapping: dict[int, str | None]
    sample_rows: list[list[str]]
    total_rows: int
    unmapped_required: list[str]  # labels; run() refuses while any is missing
    unmapped_recommended: list[str]  # labels worth a warning (公民身份号码, 与户主关系)


@dataclass(frozen=True)
class ImportIssue:
    """A refused row: its Excel row number, each (column, reason), and the original cells as text."""

    row: int
    problems: tuple[tuple[str, str], ...]
    original: tuple[str, ...]

    @property
    def column(self) -> str:
        return self.problems[0][0]

    @property
    def reason(self) -> str:
        return "；".join(f"{column}：{reason}" if column else reason for column, reason in self.problems)

    def __str__(self) -> str:
        return f"第{self.row}行 {self.reason}"


@dataclass(frozen=True)
class ImportResult:
    imported: int  # new residents
    updated: int
    skipped: int  # already on file (same ID), left as they were
    errors: tuple[ImportIssue, ...]
    dry_run: bool
    households_created: int
    headers: tuple[str, ...] = ()
    warnings: tuple[str, ...] = field(default=())  # "第8行 …": imported, but worth a look

    def summary(self) -> str:
        return f"导入 {self.imported + self.updated} 行，跳过 {self.skipped} 行，错误 {len(self.errors)} 行"


@dataclass(frozen=True)
class _Table:
    sheet: str
    rows: list[list[object]]  # rows[i] is Excel row i + 1


@dataclass(frozen=True)
class _Layout:
    header_index: int  # 0-based, the last header row
    headers: list[str]


_last_read: dict[tuple[object, ...], _Table] = {}


def read_table(path: Path, sheet: str | None = None) -> _Table:
    """Cells as python-calamine gives them (floats, dates) or, for CSV, as text; raises ImportFileError.

    The last table read is kept (keyed by path, size and modification time): the clerk previews, then imports
    the same unchanged file, and reading it once is half the time of a large import.
    """
    path = Path(path)
    try:
        stat = path.stat()
    except OSError:
        raise ImportFileError(f"文件不存在：{path}") from None
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns, sheet)
    if key not in _last_read:
        table = _read_table(path, sheet)
        _last_read.clear()
        _last_read[key] = table
    return _last_read[key]


def _read_table(path: Path, sheet: str | None) -> _Table:
    if not path.is_file():
        raise ImportFileError(f"不是文件：{path}")
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return _Table(path.stem, _read_text(path))
    if suffix not in WORKBOOK_SUFFIXES:
        raise ImportFileError(f"不支持的文件类型“{suffix or path.name}”，请另存为 .xlsx 或 .csv 后再导入")
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError, SheetVisibleEnum

    try:
        book = CalamineWorkbook.from_path(str(path))
        visible = [m.name for m in book.sheets_metadata if m.visible == SheetVisibleEnum.Visible]
        for name in [sheet] if sheet else visible or book.sheet_names[:1]:
            page = book.get_sheet_by_name(name)
            if sheet or find_header_row(page.to_python(skip_empty_area=False, nrows=HEADER_SCAN_ROWS)) is not None:
                return _Table(name, page.to_python(skip_empty_area=False))
        return _Table(book.sheet_names[0], book.get_sheet_by_index(0).to_python(skip_empty_area=False))
    except PasswordError:
        raise ImportFileError("文件设有打开密码，请在Excel中取消密码后再导入") from None
    except (CalamineError, OSError) as error:
        raise ImportFileError(f"无法读取文件“{path.name}”：{error}") from error


def _read_text(path: Path) -> list[list[object]]:
    """CSV from Excel is GBK on Chinese Windows and UTF-8 (with BOM) elsewhere; tab-separated text is accepted too."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError(f"无法读取文件“{path.name}”：{error.strerror or error}") from error
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportFileError(f"无法识别文件“{path.name}”的文字编码，请另存为UTF-8的CSV")
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def locate_header(rows: list[list[object]], header_row: int | None = None) -> _Layout:
    """The header row (given 1-based, or the best of the first 20). A two-row header (a merged 现住址 over
    楼栋/单元/房号) is read as one, ending at its lower row, whichever of the two was found or given."""
    index = header_row - 1 if header_row else find_header_row(rows)
    if index is None or not 0 <= index < len(rows):
        raise ImportFileError("在前20行中找不到表头（如“姓名”“身份证号”“与户主关系”），请检查是否选对了文件")
    if not header_row and index + 1 < len(rows) and merge_sub_header(rows[index], rows[index + 1]) is not None:
        index += 1
    merged = merge_sub_header(rows[index - 1], rows[index]) if index > 0 else None
    return _Layout(index, merged or [cell_text(cell).strip() for cell in rows[index]])


def data_rows(rows: list[list[object]], layout: _Layout, reader: RowReader) -> list[tuple[int, list[object]]]:
    """(Excel row number, cells) of the rows that hold someone: blank, 合计 and repeated header rows are left out."""
    name = next((i for i, key in reader.mapping.items() if key == "name" and i < len(layout.headers)), None)
    found = []
    for index in range(layout.header_index + 1, len(rows)):
        cells = rows[index]
        if reader.is_empty(cells) or is_footer(cells):
            continue
        if name is not None and name < len(cells) and cell_text(cells[name]).strip() == layout.headers[name]:
            continue  # the header printed again on every page
        found.append((index + 1, cells))
    return found


def preview_import(path: Path, *, today: date | None = None) -> ImportPreview:
    """Reads the file and guesses the mapping; nothing is written. Raises ImportFileError when unreadable."""
    table = read_table(Path(path))
    layout = locate_header(table.rows)
    mapping = guess_mapping(layout.headers)
    reader = RowReader(mapping, layout.headers, today or date.today())
    found = data_rows(table.rows, layout, reader)
    mapped = set(mapping.values())
    return ImportPreview(
        path=Path(path),
        sheet=table.sheet,
        header_row=layout.header_index + 1,
        headers=layout.headers,
        mapping=mapping,
        sample_rows=[[cell_text(cell).strip() for cell in cells] for _, cells in found[:SAMPLE_ROWS]],
        total_rows=len(found),
        unmapped_required=[FIELD_LABELS[key] for key in REQUIRED_FIELDS if key not in mapped],
        unmapped_recommended=[FIELD_LABELS[key] for key in RECOMMENDED_FIELDS if key not in mapped],
    )


class ResidentImporter:
    """Writes a 台账 into the registry; constructed like ResidentService (it writes, so it needs the factory)."""

    def __init__(self, session_factory: sessionmaker[Session], actor: str | None = None) -> None:
        self._factory = session_factory
        self._actor = actor

    def run(
        self,
        path: Path,
        mapping: dict[int, str | None] | None = None,
        *,
        on_existing: str = "skip",
        dry_run: bool = False,
        moved_in_on: date | None = None,
        progress: Progress | None = None,
        sheet: str | None = None,
        header_row: int | None = None,
        today: date | None = None,
    ) -> ImportResult:
        """Imports every acceptable row, or nothing: any exception (including one raised by `progress`, as the
        UI's Cancel does) rolls the whole import back and propagates. `dry_run` does all the work, then rolls back.

        `mapping` None takes the guessed one; `sheet`/`header_row` None find them as preview_import did.
        `on_existing` is "skip" or "update" for people already on file (same ID number).
        """
        if on_existing not in ("skip", "update"):
            raise ValueError(f"on_existing must be 'skip' or 'update', not {on_existing!r}")
        today = today or date.today()
        report = progress or (lambda _done, _total, _text: None)
        table = read_table(Path(path), sheet)
        layout = locate_header(table.rows, header_row)
        mapping = dict(mapping) if mapping is not None else guess_mapping(layout.headers)
        missing = [FIELD_LABELS[key] for key in REQUIRED_FIELDS if key not in mapping.values()]
        if missing:
            raise ImportFileError(f"请为“{'、'.join(missing)}”指定对应的列")
        columns = [i for i, key in mapping.items() if key == "relation"]
        below = table.rows[layout.header_index + 1 :]
        reader = RowReader(
            mapping, layout.headers, today, relation_scheme(r[i] for r in below for i in columns if i < len(r))
        )
        found = data_rows(table.rows, layout, reader)
        total = 2 * len(found) or 1
        rows = ImportRows(reader, today)
        for done, (row, cells) in enumerate(found):
            if done % 500 == 0:
                report(done, total, f"正在检查第{row}行")
            rows.add(reader.read(row, cells))
        rows.refuse_duplicates()
        try:
            with UnitOfWork(self._factory, self._actor) as uow:
                writer = ImportWriter(uow, rows, update=on_existing == "update", moved_in_on=moved_in_on or today)
                counts = writer.write(Path(path).name, lambda done, text: report(len(found) + done, total, text))
                result = ImportResult(
                    **counts,
                    errors=tuple(_issues(rows)),
                    dry_run=dry_run,
                    headers=tuple(layout.headers),
                    warnings=tuple(rows.warnings()),
                )
                if dry_run:
                    raise _RolledBack(result)
        except _RolledBack as rolled:
            return rolled.result
        return result


def _issues(rows: ImportRows) -> list[ImportIssue]:
    return [
        ImportIssue(row.row, tuple(row.problems), tuple(cell_text(cell).strip() for cell in row.cells))
        for row in rows.refused()
    ]


class _RolledBack(Exception):
    """Carries a dry run's result out of the unit of work, which rolls back on any exception."""

    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result


def write_error_workbook(result: ImportResult, out: Path) -> Path:
    """The refused rows as the clerk typed them, every cell as text (an ID never turns into 1.10101E+17), plus
    原因, so the sheet can be corrected and imported again."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "未导入的行"
    width = len(result.headers)
    sheet.append([*result.headers, "原因"])
    for issue in result.errors:
        sheet.append([*(list(issue.original) + [""] * width)[:width], str(issue)])
    for row in sheet.iter_rows():
        for cell in row:
            cell.number_format = "@"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.column_dimensions[sheet.cell(1, width + 1).column_letter].width = 60
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    book.save(out)
    return out
