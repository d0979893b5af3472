"""志愿者花名册 / 服务时长统计 workbooks: masked by default (PIPL), full numbers only when asked explicitly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from community_desk.db.repositories.registry import DEFAULT_COMMUNITY_NAME
from community_desk.domain.idcard import mask_id_number, mask_phone
from community_desk.services.volunteer_reads import HOURS_BY, VolunteerReader


class VolunteerExports(VolunteerReader):
    def _community(self) -> str:
        return self.setting("community_name") or DEFAULT_COMMUNITY_NAME

    def export_roster(self, path: Path, unmasked: bool = False, filled_on: date | None = None) -> int:
        """Every volunteer (active first by number); returns the rows written."""
        from community_desk.exports.volunteer_excel import write_roster

        rows = sorted(self.volunteers(active_only=False), key=lambda r: (not r.active, r.number))
        if not unmasked:
            rows = [
                replace(
                    r,
                    id_number=mask_id_number(r.id_number) if r.id_number else "",
                    phone=mask_phone(r.phone) if r.phone else "",
                )
                for r in rows
            ]
        return write_roster(Path(path), self._community(), rows, filled_on or date.today())

    def export_hours(self, path: Path, year: int, filled_on: date | None = None) -> int:
        """Hours of the year by volunteer, team, category and month, one sheet each."""
        from community_desk.exports.volunteer_excel import write_hours

        first, after = date(year, 1, 1), date(year + 1, 1, 1)
        groups = [(by, self.hours_by(by, first, after)) for by in HOURS_BY]
        return write_hours(Path(path), self._community(), year, groups, filled_on or date.today())
