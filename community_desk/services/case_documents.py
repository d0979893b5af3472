"""人民调解卷宗 and its forms as Word or PDF, built from the same DTOs the case dialog shows.

The service turns a CaseDetail into display strings (dates 2026年11月23日, codes as names, money in 元) and the
forms' contexts; exports/case_file.py decides which forms the file holds and writes the .docx, and
exports/case_file_pdf.py lays out the PDF from the very same contexts. ID numbers and phones of the parties are
masked (110101********1234, 138****5678) unless the caller asks for the unmasked file explicitly, as for the
一户一档 card: a printed 卷宗 leaves the office's control. Reads only: no unit of work, no audit entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from community_desk.db.connection import read_connection
from community_desk.db.repositories.registry import DEFAULT_COMMUNITY_NAME, setting
from community_desk.domain import codes
from community_desk.domain import mediation as rules
from community_desk.domain.idcard import mask_id_number, mask_phone
from community_desk.exports.case_file import (
    CaseFile,
    CaseFileData,
    plan,
    render_template,
    save_atomic,
    single_form,
    write_docx,
)
from community_desk.exports.word import WordExportError, chinese_date, use_supplementary_font
from community_desk.services.errors import UserError
from community_desk.services.mediation_dto import CaseDetail, PartyInput
from community_desk.services.mediation_reads import parties_text, type_text

if TYPE_CHECKING:
    from community_desk.services.mediation_reads import MediationReader

NOT_CLOSED = "尚未结案"
SUFFIXES = (".docx", ".pdf")
Progress = Callable[[int, int], None]
_SHORT_NUMBER = re.compile(r"^\s*(\d{4})\s*[-/.、]\s*(\d{1,6})\s*$")  # 2026-3
_FULL_NUMBER = re.compile(r"^\s*[(（]\s*(\d{4})\s*[)）].*?第\s*(\d{1,6})\s*号\s*$")  # （2026）示范人调字第3号


def suggested_file_name(number: str, suffix: str = ".docx") -> str:
    """卷宗_（2026）示范人调字第3号.docx — what the save dialog proposes."""
    return f"卷宗_{number}{suffix}"


def _normal(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _time(moment: Any) -> str:
    return f"{chinese_date(moment.date())} {moment:%H:%M}"


class CaseDocumentService:
    """Builds the 卷宗 of one case and writes it as .docx or .pdf (or one form of it as .docx)."""

    def __init__(self, mediation: MediationReader, db_path: Path) -> None:
        self._mediation = mediation
        self._db_path = db_path

    # --- finding a case ---------------------------------------------------------------------------------------
    def find_case(self, text: str) -> int | None:
        """The case with 卷号 `text` (（2026）示范人调字第3号), or year and number as 2026-3; None if there is none."""
        match = _SHORT_NUMBER.match(text) or _FULL_NUMBER.match(unicodedata.normalize("NFKC", text))
        if match is None:
            return None
        with read_connection(self._db_path) as connection:
            row = connection.execute(
                "SELECT id, number FROM mediation_case WHERE year = ? AND seq = ?", [int(match[1]), int(match[2])]
            ).fetchone()
        if row is None:
            return None
        if match.re is _FULL_NUMBER and _normal(row["number"]) != _normal(text):
            return None  # same year and number, but another community's 简称: not this case
        return row["id"]

    def _committee(self) -> str:
        with read_connection(self._db_path) as connection:
            name = (setting(connection, "community_name") or "").strip() or DEFAULT_COMMUNITY_NAME
        return f"{name}人民调解委员会"

    # --- context ----------------------------------------------------------------------------------------------
    def case_file(self, case_id: int, *, unmasked: bool = False, today: date | None = None) -> CaseFile:
        """The file's documents with their contexts; raises UserError for a case that is not there."""
        detail = self._mediation.case(case_id, today)
        if detail is None:
            raise UserError("该案件已不存在（可能已被删除）")
        return plan(self.data(detail, unmasked=unmasked, today=today or date.today()))

    def data(self, detail: CaseDetail, *, unmasked: bool, today: date) -> CaseFileData:
        committee = self._committee()
        parties = [self._party(p.values, unmasked) for p in detail.parties]
        agreement = self._agreement(detail)
        copies = []
        if agreement is not None:
            count = len(parties) + 1
            copies = [
                {"label": f"第{n}份（共{count}份）：{p['role']}{p['name']}持有"} for n, p in enumerate(parties, start=1)
            ] + [{"label": f"第{count}份（共{count}份）：人民调解委员会存档"}]
        return CaseFileData(
            committee=committee,
            filed_on=chinese_date(today),
            case=self._case(detail),
            parties=parties,
            applied=detail.values.source == "当事人申请",
            investigations=[
                {"seq": str(n), "at": _time(i.values.at), "date": chinese_date(i.values.at.date()),
                 "place": i.values.place, "investigator": i.values.investigator, "subject": i.values.subject,
                 "content": i.values.content}
                for n, i in enumerate(detail.investigations, start=1)
            ],
            sessions=[
                {"seq": str(n), "at": _time(s.values.at), "date": chinese_date(s.values.at.date()),
                 "place": s.values.place, "attendees": s.values.attendees, "mediators": s.values.mediators,
                 "statements": s.values.statements, "process": s.values.process, "result": s.values.result}
                for n, s in enumerate(detail.sessions, start=1)
            ],
            agreement=agreement,
            copies=copies,
            visits=[
                {"seq": str(n), "visited_on": chinese_date(v.values.visited_on), "visitor": v.values.visitor,
                 "performance": v.values.performance, "opinion": v.values.opinion}
                for n, v in enumerate(detail.visits, start=1)
            ],
            closing=self._closing(detail),
        )  # fmt: skip

    @staticmethod
    def _party(party: PartyInput, unmasked: bool) -> dict[str, str]:
        id_number, phone = party.id_number or "", party.phone or ""
        return {
            "role": party.role,
            "name": party.name,
            "gender": codes.GENDERS.name_of(party.gender) if party.gender else "",
            "age": str(party.age) if party.age is not None else "",
            "ethnicity": codes.ETHNICITIES.name_of(party.ethnicity) if party.ethnicity else "",
            "occupation": party.occupation,
            "address": party.address,
            "phone": phone if unmasked or not phone else mask_phone(phone),
            "id_number": id_number if unmasked or not id_number else mask_id_number(id_number),
        }

    @staticmethod
    def _case(detail: CaseDetail) -> dict[str, str]:
        values = detail.values
        by_role: dict[str, list[str]] = {}
        for party in detail.parties:
            by_role.setdefault(party.values.role, []).append(party.values.name)
        return {
            "number": detail.number,
            "dispute_type": type_text(values.dispute_type, values.subtype),
            "source": values.source,
            "accepted_on": chinese_date(values.accepted_on),
            "closed_on": chinese_date(detail.closed_on) or NOT_CLOSED,
            "retention": values.retention,
            "summary": values.summary,
            "amount": f"{rules.format_yuan(detail.amount_fen)}元" if detail.amount_fen else "无",
            "mediators": "、".join(m.name for m in detail.mediators) or "（尚未指派）",
            "parties": parties_text(by_role),
            "party_names": "、".join(p.values.name for p in detail.parties),
            "party_roles": "；".join(f"{role}：{'、'.join(names)}" for role, names in by_role.items()),
            "level": values.escalation_level,
            "status": detail.status,
        }

    @staticmethod
    def _agreement(detail: CaseDetail) -> dict[str, Any] | None:
        if detail.outcome not in rules.SUCCESS_OUTCOMES or detail.agreed_on is None:
            return None
        method = detail.performance_method.strip().rstrip("。；;，,")
        due = chinese_date(detail.performance_due)
        if method and due:
            performance = f"{method}，于{due}前履行完毕。"
        elif method or due:
            performance = f"{method}。" if method else f"于{due}前履行完毕。"
        else:
            performance = "按协议约定履行。"
        return {
            "kind": detail.outcome,
            "agreed_on": chinese_date(detail.agreed_on),
            "content": detail.agreement_content,
            "performance": performance,
            "copies": str(len(detail.parties) + 1),
            "mediators": [m.name for m in detail.mediators] or [""],  # one signature line per mediator
        }

    @staticmethod
    def _closing(detail: CaseDetail) -> dict[str, str]:
        outcome = detail.outcome
        if outcome in rules.SUCCESS_OUTCOMES:
            text, result = rules.OUTCOMES.name_of(outcome), f"达成{outcome}：{detail.agreement_content}"
            performance = detail.visits[-1].values.performance if detail.visits else "尚未回访"
        elif outcome == rules.FAILED:
            routes = "、".join(detail.routes_told)
            text, result, performance = "调解不成", f"调解不成，已告知当事人可通过{routes}途径解决。", "不适用"
        elif outcome == rules.TERMINATED:
            text, result = "终止调解", f"终止调解。原因：{detail.termination_reason}"
            performance = "不适用"
        else:
            text, result, performance = f"{NOT_CLOSED}（{detail.status}）", f"案件{detail.status}，{NOT_CLOSED}。", "—"
        values = detail.values
        prevented = f"{values.prevented_cases}件{values.prevented_people}人" if values.prevented_cases else "无"
        return {
            "outcome": text,
            "detail": result,
            "performance": performance,
            "prevented": prevented,
            "petition": "是" if values.prevented_petition else "否",
            "sessions": f"{len(detail.sessions)}次",
        }

    # --- export -----------------------------------------------------------------------------------------------
    def export(
        self,
        case_id: int,
        out_path: Path,
        *,
        unmasked: bool = False,
        today: date | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """The whole 卷宗 as .docx or .pdf (by the file's suffix); nothing is left behind on failure."""
        out_path = Path(out_path)
        suffix = out_path.suffix.lower()
        if suffix not in SUFFIXES:
            raise UserError(f"卷宗只能保存为 Word（.docx）或 PDF（.pdf）文件：{out_path.name}")
        case_file = self.case_file(case_id, unmasked=unmasked, today=today)
        from community_desk.exports import case_file_pdf  # reportlab: only when a file is written

        try:
            if suffix == ".pdf":
                return case_file_pdf.write_pdf(case_file, out_path, progress=progress)
            pages = case_file_pdf.layout_pages(case_file)  # the Word file's cached page numbers
            return write_docx(case_file, out_path, pages, progress=progress)
        except (WordExportError, case_file_pdf.PdfExportError) as error:
            raise UserError(str(error)) from error
        except OSError as error:
            raise UserError(f"无法保存 {out_path}：{error.strerror or error}") from error

    def forms(self, case_id: int) -> list[tuple[str, str]]:
        """(bookmark, what the menu shows) for each document of the file except the 备考表."""
        case_file = self.case_file(case_id)
        return [
            (p.bookmark, f"{p.title}（{p.note}）" if p.note else p.title) for p in case_file.parts if p.key != "remarks"
        ]

    def export_form(
        self, case_id: int, bookmark: str, out_path: Path, *, unmasked: bool = False, today: date | None = None
    ) -> Path:
        """One document of the file (e.g. the 协议书 with all its copies) as its own .docx."""
        out_path = Path(out_path)
        if out_path.suffix.lower() != ".docx":
            raise UserError(f"文书只能保存为 Word（.docx）文件：{out_path.name}")
        one = single_form(self.case_file(case_id, unmasked=unmasked, today=today), bookmark)
        if not one.parts:
            raise UserError("该文书已不在卷宗中（案件可能已被修改），请重新打开案件。")
        part = one.parts[0]
        try:
            rendered = render_template(part.template, one.context(part, one.estimated_pages())).docx
            use_supplementary_font(rendered.element.body)
            return save_atomic(rendered, out_path)
        except WordExportError as error:
            raise UserError(str(error)) from error
        except OSError as error:
            raise UserError(f"无法保存 {out_path}：{error.strerror or error}") from error


def for_mediation(service: MediationReader) -> CaseDocumentService:
    """The document service over the database a MediationService reads (what the case dialog has at hand)."""
    return CaseDocumentService(service, service._path)
