"""月度工作报告 outputs: the PDF, the Word file from its template, the preview HTML and the chart images, read back."""

from __future__ import annotations

import io
import runpy
from datetime import date, datetime
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docxtpl import DocxTemplate
from PIL import Image
from pypdf import PdfReader

from community_desk.domain.report import (
    Count,
    DutyFigures,
    EventFigures,
    MediationFigures,
    MonthColumn,
    PopulationFigures,
    Report,
    ReportFigures,
    ReportPeriod,
    ReportStatus,
    ReportText,
    VolunteerFigures,
    sum_months,
)
from community_desk.domain.report_sections import charts
from community_desk.exports import word
from community_desk.exports.report_charts import chart_png
from community_desk.exports.report_docx import TEMPLATE, report_context, write_report_docx
from community_desk.exports.report_html import CHART_URL_PREFIX, report_html
from community_desk.exports.report_pdf import write_report_pdf
from community_desk.exports.word import template_variables

COMMUNITY = "幸福里社区"
HEADINGS = (
    "一、人口概况",
    "二、值班值守",
    "三、矛盾调解",
    "四、志愿服务",
    "五、社区活动",
    "六、",  # 下月/下年度工作计划及存在问题: see test_report_rules
)
PLAN = "开展冬季消防安全检查\n组织重阳节后续慰问"
PROBLEMS = "部分楼栋志愿者不足 <待补充> & 需协调"


def month_figures(month: int) -> ReportFigures:
    return ReportFigures(
        population=PopulationFigures(
            households=1560,
            residents=4321 + month,
            moved_in=12,
            moved_out=7,
            births=2,
            deaths=1,
            special_groups=(Count("低保户", 23), Count("残疾人", 41), Count("独居老人", 17), Count("退役军人", 0)),
            aged_80=210,
            aged_90=38,
        ),
        duty=DutyFigures(shifts=62, calls=145, visits=88, incidents=2, open_handover_items=3),
        mediation=MediationFigures(
            talks=19,
            received=9,
            succeeded=7,
            concluded=8,
            amount_fen=1_250_000,
            by_type=(Count("邻里纠纷", 4), Count("婚姻家庭纠纷", 3), Count("物业纠纷", 2)),
            prevented_cases=2,
            prevented_people=6,
            follow_up_visits=5,
            topics=3,
            resolutions=2,
            carried_out=1,
        ),
        volunteers=VolunteerFigures(
            active_volunteers=57,
            services=133,
            minutes=24_330,
            by_team=(Count("助老服务队", 12_000), Count("环境卫生队", 7_830), Count("未编队", 4_500)),
            short_of_norm=("王䶮", "李四"),
        ),
        events=EventFigures(
            events=14, participants=612, by_category=(Count("文化", 6), Count("党建", 5), Count("节日", 3))
        ),
    )


def text() -> ReportText:
    return ReportText(plan=PLAN, problems=PROBLEMS, compiled_by="张秘书", compiled_on=date(2026, 11, 2))


def monthly_report(status: ReportStatus = ReportStatus.DRAFT) -> Report:
    finalised = datetime(2026, 11, 3, 9, 30) if status is ReportStatus.FINAL else None
    return Report(COMMUNITY, ReportPeriod.month(2026, 10), month_figures(10), text(), status, finalised)


def annual_report() -> Report:
    months = tuple(
        MonthColumn(period, month_figures(period.number), final=period.number < 12)
        for period in ReportPeriod.whole_year(2026).months()
    )
    figures = sum_months([column.figures for column in months])
    return Report(COMMUNITY, ReportPeriod.whole_year(2026), figures, text(), ReportStatus.FINAL,
                  datetime(2027, 1, 5, 10), months)  # fmt: skip


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The four files, written once for the module (the PDF and .docx tests only read them)."""
    folder = tmp_path_factory.mktemp("reports")
    files = {}
    for name, report in (("month", monthly_report()), ("year", annual_report())):
        files[f"{name}.pdf"] = folder / f"{name}.pdf"
        files[f"{name}.docx"] = folder / f"{name}.docx"
        write_report_pdf(report, files[f"{name}.pdf"])
        write_report_docx(report, files[f"{name}.docx"])
    return files


# --- charts ------------------------------------------------------------------------------------------------------
def test_chart_png_has_the_asked_size_and_is_deterministic() -> None:
    chart = charts(month_figures(10))[0]
    data = chart_png(chart, 900, 420)
    image = Image.open(io.BytesIO(data))
    assert (image.format, image.size) == ("PNG", (900, 420))
    assert chart_png(chart, 900, 420) == data
    assert Image.open(io.BytesIO(chart_png(chart))).size == (1200, 600)
    # The bars are drawn: the picture is not just a title on white.
    assert image.convert("RGB").getcolors(1_000_000) and len(image.convert("RGB").getcolors(1_000_000)) > 10


# --- HTML --------------------------------------------------------------------------------------------------------
def test_html_escapes_the_secretarys_text_and_has_an_image_per_chart() -> None:
    report = monthly_report()
    html = report_html(report)
    assert "&lt;待补充&gt; &amp; 需协调" in html
    assert "<待补充>" not in html
    keys = [chart.key for chart in charts(report.figures)]
    assert len(keys) == 3
    assert html.count("<img ") == len(keys)
    for key in keys:
        assert f'src="{CHART_URL_PREFIX}{key}"' in html
    for heading in HEADINGS:
        assert heading in html
    assert "草稿" in html and COMMUNITY in html and "张秘书" in html


def test_html_leaves_out_charts_without_data() -> None:
    report = monthly_report()
    figures = ReportFigures(population=report.figures.population, events=report.figures.events)
    html = report_html(Report(COMMUNITY, report.period, figures, report.text))
    assert html.count("<img ") == 1 and f"{CHART_URL_PREFIX}events" in html


# --- Word --------------------------------------------------------------------------------------------------------
def _docx_text(path: Path) -> str:
    document = Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_docx_template_reads_only_what_the_code_supplies() -> None:
    assert template_variables(TEMPLATE) <= set(report_context(monthly_report(), {}))


def test_generator_rebuilds_the_committed_template(tmp_path: Path) -> None:
    generator = runpy.run_path(str(word.TEMPLATE_DIR / "make_monthly_report.py"))
    rebuilt = generator["build"](tmp_path / "monthly_report.docx")
    assert DocxTemplate(rebuilt).get_undeclared_template_variables() == template_variables(TEMPLATE)
    styles = Document(str(rebuilt)).styles.element
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert defaults.get(qn("w:eastAsia")) == word.BODY_FONT


def test_docx_pages_name_the_community_and_number_themselves(written: dict[str, Path]) -> None:
    section = Document(str(written["month.docx"])).sections[0]
    assert section.header.paragraphs[0].text == f"{COMMUNITY}\t2026年10月工作报告（草稿）"
    footer = section.footer.paragraphs[0]._p.xml
    assert "PAGE" in footer and "NUMPAGES" in footer and "共" in footer
    year = Document(str(written["year.docx"])).sections[0]
    assert year.header.paragraphs[0].text == f"{COMMUNITY}\t2026年度工作总结"


@pytest.mark.parametrize("name", ["month", "year"])
def test_docx_has_the_sections_figures_plan_and_one_image_per_chart(written: dict[str, Path], name: str) -> None:
    path = written[f"{name}.docx"]
    document = Document(str(path))
    body = _docx_text(path)
    for heading in HEADINGS:
        assert heading in body
    assert "开展冬季消防安全检查" in body and "组织重阳节后续慰问" in body
    assert "部分楼栋志愿者不足 <待补充> & 需协调" in body
    assert f"{COMMUNITY}2026年" in body and "张秘书" in body and "2026年11月2日" in body
    assert "调解成功率87.5%" in body or "调解成功率 87.5%" in body
    figures = annual_report().figures if name == "year" else monthly_report().figures
    assert len(document.inline_shapes) == len(charts(figures)) == 3
    if name == "month":
        assert "志愿者：2人（王䶮、李四）" in body  # a rare name character kept
        assert "六、下月工作计划及存在问题" in body
    else:
        assert "志愿者：共2人" in body and "王䶮" not in body  # a summary counts them
        assert "六、下年度工作计划及存在问题" in body and "（一）2027年工作计划" in body


def test_docx_month_report_has_its_tables(written: dict[str, Path]) -> None:
    document = Document(str(written["month.docx"]))
    tables = {tuple(cell.text for cell in table.rows[0].cells): table for table in document.tables}
    groups = tables[("重点人群", "人数")]
    assert [tuple(c.text for c in row.cells) for row in groups.rows[1:3]] == [("低保户", "23"), ("残疾人", "41")]
    assert ("志愿队伍", "服务时长（小时）") in tables
    assert "4321" in _docx_text(written["month.docx"]) or "4331" in _docx_text(written["month.docx"])
    assert "草稿" in _docx_text(written["month.docx"])


def test_docx_annual_report_has_the_month_by_month_table(written: dict[str, Path]) -> None:
    document = Document(str(written["year.docx"]))
    people, work = [t for t in document.tables if t.rows[0].cells[0].text == "月份"]
    assert people.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on a new page
    assert (len(people.columns), len(work.columns)) == (11, 10)
    assert len(people.rows) == len(work.rows) == 13
    assert [row.cells[0].text for row in people.rows[1:3]] == ["1月", "2月"]
    assert people.rows[12].cells[0].text == "12月（草稿）"
    assert people.rows[1].cells[2].text == "4322"
    assert work.rows[0].cells[-1].text == "参与人次"
    body = _docx_text(written["year.docx"])
    assert "2026年度工作总结" in body and "定稿" in body and "草稿（未定稿" not in body


# --- PDF ---------------------------------------------------------------------------------------------------------
def _pdf_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.parametrize("name", ["month", "year"])
def test_pdf_has_headings_figures_header_and_page_numbers(written: dict[str, Path], name: str) -> None:
    pages = _pdf_text(written[f"{name}.pdf"])
    whole = "\n".join(pages)
    for heading in HEADINGS:
        assert heading in whole
    assert all(COMMUNITY in page for page in pages)  # the page header
    assert "第 1 页" in pages[0] and f"共 {len(pages)} 页" in pages[-1]
    assert "调解成功率87.5%" in whole
    assert "张秘书" in whole and "开展冬季消防安全检查" in whole
    assert "<待补充> & 需协调" in whole
    if name == "year":
        assert "附一：分月情况（人口与值班）" in whole and "12月（草稿）" in whole and "2026年度工作总结" in whole
    else:
        assert "4331" in whole and "草稿" in whole and "王䶮" in whole


@pytest.mark.parametrize("name", ["month", "year"])
def test_pdf_embeds_every_font(written: dict[str, Path], name: str) -> None:
    seen = 0
    for page in PdfReader(written[f"{name}.pdf"]).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"unembedded font {font.get('/BaseFont')}"
            assert "/FontFile2" in descriptor.get_object()
            seen += 1
    assert seen


def test_pdf_draws_one_image_per_chart(written: dict[str, Path]) -> None:
    images = sum(len(page.images) for page in PdfReader(written["month.pdf"]).pages)
    assert images == len(charts(monthly_report().figures))


def test_final_report_is_not_marked_draft(tmp_path: Path) -> None:
    out = tmp_path / "final.pdf"
    write_report_pdf(monthly_report(ReportStatus.FINAL), out)
    whole = "\n".join(_pdf_text(out))
    assert "草稿" not in whole and "定稿（2026年11月3日）" in whole


def test_an_empty_report_prints_without_charts(tmp_path: Path) -> None:
    """A new community's first month: all zeros, no breakdowns, nothing typed yet."""
    report = Report(COMMUNITY, ReportPeriod.month(2026, 1), ReportFigures(), ReportText())
    write_report_pdf(report, tmp_path / "empty.pdf")
    write_report_docx(report, tmp_path / "empty.docx")
    whole = "\n".join(_pdf_text(tmp_path / "empty.pdf"))
    assert "（未填写）" in whole and "调解成功率" in whole
    assert not sum(len(page.images) for page in PdfReader(tmp_path / "empty.pdf").pages)
    assert not Document(str(tmp_path / "empty.docx")).inline_shapes
    assert "<img" not in report_html(report)


def test_writers_replace_an_existing_file_and_leave_no_temporary_files(tmp_path: Path) -> None:
    for suffix, write in ((".pdf", write_report_pdf), (".docx", write_report_docx)):
        target = tmp_path / f"报告{suffix}"
        target.write_bytes(b"old")
        write(monthly_report(), target)
        assert target.read_bytes() != b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["报告.docx", "报告.pdf"]
