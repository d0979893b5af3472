"""Resident exports to the 街道's Excel forms: one export is one user action, logged whether masked or not.

Rows stream from one SQL query (the registry's own FROM … WHERE, as of a date) through a cursor straight into
the writer, so 100,000 residents never become 100,000 objects. The file is written beside the target under a
temporary name and moved into place only when it is complete and its export-log row is in the same
transaction: a Cancel (an exception from `progress`) or any error leaves neither a file nor a log row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from community_desk.config import data_dir
from community_desk.db.connection import read_connection
from community_desk.db.models import ExportLog
from community_desk.db.repositories import registry as sql
from community_desk.db.unit_of_work import UnitOfWork
from community_desk.domain import codes
from community_desk.domain.residents import ResidentQuery, born_on_or_before_for_age
from community_desk.exports.excel import ExcelColumn, ExcelTable, write_table
from community_desk.exports.files import move_into_place, temporary_beside
from community_desk.exports.profiles import (
    BUILTIN_DIR,
    Profile,
    ProfileColumn,
    ProfileError,
    UnknownProfile,
    find_profile,
    load_profiles,
)
from community_desk.services.errors import UserError
from community_desk.services.mediation_reports import EXCEL_BUSY, FILE_REFUSED, FOLDER_UNWRITABLE

Progress = Callable[[int, int, str], None]
FETCH_ROWS = 1000  # rows per fetchmany, and the progress step
DISABILITY = "残疾"
# Stored text → cell; blanks become NULL so the cell stays empty instead of holding "".
PLAIN_SQL = {
    **{field: f"r.{field}" for field in (
        "name", "former_name", "gender", "ethnicity", "birth_date", "id_type", "id_number", "hukou_address", "phone",
        "political_status", "education", "marital_status", "religion", "employer", "military_service", "category",
        "arrived_on", "stay_reason", "note",
    )},
    **{field: f"h.{field}" for field in ("unit", "room", "household_no", "address", "residence_nature")},
    "grid": "g.name", "building": "b.name", "relation": "m.relation", "age": "r.birth_date",
    "elderly_band": "r.birth_date",
}  # fmt: skip
TAG_IN_FORCE = "t.resident_id = r.id AND t.start_date <= ? AND (t.end_date IS NULL OR t.end_date > ?)"
TAG_SQL = {"tag_start": "start_date", "tag_detail": "detail", "tag_note": "note"}


@dataclass(frozen=True)
class ProfileInfo:
    """A profile as the export dialog lists it."""

    key: str
    stem: str
    description: str
    headers: tuple[str, ...]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    profile: str
    rows: int
    masked: bool
    log_id: int


@dataclass(frozen=True)
class ExportLogView:
    id: int
    at: datetime
    actor: str
    profile: str
    file_name: str
    rows: int
    masked: bool
    grid: str
    as_of: date | None


@dataclass(frozen=True)
class _Plan:
    """One export worked out: the SQL, how each fetched value becomes a cell, and the sheet's layout."""

    sql: str
    params: list[object]
    count_sql: str
    count_params: list[object]
    numbered: tuple[int, ...]  # 序号 columns
    transforms: tuple[tuple[int, Callable[[object], object]], ...]
    table: ExcelTable
    grid: str


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class ExportService:
    """Profiles, preview, and the export itself; reads in plain sqlite3, the log through the unit of work."""

    def __init__(
        self,
        db_path: Path,
        session_factory: sessionmaker[Session],
        *,
        profile_dirs: Sequence[Path] | None = None,
        actor: str | None = None,
    ) -> None:
        self._db_path = db_path
        self._factory = session_factory
        self._dirs = tuple(profile_dirs) if profile_dirs is not None else (BUILTIN_DIR, user_profile_dir())
        self._actor = actor

    # --- profiles -----------------------------------------------------------------------------------------
    def _catalog(self) -> dict[str, Profile]:
        try:
            return load_profiles(self._dirs)
        except ProfileError as error:
            raise UserError(str(error)) from error

    def profiles(self) -> list[ProfileInfo]:
        return [ProfileInfo(p.key, p.stem, p.description, tuple(p.headers)) for p in self._catalog().values()]

    def profile(self, name: str | Profile) -> Profile:
        """A profile by name, file stem or .toml path; a Profile passes through."""
        if isinstance(name, Profile):
            return name
        try:
            return find_profile(name, self._catalog())
        except (ProfileError, UnknownProfile) as error:
            raise UserError(str(error)) from error

    # --- reading ------------------------------------------------------------------------------------------
    def count(self, profile: str | Profile, grid_id: int | None = None, as_of: date | None = None) -> int:
        chosen = self.profile(profile)
        with read_connection(self._db_path) as connection:
            plan = self._plan(connection, chosen, grid_id, as_of, masked=True)
            return connection.execute(plan.count_sql, plan.count_params).fetchone()[0]

    def preview(
        self,
        profile: str | Profile,
        grid_id: int | None = None,
        as_of: date | None = None,
        limit: int = 20,
        *,
        masked: bool = True,
    ) -> tuple[list[str], list[list[str]]]:
        """Headers and the first `limit` rows as the file will show them, as text for a table widget."""
        chosen = self.profile(profile)
        with read_connection(self._db_path) as connection:
            connection.row_factory = None
            plan = self._plan(connection, chosen, grid_id, as_of, masked)
            cursor = connection.execute(f"{plan.sql} LIMIT ?", [*plan.params, limit])
            rows = [[_display(v) for v in row] for row in islice(self._values(cursor, plan), limit)]
        return chosen.headers, rows

    def values(
        self, profile: str | Profile, grid_id: int | None = None, as_of: date | None = None, *, masked: bool = True
    ) -> Iterator[list[object]]:
        """Every row's cell values as the export writes them (for checks and the benchmark's raw floor)."""
        chosen = self.profile(profile)
        with read_connection(self._db_path) as connection:
            connection.row_factory = None
            plan = self._plan(connection, chosen, grid_id, as_of, masked)
            yield from self._values(connection.execute(plan.sql, plan.params), plan)

    def recent_exports(self, limit: int = 50) -> list[ExportLogView]:
        with self._factory() as session:
            logs = session.scalars(select(ExportLog).order_by(ExportLog.id.desc()).limit(limit)).all()
            names = ExportLogView.__dataclass_fields__
            return [ExportLogView(**{name: getattr(log, name) for name in names}) for log in logs]

    # --- the export ---------------------------------------------------------------------------------------
    def export_residents(
        self,
        profile: str | Profile,
        target: Path,
        *,
        grid_id: int | None = None,
        as_of: date | None = None,
        masked: bool = True,
        progress: Progress | None = None,
    ) -> ExportResult:
        """Writes the profile's rows to `target` (.xlsx) and logs the export; `progress(done, total, message)`.

        An exception raised by `progress` cancels: no file at `target`, no log row.
        """
        chosen = self.profile(profile)
        target = _checked_target(target)
        with temporary_beside(target, FILE_REFUSED, FOLDER_UNWRITABLE, suffix=".xlsx.part", catch=OSError) as temp:
            with read_connection(self._db_path) as connection:
                connection.row_factory = None
                plan = self._plan(connection, chosen, grid_id, as_of, masked)
                total = connection.execute(plan.count_sql, plan.count_params).fetchone()[0] if progress else 0
                if progress:
                    progress(0, total, "正在查询…")
                rows = self._values(connection.execute(plan.sql, plan.params), plan, total, progress)
                count = write_table(temp, plan.table, rows)
            log_id = self._log_and_publish(temp, target, chosen, count, masked, plan.grid, as_of)
        return ExportResult(target, chosen.key, count, masked, log_id)

    def _log_and_publish(
        self, temp: Path, target: Path, profile: Profile, rows: int, masked: bool, grid: str, as_of: date | None
    ) -> int:
        """The log row and the file appear together: the file is moved in between flush and commit."""
        facts = {"profile": profile.key, "file_name": str(target), "rows": rows, "masked": masked, "grid": grid}
        with UnitOfWork(self._factory, self._actor) as uow:
            log = ExportLog(at=datetime.now().replace(microsecond=0), actor=uow.actor, as_of=as_of, **facts)
            uow.session.add(log)
            uow.session.flush()
            shown = "已脱敏" if masked else "未脱敏（含完整证件号码和电话）"
            summary = f"导出{profile.key} {rows}行，{shown} → {target.name}"
            uow.audit("export", "export_log", log.id, summary, after={**facts, "as_of": as_of})
            uow.session.flush()
            move_into_place(temp, target, FILE_REFUSED, EXCEL_BUSY, catch=OSError)
            try:
                uow.session.commit()
            except BaseException:
                target.unlink(missing_ok=True)
                raise
            return log.id

    # --- planning -----------------------------------------------------------------------------------------
    def _plan(
        self, connection: sqlite3.Connection, profile: Profile, grid_id: int | None, as_of: date | None, masked: bool
    ) -> _Plan:
        day = as_of or date.today()
        query = ResidentQuery(
            grid_id=grid_id,
            special_group=profile.special_group,
            category=profile.category,
            as_of=as_of,
            sort_key=profile.sort,
            descending=profile.descending,
        )
        source, source_params = sql.registry_from(query)
        expressions: list[str] = []
        params: list[object] = []
        transforms: list[tuple[int, Callable[[object], object]]] = []
        for index, column in enumerate(profile.columns):
            expression, expression_params = _expression(column, as_of, day, profile.include_sensitive)
            expressions.append(expression)
            params.extend(expression_params)
            transform = column.renderer(day, masked)
            if transform is not None:
                transforms.append((index, transform))
        grid = _grid_name(connection, grid_id)
        community = sql.community_name(connection)
        names = {"community": community, "grid": grid, "today": chinese_date(date.today()), "as_of": chinese_date(day)}
        table = ExcelTable(
            sheet_name=profile.sheet,
            title=profile.title.format(**names),
            subtitle=tuple(part.format(**names) for part in profile.subtitle),
            columns=tuple(_excel_column(column) for column in profile.columns),
        )
        return _Plan(
            sql=f"SELECT {', '.join(expressions)} {source} {sql.order_by(query)}",
            params=[*params, *source_params],
            count_sql=f"SELECT count(*) {source}",
            count_params=source_params,
            numbered=tuple(i for i, c in enumerate(profile.columns) if c.field == "seq"),
            transforms=tuple(transforms),
            table=table,
            grid=grid,
        )

    @staticmethod
    def _values(
        cursor: sqlite3.Cursor, plan: _Plan, total: int = 0, progress: Progress | None = None
    ) -> Iterator[list[object]]:
        """Cell values row by row, fetched a thousand at a time; progress is reported after each batch."""
        done = 0
        numbered, transforms = plan.numbered, plan.transforms
        while batch := cursor.fetchmany(FETCH_ROWS):
            for row in batch:
                done += 1
                values = list(row)
                for i in numbered:
                    values[i] = done
                for i, transform in transforms:
                    value = values[i]
                    if value is not None:
                        values[i] = transform(value)
                yield values
            if progress:
                progress(done, max(total, done), f"已导出 {done} / {max(total, done)} 人")
        if progress:
            progress(done, max(total, done), "正在保存文件…")


def user_profile_dir() -> Path:
    """Where a clerk may drop extra or adjusted profiles (.toml); one with a shipped profile's name replaces it."""
    return data_dir() / "export_profiles"


def _grid_name(connection: sqlite3.Connection, grid_id: int | None) -> str:
    if grid_id is None:
        return ""
    row = connection.execute("SELECT name FROM grid WHERE id = ?", [grid_id]).fetchone()
    if row is None:
        raise UserError("所选网格不存在", field="grid")
    return row[0]


def _expression(
    column: ProfileColumn, as_of: date | None, day: date, include_sensitive: bool
) -> tuple[str, list[object]]:
    """The SELECT expression for one column and its parameters (tags and households are read as of `day`)."""
    field = column.field
    iso = day.isoformat()
    if field in PLAIN_SQL:
        return f"NULLIF({PLAIN_SQL[field]}, '')", []
    if field == "seq":
        return "NULL", []
    if field in TAG_SQL or field.startswith("disability_"):
        kind = DISABILITY if field.startswith("disability_") else column.tag
        value = TAG_SQL.get(field, "detail")
        return (
            f"(SELECT NULLIF(t.{value}, '') FROM special_tag t WHERE t.kind = ? AND {TAG_IN_FORCE}"
            " ORDER BY t.start_date DESC LIMIT 1)",
            [kind, iso, iso],
        )
    if field == "special_groups":
        hidden = [] if include_sensitive else sorted(codes.SENSITIVE_GROUPS)
        exclude = f" AND t.kind NOT IN ({', '.join('?' * len(hidden))})" if hidden else ""
        band = "CASE WHEN r.birth_date <= ? THEN '高龄100+' WHEN r.birth_date <= ? THEN '高龄90+'"
        band += " WHEN r.birth_date <= ? THEN '高龄80+' END"
        tags = f"(SELECT group_concat(t.kind, '、') FROM special_tag t WHERE {TAG_IN_FORCE}{exclude})"
        bounds = [born_on_or_before_for_age(age, day).isoformat() for age in (100, 90, 80)]
        return f"NULLIF(coalesce({band}, '') || '、' || coalesce({tags}, ''), '、')", [*bounds, iso, iso, *hidden]
    in_force, params = sql.membership_at(as_of, "hm")
    if field == "head_name":
        return (
            "(SELECT hr.name FROM membership hm JOIN resident hr ON hr.id = hm.resident_id"
            f" WHERE hm.household_id = m.household_id AND hm.relation = '{codes.HEAD_RELATION}' AND {in_force}"
            " LIMIT 1)",
            params,
        )
    if field == "household_size":
        return f"(SELECT count(*) FROM membership hm WHERE hm.household_id = m.household_id AND {in_force})", params
    raise ValueError(f"no SQL for field {field!r}")  # profiles.FIELDS and this module disagree


def _excel_column(column: ProfileColumn) -> ExcelColumn:
    kind = column.kind if column.kind in ("text", "date", "number") else "general"
    return ExcelColumn(
        header=column.header,
        width=column.width,
        kind=kind,  # type: ignore[arg-type]
        choices=column.choices(),
        free_text=column.code_list is None and kind in ("general", "text"),
    )


def _display(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _checked_target(target: Path) -> Path:
    target = Path(target).expanduser().resolve()
    if target.suffix.lower() != ".xlsx":
        raise UserError("导出文件名应以 .xlsx 结尾", field="file")
    if not target.parent.is_dir():
        raise UserError(f"文件夹不存在：{target.parent}", field="file")
    if target.is_dir():
        raise UserError(f"“{target.name}”是一个文件夹", field="file")
    return target
