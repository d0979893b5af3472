"""一户一档 居民户信息卡: a household's card as a Word document, from the editable template household_card.docx.

The card is built from RegistryReader's DTOs (the same reads the window shows), turned into plain strings for the
template: dates as 2026年11月23日, codes as names, and ID numbers and phones masked (110101********1234,
138****5678) unless the caller asks for the unmasked card explicitly — there is no other way round the masking
(PIPL: a printed card leaves the office's control). The sensitive special groups (社区矫正, 安置帮教) are left off
unless asked for as well. Reads only, so no unit of work and no audit entry.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from community_desk.db.connection import read_connection
from community_desk.db.repositories.registry import DEFAULT_COMMUNITY_NAME
from community_desk.domain import codes
from community_desk.domain.idcard import mask_id_number, mask_phone
from community_desk.domain.residents import elderly_band
from community_desk.domain.sorting import natural_key
from community_desk.exports.word import WordExportError, chinese_date, render
from community_desk.services.dto import HouseholdDetail, MemberView, TagView
from community_desk.services.errors import UserError
from community_desk.services.registry import RegistryReader

TEMPLATE = "household_card.docx"
MASKED_NOTE = "说明：公民身份号码、联系电话已按个人信息保护要求脱敏显示。"
UNMASKED_NOTE = "注意：本卡含完整公民身份号码和联系电话，属个人信息，请妥善保管，不得外传。"
SIGNATURE_BLANK = "\u3000" * 6  # underlined in the template: room to sign by hand
TAG_DETAIL_KINDS = frozenset({"残疾"})  # kinds whose detail belongs on the card (类别 and 等级)
Progress = Callable[[int, int], None]


def suggested_file_name(household_no: str) -> str:
    """What the save dialog proposes: 一户一档_H000001.docx."""
    return f"一户一档_{household_no}.docx"


def tag_labels(
    birth_date: date | None, tags: Sequence[TagView], today: date, *, include_sensitive: bool = False
) -> list[str]:
    """Special groups in force on `today`: derived 高龄80+/90+/100+ first, then the stored tags in order."""
    band = elderly_band(birth_date, today)
    labels = [f"高龄{band}+"] if band else []
    for tag in tags:
        if tag.start_date > today or (tag.end_date is not None and tag.end_date <= today):
            continue
        if tag.kind in codes.SENSITIVE_GROUPS and not include_sensitive:
            continue
        label = f"{tag.kind}（{tag.detail}）" if tag.kind in TAG_DETAIL_KINDS and tag.detail else tag.kind
        if label not in labels:
            labels.append(label)
    return labels


class HouseholdCardService:
    """Builds the template's context from the registry and writes the .docx (one card, or a grid's cards)."""

    def __init__(self, registry: RegistryReader, db_path: Path) -> None:
        self._registry = registry
        self._db_path = db_path

    # --- finding households -------------------------------------------------------------------------------
    def household_id(self, household_no: str) -> int | None:
        """The household with exactly this 户号 (closed ones too: their card is still their record)."""
        with read_connection(self._db_path) as connection:
            row = connection.execute(
                "SELECT id FROM household WHERE household_no = ?", [household_no.strip()]
            ).fetchone()
        return row[0] if row else None

    def grid_household_ids(self, grid: str) -> list[int]:
        """The grid's open households in address order (楼栋, 单元, 房号 naturally sorted), for printing in one go."""
        name = grid.strip()
        with read_connection(self._db_path) as connection:
            found = connection.execute("SELECT id FROM grid WHERE name = ?", [name]).fetchone()
            if found is None:
                names = [r[0] for r in connection.execute("SELECT name FROM grid")]
                known = "、".join(sorted(names, key=natural_key)) or "（尚无网格）"
                raise UserError(f"没有名为“{name}”的网格。现有网格：{known}", field="网格")
            rows = connection.execute(
                "SELECT h.id, b.name AS building, h.unit, h.room, h.household_no FROM household h"
                " JOIN building b ON b.id = h.building_id WHERE b.grid_id = ? AND h.closed_on IS NULL",
                [found[0]],
            ).fetchall()
        rows.sort(key=lambda r: (*map(natural_key, (r["building"], r["unit"], r["room"])), r["household_no"]))
        return [row["id"] for row in rows]

    # --- context ------------------------------------------------------------------------------------------
    def context(
        self,
        household_ids: Sequence[int],
        *,
        unmasked: bool = False,
        include_sensitive: bool = False,
        filled_by: str = "",
        today: date | None = None,
        progress: Progress | None = None,
    ) -> dict[str, Any]:
        """Everything household_card.docx reads; raises UserError for an id that is not in the registry."""
        today = today or date.today()
        cards = []
        for done, household_id in enumerate(household_ids):
            detail = self._registry.household(household_id)
            if detail is None:
                raise UserError(f"找不到该户（编号 {household_id}），可能已被删除。")
            cards.append(self._card(detail, today, unmasked=unmasked, include_sensitive=include_sensitive))
            if progress is not None:
                progress(done + 1, len(household_ids))
        return {
            "community_name": self._registry.setting("community_name") or DEFAULT_COMMUNITY_NAME,
            "privacy_note": UNMASKED_NOTE if unmasked else MASKED_NOTE,
            "filled_by": filled_by.strip() or SIGNATURE_BLANK,
            "filled_on": chinese_date(today),
            "households": cards,
        }

    def _card(self, detail: HouseholdDetail, today: date, *, unmasked: bool, include_sensitive: bool) -> dict:
        head = next((m.name for m in detail.members if m.relation_code == codes.HEAD_RELATION), "")
        events = sorted(detail.events, key=lambda e: (e.event_date, e.id))
        return {
            "household_no": detail.household_no,
            "grid": detail.grid,
            "address": detail.address,
            "head": head,
            "member_count": len(detail.members),
            "residence_nature": codes.RESIDENCE_NATURES.name_of(detail.residence_nature),
            "created_on": chinese_date(detail.created_on),
            "status": f"已注销（{chinese_date(detail.closed_on)}）" if detail.closed_on else "在册",
            "note": detail.note,
            "members": [
                self._member(m, today, unmasked=unmasked, include_sensitive=include_sensitive) for m in detail.members
            ],
            "events": [
                {"date": chinese_date(e.event_date), "kind": e.kind, "resident": e.resident_name, "detail": e.detail}
                for e in events
            ],
        }

    def _member(self, member: MemberView, today: date, *, unmasked: bool, include_sensitive: bool) -> dict:
        resident = self._registry.resident(member.resident_id)
        tags = tag_labels(
            member.birth_date, resident.tags if resident else (), today, include_sensitive=include_sensitive
        )
        id_number, phone = member.id_number or "", member.phone or ""
        return {
            "name": member.name,
            "relation": member.relation,
            "gender": member.gender,
            "birth_date": chinese_date(member.birth_date),
            "id_number": id_number if unmasked or not id_number else mask_id_number(id_number),
            "phone": phone if unmasked or not phone else mask_phone(phone),
            "tags": "、".join(tags),
        }

    # --- export -------------------------------------------------------------------------------------------
    def export(
        self,
        household_ids: Sequence[int],
        out_path: Path,
        *,
        unmasked: bool = False,
        include_sensitive: bool = False,
        filled_by: str = "",
        today: date | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """Writes the cards (one per household, each starting on a new page) to `out_path`; nothing on failure."""
        if not household_ids:
            raise UserError("没有可导出的户。")
        context = self.context(
            household_ids,
            unmasked=unmasked,
            include_sensitive=include_sensitive,
            filled_by=filled_by,
            today=today,
            progress=progress,
        )
        try:
            return render(TEMPLATE, context, Path(out_path))
        except WordExportError as error:
            raise UserError(str(error)) from error
        except OSError as error:
            raise UserError(f"无法保存 {out_path}：{error.strerror or error}") from error
