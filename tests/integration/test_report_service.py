"""月度工作报告: drafts follow the registry, a final report never changes, 季报/年报 sum their months."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from sqlalchemy import inspect, select

from community_desk.app import Services
from community_desk.db import migrate
from community_desk.db.engine import make_engine
from community_desk.db.models import AuditEntry, Setting
from community_desk.domain.report import ReportFigures, ReportPeriod, ReportStatus, ReportText
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.services.errors import UserError
from community_desk.services.reports import ReportService

MARCH = ReportPeriod.month(2025, 3)


@pytest.fixture
def building_id(services: Services) -> int:
    grid = services.residents.create_grid("第一网格")
    return services.residents.create_building(grid, "3号楼")


def move_in(services: Services, building_id: int, name: str, on: date) -> int:
    """A new one-person household; returns the head's resident id."""
    household_id = services.residents.create_household(
        HouseholdInput(building_id, "1", f"{on:%m%d}{len(name)}"), ResidentInput(name=name), on
    )
    detail = services.registry.household(household_id)
    assert detail is not None
    return detail.members[0].resident_id


def rename_community(services: Services, name: str) -> None:
    with services.database.session_factory() as session, session.begin():
        session.merge(Setting(key="community_name", value=name))


def stored_figures(services: Services, period: ReportPeriod) -> ReportFigures:
    with closing(sqlite3.connect(services.database.path)) as connection:
        (text,) = connection.execute(
            "SELECT figures_json FROM monthly_report WHERE kind = ? AND year = ? AND number = ?",
            (period.kind.value, period.year, period.number),
        ).fetchone()
    return ReportFigures.from_json_dict(json.loads(text))


def audit_rows(services: Services, action: str) -> list[AuditEntry]:
    with services.database.session_factory() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_a_draft_is_recomputed_every_time(services: Services, building_id: int) -> None:
    move_in(services, building_id, "张三", date(2025, 3, 10))
    move_in(services, building_id, "李四", date(2025, 4, 2))  # next month: not in March's figures
    first = services.reports.report(MARCH)
    assert first.status is ReportStatus.DRAFT and first.community == "本社区"
    assert (first.figures.population.residents, first.figures.population.moved_in) == (1, 1)

    move_in(services, building_id, "王五", date(2025, 3, 20))
    again = services.reports.report(MARCH)
    assert (again.figures.population.residents, again.figures.population.moved_in) == (2, 2)


def test_a_final_report_stays_as_it_was_handed_in(services: Services, building_id: int) -> None:
    zhang = move_in(services, building_id, "张三", date(2025, 3, 10))
    move_in(services, building_id, "李四", date(2025, 3, 12))
    rename_community(services, "幸福社区")
    services.reports.save_text(MARCH, ReportText(plan="1. 入户核查", problems="停车难"))
    final = services.reports.finalise(MARCH)
    assert final.status is ReportStatus.FINAL and final.finalised_at is not None
    assert final.community == "幸福社区" and final.figures.population.residents == 2
    assert final.title == "幸福社区2025年3月工作报告"

    move_in(services, building_id, "王五", date(2025, 3, 20))
    services.residents.move_out(zhang, date(2025, 3, 25))
    rename_community(services, "和平社区")

    assert services.reports.report(MARCH) == final
    assert stored_figures(services, MARCH) == final.figures
    services.reports.reopen(MARCH, "补录迁入人员")
    redone = services.reports.report(MARCH)  # the changes are real: the draft sees them
    assert redone.community == "和平社区"
    assert (redone.figures.population.residents, redone.figures.population.moved_out) == (2, 1)
    assert redone.text.plan == "1. 入户核查"  # reopening keeps the text


def test_finalising_fills_compiler_and_date_and_is_audited(services: Services, building_id: int) -> None:
    reports = ReportService(services.database.path, services.database.session_factory, actor="李书记")
    final = reports.finalise(MARCH)
    assert (final.text.compiled_by, final.text.compiled_on) == ("李书记", date.today())
    [entry] = audit_rows(services, "finalise")
    assert entry.actor == "李书记" and "2025年3月月报定稿" in entry.summary
    with pytest.raises(UserError, match="已定稿"):
        reports.finalise(MARCH)
    with pytest.raises(UserError, match="尚未开始"):
        reports.finalise(ReportPeriod.month(date.today().year + 1, 1))


def test_reopening_needs_a_reason_and_audits_it(services: Services, building_id: int) -> None:
    with pytest.raises(UserError, match="尚未定稿"):
        services.reports.reopen(MARCH, "数字有误")
    services.reports.finalise(MARCH)
    with pytest.raises(UserError, match="原因") as refused:
        services.reports.reopen(MARCH, "   ")
    assert refused.value.field == "reason"
    assert services.reports.report(MARCH).final

    services.reports.reopen(MARCH, "  漏报一起调解案件 ")
    assert services.reports.report(MARCH).status is ReportStatus.DRAFT
    [entry] = audit_rows(services, "reopen")
    assert "漏报一起调解案件" in entry.summary
    assert json.loads(entry.after or "{}")["reason"] == "漏报一起调解案件"
    with closing(sqlite3.connect(services.database.path)) as connection:
        assert connection.execute("SELECT figures_json, status FROM monthly_report").fetchone() == (None, "草稿")


def test_text_is_kept_on_a_draft_and_refused_on_a_final_report(services: Services) -> None:
    services.reports.save_text(MARCH, ReportText(plan="  开展消防演练\n走访独居老人  ", compiled_by=" 李书记 "))
    text = services.reports.report(MARCH).text
    assert (text.plan, text.compiled_by) == ("开展消防演练\n走访独居老人", "李书记")
    with pytest.raises(UserError, match="过长") as refused:
        services.reports.save_text(MARCH, ReportText(problems="问" * 5001))
    assert refused.value.field == "problems"

    services.reports.finalise(MARCH)
    with pytest.raises(UserError, match=r"已定稿.*先重新打开"):
        services.reports.save_text(MARCH, ReportText(plan="改过的计划"))
    assert services.reports.report(MARCH).text.plan == "开展消防演练\n走访独居老人"
    assert len(audit_rows(services, "create")) == 1  # the refused saves wrote nothing


def test_quarter_sums_a_frozen_month_and_two_drafts(services: Services, building_id: int) -> None:
    move_in(services, building_id, "一月甲", date(2025, 1, 10))
    services.reports.finalise(ReportPeriod.month(2025, 1))
    move_in(services, building_id, "一月乙", date(2025, 1, 20))  # after January was handed in
    move_in(services, building_id, "二月", date(2025, 2, 5))
    move_in(services, building_id, "三月", date(2025, 3, 5))

    quarter = services.reports.report(ReportPeriod.quarter(2025, 1))
    assert [(c.period.number, c.final, c.figures.population.moved_in) for c in quarter.months] == [
        (1, True, 1),
        (2, False, 1),
        (3, False, 1),
    ]
    assert quarter.figures.population.moved_in == 3  # January as handed in, not recounted
    assert quarter.figures.population.residents == 4  # a stock: March's

    final = services.reports.finalise(ReportPeriod.quarter(2025, 1))
    move_in(services, building_id, "四月", date(2025, 3, 30))
    assert services.reports.report(ReportPeriod.quarter(2025, 1)) == final
    assert [c.final for c in final.months] == [True, False, False]


def test_annual_report_has_a_column_per_month_that_has_begun(services: Services) -> None:
    this_year = date.today().year
    assert len(services.reports.report(ReportPeriod.whole_year(2025)).months) == 12
    assert len(services.reports.report(ReportPeriod.whole_year(this_year)).months) == date.today().month
    future = services.reports.report(ReportPeriod.whole_year(this_year + 1))
    assert future.months == () and future.figures == ReportFigures()


def test_reports_of_a_year_list_drafts_and_final_ones(services: Services) -> None:
    services.reports.finalise(ReportPeriod.quarter(2025, 1))
    services.reports.save_text(ReportPeriod.month(2025, 2), ReportText(plan="计划"))
    services.reports.finalise(ReportPeriod.month(2025, 1))
    services.reports.save_text(ReportPeriod.month(2024, 12), ReportText(plan="去年"))
    rows = services.reports.reports(2025)
    assert [(row.period.key, row.status) for row in rows] == [
        ("2025-01", ReportStatus.FINAL),
        ("2025-02", ReportStatus.DRAFT),
        ("2025Q1", ReportStatus.FINAL),
    ]
    assert rows[0].finalised_at is not None and rows[0].finalised_by
    assert rows[1].finalised_at is None and rows[1].finalised_by == ""


def test_export_writes_pdf_and_docx_and_refuses_other_files(services: Services, tmp_path: Path) -> None:
    rename_community(services, "幸福社区")
    pdf = services.reports.export(MARCH, tmp_path / "三月.pdf")
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "幸福社区" in text and "2025年3月工作报告" in text
    docx = services.reports.export(ReportPeriod.quarter(2025, 1), tmp_path / "一季度.docx")
    assert any("2025年第一季度工作总结" in p.text for p in Document(str(docx)).paragraphs)
    with pytest.raises(UserError, match=r"只能保存为 \.pdf 或 \.docx"):
        services.reports.export(MARCH, tmp_path / "三月.txt")
    assert not (tmp_path / "三月.txt").exists()
    for missing in (tmp_path / "无此文件夹" / "三月.pdf", tmp_path / "无此文件夹" / "三月.docx"):
        with pytest.raises(UserError, match="保存位置不存在"):
            services.reports.export(MARCH, missing)


def test_upgrade_from_0007_adds_the_report_table(tmp_path: Path) -> None:
    from alembic import command

    engine = make_engine(tmp_path / "old.sqlite3")
    config = migrate.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0007")
    assert "monthly_report" not in inspect(engine).get_table_names()
    assert migrate.upgrade(engine) is True
    assert "monthly_report" in inspect(engine).get_table_names()
    assert migrate.current_revision(tmp_path / "old.sqlite3") == "0008"
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0007")
    assert "monthly_report" not in inspect(engine).get_table_names()
    engine.dispose()


def test_demo_has_final_months_and_a_draft_last_month(services: Services) -> None:
    from community_desk.services.demo import generate_demo
    from community_desk.services.report_figures import ReportFiguresReader

    generate_demo(services.database.session_factory, households=40, today=date(2026, 11, 23))
    rows = services.reports.reports(2025) + services.reports.reports(2026)
    assert [row.period.key for row in rows] == ["2025-12", *(f"2026-{m:02d}" for m in range(1, 11))]
    assert [row.status for row in rows] == [ReportStatus.FINAL] * 10 + [ReportStatus.DRAFT]
    september = services.reports.report(ReportPeriod.month(2026, 9))
    assert september.community == "示范社区" and september.text.plan and september.text.compiled_on
    assert september.figures == ReportFiguresReader(services.database.path).month(september.period)
    assert september.figures.population.residents > 0 and september.figures.duty.shifts > 0
    october = services.reports.report(ReportPeriod.month(2026, 10))
    assert not october.final and october.text.plan and october.text.problems
