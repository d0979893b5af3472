"""The 报表 tab: preview a month's report, type and save its text, 定稿 / 重新打开, print and save as PDF/Word."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from community_desk.app import Services
from community_desk.domain.idcard import check_character
from community_desk.domain.report import ReportPeriod, ReportText, last_completed_month
from community_desk.services.dto import HouseholdInput, ResidentInput
from community_desk.services.errors import UserError
from community_desk.ui.tabs.reports import tab as tab_module
from community_desk.ui.tabs.reports.models import PeriodListModel
from community_desk.ui.tabs.reports.tab import ReportsTab

TODAY = date(2026, 11, 5)  # the tab opens on October 2026, a month that has ended by the real clock too
OCTOBER = ReportPeriod.month(2026, 10)
HEADINGS = (
    "一、人口概况",
    "二、值班值守",
    "三、矛盾调解",
    "四、志愿服务",
    "五、社区活动",
    "六、下月工作计划及存在问题",
)


def _households(services: Services, count: int, moved_in: date = date(2015, 5, 1)) -> None:
    grid = services.residents.create_grid(f"网格{moved_in:%Y%m%d}")
    building = services.residents.create_building(grid, "1号楼")
    for index in range(count):
        body = f"110105198003{index + 1:02d}{moved_in.month:02d}{index % 10}"
        head = ResidentInput(name=f"居民{moved_in.month}{index}", id_number=body + check_character(body))
        services.residents.create_household(HouseholdInput(building, "1", f"{101 + index}"), head, moved_in)


def _open(services: Services, qtbot: QtBot) -> ReportsTab:
    tab = ReportsTab(services, today=TODAY)
    qtbot.addWidget(tab)
    tab.resize(1360, 760)
    tab.show()
    _wait_for_report(tab, qtbot)
    return tab


def _wait_for_report(tab: ReportsTab, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: tab.report is not None, timeout=20000)


def _status_of(tab: ReportsTab, period: ReportPeriod) -> str:
    return tab.periods.index(tab.periods.row_of(period), 1).data()


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What show_error would put in a QMessageBox, collected instead of opening one."""
    shown: list[str] = []
    monkeypatch.setattr(tab_module, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


def test_opens_on_last_month_and_previews_the_six_sections(services: Services, qtbot: QtBot, qtmodeltester) -> None:
    _households(services, 3)
    tab = _open(services, qtbot)
    assert tab.period == OCTOBER and tab.title.text() == "2026年10月工作报告"
    assert tab.kind_combo.currentText() == "月报" and tab.number_combo.currentText() == "10月"
    text = tab.preview.toPlainText()
    assert all(heading in text for heading in HEADINGS)
    assert "截至10月31日，社区共有3户、3人" in text
    assert "（一）2026年11月工作计划" in text
    assert tab.banner.text() == "草稿：数字按截至期末的当前数据实时计算"
    assert tab.finalise_button.isEnabled() and not tab.reopen_button.isEnabled()
    assert not tab.editor.plan.isReadOnly()

    model = tab.periods
    qtmodeltester.check(model)
    assert model.rowCount() == 17
    assert [model.index(row, 0).data() for row in (0, 9, 12, 15, 16)] == ["1月", "10月", "第一季度", "第四季度", "全年"]
    assert {model.index(row, 1).data() for row in range(17)} == {"草稿"}
    assert tab.period_view.currentIndex().row() == 9
    assert last_completed_month(date(2027, 1, 8)) == ReportPeriod.month(2026, 12)


def test_coming_back_to_the_tab_recomputes_a_draft_but_keeps_typed_text(services: Services, qtbot: QtBot) -> None:
    _households(services, 2)
    tab = _open(services, qtbot)
    tab.hide()
    _households(services, 1, moved_in=date(2016, 3, 1))  # typed in another tab meanwhile
    tab.show()
    qtbot.waitUntil(lambda: tab.report is not None and "社区共有3户、3人" in tab.preview.toPlainText(), timeout=20000)

    tab.editor.plan.setPlainText("还没保存的计划")
    tab.hide()
    tab.show()
    assert tab.editor.plan.toPlainText() == "还没保存的计划" and tab.report is not None  # not recomputed over it


def test_the_quarter_is_picked_from_the_selectors_and_the_list(services: Services, qtbot: QtBot) -> None:
    tab = _open(services, qtbot)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findText("季报"))  # October lies in the 4th quarter
    assert tab.period == ReportPeriod.quarter(2026, 4) and tab.number_combo.currentText() == "第四季度"
    _wait_for_report(tab, qtbot)
    text = tab.preview.toPlainText()
    assert "2026年第四季度工作总结" in text and "附一：分月情况（人口与值班）" in text
    assert tab.period_view.currentIndex().row() == tab.periods.row_of(ReportPeriod.quarter(2026, 4))

    tab.period_view.clicked.emit(tab.periods.index(tab.periods.row_of(ReportPeriod.month(2026, 3)), 0))
    assert tab.period == ReportPeriod.month(2026, 3) and tab.kind_combo.currentText() == "月报"
    _wait_for_report(tab, qtbot)
    assert "2026年3月工作报告" in tab.preview.toPlainText()

    tab.year_spin.setValue(2025)
    assert tab.period == ReportPeriod.month(2025, 3)
    _wait_for_report(tab, qtbot)
    assert "2025年3月工作报告" in tab.preview.toPlainText()


def test_a_report_that_cannot_be_computed_says_so(
    services: Services, qtbot: QtBot, monkeypatch, refusals: list[str]
) -> None:
    def broken(_period: ReportPeriod) -> None:
        raise UserError("数据库正忙，请稍后再试")

    monkeypatch.setattr(services.reports, "report", broken)
    tab = ReportsTab(services, today=TODAY)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: refusals == ["数据库正忙，请稍后再试"])
    assert tab.banner.text() == "未能计算2026年10月的数字：数据库正忙，请稍后再试"
    assert not tab.finalise_button.isEnabled() and not tab.pdf_button.isEnabled() and not tab.editor.isEnabled()


def test_saved_text_is_kept_and_shown_in_the_preview(services: Services, qtbot: QtBot, monkeypatch) -> None:
    tab = _open(services, qtbot)
    assert not tab.editor.save_button.isEnabled()
    tab.editor.compiled_by.setText("王书记")
    tab.editor.compiled_by.textEdited.emit("王书记")
    tab.editor.compiled_on.set_date_value(date(2026, 11, 3))
    tab.editor.plan.setPlainText("开展冬季消防检查\n走访高龄老人")
    tab.editor.problems.setPlainText("  老旧小区停车难  ")
    assert tab.editor.save_button.isEnabled()
    tab.editor.save_button.click()

    saved = services.reports.report(OCTOBER).text
    assert (saved.plan, saved.problems, saved.compiled_by, saved.compiled_on) == (
        "开展冬季消防检查\n走访高龄老人",
        "老旧小区停车难",
        "王书记",
        date(2026, 11, 3),
    )
    text = tab.preview.toPlainText()
    assert "走访高龄老人" in text and "老旧小区停车难" in text and "王书记" in text
    assert not tab.editor.save_button.isEnabled()

    asked: list[str] = []  # leaving with unsaved text offers to save it
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Save
    )
    tab.editor.plan.setPlainText("改过的计划")
    tab.period_view.clicked.emit(tab.periods.index(0, 0))
    assert asked and "2026年10月" in asked[0]
    assert services.reports.report(OCTOBER).text.plan == "改过的计划"


def test_finalise_freezes_and_reopen_needs_a_reason(
    services: Services, qtbot: QtBot, monkeypatch, refusals: list[str]
) -> None:
    _households(services, 2)
    tab = _open(services, qtbot)
    confirmations: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _p, _t, text, *a: confirmations.append(text) or QMessageBox.StandardButton.Yes
    )
    tab.editor.plan.setPlainText("筹备年终总结")  # unsaved text is saved with the 定稿
    tab.finalise_button.click()
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.final, timeout=20000)
    assert "冻结" in confirmations[0]
    assert tab.banner.text().startswith("已定稿（") and tab.banner.text().endswith("数字已冻结，重新打印结果不变")
    assert not tab.finalise_button.isEnabled() and tab.reopen_button.isEnabled()
    assert tab.editor.plan.isReadOnly() and tab.editor.compiled_by.isReadOnly()
    assert not tab.editor.compiled_on.isEnabled() and not tab.editor.save_button.isEnabled()
    assert tab.editor.plan.toPlainText() == "筹备年终总结"
    assert _status_of(tab, OCTOBER) == "定稿" and tab.periods.index(tab.periods.row_of(OCTOBER), 2).data()

    _households(services, 1, moved_in=date(2026, 10, 20))  # a late entry changes nothing in a final report
    tab.reload_all()
    _wait_for_report(tab, qtbot)
    assert "社区共有2户、2人" in tab.preview.toPlainText()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    tab.reopen_button.click()
    assert refusals == ["请填写重新打开的原因"] and tab.report.final

    prompts: list[str] = []
    monkeypatch.setattr(
        QInputDialog, "getText", lambda _p, _t, label, *a, **k: prompts.append(label) or ("补录迁入", True)
    )
    tab.reopen_button.click()
    assert "审计" in prompts[0]
    _wait_for_report(tab, qtbot)
    assert not tab.report.final and tab.banner.text().startswith("草稿")
    assert "社区共有3户、3人" in tab.preview.toPlainText()
    assert not tab.editor.plan.isReadOnly() and tab.finalise_button.isEnabled() and not tab.reopen_button.isEnabled()
    assert _status_of(tab, OCTOBER) == "草稿"
    assert any("补录迁入" in entry.summary for entry in services.registry.audit_log("monthly_report"))


def test_save_as_pdf_and_word_writes_the_files(services: Services, qtbot: QtBot, monkeypatch, tmp_path: Path) -> None:
    tab = _open(services, qtbot)
    offered: list[str] = []

    def choose(_parent, _title, suggested, _filter, *a, **k):
        offered.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).stem), ""  # typed without the ending: the tab adds it

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    for button, suffix in ((tab.pdf_button, ".pdf"), (tab.word_button, ".docx")):
        with qtbot.waitSignal(tab.status_changed, timeout=30000, check_params_cb=lambda text: "已保存" in text):
            button.click()
        written = tmp_path / f"2026年10月工作报告{suffix}"
        assert written.is_file() and written.stat().st_size > 1000
    assert offered == ["2026年10月工作报告.pdf", "2026年10月工作报告.docx"]


def test_print_preview_paints_pages_and_print_goes_to_the_printer(
    services: Services, qtbot: QtBot, monkeypatch, tmp_path: Path
) -> None:
    tab = _open(services, qtbot)
    pages: list[int] = []

    def fake_preview_exec(dialog: QPrintPreviewDialog) -> int:
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        pages.append(widget.pageCount())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_preview_exec)
    tab.preview_button.click()
    assert pages and pages[0] >= 2  # six sections do not fit on one A4 page

    target = tmp_path / "printed.pdf"

    def fake_print_exec(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_print_exec)
    tab.print_button.click()
    assert target.is_file() and target.stat().st_size > 1000
    printed = ["".join(page.extract_text().split()) for page in PdfReader(target).pages]  # Qt's PDF splits runs
    assert len(printed) >= 2 and "一、人口概况" in printed[0] and "五、社区活动" in "".join(printed)
    for number, text in enumerate(printed, start=1):  # the running header and the page numbers, as in the PDF
        assert "2026年10月工作报告" in text and f"第{number}页共{len(printed)}页" in text
    assert services.community_name() in printed[0]


def test_period_list_model_is_sane_when_empty(qtmodeltester) -> None:
    model = PeriodListModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and model.period(0) is None


def test_main_window_has_the_report_tab(services: Services, qtbot: QtBot) -> None:
    from community_desk.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    assert window.tabs.count() == 6
    assert window.tabs.tabText(5) == "报表" and window.tabs.widget(5) is window.reports_tab
    assert window.reports_tab.service is None  # nothing is read until the tab is first shown


def test_tab_module_does_not_import_sqlalchemy() -> None:
    code = "import sys; import community_desk.ui.tabs.reports.tab; print('sqlalchemy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path.cwd())
    assert out.stdout.strip() == "False"


def test_screenshot_with_demo_data(services: Services, qtbot: QtBot) -> None:
    from community_desk.services.demo import generate_demo
    from community_desk.ui.fonts import install_application_font

    install_application_font(QApplication.instance())
    generate_demo(services.database.session_factory, households=150, today=TODAY)
    services.reports.save_text(
        OCTOBER,
        ReportText(
            plan="开展冬季消防安全检查\n重阳节后走访80岁以上老人\n筹备年终居民议事会",
            problems="老旧小区停车难，群众反映较多\n志愿者队伍年龄偏大",
            compiled_by="王书记",
            compiled_on=date(2026, 11, 3),
        ),
    )
    tab = _open(services, qtbot)
    document = tab.preview.document()
    assert not document.resource(QTextDocument.ResourceType.ImageResource, QUrl("chart:disputes")).isNull()
    qtbot.wait(50)
    image = tab.grab()
    assert not image.isNull()
    out = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    if out.is_dir():
        assert image.save(str(out / "report_tab.png"))
