"""人民调解 forms: each template declares exactly what the code supplies, and each printed form carries every
element domain.md §3 (and 人民调解法 Art. 23–24, 28–30) asks for, filled, masked by default, with rare characters."""

from __future__ import annotations

import runpy
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from pathlib import Path

import pytest
from docx import Document
from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docxtpl import DocxTemplate

from community_desk.app import Services, open_database
from community_desk.domain.idcard import check_character, mask_id_number, mask_phone
from community_desk.exports import word
from community_desk.exports.case_file import COVER_TEMPLATE, FORMS, CaseFile
from community_desk.exports.word import template_variables
from community_desk.services.case_documents import CaseDocumentService
from community_desk.services.mediation_dto import (
    AgreementInput,
    CaseInput,
    InvestigationInput,
    MediatorInput,
    PartyInput,
    SessionInput,
    VisitInput,
)

ACCEPTED = date(2026, 3, 2)
TODAY = date(2026, 11, 23)
ID_A = "11010519800307001" + check_character("11010519800307001")  # 王䶮, male
ID_B = "11010519740512002" + check_character("11010519740512002")  # 𠮷田, female
PHONE_A, PHONE_B = "13912345678", "13700001111"
SUMMARY = "𠮷田家卫生间防水层破损，渗水至楼下王䶮家顶棚，墙皮脱落。双方对赔偿数额争执不下。"
CONTENT = "𠮷田于2026年3月20日前修复卫生间防水层，并赔偿王䶮墙面修复费3200元。"
RIGHTS = ("选择或者接受人民调解员", "接受调解、拒绝调解或者要求终止调解", "要求调解公开进行或者不公开进行",
          "自主表达意愿、自愿达成调解协议")  # fmt: skip
DUTIES = ("如实陈述纠纷事实", "遵守调解现场秩序，尊重人民调解员", "尊重对方当事人行使权利")


def parties() -> list[PartyInput]:
    return [
        PartyInput("申请人", "王䶮", gender="1", age=45, id_number=ID_A, ethnicity="01", occupation="教师",
                   address="第一网格3号楼2单元501", phone=PHONE_A),
        PartyInput("被申请人", "𠮷田", gender="2", age=52, id_number=ID_B, ethnicity="03", occupation="个体经营",
                   address="第一网格3号楼2单元601", phone=PHONE_B),
    ]  # fmt: skip


def session_input(day: date, result: str, n: int = 1) -> SessionInput:
    return SessionInput(datetime(day.year, day.month, day.day, 14, 30), f"敞心阁{n}号室", "王䶮、𠮷田、周调解",
                        "周调解、吴律师", f"王䶮要求赔偿（第{n}次）", f"调解员释法说理（第{n}次）", result)  # fmt: skip


@dataclass
class Office:
    services: Services
    documents: CaseDocumentService
    cases: dict[str, int]
    root: Path

    def file(self, kind: str, **options) -> CaseFile:
        return self.documents.case_file(self.cases[kind], today=TODAY, **options)


def build_cases(services: Services) -> dict[str, int]:
    """书面协议 (2 parties, an investigation, 2 sessions, a visit, 结案), 口头协议, 调解不成, 主动调解 (终止) and
    a case just accepted (no mediator, no session yet)."""
    with sqlite3.connect(services.database.path) as connection:
        connection.executemany(
            "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)",
            [("community_name", "示范社区"), ("community_short", "示范")],
        )
    service = services.mediation
    m1 = service.create_mediator(MediatorInput("周调解", "专职调解员", "13800000000"))
    m2 = service.create_mediator(MediatorInput("吴律师", "律师"))

    def new(source: str, mediators: list[int]) -> int:
        data = CaseInput(ACCEPTED, source, "邻里", SUMMARY, subtype="漏水", amount="3200", prevented_cases=1,
                         prevented_people=3)  # fmt: skip
        return service.create_case(data, parties(), mediators)

    written = new("当事人申请", [m1, m2])
    service.add_investigation(
        written, InvestigationInput(datetime(2026, 3, 3, 10, 0), "𠮷田家中", "周调解", "𠮷田", "查看漏水点，听取陈述。")
    )
    service.add_session(written, session_input(date(2026, 3, 4), "分歧较大，约定再次调解", 1))
    service.add_session(written, session_input(date(2026, 3, 9), "双方达成一致", 2))
    service.record_agreement(
        written, AgreementInput("书面协议", date(2026, 3, 9), CONTENT, "现金一次付清", date(2026, 3, 20))
    )
    service.change_status(written, "履行中", date(2026, 3, 10))
    service.add_visit(written, VisitInput(date(2026, 4, 10), "周调解", "已修复防水层并付清赔偿", "满意"))
    service.change_status(written, "已结案", date(2026, 4, 12))

    oral = new("当事人申请", [m1])
    service.add_session(oral, session_input(date(2026, 3, 5), "双方达成一致"))
    service.record_agreement(oral, AgreementInput("口头协议", date(2026, 3, 5), "𠮷田当日请人修复水管。", "自行履行"))

    failed = new("当事人申请", [m1])
    service.add_session(failed, session_input(date(2026, 3, 6), "双方分歧较大"))
    service.record_failure(failed, ["仲裁", "诉讼"], date(2026, 3, 6))

    active = new("主动调解", [m2])
    service.add_session(active, session_input(date(2026, 3, 7), "申请人不愿继续"))
    service.terminate(active, "申请人撤回调解请求", date(2026, 3, 8))
    open_case = new("当事人申请", [])
    return {"written": written, "oral": oral, "failed": failed, "active": active, "open": open_case}


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("forms")
    database = open_database(root / "office.sqlite3", exclusive=False)
    services = Services(database)
    cases = build_cases(services)
    yield Office(services, CaseDocumentService(services.mediation, database.path), cases, root)
    database.close()


def form(office: Office, kind: str, key: str, index: int = 0, **options) -> WordDocument:
    """One form of a case's file as its own .docx, read back with python-docx."""
    part = [p for p in office.file(kind).parts if p.key == key][index]
    out = office.root / f"{kind}_{key}_{index}_{len(options)}.docx"
    office.documents.export_form(office.cases[kind], part.bookmark, out, today=TODAY, **options)
    return Document(str(out))


def paragraphs_of(container) -> Iterator[str]:
    for paragraph in container.paragraphs:
        yield paragraph.text
    for table in container.tables:
        for row in table.rows:
            for cell in dict.fromkeys(row.cells):
                yield from paragraphs_of(cell)


def text(document: WordDocument) -> str:
    """Every paragraph of the body, its tables (nested too), headers and footers."""
    parts = list(paragraphs_of(document))
    for section in document.sections:
        for story in (section.header, section.footer):
            parts.extend(paragraphs_of(story))
    return "\n".join(parts)


def labelled(document: WordDocument) -> dict[str, list[str]]:
    """In every table row, each cell's text → the text of the next (distinct) cell: label → values."""
    found: dict[str, list[str]] = {}
    for table in document.tables:
        for row in table.rows:
            cells = [cell.text.strip() for cell in dict.fromkeys(row.cells)]
            for label, value in pairwise(cells):
                found.setdefault(label, []).append(value)
    return found


def assert_complete(document: WordDocument) -> None:
    xml = document.element.xml + "".join(s.footer._element.xml for s in document.sections)
    assert "{{" not in xml and "{%" not in xml and "}}" not in xml


def assert_parties(document: WordDocument, masked: bool = True) -> None:
    values = labelled(document)
    for key, expected in (("姓名", ["王䶮", "𠮷田"]), ("性别", ["男", "女"]), ("年龄", ["45", "52"]),
                          ("民族", ["汉族", "回族"]), ("职业", ["教师", "个体经营"]),
                          ("住址", ["第一网格3号楼2单元501", "第一网格3号楼2单元601"])):  # fmt: skip
        assert values[key][: len(expected)] == expected, key
    ids, phones = [ID_A, ID_B], [PHONE_A, PHONE_B]
    if masked:
        ids, phones = [mask_id_number(n) for n in ids], [mask_phone(n) for n in phones]
    assert values["身份证号"][:2] == ids and values["联系电话"][:2] == phones
    assert values["申请人"][0] == "姓名" and values["被申请人"][0] == "姓名"


# --- templates and contexts agree -------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["written", "oral", "failed", "active", "open"])
def test_every_template_declares_exactly_the_variables_its_context_supplies(office: Office, kind: str) -> None:
    case_file = office.file(kind)
    assert template_variables(COVER_TEMPLATE) == set(case_file.cover_context(case_file.estimated_pages()))
    for part in case_file.parts:
        assert template_variables(part.template) == set(part.context), part.key


def test_each_form_has_its_own_template_and_all_are_used(office: Office) -> None:
    used = {p.key for kind in office.cases for p in office.file(kind).parts}
    assert used == set(FORMS)
    assert len({spec.template for spec in FORMS.values()} | {COVER_TEMPLATE}) == 11


def test_generator_rebuilds_templates_with_the_same_variables(tmp_path: Path) -> None:
    generator = runpy.run_path(str(word.TEMPLATE_DIR / "make_mediation_forms.py"))
    rebuilt = generator["build"](tmp_path)
    assert {p.name for p in rebuilt} == {Path(s.template).name for s in FORMS.values()} | {"cover.docx"}
    for path in rebuilt:
        fresh = DocxTemplate(path).get_undeclared_template_variables()
        assert fresh == template_variables(f"mediation/{path.name}"), path.name


def test_templates_are_a4_with_chinese_fonts_and_no_theme_fonts() -> None:
    for name in ("mediation/cover.docx", *(spec.template for spec in FORMS.values())):
        document = Document(str(word.template_path(name)))
        section = document.sections[0]
        assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
        styles = document.styles.element
        assert not styles.xpath(".//w:rFonts[@w:eastAsiaTheme]"), name
        defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
        assert defaults.get(qn("w:eastAsia")) == word.BODY_FONT


# --- each form, filled ------------------------------------------------------------------------------------------
def test_application_names_both_parties_the_dispute_and_the_applicant_signs(office: Office) -> None:
    document = form(office, "written", "application")
    body = text(document)
    assert "人民调解申请书" in body and "编号：（2026）示范人调字第1号" in body
    assert_parties(document)
    assert SUMMARY in body and "自愿申请人民调解委员会调解" in body and "示范社区人民调解委员会" in body
    assert "申请人王䶮（签名或按指印）：" in body and "2026年3月2日" in body
    assert_complete(document)


def test_acceptance_register_has_date_source_type_parties_summary_and_mediators(office: Office) -> None:
    document = form(office, "written", "acceptance")
    values = labelled(document)
    assert values["受理日期"] == ["2026年3月2日"] and values["纠纷来源"] == ["当事人申请"]
    assert values["纠纷类型"] == ["邻里（漏水）"] and values["涉及金额"] == ["3,200.00元"]
    assert values["纠纷简要情况"] == [SUMMARY] and values["指派调解员"] == ["周调解、吴律师"]
    assert "人民调解受理登记表" in text(document)
    assert_parties(document)
    assert_complete(document)


def test_rights_notice_lists_the_rights_and_duties_of_articles_23_and_24(office: Office) -> None:
    document = form(office, "written", "rights_notice")
    body = text(document)
    for item in (*RIGHTS, *DUTIES):
        assert item in body, item
    assert "王䶮、𠮷田：" in body and "不收取任何费用" in body
    assert "申请人王䶮（签名或按指印）：" in body and "被申请人𠮷田（签名或按指印）：" in body
    assert "示范社区人民调解委员会（印）" in body and "2026年3月2日" in body
    assert_complete(document)


def test_investigation_record_has_time_place_people_and_content(office: Office) -> None:
    document = form(office, "written", "investigation")
    values = labelled(document)
    assert values["调查时间"] == ["2026年3月3日 10:00"] and values["调查地点"] == ["𠮷田家中"]
    assert values["调查人"] == ["周调解"] and values["被调查人"] == ["𠮷田"]
    assert values["调查内容"] == ["查看漏水点，听取陈述。"]
    body = text(document)
    assert "第1次调查" in body and "被调查人（签名）：" in body and "调查人（签名）：" in body
    assert_complete(document)


@pytest.mark.parametrize("index", [0, 1])
def test_session_record_has_every_element_of_the_session(office: Office, index: int) -> None:
    document = form(office, "written", "session", index)
    n = index + 1
    values = labelled(document)
    day = ("2026年3月4日", "2026年3月9日")[index]
    assert values["调解时间"] == [f"{day} 14:30"] and values["调解地点"] == [f"敞心阁{n}号室"]
    assert values["参加人"] == ["王䶮、𠮷田、周调解"] and values["调解员"] == ["周调解、吴律师"]
    assert values["当事人陈述"] == [f"王䶮要求赔偿（第{n}次）"] and values["调解过程"] == [f"调解员释法说理（第{n}次）"]
    assert values["调解结果"] == [("分歧较大，约定再次调解", "双方达成一致")[index]]
    body = text(document)
    assert f"第{n}次调解" in body and "当事人（签名）：" in body and "调解员（签名）：" in body
    assert_complete(document)


def test_agreement_has_article_28_contents_and_one_copy_per_party_plus_the_committee(office: Office) -> None:
    document = form(office, "written", "agreement")
    body = text(document)
    copies = 3  # two parties + the committee
    assert body.count("当事人基本情况：") == copies
    for heading, content in (("纠纷的主要事实、争议事项及各方责任：", SUMMARY), ("当事人自愿达成如下协议：", CONTENT),
                             ("履行方式、期限：", "现金一次付清，于2026年3月20日前履行完毕。")):  # fmt: skip
        assert body.count(heading) == copies and body.count(content) >= copies
    assert body.count("本协议一式3份，当事人、人民调解委员会各持一份。") == copies
    lines = body.split("\n")
    for signer in ("申请人（签名、盖章或按指印）：", "被申请人（签名、盖章或按指印）："):
        assert sum(line.startswith(signer) for line in lines) == copies
    assert body.count("人民调解员（签名）：") == 2 * copies  # one line per mediator
    assert body.count("示范社区人民调解委员会（印）") == copies and body.count("2026年3月9日") == copies
    for label in (
        "第1份（共3份）：申请人王䶮持有",
        "第2份（共3份）：被申请人𠮷田持有",
        "第3份（共3份）：人民调解委员会存档",
    ):
        assert label in body
    assert labelled(document)["姓名"] == ["王䶮", "𠮷田"] * copies
    breaks = [
        p
        for p in document.paragraphs
        if p.paragraph_format.page_break_before or p.style.paragraph_format.page_break_before
    ]
    assert len(breaks) == copies - 1  # every copy after the first starts on a new page
    titles = [i for i, p in enumerate(document.element.body) if p.tag == qn("w:p") and "人民调解协议书" in
              "".join(t.text or "" for t in p.iter(qn("w:t")))]  # fmt: skip
    assert len(titles) == copies
    assert_complete(document)


def test_oral_agreement_register_records_the_oral_agreement(office: Office) -> None:
    document = form(office, "oral", "oral_agreement")
    values = labelled(document)
    assert values["当事人"] == ["申请人：王䶮；被申请人：𠮷田"] and values["达成协议日期"] == ["2026年3月5日"]
    assert values["口头协议内容"] == ["𠮷田当日请人修复水管。"] and values["履行方式、期限"] == ["自行履行。"]
    assert values["纠纷简要情况"] == [SUMMARY] and values["调解员"] == ["周调解"]
    assert "人民调解口头协议登记表" in text(document) and "第三十条" in text(document)
    assert_complete(document)


def test_visit_record_has_date_visitor_performance_and_opinion(office: Office) -> None:
    document = form(office, "written", "visit")
    values = labelled(document)
    assert values["回访日期"] == ["2026年4月10日"] and values["回访人"] == ["周调解"]
    assert values["履行情况"] == ["已修复防水层并付清赔偿"] and values["当事人意见"] == ["满意"]
    assert values["协议形式"] == ["书面协议"] and values["协议内容"] == [CONTENT]
    assert_complete(document)


@pytest.mark.parametrize(
    ("kind", "outcome", "detail", "performance", "closed"),
    [
        ("written", "调解成功（书面协议）", f"达成书面协议：{CONTENT}", "已修复防水层并付清赔偿", "2026年4月12日"),
        ("failed", "调解不成", "调解不成，已告知当事人可通过仲裁、诉讼途径解决。", "不适用", "2026年3月6日"),
        ("active", "终止调解", "终止调解。原因：申请人撤回调解请求", "不适用", "2026年3月8日"),
        ("oral", "调解成功（口头协议）", "达成口头协议：𠮷田当日请人修复水管。", "尚未回访", "尚未结案"),
        ("open", "尚未结案（受理）", "案件受理，尚未结案。", "—", "尚未结案"),
    ],
)
def test_closing_report_states_the_outcome(office: Office, kind: str, outcome: str, detail: str, performance: str,
                                           closed: str) -> None:  # fmt: skip
    document = form(office, kind, "closing_report")
    values = labelled(document)
    assert values["调解结果"] == [outcome] and values["结果说明"] == [detail] and values["履行情况"] == [performance]
    assert values["受理日期"] == ["2026年3月2日"] and values["结案日期"] == [closed]
    assert (
        values["防止纠纷激化"] == ["1件3人"] and values["保管期限"] == ["长期"] and values["涉及金额"] == ["3,200.00元"]
    )
    assert "审核意见" in text(document)
    assert_complete(document)


def test_forms_are_masked_unless_asked_otherwise(office: Office) -> None:
    masked = form(office, "written", "acceptance")
    assert ID_A not in masked.element.xml and PHONE_B not in masked.element.xml
    assert_parties(form(office, "written", "acceptance", unmasked=True), masked=False)


def test_extension_b_names_get_their_own_simsun_extb_runs(office: Office) -> None:
    document = form(office, "written", "application")
    rare = [
        r for r in document.element.body.iter(qn("w:r")) if "𠮷" in "".join(t.text or "" for t in r.iter(qn("w:t")))
    ]
    assert rare and all(
        r.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia")) == word.SUPPLEMENTARY_FONT for r in rare
    )
    assert "王䶮" in text(document)  # Extension A stays in 宋体, which has it
