"""Writing one 台账 import inside one unit of work: look-ups first, then Core bulk inserts with ids assigned here.

Rows go in by executemany (the way services/demo_writer.py does), but each value passed the same validate_resident/
resident_values/search_text_of as hand entry, so an imported person is indistinguishable; the audit rows are the
ones the hand-entry services write, batched. Special-group tags from the 特殊人群 column go in the same way, with
the period rule SpecialGroupService.add_tag keeps (no two periods of one kind overlap).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update

from community_desk.db.models import AuditEntry, Household, Membership, Resident, ResidentEvent, SpecialTag
from community_desk.db.repositories.residents import fts_trigger_suspended
from community_desk.db.unit_of_work import UnitOfWork, to_json
from community_desk.domain import codes
from community_desk.domain.import_rules import UNPLACED_BUILDING, ParsedRow, household_key, placement
from community_desk.domain.residents import EventKind, pinyin_keys
from community_desk.services.dto import RESIDENT_FIELDS
from community_desk.services.import_households import HEAD, AddressBook, HouseholdGroup, next_id, plan_households
from community_desk.services.import_rows import ImportRows
from community_desk.services.registry_values import format_address, resident_values, search_text_of

CHUNK = 2000  # residents per bulk insert and per progress report while writing
IN_CHUNK = 500  # values per SQL IN (…) look-up
# An import adds to a registry that may already hold 100,000 people: only the new ids are indexed (the demo, which
# fills an empty database, 'rebuild's the whole index instead).
INDEX_NEW_RESIDENTS = "INSERT INTO resident_fts(rowid, search_text) SELECT id, search_text FROM resident WHERE id >= ?"
RESIDENTS: Table = Resident.__table__  # type: ignore[assignment]


class ImportWriter:
    """One import inside one unit of work: look-ups first, then Core bulk inserts with ids assigned here."""

    def __init__(self, uow: UnitOfWork, rows: ImportRows, *, update: bool, moved_in_on: date) -> None:
        self.uow, self.session, self.rows = uow, uow.session, rows
        self.header = rows.reader.header
        self.update_existing, self.moved_in_on = update, moved_in_on
        self.now = datetime.now().replace(microsecond=0)
        self.audits: list[dict[str, Any]] = []
        self.tags: list[dict[str, Any]] = []

    def write(self, source: str, report: Callable[[int, str], None]) -> dict[str, int]:
        """Returns the counts for ImportResult; refusals are recorded on the rows."""
        audit = AuditEntry.__table__
        summary_id = self.session.execute(  # first, so SQLite's write lock is taken before anything is read
            insert(audit).values(self._audit_values("import", "resident", None, f"导入居民台账 {source}"))
        ).inserted_primary_key[0]
        self.first_tag = next_id(self.session, SpecialTag)
        report(0, "正在核对已登记的居民")
        existing = self._existing(self.rows.accepted())
        updated = len(self._update(existing) | self._tag_existing(existing)) if self.update_existing else 0
        report(0, "正在安排住户")
        new_rows = [row for row in self.rows.accepted() if row.row not in existing]
        self.book = AddressBook(self.session)
        groups = plan_households(self.rows, new_rows, self._homes_by_key(existing), self.book)
        imported, households = self._insert(groups, report)
        refused = len(self.rows.refused())
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
        for chunk in chunks(list(by_number)):
            for person in self.session.execute(select(RESIDENTS).where(RESIDENTS.c.id_number.in_(chunk))).mappings():
                found[by_number[person["id_number"]]] = dict(person)
        for chunk in chunks(sorted({name for name, birth in unnumbered if birth})):
            query = select(RESIDENTS).where(RESIDENTS.c.id_number.is_(None), RESIDENTS.c.name.in_(chunk))
            for person in self.session.execute(query).mappings():
                if (row := unnumbered.get((person["name"], person["birth_date"]))) is not None:
                    found[row] = dict(person)
        return found

    def _update(self, existing: dict[int, dict[str, Any]]) -> set[int]:
        """Changed fields only, from the columns the row filled (a blank cell never erases what is on file).
        Returns the Excel rows whose person changed."""
        homes = self._homes([person["id"] for person in existing.values()])
        changes: list[dict[str, Any]] = []
        changed: set[int] = set()
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
            changed.add(row_no)
            self._audit("update", "resident", person["id"], f"台账导入修改居民 {after['name']}", before, after)
        if changes:
            self.session.execute(update(RESIDENTS).where(RESIDENTS.c.id == bindparam("_id")), changes)
        return changed

    def _tag_existing(self, existing: dict[int, dict[str, Any]]) -> set[int]:
        """Update mode: the row's tags the person lacks from its start on. A kind already held then (open, or ending
        after that day) is left alone, as add_tag refuses an overlap, and nothing on file is ever ended.
        Returns the Excel rows whose person gained a tag."""
        wanted = {row_no: person for row_no, person in existing.items() if self.rows.all[row_no].tags}
        held: dict[int, list[tuple[str, date | None]]] = defaultdict(list)
        for chunk in chunks([person["id"] for person in wanted.values()]):
            query = select(SpecialTag.resident_id, SpecialTag.kind, SpecialTag.end_date)
            for resident_id, kind, end in self.session.execute(query.where(SpecialTag.resident_id.in_(chunk))):
                held[resident_id].append((kind, end))
        tagged: set[int] = set()
        for row_no, person in wanted.items():
            row = self.rows.all[row_no]
            start = self._start(row)
            for kind, detail in row.tags:
                if not any(k == kind and (end is None or end > start) for k, end in held[person["id"]]):
                    self._tag(person["id"], self.rows.cleaned[row_no].name, kind, detail, start)
                    tagged.add(row_no)
        return tagged

    def _tag(self, resident_id: int, name: str, kind: str, detail: str, start: date) -> None:
        """A special_tag row and its audit entry as SpecialGroupService.add_tag writes them; the id is assigned here
        so a new resident's tags go in with the same bulk insert as everyone else's."""
        values = {"kind": kind, "start_date": start, "end_date": None, "detail": detail}
        tag_id = self.first_tag + len(self.tags)
        self.tags.append(values | {"id": tag_id, "resident_id": resident_id, "note": ""})
        self._audit("create", "special_tag", tag_id, f"台账导入：{name} 加入“{kind}”", None, values)

    def _homes(self, resident_ids: list[int]) -> dict[int, tuple[int, str]]:
        """resident id → (household id, address) of their current household."""
        found: dict[int, tuple[int, str]] = {}
        for chunk in chunks(resident_ids):
            query = (
                select(Membership.resident_id, Household.id, Household.address)
                .join(Household, Household.id == Membership.household_id)
                .where(Membership.end_date.is_(None), Membership.resident_id.in_(chunk))
            )
            found.update(
                (resident, (household, address)) for resident, household, address in self.session.execute(query)
            )
        return found

    def _homes_by_key(self, existing: dict[int, dict[str, Any]]) -> dict[tuple[str, ...] | None, set[int]]:
        """Household key of a row → the households where the file's registered people of that key live now."""
        homes: dict[tuple[str, ...] | None, set[int]] = defaultdict(set)
        current = self._homes([person["id"] for person in existing.values()])
        for row_no, person in existing.items():
            if person["id"] in current:
                homes[household_key(self.rows.all[row_no].place)].add(current[person["id"]][0])
        return homes

    # --- inserts -------------------------------------------------------------------------------------------
    def _insert(self, groups: list[HouseholdGroup], report: Callable[[int, str], None]) -> tuple[int, int]:
        """Households, residents, memberships, 迁入 events, tags and audit rows by Core bulk inserts, ids assigned
        here so children can point at parents not yet written; the FTS index takes the new rows in one statement."""
        households: list[dict[str, Any]] = []
        residents: list[dict[str, Any]] = []
        members: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        event = {"kind": EventKind.MOVE_IN.value, "detail": "台账导入", "recorded_at": self.now}
        event["recorded_by"] = self.uow.actor
        next_household = next_id(self.session, Household)
        first_resident = next_id(self.session, Resident)
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
                for kind, detail in row.tags:  # from the day they join, like the membership
                    self._tag(values["id"], values["name"], kind, detail, start)
        for table, rows in self.book.new_rows():
            self._bulk(table, rows)
        self._bulk(Household.__table__, households)
        with fts_trigger_suspended(self.session, INDEX_NEW_RESIDENTS, (first_resident,)):
            for done in range(0, len(residents), CHUNK):
                self._bulk(RESIDENTS, residents[done : done + CHUNK])
                report(min(done + CHUNK, len(residents)), "正在写入居民")
        self._bulk(Membership.__table__, members)
        self._bulk(ResidentEvent.__table__, events)
        self._bulk(SpecialTag.__table__, self.tags)
        self.audits.extend(self._audit_values("create", *created) for created in self.book.created())
        self._bulk(AuditEntry.__table__, self.audits)
        return len(residents), len(households)

    def _start(self, row: ParsedRow) -> date:
        """迁入日期 from the file, else the import's date; never before the person was born."""
        birth = self.rows.cleaned[row.row].birth_date
        start = row.place.get("moved_in_on") or self.moved_in_on
        return max(start, birth) if birth else start

    def _new_household(self, group: HouseholdGroup, created_on: date) -> dict[str, Any]:
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


def chunks(values: list[Any], size: int = IN_CHUNK) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
