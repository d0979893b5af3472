"""群议厅 papers read back as a clerk would see them: the 协商议事记录 of a meeting, the 决议公示 (refused without a
passed vote and a 决议), the year's 台账; templates and code agree on the variables; the CLI's exit codes."""

from __future__ import annotations

import runpy
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from docx import Document
from docxtpl import DocxTemplate
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from community_desk import cli
from community_desk.app import Services
from community_desk.exports import word
from community_desk.exports.word import chinese_date, template_variables
from community_desk.services.deliberation import DeliberationService
from community_desk.services.deliberation_dto import MeetingInput, Participant, PartyView, PersonRef, TopicInput
from community_desk.services.deliberation_prints import NOTICE, RECORD, TEMPLATES, DeliberationPrints
from community_desk.services.errors import UserError
from community_desk.ui.tabs.mediation import report_actions
from community_desk.ui.tabs.mediation.deliberation_panel import DeliberationPanel

BASE = date.today() - timedelta(days=90)
RESOLUTION = "同意加装电梯；费用按楼层系数分摊。\n一层住户免摊，并给予采光补偿。"


def day(n: int) -> date:
    return BASE + timedelta(days=n)


def meeting(on: date, attendance: int = 18) -> MeetingInput:
    return MeetingInput(
        held_on=on,
        place="群议厅",
        host="李书记",
        attendance=attendance,
        participants=(
            Participant("社区干部", "李书记"),
            Participant("社区干部", "王主任"),
            Participant("居民代表", "赵大"),
            Participant("利益相关方", "钱二"),
        ),
        views=(PartyView("居民代表", "高层住户支持加装"), PartyView("利益相关方", "一楼住户担心采光和噪音")),
        note="各方充分发表意见",
    )


@pytest.fixture
def svc(services: Services) -> DeliberationService:
    with sqlite3.connect(services.database.path) as connection:
        connection.execute("INSERT OR REPLACE INTO setting(key, value) VALUES ('community_name', '幸福里社区')")
    return services.deliberation


@pytest.fixture
def prints(services: Services) -> DeliberationPrints:
    return DeliberationPrints(services.database.path)


def elevator(svc: DeliberationService, *, publish: bool = True) -> int:
    """3号楼加装电梯 (number 001): a failed round, a second round passing 15:2:1, 决议, 公示 (unless told not)."""
    topic = svc.propose(
        TopicInput(
            "3号楼加装电梯", "加装电梯", "联名", 18, (PersonRef("孙三"), PersonRef("周四")), "3号楼居民联名提议"
        ),
        day(0),
    )
    svc.accept(topic, day(3))
    svc.hold_meeting(topic, meeting(day(10), 12))
    svc.vote(topic, day(10), present=12, votes_for=5, votes_against=6, abstentions=1)
    svc.hold_meeting(topic, meeting(day(20)))
    svc.vote(topic, day(21), present=18, votes_for=15, votes_against=2, abstentions=1)
    svc.resolve(topic, day(22), RESOLUTION)
    if publish:
        svc.publish(topic, day(23), day(30), "3号楼单元门公示栏")
    return topic


def texts(path: Path) -> tuple[list[str], list[str]]:
    """Paragraph texts, and the text of every table row (cells joined by |, merged cells once)."""
    document = Document(str(path))
    rows = []
    for table in document.tables:
        for row in table.rows:
            cells = list(dict.fromkeys(cell._tc for cell in row.cells))
            rows.append("|".join(next(c.text for c in row.cells if c._tc is tc) for tc in cells))
    return [p.text for p in document.paragraphs], rows


# --- templates ------------------------------------------------------------------------------------------------------
def test_templates_declare_exactly_the_context_keys(svc: DeliberationService, prints: DeliberationPrints) -> None:
    topic = elevator(svc)
    assert template_variables(TEMPLATES[RECORD]) == set(prints.record_context(topic))
    assert template_variables(TEMPLATES[NOTICE]) == set(prints.notice_context(topic))


def test_generator_rebuilds_templates_with_the_same_variables(tmp_path: Path) -> None:
    generator = runpy.run_path(str(word.TEMPLATE_DIR / "make_deliberation_forms.py"))
    for rebuilt in generator["build"](tmp_path):
        fresh = DocxTemplate(rebuilt).get_undeclared_template_variables()
        assert fresh == template_variables(f"deliberation/{rebuilt.name}")


# --- 协商议事记录 -----------------------------------------------------------------------------------------------------
def test_record_shows_the_latest_meeting_its_people_views_and_vote(
    svc: DeliberationService, prints: DeliberationPrints, tmp_path: Path
) -> None:
    topic = elevator(svc)
    out = prints.print_form(topic, RECORD, tmp_path / "记录.docx")
    paragraphs, rows = texts(out)
    assert paragraphs[:2] == ["协商议事记录", "幸福里社区群议厅（第2次协商）"]
    assert rows[:6] == [
        "议题名称|3号楼加装电梯",
        f"议题编号|{BASE.year}-001|议题类别|加装电梯",
        "议题来源|联名18人|提议人|孙三、周四",
        f"会议时间|{chinese_date(day(20))}|会议地点|群议厅",
        "主持人|李书记|议事机构|—",
        "出席人数|18人|记录人|",
    ]
    by_label = {row.split("|")[0]: row.split("|", 1)[1] for row in rows}
    assert by_label["参加人员"] == "社区干部（2人）：李书记、王主任\n居民代表（1人）：赵大\n利益相关方（1人）：钱二"
    assert by_label["议题内容"] == "3号楼居民联名提议"
    assert by_label["各方意见"] == "居民代表：高层住户支持加装\n利益相关方：一楼住户担心采光和噪音"
    assert by_label["会议情况"] == "各方充分发表意见"
    assert by_label["表决情况"] == (
        f"表决日期：{chinese_date(day(21))}\n出席18人，赞成15票，反对2票，弃权1票\n"
        "表决结果：通过（出席人数过半数，需赞成10票）"
    )
    assert by_label["协商结果"] == RESOLUTION
    assert not any("{" in text for text in [*paragraphs, *rows])


def test_record_of_an_earlier_round_shows_its_failed_vote(
    svc: DeliberationService, prints: DeliberationPrints, tmp_path: Path
) -> None:
    topic = elevator(svc)
    context = prints.record_context(topic, round_no=1)
    assert context["round_note"] == "（第1次协商）" and context["attendance"] == 12
    assert context["vote"]["result"] == "未通过（出席人数过半数，需赞成7票）"
    assert context["resolution"] == "表决未通过，未形成决议"
    with pytest.raises(UserError, match="只有2次协商会议"):
        prints.record_context(topic, round_no=3)


def test_record_before_the_vote_and_before_any_meeting(
    svc: DeliberationService, prints: DeliberationPrints, tmp_path: Path
) -> None:
    topic = svc.propose(TopicInput("楼道堆物清理", "其他", "居民提议"), day(0))
    with pytest.raises(UserError, match="尚未召开协商会议"):
        prints.print_form(topic, RECORD, tmp_path / "none.docx")
    assert not (tmp_path / "none.docx").exists()
    svc.accept(topic, day(1))
    svc.hold_meeting(topic, MeetingInput(held_on=day(2), host="王主任", attendance=0))
    _, rows = texts(prints.print_form(topic, RECORD, tmp_path / "r.docx"))
    by_label = {row.split("|")[0]: row.split("|", 1)[1] for row in rows}
    assert by_label["表决情况"] == "（尚未表决）" and by_label["协商结果"] == "（尚未表决）"
    assert by_label["参加人员"] == "（未登记）" and by_label["各方意见"] == "（未登记）"


# --- 决议公示 ---------------------------------------------------------------------------------------------------------
def test_notice_has_the_resolution_period_place_and_issuer(
    svc: DeliberationService, prints: DeliberationPrints, tmp_path: Path
) -> None:
    topic = elevator(svc)
    paragraphs, rows = texts(prints.print_form(topic, NOTICE, tmp_path / "公示.docx"))
    assert rows == []
    assert paragraphs[:3] == [
        "决 议 公 示",
        f"关于“3号楼加装电梯”的协商决议（议题编号：{BASE.year}-001）",
        "各位居民：",
    ]
    assert paragraphs[3] == (
        f"社区协商会议于{chinese_date(day(20))}在群议厅就“3号楼加装电梯”进行了协商，并于{chinese_date(day(21))}"
        f"进行表决：出席18人，赞成15票，反对2票，弃权1票，表决通过。{chinese_date(day(22))}形成决议如下："
    )
    assert paragraphs[4:6] == ["同意加装电梯；费用按楼层系数分摊。", "一层住户免摊，并给予采光补偿。"]
    assert paragraphs[6].startswith(
        f"现将决议予以公示，公示期自{chinese_date(day(23))}至{chinese_date(day(30))}，公示地点：3号楼单元门公示栏。"
    )
    assert paragraphs[-2:] == ["幸福里社区居民委员会", chinese_date(day(23))]


def test_notice_before_publicity_is_recorded_proposes_the_shortest_lawful_period(
    svc: DeliberationService, prints: DeliberationPrints
) -> None:
    topic = elevator(svc, publish=False)
    context = prints.notice_context(topic, today=day(25))
    assert (context["publicity_start"], context["publicity_end"]) == (chinese_date(day(25)), chinese_date(day(30)))
    assert context["publicity_place"] == "社区公示栏" and context["issued_on"] == chinese_date(day(25))


def test_notice_is_refused_without_a_passed_vote_or_a_resolution(
    svc: DeliberationService, prints: DeliberationPrints, tmp_path: Path
) -> None:
    topic = svc.propose(TopicInput("物业费上调", "物业", "两委提出"), day(0))
    svc.accept(topic, day(1))
    svc.hold_meeting(topic, meeting(day(2)))
    with pytest.raises(UserError, match="尚未表决通过，不能打印决议公示"):
        prints.print_form(topic, NOTICE, tmp_path / "a.docx")
    svc.vote(topic, day(2), present=18, votes_for=3, votes_against=14, abstentions=1)
    with pytest.raises(UserError, match=f"议题{BASE.year}-001“物业费上调”尚未表决通过"):
        prints.print_form(topic, NOTICE, tmp_path / "a.docx")
    svc.hold_meeting(topic, meeting(day(5)))
    svc.vote(topic, day(5), present=18, votes_for=13, votes_against=4, abstentions=1)
    with pytest.raises(UserError, match="尚未形成决议"):
        prints.print_form(topic, NOTICE, tmp_path / "a.docx")
    assert not (tmp_path / "a.docx").exists()


# --- 台账 -----------------------------------------------------------------------------------------------------------
def test_ledger_lists_the_years_topics_with_every_step(
    svc: DeliberationService, prints: DeliberationPrints, tmp_path: Path
) -> None:
    first = elevator(svc)
    svc.implement(first, day(31), "社区居委会、电梯公司", deadline=day(120))
    svc.add_progress(first, day(40), "井道施工完成")
    svc.propose(TopicInput("广场舞音响噪音", "污染", "居民提议"), day(0))
    out, topics = prints.export_ledger(BASE.year, tmp_path / "台账.xlsx", today=date(2026, 11, 23))
    assert topics == 2
    sheet = load_workbook(out)["群议厅台账"]
    assert sheet["A1"].value == f"幸福里社区群议厅（城乡社区协商）台账（{BASE.year}年）"
    assert sheet["A2"].value == "填报单位：幸福里社区居委会"
    header = [c.value for c in sheet[3]]
    assert header[:8] == ["序号", "编号", "议题名称", "类别", "来源", "提议人", "征集日期", "确定日期"]
    row = {h: c.value for h, c in zip(header, sheet[4], strict=True)}
    assert (row["编号"], row["议题名称"], row["来源"], row["提议人"]) == (
        f"{BASE.year}-001",
        "3号楼加装电梯",
        "联名18人",
        "孙三、周四",
    )
    assert sheet["B4"].number_format == "@" and row["征集日期"].date() == day(0)
    assert row["协商会议"] == f"{day(10)} 群议厅，出席12人\n{day(20)} 群议厅，出席18人"
    assert row["表决"] == f"{day(10)} 赞成5、反对6、弃权1，未通过\n{day(21)} 赞成15、反对2、弃权1，通过"
    assert row["决议"] == f"{day(22)}：{RESOLUTION}"
    assert row["公示"] == f"{day(23)}至{day(30)}，3号楼单元门公示栏"
    assert row["落实"] == f"{day(31)} 责任方：社区居委会、电梯公司，期限{day(120)}\n{day(40)} 进展：井道施工完成"
    assert (row["当前步骤"], row["状态"]) == ("落实", "进行中")
    assert [c.value for c in sheet[5]][1:3] == [f"{BASE.year}-002", "广场舞音响噪音"]
    assert sheet.max_row == 5


# --- CLI ------------------------------------------------------------------------------------------------------------
def test_cli_prints_forms_and_the_ledger(
    services: Services, svc: DeliberationService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    elevator(svc)
    db = ["--db", str(services.database.path)]
    record, notice, ledger = tmp_path / "r.docx", tmp_path / "n.docx", tmp_path / "l.xlsx"
    number = f"{BASE.year}-001"
    assert (
        cli.main([*db, "export", "deliberation", "--topic", number, "--form", "协商议事记录", "--out", str(record)])
        == 0
    )
    assert Document(str(record)).paragraphs[1].text == "幸福里社区群议厅（第2次协商）"
    args = ["export", "deliberation", "--topic", f"{BASE.year}-1", "--form", "决议公示", "--out", str(notice)]
    assert cli.main([*db, *args]) == 0 and notice.exists()
    first = ["export", "deliberation", "--topic", number, "--form", "协商议事记录", "--round", "1"]
    assert cli.main([*db, *first, "--out", str(tmp_path / "r1.docx")]) == 0
    assert cli.main([*db, "export", "deliberation-ledger", "--year", str(BASE.year), "--out", str(ledger)]) == 0
    assert load_workbook(ledger)["群议厅台账"].max_row == 4
    assert "已导出" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["deliberation", "--topic", "2099-001", "--form", "协商议事记录", "--out", "x.docx"], "未找到编号"),
        (["deliberation", "--topic", "{number}", "--form", "决议公示", "--out", "x.docx"], "尚未表决通过"),
        (["deliberation", "--topic", "{number}", "--form", "决议公示", "--out", "x.pdf"], ".docx"),
        (["deliberation", "--topic", "{number}", "--form", "决议公示", "--round", "1", "--out", "x.docx"], "--round"),
        (["deliberation-ledger", "--year", "2026", "--out", "x.docx"], ".xlsx"),
    ],
)
def test_cli_refusals_exit_1_and_write_nothing(
    services: Services,
    svc: DeliberationService,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    topic = svc.propose(TopicInput("物业费上调", "物业", "两委提出"), day(0))
    number = f"{BASE.year}-001"
    assert svc.topic(topic).number == number  # type: ignore[union-attr]
    args = [a.format(number=number) if a != "x.docx" and a != "x.pdf" else str(tmp_path / a) for a in args]
    assert cli.main(["--db", str(services.database.path), "export", *args]) == 1
    assert message in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))


def test_cli_without_a_database_exits_2(tmp_path: Path) -> None:
    missing = str(tmp_path / "none.sqlite3")
    out = str(tmp_path / "l.xlsx")
    assert cli.main(["--db", missing, "export", "deliberation-ledger", "--year", "2026", "--out", out]) == 2


# --- the 群议厅 panel's print menu -----------------------------------------------------------------------------------
def test_panel_prints_the_selected_topic_and_explains_a_refusal(
    qtbot: QtBot, services: Services, svc: DeliberationService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    passed = elevator(svc)
    pending = svc.propose(TopicInput("物业费上调", "物业", "两委提出"), day(1))
    saved: list[Path] = []
    refusals: list[str] = []

    class SaveDialog:
        @staticmethod
        def getSaveFileName(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
            saved.append(tmp_path / suggested)
            return str(saved[-1]), ""

    monkeypatch.setattr(report_actions, "QFileDialog", SaveDialog)
    monkeypatch.setattr(report_actions, "show_error", lambda _parent, error: refusals.append(error.message))
    panel = DeliberationPanel(services)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh(passed)
    assert panel.current_topic().id == passed  # type: ignore[union-attr]
    assert panel.act_print_record.isEnabled() and panel.act_print_notice.isEnabled()
    with qtbot.waitSignal(panel.status_changed, timeout=10000) as status:
        panel.act_print_notice.trigger()
    assert saved[-1].name == f"决议公示_{BASE.year}-001_3号楼加装电梯.docx" and saved[-1].exists()
    assert "已导出决议公示" in status.args[0]
    with qtbot.waitSignal(panel.status_changed, timeout=10000) as status:
        panel.act_export_ledger.trigger()
    assert saved[-1].name == f"群议厅台账_{BASE.year}.xlsx" and "2 个议题" in status.args[0]

    panel.refresh(pending)
    assert panel.current_topic().id == pending  # type: ignore[union-attr]
    assert not panel.act_print_record.isEnabled() and not panel.act_print_notice.isEnabled()
    count = len(saved)
    panel.print_form("决议公示")
    assert refusals and "尚未表决通过" in refusals[-1] and len(saved) == count  # no file was asked for
