"""Import of a hand-kept 居民台账 (.xlsx/.xls/.ods/.csv) into the registry.

Two steps, so the clerk sees and corrects the column mapping before anything is written: `preview_import`
reads the file and guesses the mapping; `ResidentImporter.run` writes every acceptable row in ONE transaction.
Killed, cancelled (progress raising) or out of disk part-way, the database is as it was: nothing commits until
the last row is in. Rows go in by Core bulk inserts (the way services/demo.py does), but each value passes the
same validate_resident/resident_values/search_text_of as hand entry, so an imported person is indistinguishable.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from community_desk.db.models import AuditEntry, Building, Grid, Household, Membership, Resident, ResidentEvent
from community_desk.db.repositories.residents import next_household_no
from community_desk.db.unit_of_work import UnitOfWork, to_json
from community_desk.domain import codes
from community_desk.domain.import_rules import (
    FIELD_LABELS,
    HEADER_SCAN_ROWS,
    RECOMMENDED_FIELDS,
    REQUIRED_FIELDS,
    UNPLACED_BUILDING,
    ParsedRow,
    RowReader,
    cell_text,
    clean_key,
    find_header_row,
    guess_mapping,
    household_key,
    is_footer,
    merge_sub_header,
    placement,
    relation_scheme,
)
from community_desk.domain.residents import EventKind, pinyin_keys
from community_desk.services.demo import FTS_INSERT_TRIGGER
from community_desk.services.dto import RESIDENT_FIELDS, ResidentInput
from community_desk.services.errors import UserError
from community_desk.services.residents import format_address, resident_values, search_text_of
from community_desk.services.validation import validate_resident

__all__ = ["FIELD_LABELS", "ImportFileError", "ImportIssue", "ImportPreview", "ImportResult", "ResidentImporter"]

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
        rows = _Rows(reader, today)
        for done, (row, cells) in enumerate(found):
            if done % 500 == 0:
                report(done, total, f"正在检查第{row}行")
            rows.add(reader.read(row, cells))
        rows.refuse_duplicates()
        try:
            with UnitOfWork(self._factory, self._actor) as uow:
                writer = _Writer(uow, rows, update=on_existing == "update", moved_in_on=moved_in_on or today)
                counts = writer.write(Path(path).name, lambda done, text: report(len(found) + done, total, text))
                result = ImportResult(
                    **counts,
                    errors=tuple(rows.issues()),
                    dry_run=dry_run,
                    headers=tuple(layout.headers),
                    warnings=tuple(rows.warnings()),
                )
                if dry_run:
                    raise _RolledBack(result)
        except _RolledBack as rolled:
            return rolled.result
        return result


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


HEAD = codes.HEAD_RELATION
CHUNK = 2000  # residents per bulk insert and per progress report while writing
IN_CHUNK = 500  # values per SQL IN (…) look-up
RESIDENTS: Table = Resident.__table__  # type: ignore[assignment]


class _Rows:
    """The file's rows and their fate; checks that need no database (validate_resident, duplicates) happen here."""

    def __init__(self, reader: RowReader, today: date) -> None:
        self.reader, self.today = reader, today
        self.all: dict[int, ParsedRow] = {}
        self.cleaned: dict[int, ResidentInput] = {}  # acceptable so far

    def add(self, row: ParsedRow) -> None:
        self.all[row.row] = row
        if row.problems:
            return
        try:
            cleaned, warnings = validate_resident(ResidentInput(**row.resident), today=self.today)
        except UserError as error:
            row.problems.append((self.reader.header(error.field or "name"), error.message))
            return
        start = row.place.get("moved_in_on")
        if start and start > self.today:
            row.problems.append((self.reader.header("moved_in_on"), "迁入日期不能晚于今天"))
        elif start and cleaned.birth_date and start < cleaned.birth_date:
            row.problems.append((self.reader.header("moved_in_on"), "迁入日期不能早于出生日期"))
        else:
            row.warnings.extend(warnings)
            self.cleaned[row.row] = cleaned

    def refuse(self, row: ParsedRow, column: str, reason: str) -> None:
        row.problems.append((column, reason))
        self.cleaned.pop(row.row, None)

    def refuse_duplicates(self) -> None:
        """The first row with a number wins; 15- and 18-digit forms of one number are the same person."""
        first: dict[str, int] = {}
        for row in self.all.values():
            number = self.cleaned[row.row].id_number if row.row in self.cleaned else row.resident.get("id_number")
            if number and number in first:
                self.refuse(row, self.reader.header("id_number"), f"与第{first[number]}行身份证号重复")
            elif number:
                first[number] = row.row

    def accepted(self) -> list[ParsedRow]:
        return [self.all[row] for row in self.cleaned]

    def issues(self) -> list[ImportIssue]:
        return [
            ImportIssue(row.row, tuple(row.problems), tuple(cell_text(cell).strip() for cell in row.cells))
            for row in self.all.values()
            if row.problems
        ]

    def warnings(self) -> list[str]:
        return [f"第{row.row}行 {text}" for row in self.accepted() for text in row.warnings]


@dataclass
class _Group:
    """The new people of one household in the file, and the household they go to."""

    key: tuple[str, ...]
    rows: list[ParsedRow] = field(default_factory=list)
    household_id: int | None = None  # None: a new household is made
    household_no: str = ""
    address: str = ""
    head: str | None = None  # the existing household's current 户主


class _Writer:
    """One import inside one unit of work: look-ups first, then Core bulk inserts with ids assigned here."""

    def __init__(self, uow: UnitOfWork, rows: _Rows, *, update: bool, moved_in_on: date) -> None:
        self.uow, self.session, self.rows = uow, uow.session, rows
        self.header = rows.reader.header
        self.update_existing, self.moved_in_on = update, moved_in_on
        self.now = datetime.now().replace(microsecond=0)
        self.audits: list[dict[str, Any]] = []

    def write(self, source: str, report: Callable[[int, str], None]) -> dict[str, int]:
        """Returns the counts for ImportResult; refusals are recorded on the rows."""
        audit = AuditEntry.__table__
        summary_id = self.session.execute(  # first, so SQLite's write lock is taken before anything is read
            insert(audit).values(self._audit_values("import", "resident", None, f"导入居民台账 {source}"))
        ).inserted_primary_key[0]
        report(0, "正在核对已登记的居民")
        existing = self._existing(self.rows.accepted())
        updated = self._update(existing) if self.update_existing else 0
        report(0, "正在安排住户")
        groups = self._groups([row for row in self.rows.accepted() if row.row not in existing], existing)
        imported, households = self._insert(groups, report)
        refused = sum(1 for row in self.rows.all.values() if row.problems)
        counts = {"imported": imported, "updated": updated, "skipped": len(existing) - updated}
        text = f"导入居民台账 {source}：新增{imported}人，更新{updated}人，跳过{counts['skipped']}人，退回{refused}行"
        after = to_json(counts | {"households_created": households, "refused": refused, "file": source})
        self.session.execute(update(audit).where(audit.c.id == summary_id).values(summary=text[:500], after=after))
        return counts | {"households_created": households}

    # --- people already on file ----------------------------------------------------------------------------
    def _existing(self, accepted: list[ParsedRow]) -> dict[int, dict[str, Any]]:
        """Excel row → the resident already on file with that ID number (or, without one, name and birth date)."""
        cleaned = self.rows.cleaned
        by_number = {cleaned[r.row].id_number: r.row for r in accepted if cleaned[r.row].id_number}
        unnumbered = {(c.name, c.birth_date): r.row for r in accepted if not (c := cleaned[r.row]).id_number}
        found: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(list(by_number)):
            for person in self.session.execute(select(RESIDENTS).where(RESIDENTS.c.id_number.in_(chunk))).mappings():
                found[by_number[person["id_number"]]] = dict(person)
        for chunk in _chunks(sorted({name for name, birth in unnumbered if birth})):
            query = select(RESIDENTS).where(RESIDENTS.c.id_number.is_(None), RESIDENTS.c.name.in_(chunk))
            for person in self.session.execute(query).mappings():
                if (row := unnumbered.get((person["name"], person["birth_date"]))) is not None:
                    found[row] = dict(person)
        return found

    def _update(self, existing: dict[int, dict[str, Any]]) -> int:
        """Changed fields only, from the columns the row filled (a blank cell never erases what is on file)."""
        homes = self._homes([person["id"] for person in existing.values()])
        changes: list[dict[str, Any]] = []
        for row_no, person in existing.items():
            cleaned = self.rows.cleaned[row_no]
            before = {name: person[name] for name in RESIDENT_FIELDS}
            after = before | {key: getattr(cleaned, key) for key in self.rows.all[row_no].resident}
            after["id_number"] = after["id_number"] or None
            if after == before:
                continue
            full, initials = pinyin_keys(after["name"])
            search = search_text_of(after, homes.get(person["id"], (0, ""))[1])
            changes.append(
                after | {"_id": person["id"], "name_pinyin": full, "name_initials": initials, "search_text": search}
            )
            changes[-1]["updated_at"] = self.now
            self._audit("update", "resident", person["id"], f"台账导入修改居民 {after['name']}", before, after)
        if changes:
            self.session.execute(update(RESIDENTS).where(RESIDENTS.c.id == bindparam("_id")), changes)
        return len(changes)

    def _homes(self, resident_ids: list[int]) -> dict[int, tuple[int, str]]:
        """resident id → (household id, address) of their current household."""
        found: dict[int, tuple[int, str]] = {}
        for chunk in _chunks(resident_ids):
            query = (
                select(Membership.resident_id, Household.id, Household.address)
                .join(Household, Household.id == Membership.household_id)
                .where(Membership.end_date.is_(None), Membership.resident_id.in_(chunk))
            )
            found.update(
                (resident, (household, address)) for resident, household, address in self.session.execute(query)
            )
        return found

    # --- households ----------------------------------------------------------------------------------------
    def _groups(self, new_rows: list[ParsedRow], existing: dict[int, dict[str, Any]]) -> list[_Group]:
        """New people by household, each group placed (an existing household or a new one) and its 户主 checked."""
        groups: dict[tuple[str, ...], _Group] = {}
        for row in new_rows:
            key = household_key(row.place)
            if key is None:
                self.rows.refuse(row, self.header("address"), "缺少户号和住址，无法确定所属户")
            else:
                groups.setdefault(key, _Group(key)).rows.append(row)
        homes: dict[tuple[str, ...] | None, set[int]] = defaultdict(set)  # where registered members already live
        current = self._homes([person["id"] for person in existing.values()])
        for row_no, person in existing.items():
            if person["id"] in current:
                homes[household_key(self.rows.all[row_no].place)].add(current[person["id"]][0])
        self.book = _AddressBook(self.session)
        self.book.taken.update(key[1] for key in groups if key[0] == "household_no")  # never generated for another
        refused_heads = {
            household_key(row.place): row.row for row in self.rows.all.values() if row.problems and row.relation == HEAD
        }
        for group in groups.values():
            reason = self.book.place(group, homes[group.key]) or self._check_heads(group, refused_heads.get(group.key))
            for row in group.rows if reason else ():
                if not row.problems:
                    self.rows.refuse(row, "", reason)
            group.rows = [row for row in group.rows if not row.problems]
        return [group for group in groups.values() if group.rows]

    def _check_heads(self, group: _Group, refused_head: int | None) -> str | None:
        """Exactly one current 户主 per household. A lone new person founding a household with 关系 left blank is
        its 户主; any other blank 关系 is refused, and so is a whole household without exactly one 户主."""
        if group.household_id is None and len(group.rows) == 1 and group.rows[0].relation is None:
            group.rows[0].relation = HEAD
        for row in group.rows:
            if row.relation is None:
                self.rows.refuse(row, self.header("relation"), "不能为空")
        if group.head is not None:  # an existing household keeps its 户主; only a second one is refused
            for row in group.rows:
                if row.relation == HEAD:
                    self.rows.refuse(row, self.header("relation"), f"户 {group.household_no} 已有户主{group.head}")
            return None
        heads = [row.row for row in group.rows if row.relation == HEAD and not row.problems]
        if len(heads) > 1:
            return f"该户有{len(heads)}个户主（第{'、'.join(map(str, heads))}行）"
        if not heads:
            return f"该户户主（第{refused_head}行）未能导入，同户成员一并退回" if refused_head else "该户没有户主"
        return None

    # --- inserts -------------------------------------------------------------------------------------------
    def _insert(self, groups: list[_Group], report: Callable[[int, str], None]) -> tuple[int, int]:
        """Households, residents, memberships, 迁入 events and audit rows by Core bulk inserts, ids assigned here so
        children can point at parents not yet written; the FTS index takes the new rows in one statement."""
        households: list[dict[str, Any]] = []
        residents: list[dict[str, Any]] = []
        members: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        event = {"kind": EventKind.MOVE_IN.value, "detail": "台账导入", "recorded_at": self.now}
        event["recorded_by"] = self.uow.actor
        next_household = _next_id(self.session, Household)
        first_resident = _next_id(self.session, Resident)
        for group in groups:
            starts = [self._start(row) for row in group.rows]
            if group.household_id is None:
                group.household_id, next_household = next_household, next_household + 1
                households.append(self._new_household(group, min(starts)))
            for row, start in zip(group.rows, starts, strict=True):
                values = resident_values(self.rows.cleaned[row.row])
                values |= {"id": first_resident + len(residents), "created_at": self.now, "updated_at": self.now}
                values["search_text"] = search_text_of(values, group.address)
                residents.append(values)
                owner = {"resident_id": values["id"], "household_id": group.household_id}
                members.append(owner | {"relation": row.relation, "start_date": start, "end_date": None})
                events.append(owner | event | {"event_date": start})
                relation = codes.RELATIONS.name_of(row.relation or "")
                summary = f"台账导入：{values['name']}（户 {group.household_no}，{relation}）"
                self._audit("create", "resident", values["id"], summary, None, {k: values[k] for k in RESIDENT_FIELDS})
        for table, rows in self.book.new_rows():
            self._bulk(table, rows)
        self._bulk(Household.__table__, households)
        with _fts_indexed_after(self.session, first_resident):
            for done in range(0, len(residents), CHUNK):
                self._bulk(RESIDENTS, residents[done : done + CHUNK])
                report(min(done + CHUNK, len(residents)), "正在写入居民")
        self._bulk(Membership.__table__, members)
        self._bulk(ResidentEvent.__table__, events)
        self.audits.extend(self._audit_values("create", *created) for created in self.book.created())
        self._bulk(AuditEntry.__table__, self.audits)
        return len(residents), len(households)

    def _start(self, row: ParsedRow) -> date:
        """迁入日期 from the file, else the import's date; never before the person was born."""
        birth = self.rows.cleaned[row.row].birth_date
        start = row.place.get("moved_in_on") or self.moved_in_on
        return max(start, birth) if birth else start

    def _new_household(self, group: _Group, created_on: date) -> dict[str, Any]:
        """Placed and numbered from the 户主's row (H000001 … when the file has no 户号), as ResidentService does."""
        place = next((row.place for row in group.rows if row.relation == HEAD), group.rows[0].place)
        grid, building, unit, room = placement(place)
        group.household_no = place.get("household_no") or self.book.next_number()
        building_id = self.book.building_id(grid, building)
        placed = building != UNPLACED_BUILDING or not place.get("address")
        group.address = format_address(grid, building, unit, room) if placed else place["address"]
        values = {"household_no": group.household_no, "building_id": building_id, "unit": unit, "room": room,
                  "address": group.address, "residence_nature": place.get("residence_nature", ""), "note": "",
                  "created_on": created_on, "closed_on": None}  # fmt: skip
        summary = f"台账导入：新建户 {group.household_no}（{group.address}）"
        self._audit("create", "household", group.household_id, summary, None, values)
        return values | {"id": group.household_id}

    def _bulk(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """executemany with SQLAlchemy's own bind processors applied once per column, not per row: the values
        stored are exactly what session.execute(insert(table), rows) stores, at half the cost for 10,000 rows."""
        if not rows:
            return
        connection = self.session.connection()
        dialect = connection.dialect
        columns = list(rows[0])
        convert = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns]
        names = ", ".join(dialect.identifier_preparer.quote(name) for name in columns)
        statement = f"INSERT INTO {table.name} ({names}) VALUES ({', '.join('?' * len(columns))})"
        by_column = [[row[name] for row in rows] for name in columns]
        for index, fix in enumerate(convert):
            if fix is not None:
                by_column[index] = [None if value is None else fix(value) for value in by_column[index]]
        values = list(zip(*by_column, strict=True))
        connection.exec_driver_sql(statement, values)

    def _audit(
        self, action: str, entity: str, entity_id: int, summary: str, before: dict | None, after: dict[str, Any]
    ) -> None:
        """Like UnitOfWork.audit (only changed keys when both sides are given), batched for one bulk insert."""
        if before is not None:
            changed = sorted(key for key in after if before.get(key) != after.get(key))
            before, after = {k: before[k] for k in changed}, {k: after[k] for k in changed}
        self.audits.append(self._audit_values(action, entity, entity_id, summary, before, after))

    def _audit_values(
        self, action: str, entity: str, entity_id: int | None, summary: str, before: Any = None, after: Any = None
    ) -> dict[str, Any]:
        return {"at": self.now, "actor": self.uow.actor, "action": action, "entity": entity, "entity_id": entity_id,
                "summary": summary[:500], "before": to_json(before), "after": to_json(after)}  # fmt: skip


def _chunks(values: list[Any], size: int = IN_CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _next_id(session: Session, model: type[Any]) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


@contextmanager
def _fts_indexed_after(session: Session, first_id: int) -> Iterator[None]:
    """Indexes the new residents with one INSERT … SELECT instead of the per-row trigger.

    services/demo.py fills an empty database and 'rebuild's the index; an import adds to a registry that may
    already hold 100,000 people, so only ids ≥ first_id are indexed. The trigger is dropped and re-created from
    its own stored SQL inside the same transaction, so on any error the schema rolls back with the data.
    """
    connection = session.connection()
    found = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_INSERT_TRIGGER,)
    ).scalar()
    if found is not None:
        connection.exec_driver_sql(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
    yield
    if found is not None:
        connection.exec_driver_sql(found)
        connection.exec_driver_sql(
            "INSERT INTO resident_fts(rowid, search_text) SELECT id, search_text FROM resident WHERE id >= ?",
            (first_id,),
        )


class _AddressBook:
    """The address tree as it stands, loaded once (40,000 households take tens of ms) so placing a household is a
    dictionary look-up; grids and buildings the file names but the tree lacks are made here."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.grids: dict[str, int] = dict(session.execute(select(Grid.name, Grid.id)).all())
        found = session.execute(select(Building.grid_id, Building.name, Building.id))
        self.buildings: dict[tuple[int, str], int] = {(grid, name): id_ for grid, name, id_ in found}
        self.by_id: dict[int, dict[str, Any]] = {}
        self.by_number: dict[str, dict[str, Any]] = {}
        self.by_place: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        query = (
            select(Household.id, Household.household_no, Household.unit, Household.room, Household.address,
                   Household.closed_on, Building.name.label("building"), Grid.name.label("grid"))
            .join(Building, Building.id == Household.building_id)
            .join(Grid, Grid.id == Building.grid_id)
        )  # fmt: skip
        for household in map(dict, session.execute(query).mappings()):
            self.by_id[household["id"]] = self.by_number[household["household_no"]] = household
            if household["closed_on"] is None:
                h = household
                self.by_place[("place", h["grid"], h["building"], h["unit"], h["room"])].append(h)
                self.by_place[("address", clean_key(h["address"]))].append(h)
        heads = select(Membership.household_id, Resident.name).join(Resident, Resident.id == Membership.resident_id)
        self.heads = dict(
            session.execute(heads.where(Membership.relation == HEAD, Membership.end_date.is_(None))).all()
        )
        self.new_grids: list[dict[str, Any]] = []
        self.new_buildings: list[dict[str, Any]] = []
        self.next_no = int(next_household_no(session)[1:])
        self.taken = set(self.by_number)

    def place(self, group: _Group, homes: set[int]) -> str | None:
        """The group's existing household, by 户号, else where its registered members live, else the one open
        household at its address; returns a reason to refuse the group, or None (None found: a new household)."""
        if group.key[0] == "household_no":
            found = self.by_number.get(group.key[1])
        elif len(homes) == 1:
            found = self.by_id.get(next(iter(homes)))
        elif len(places := self.by_place.get(group.key, [])) > 1:
            return "该地址已有多户，请在台账中填写户号以区分"
        else:
            found = places[0] if places else None
        if found is None:
            return None
        if found["closed_on"] is not None:
            return f"户 {found['household_no']} 已注销"
        group.household_id, group.household_no, group.address = found["id"], found["household_no"], found["address"]
        group.head = self.heads.get(found["id"])
        return None

    def building_id(self, grid: str, building: str) -> int:
        if grid not in self.grids:
            self.grids[grid] = _next_id(self.session, Grid) + len(self.new_grids)
            self.new_grids.append({"id": self.grids[grid], "name": grid, "note": ""})
        key = (self.grids[grid], building)
        if key not in self.buildings:
            self.buildings[key] = _next_id(self.session, Building) + len(self.new_buildings)
            self.new_buildings.append({"id": self.buildings[key], "grid_id": key[0], "name": building})
        return self.buildings[key]

    def next_number(self) -> str:
        """H000001 … like ResidentService for households without 户号, skipping numbers the file uses."""
        while f"H{self.next_no:06d}" in self.taken:
            self.next_no += 1
        self.taken.add(f"H{self.next_no:06d}")
        return f"H{self.next_no:06d}"

    def new_rows(self) -> list[tuple[Table, list[dict[str, Any]]]]:
        return [(Grid.__table__, self.new_grids), (Building.__table__, self.new_buildings)]

    def created(self) -> list[tuple[str, int, str, None, dict[str, str]]]:
        """Audit arguments for the grids and buildings made, as ResidentService.create_grid/create_building log."""
        grids = [
            ("grid", g["id"], f"台账导入：新建网格 {g['name']}", None, {"name": g["name"]}) for g in self.new_grids
        ]
        return grids + [
            ("building", b["id"], f"台账导入：新建楼栋 {b['name']}", None, {"name": b["name"]})
            for b in self.new_buildings
        ]
