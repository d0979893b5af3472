"""志愿服务记录证明: issue (or find again) a numbered certificate and write it as .docx or PDF.

The register row is keyed by (volunteer, period): printing the same volunteer and period again returns the
same 证明编号 and the figures stored at first issue (a reprint is a copy, not a new certificate); only the
print count and time change. Numbers run per year of issue and never go back (VolunteerSequence "C").
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from community_desk.domain import volunteers as rules
from community_desk.services.errors import UserError
from community_desk.services.volunteer_dto import CertificateData, ServiceRecordRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from community_desk.db.unit_of_work import UnitOfWork

DEFAULT_ISSUER = "本社区居民委员会"


def content_summary(records: list[ServiceRecordRow]) -> str:
    """服务内容/项目: categories by hours, then the most frequent contents (what a certificate reader wants)."""
    by_category: dict[str, int] = {}
    contents: dict[str, int] = {}
    for record in records:
        by_category[record.category] = by_category.get(record.category, 0) + record.minutes
        contents[record.content] = contents.get(record.content, 0) + 1
    parts = [f"{name}{rules.hours_text(minutes)}小时" for name, minutes in sorted(by_category.items(),
                                                                                key=lambda item: -item[1])]
    top = [name for name, _ in sorted(contents.items(), key=lambda item: -item[1])[:5]]
    return "；".join(parts) + ("。主要项目：" + "、".join(top) if top else "")


class CertificateIssuer:
    """Mixed into VolunteerService: needs its reader methods and _uow()."""

    def _uow(self) -> UnitOfWork:  # pragma: no cover - provided by VolunteerService
        raise NotImplementedError

    def issue_certificate(
        self,
        volunteer_id: int,
        period_from: date | None = None,
        period_to: date | None = None,
        responsible: str = "",
        handler: str = "",
        issued_on: date | None = None,
    ) -> CertificateData:
        """The certificate for the volunteer and period, numbered on first issue; later calls reprint it."""
        from sqlalchemy import select

        from community_desk.db.models.volunteers import VolunteerCertificate
        from community_desk.services.volunteers import next_sequence

        reader = self  # VolunteerReader methods
        volunteer = reader.volunteer(volunteer_id)  # type: ignore[attr-defined]
        if volunteer is None:
            raise UserError("该志愿者已不存在")
        all_records = reader.service_records(volunteer_id=volunteer_id)  # type: ignore[attr-defined]
        if not all_records:
            raise UserError(f"{volunteer.name} 还没有服务记录，不能出具证明")
        period_from = period_from or min(r.start for r in all_records).date()
        period_to = period_to or max(r.start for r in all_records).date()
        if period_to < period_from:
            raise UserError("证明的结束日期不能早于开始日期", field="period_to")
        records = [r for r in all_records if period_from <= r.start.date() <= period_to]
        records.sort(key=lambda r: r.start)
        with self._uow() as uow:
            session: Session = uow.session
            certificate = session.scalar(
                select(VolunteerCertificate).where(
                    VolunteerCertificate.volunteer_id == volunteer_id,
                    VolunteerCertificate.period_from == period_from,
                    VolunteerCertificate.period_to == period_to,
                )
            )
            now = datetime.now().replace(microsecond=0)
            if certificate is not None:
                certificate.print_count += 1
                certificate.last_printed_at = now
                uow.audit("reprint", "volunteer_certificate", certificate.id,
                          f"补打志愿服务记录证明 {certificate.number}（{volunteer.name}）")
            else:
                if not records:
                    raise UserError("所选时间段内没有服务记录", field="period_from")
                issued_on = issued_on or date.today()
                year = issued_on.year
                seq = next_sequence(session, "C", year)
                short = reader.setting("community_short")  # type: ignore[attr-defined]
                issuer = reader.setting("community_committee", "community_name")  # type: ignore[attr-defined]
                if issuer and not issuer.endswith(("委员会", "居委会")):
                    issuer += "居民委员会"
                certificate = VolunteerCertificate(
                    number=rules.certificate_number(year, seq, short),
                    year=year,
                    seq=seq,
                    volunteer_id=volunteer_id,
                    period_from=period_from,
                    period_to=period_to,
                    minutes=sum(r.minutes for r in records),
                    content=content_summary(records),
                    issuer=issuer or DEFAULT_ISSUER,
                    responsible=responsible.strip(),
                    handler=handler.strip() or uow.actor,
                    issued_on=issued_on,
                    print_count=1,
                    last_printed_at=now,
                )
                session.add(certificate)
                session.flush()
                uow.audit("create", "volunteer_certificate", certificate.id,
                          f"出具志愿服务记录证明 {certificate.number}（{volunteer.name}）")
            return CertificateData(
                number=certificate.number,
                name=volunteer.name,
                id_type=volunteer.id_type or "居民身份证",
                id_number=volunteer.id_number,
                volunteer_number=volunteer.number,
                period_from=certificate.period_from,
                period_to=certificate.period_to,
                minutes=certificate.minutes,
                content=certificate.content,
                issuer=certificate.issuer,
                responsible=certificate.responsible,
                handler=certificate.handler,
                issued_on=certificate.issued_on,
                records=tuple(records),
            )

    def write_certificate(
        self, volunteer_id: int, out_path: Path, period_from: date | None = None, period_to: date | None = None,
        responsible: str = "", handler: str = "",
    ) -> tuple[Path, CertificateData]:
        """Issue (or reprint) and write .docx or .pdf by the file's suffix."""
        from community_desk.exports import volunteer_certificate as document

        data = self.issue_certificate(volunteer_id, period_from, period_to, responsible, handler)
        out_path = Path(out_path)
        if out_path.suffix.lower() == ".pdf":
            return document.write_pdf(data, out_path), data
        if out_path.suffix.lower() != ".docx":
            raise UserError("证明只能保存为 .docx 或 .pdf 文件")
        return document.write_docx(data, out_path), data


def year_period(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year + 1, 1, 1) - timedelta(days=1)
