"""人民调解登记表 + 月度统计表: a fixed October of cases made through the service, its figures worked out by hand and
checked cell by cell in the workbook read back; the as-of rule, the CLI, and the 调解 tab's export action."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from community_desk import cli
from community_desk.app import Services
from community_desk.domain.mediation import CASE_SOURCES, DISPUTE_TYPES
from community_desk.domain.mediation_stats import Period
from community_desk.services.demo import generate_demo
from community_desk.services.errors import UserError
from community_desk.services.mediation import MediationService
from community_desk.services.mediation_dto import (
    AgreementInput,
    CaseInput,
    MediatorInput,
    PartyInput,
    SessionInput,
    VisitInput,
)
from community_desk.services.mediation_reports import MediationReports
from community_desk.ui.tabs.mediation import report_actions
from community_desk.ui.tabs.mediation.tab import MediationTab

D = date
FILLED_ON = D(2026, 11, 23)
OCT = Period.month("2026-10")
STATS_HEADER = [
    "分组", "项目", "受理（件）", "调解成功（件）", "其中书面协议", "其中口头协议", "调解不成（件）", "终止调解（件）",
    "未办结（件）", "调解成功率", "涉及金额（元）", "协议已履行（件）", "协议履行率", "防止民间纠纷激化（件）",
    "防止民间纠纷激化（人）", "防止群体性上访（件）", "已回访（件）",
]  # fmt: skip


def _case(svc: MediationService, mediator: int, accepted: date, source: str, kind: str, names: tuple[str, str],
          amount: str = "0", subtype: str = "", **extra: object) -> int:  # fmt: skip
    data = CaseInput(accepted, source, kind, summary=f"{names[0]}与{names[1]}的纠纷", subtype=subtype, amount=amount,
                     **extra)  # type: ignore[arg-type]  # fmt: skip
    parties = [PartyInput("申请人", names[0]), PartyInput("被申请人", names[1])]
    return svc.create_case(data, parties, [mediator])


def _session(svc: MediationService, case_id: int, on: date) -> None:
    svc.add_session(case_id, SessionInput(datetime(on.year, on.month, on.day, 9), "敞心阁", result="继续协商"))


def _agree(svc: MediationService, case_id: int, kind: str, on: date) -> None:
    svc.record_agreement(case_id, AgreementInput(kind, on, "双方同意按约定处理"))


@pytest.fixture
def october(services: Services) -> MediationService:
    """Seven cases received in 2026-10 across 3 sources and 4 types, plus one each side of the month.

    C1 10-03 当事人申请 邻里（噪音） 1000.50  书面 10-10, 回访 10-20, 已结案 10-25; 防激化 1件3人
    C2 10-05 当事人申请 物业（停车位）2500  书面 10-12, 回访 10-28, 履行中
    C3 10-08 主动调解   邻里（漏水）     0  口头 10-15, not visited; 防激化 2件5人, 防止群体性上访
    C4 10-12 派出所移送 婚姻家庭       123.45 书面 10-20
    C5 10-15 当事人申请 合同          8000   调解不成 10-25
    C6 10-20 主动调解   物业             0   终止 10-22 (never mediated)
    C7 10-28 派出所移送 邻里           300   session 10-30, 口头 11-05: 调解中 as of 10-31
    """
    with sqlite3.connect(services.database.path) as connection:
        for key, value in (("community_name", "幸福里社区"), ("community_short", "幸福里")):
            connection.execute("INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (key, value))
    svc = services.mediation
    m = svc.create_mediator(MediatorInput("周调解", "专职调解员"))
    c0 = _case(svc, m, D(2026, 9, 30), "当事人申请", "邻里", ("甲", "乙"), "999")
    _session(svc, c0, D(2026, 10, 1))
    _agree(svc, c0, "书面协议", D(2026, 10, 5))
    c1 = _case(svc, m, D(2026, 10, 3), "当事人申请", "邻里", ("张三", "李四"), "1000.50", "噪音",
               prevented_cases=1, prevented_people=3)  # fmt: skip
    c2 = _case(svc, m, D(2026, 10, 5), "当事人申请", "物业", ("王五", "赵六"), "2500", "停车位")
    c3 = _case(svc, m, D(2026, 10, 8), "主动调解", "邻里", ("孙七", "周八"), "0", "漏水",
               prevented_cases=2, prevented_people=5, prevented_petition=True)  # fmt: skip
    c4 = _case(svc, m, D(2026, 10, 12), "派出所移送", "婚姻家庭", ("吴九", "郑十"), "123.45")
    c5 = _case(svc, m, D(2026, 10, 15), "当事人申请", "合同", ("冯一", "陈二"), "8000")
    c6 = _case(svc, m, D(2026, 10, 20), "主动调解", "物业", ("褚三", "卫四"))
    c7 = _case(svc, m, D(2026, 10, 28), "派出所移送", "邻里", ("蒋五", "沈六"), "300")
    _case(svc, m, D(2026, 11, 1), "当事人申请", "邻里", ("韩七", "杨八"), "50")
    for case_id, kind, started, agreed in (
        (c1, "书面协议", D(2026, 10, 4), D(2026, 10, 10)),
        (c2, "书面协议", D(2026, 10, 6), D(2026, 10, 12)),
        (c3, "口头协议", D(2026, 10, 9), D(2026, 10, 15)),
        (c4, "书面协议", D(2026, 10, 13), D(2026, 10, 20)),
        (c7, "口头协议", D(2026, 10, 30), D(2026, 11, 5)),
    ):
        _session(svc, case_id, started)
        _agree(svc, case_id, kind, agreed)
    svc.add_visit(c1, VisitInput(D(2026, 10, 20), "周调解", "已履行"))
    svc.change_status(c1, "已结案", D(2026, 10, 25))
    svc.add_visit(c2, VisitInput(D(2026, 10, 28), "周调解", "正在履行"))
    svc.change_status(c2, "履行中", D(2026, 10, 28))
    _session(svc, c5, D(2026, 10, 16))
    svc.record_failure(c5, ["诉讼"], D(2026, 10, 25))
    svc.terminate(c6, "申请人撤回申请", D(2026, 10, 22))
    return svc


def _export(services: Services, tmp_path: Path, **kwargs: object) -> tuple[Worksheet, Worksheet]:
    out = tmp_path / "调解统计.xlsx"
    result = MediationReports(services.database.path).export(OCT, out, today=FILLED_ON, **kwargs)  # type: ignore
    assert result.path == out.resolve() and result.cases == 7
    workbook = load_workbook(out)
    assert workbook.sheetnames == ["人民调解登记表", "月度统计表"]
    return workbook["人民调解登记表"], workbook["月度统计表"]


def _values(sheet: Worksheet, row: int) -> list[object]:
    return [cell.value for cell in sheet[row]]


def _money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def test_register_lists_the_months_cases_with_results_as_of_month_end(
    services: Services, october: MediationService, tmp_path: Path
) -> None:
    register, _ = _export(services, tmp_path)
    assert register["A1"].value == "幸福里社区人民调解登记表（2026年10月）"
    assert "A1:M1" in {str(r) for r in register.merged_cells.ranges}
    assert register["A2"].value == "填报单位：幸福里社区人民调解委员会"
    row2 = [v for v in _values(register, 2) if v]
    assert row2[1:] == ["办理情况截至：2026年10月31日", "填报日期：2026年11月23日"]
    assert _values(register, 3) == [
        "序号", "卷号", "受理日期", "来源", "纠纷类型", "当事人", "调解员", "简要情况", "结果", "协议形式",
        "涉及金额（元）", "结案日期", "回访",
    ]  # fmt: skip
    assert register.freeze_panes == "A4" and register.max_row == 3 + 7
    expected = [
        (2, D(2026, 10, 3), "当事人申请", "邻里（噪音）", "张三 与 李四", "调解成功", "书面协议", "1000.50",
         D(2026, 10, 10), "已回访 2026-10-20"),
        (3, D(2026, 10, 5), "当事人申请", "物业（停车位）", "王五 与 赵六", "调解成功", "书面协议", "2500.00",
         D(2026, 10, 12), "已回访 2026-10-28"),
        (4, D(2026, 10, 8), "主动调解", "邻里（漏水）", "孙七 与 周八", "调解成功", "口头协议", "0.00",
         D(2026, 10, 15), "待回访"),
        (5, D(2026, 10, 12), "派出所移送", "婚姻家庭", "吴九 与 郑十", "调解成功", "书面协议", "123.45",
         D(2026, 10, 20), "待回访"),
        (6, D(2026, 10, 15), "当事人申请", "合同", "冯一 与 陈二", "调解不成", None, "8000.00", D(2026, 10, 25), None),
        (7, D(2026, 10, 20), "主动调解", "物业", "褚三 与 卫四", "终止调解", None, "0.00", D(2026, 10, 22), None),
        (8, D(2026, 10, 28), "派出所移送", "邻里", "蒋五 与 沈六", "调解中", None, "300.00", None, None),
    ]  # fmt: skip
    for index, (seq, accepted, source, kind, parties, result, form, amount, ended, visit) in enumerate(expected):
        row = 4 + index
        values = _values(register, row)
        number = register.cell(row, 2)
        assert number.value == f"（2026）幸福里人调字第{seq}号"
        assert number.number_format == "@" and number.data_type == "s"
        assert values[0] == index + 1
        assert values[2].date() == accepted and register.cell(row, 3).number_format == "yyyy-mm-dd"
        assert values[3:6] == [source, kind, parties]
        assert values[6] == "周调解" and values[7] == f"{parties.replace(' 与 ', '与')}的纠纷"
        assert values[8:10] == [result, form]
        assert _money(values[10]) == Decimal(amount) and register.cell(row, 11).number_format == "#,##0.00"
        assert (values[11].date() if values[11] else None) == ended
        assert values[12] == visit


def test_statistics_sheet_has_the_hand_computed_figures(
    services: Services, october: MediationService, tmp_path: Path
) -> None:
    _, table = _export(services, tmp_path)
    assert table["A1"].value == "幸福里社区人民调解工作统计表（2026年10月）"
    assert "A1:Q1" in {str(r) for r in table.merged_cells.ranges}
    assert table["A2"].value == "填报单位：幸福里社区人民调解委员会"
    assert _values(table, 3) == STATS_HEADER
    rows = {(table.cell(r, 2).value): r for r in range(4, 4 + 1 + 7 + 15)}
    assert len(rows) == 1 + 7 + 15

    def figures(label: str) -> list[object]:
        values = _values(table, rows[label])[2:]
        values[8] = _money(values[8])  # 涉及金额
        return values

    # 受理 成功 书面 口头 不成 终止 未办结 成功率 金额 已履行 履行率 防激化件 人 防上访 回访
    assert figures("合计") == [7, 4, 3, 1, 1, 1, 1, 0.667, Decimal("11923.95"), 1, 0.25, 3, 8, 1, 2]
    assert figures("当事人申请") == [3, 2, 2, 0, 1, 0, 0, 0.667, Decimal("11500.50"), 1, 0.5, 1, 3, 0, 2]
    assert figures("主动调解") == [2, 1, 0, 1, 0, 1, 0, 0.5, Decimal("0.00"), 0, 0, 2, 5, 1, 0]
    assert figures("派出所移送") == [2, 1, 1, 0, 0, 0, 1, 1, Decimal("423.45"), 0, 0, 0, 0, 0, 0]
    assert figures("邻里") == [3, 2, 1, 1, 0, 0, 1, 1, Decimal("1300.50"), 1, 0.5, 3, 8, 1, 1]
    assert figures("物业") == [2, 1, 1, 0, 0, 1, 0, 0.5, Decimal("2500.00"), 0, 0, 0, 0, 0, 1]
    assert figures("婚姻家庭") == [1, 1, 1, 0, 0, 0, 0, 1, Decimal("123.45"), 0, 0, 0, 0, 0, 0]
    assert figures("合同") == [1, 0, 0, 0, 1, 0, 0, 0, Decimal("8000.00"), 0, "—", 0, 0, 0, 0]
    zero = [0, 0, 0, 0, 0, 0, 0, "—", Decimal("0.00"), 0, "—", 0, 0, 0, 0]
    for label in (*(s for s in CASE_SOURCES.codes() if s not in ("当事人申请", "主动调解", "派出所移送")),
                  *(t for t in DISPUTE_TYPES.codes() if t not in ("邻里", "物业", "婚姻家庭", "合同"))):  # fmt: skip
        assert figures(label) == zero, label
    total = rows["合计"]
    assert [table.cell(r, 2).value for r in range(total + 8, total + 8 + 15)] == DISPUTE_TYPES.codes()
    assert [table.cell(r, 1).value for r in (total, total + 1, total + 2, total + 8, total + 9)] == [
        "合计", "按来源", None, "按纠纷类型", None
    ]  # fmt: skip
    rate, amount = table.cell(total, 10), table.cell(total, 11)
    assert rate.number_format == "0.0%" and amount.number_format == "#,##0.00"
    assert table.cell(total + 23, 1).value is None and table.cell(total + 24, 1).value == "口径说明："
    assert "调解成功率 = 调解成功 ÷ 已办结" in table.cell(total + 26, 1).value


def test_a_later_as_of_date_counts_what_was_agreed_after_the_month(
    services: Services, october: MediationService
) -> None:
    reports = MediationReports(services.database.path)
    at_month_end = reports.statistics(OCT).total
    later = reports.statistics(OCT, as_of=D(2026, 11, 10)).total
    assert (at_month_end.oral, at_month_end.pending) == (1, 1)
    assert (later.received, later.oral, later.success, later.pending) == (7, 2, 5, 0)
    assert later.success_rate == Fraction(5, 7)
    register = reports.register(OCT, as_of=D(2026, 11, 10))
    assert register[-1].result == "调解成功" and register[-1].agreement == "口头协议"
    quarter = reports.statistics(Period.quarter("2026-Q4")).total
    assert quarter.received == 8 and quarter.amount_fen == 1192395 + 5000


def test_sql_totals_agree_with_the_register_on_demo_data(services: Services) -> None:
    generate_demo(services.database.session_factory, households=20, today=FILLED_ON)
    reports = MediationReports(services.database.path)
    period = Period.between(D(2025, 1, 1), FILLED_ON)
    total, register = reports.statistics(period, FILLED_ON).total, reports.register(period, FILLED_ON)
    assert total.received == len(register) > 20
    results = [row.result for row in register]
    assert total.success == results.count("调解成功") and total.failed == results.count("调解不成")
    assert total.terminated == results.count("终止调解") and total.pending == sum(
        results.count(r) for r in ("调解中", "已受理")
    )
    assert total.written == sum(row.agreement == "书面协议" for row in register)
    assert total.visited == sum(row.visit.startswith("已回访") for row in register)
    assert total.amount_fen == sum(row.amount_fen for row in register)


def test_export_refuses_a_bad_target_and_leaves_no_file(services: Services, tmp_path: Path) -> None:
    reports, folder = MediationReports(services.database.path), tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError, match=r"\.xlsx"):
        reports.export(OCT, folder / "report.xls")
    with pytest.raises(UserError, match="文件夹不存在"):
        reports.export(OCT, folder / "missing" / "report.xlsx")
    assert list(folder.iterdir()) == []


# --- CLI ----------------------------------------------------------------------------------------------------------
def test_cli_writes_the_month_and_the_quarter(
    services: Services, october: MediationService, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(services.database.path)
    month = tmp_path / "m.xlsx"
    assert cli.main(["--db", db, "report", "mediation", "--month", "2026-10", "--out", str(month)]) == 0
    assert "受理 7 件" in capsys.readouterr().out
    assert load_workbook(month)["月度统计表"]["C4"].value == 7
    quarter = tmp_path / "q.xlsx"
    assert cli.main(["report", "mediation", "--quarter", "2026-Q4", "--out", str(quarter), "--db", db]) == 0
    assert load_workbook(quarter)["月度统计表"]["A1"].value.endswith("（2026年第四季度）")
    span = tmp_path / "s.xlsx"
    args = ["--from", "2026-10-01", "--to", "2026-10-15", "--as-of", "2026-11-30", "--out", str(span)]
    assert cli.main(["--db", db, "report", "mediation", *args]) == 0
    assert load_workbook(span)["月度统计表"]["C4"].value == 5


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--month", "2026-13"], 1, "YYYY-MM"),
        (["--month", "2026-10", "--to", "2026-10-31"], 1, "--from"),
        (["--from", "2026-10-01"], 1, "--to"),
        (["--from", "2026-10-31", "--to", "2026-10-01"], 1, "不能早于"),
        (["--from", "2026-10-01", "--to", "31.10.2026"], 1, "YYYY-MM-DD"),
        (["--month", "2026-10", "--as-of", "2026-09-30"], 1, "不能早于统计期间"),
    ],
)
def test_cli_refuses_bad_periods(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, message: str
) -> None:
    out = tmp_path / "r.xlsx"
    assert cli.main(["--db", str(services.database.path), "report", "mediation", *args, "--out", str(out)]) == code
    assert message in capsys.readouterr().err and not out.exists()


def test_cli_exit_codes_for_file_problems(services: Services, tmp_path: Path) -> None:
    db = str(services.database.path)
    assert cli.main(["--db", db, "report", "mediation", "--month", "2026-10", "--out", str(tmp_path / "r.csv")]) == 1
    missing = str(tmp_path / "nowhere.sqlite3")
    assert (
        cli.main(["--db", missing, "report", "mediation", "--month", "2026-10", "--out", str(tmp_path / "r.xlsx")]) == 2
    )
    assert not (tmp_path / "r.xlsx").exists()


# --- the 调解 tab's action ------------------------------------------------------------------------------------------
def test_tab_action_exports_the_chosen_month_in_the_background(
    qtbot: QtBot, services: Services, october: MediationService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "十月.xlsx"
    offered: list[str] = []

    class SaveDialog:
        @staticmethod
        def getSaveFileName(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
            offered.append(suggested)
            return str(out), ""

    def choose_october(dialog: report_actions.PeriodDialog) -> int:
        dialog.month_edit.setDate(QDate(2026, 10, 1))
        assert "2026-10-01至2026-10-31" in dialog.hint.text()
        return 1

    monkeypatch.setattr(report_actions, "QFileDialog", SaveDialog)
    monkeypatch.setattr(report_actions.PeriodDialog, "exec", choose_october)
    tab = MediationTab(services)
    qtbot.addWidget(tab)
    assert tab.export_actions() == [tab.act_export_stats]
    assert tab.inner.cornerWidget().defaultAction() is tab.act_export_stats
    with qtbot.waitSignal(tab.status_changed, timeout=10000) as status:
        tab.act_export_stats.trigger()
    assert offered == ["人民调解统计_2026-10.xlsx"]
    assert "已导出2026年10月调解统计（受理 7 件）" in status.args[0]
    assert load_workbook(out)["月度统计表"]["C4"].value == 7


def test_period_dialog_offers_last_month_or_its_quarter(qtbot: QtBot) -> None:
    dialog = report_actions.PeriodDialog(today=D(2026, 1, 5))
    qtbot.addWidget(dialog)
    assert dialog.period() == Period.month("2025-12")
    dialog.kind_combo.setCurrentIndex(1)
    assert dialog.period() == Period.quarter("2025-Q4") and "2025年第四季度" in dialog.hint.text()
