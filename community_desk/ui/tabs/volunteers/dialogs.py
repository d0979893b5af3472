"""The volunteer dialog (基本信息 / 所属队伍 / 服务记录 / 证明), the team dialog and the certificate dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from community_desk.domain import codes
from community_desk.domain import volunteers as rules
from community_desk.services.volunteer_dto import TeamInput, TeamRow, VolunteerInput, VolunteerRow
from community_desk.ui.models.simple_table import SimpleTableModel
from community_desk.ui.tabs.mediation.talk_panel import table_view
from community_desk.ui.tabs.mediation.widgets import ResidentNameEdit
from community_desk.ui.tabs.residents.form_dialog import FormDialog
from community_desk.ui.widgets.code_combo import CodeComboBox
from community_desk.ui.widgets.date_edit import OptionalDateEdit

if TYPE_CHECKING:
    from community_desk.services.volunteers import VolunteerService


class VolunteerDialog(FormDialog):
    """登记/修改志愿者. Picking a resident links the registry: personal fields then show, but are not typed."""

    def __init__(
        self, service: VolunteerService, parent: QWidget | None = None, volunteer: VolunteerRow | None = None
    ) -> None:
        super().__init__(parent)
        self._service, self._volunteer = service, volunteer
        self.setWindowTitle(self.tr("志愿者 {0}").format(volunteer.number) if volunteer else self.tr("登记志愿者"))
        self.pages = QTabWidget(self)
        self.pages.setObjectName("volunteerPages")
        self.pages.addTab(self._basic_page(), self.tr("基本信息"))
        if volunteer is not None:
            self.pages.addTab(self._list_page(self._team_rows(), (self.tr("队伍"), self.tr("职务"), self.tr("加入"),
                                                                  self.tr("退出"))), self.tr("所属队伍"))
            records = service.service_records(volunteer_id=volunteer.id)
            rows = [(f"{r.start:%Y-%m-%d %H:%M}", rules.hours_text(r.minutes), r.category, r.content) for r in records]
            total = self.tr("累计 {0} 小时（{1} 次）{2}").format(rules.hours_text(volunteer.minutes), len(records),
                                                         rules.star_level(volunteer.minutes))
            self.pages.addTab(self._list_page(rows, (self.tr("开始"), self.tr("小时"), self.tr("类别"),
                                                     self.tr("内容")), total), self.tr("服务记录"))
            self.pages.addTab(self._certificate_page(), self.tr("证明"))
        self.body.addWidget(self.pages)
        self.resize(600, 520)

    def _basic_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.name = ResidentNameEdit(self._service, page)  # type: ignore[arg-type] - duck-typed reader
        self.name.setObjectName("volunteerName")
        self.linked = QLabel(page)
        self.id_type = CodeComboBox(codes.ID_TYPES, page, editable=False)
        self.id_number = QLineEdit(page)
        self.gender = CodeComboBox(codes.GENDERS, page, blank=True, editable=False)
        self.birth_date = OptionalDateEdit(page)
        self.phone = QLineEdit(page)
        self.political = CodeComboBox(codes.POLITICAL_STATUSES, page, blank=True)
        self.skills = QLineEdit(page)
        self.registered_on = OptionalDateEdit(page, value=date.today())
        self.active = QCheckBox(self.tr("在册"), page)
        self.active.setChecked(True)
        self.note = QLineEdit(page)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow("", self.linked)
        for label, widget in ((self.tr("证件类型"), self.id_type), (self.tr("证件号码"), self.id_number),
                              (self.tr("性别"), self.gender), (self.tr("出生日期"), self.birth_date),
                              (self.tr("联系电话"), self.phone), (self.tr("政治面貌"), self.political),
                              (self.tr("专长"), self.skills), (self.tr("注册日期"), self.registered_on),
                              ("", self.active), (self.tr("备注"), self.note)):
            form.addRow(label, widget)
        self.team_checks: dict[int, QCheckBox] = {}
        if self._volunteer is None:
            for team in self._service.teams(active_only=True):
                box = QCheckBox(team.name, page)
                self.team_checks[team.id] = box
                form.addRow(self.tr("加入队伍") if len(self.team_checks) == 1 else "", box)
        self._personal = (self.id_type, self.id_number, self.gender, self.birth_date, self.phone, self.political)
        self.name.picked.connect(lambda resident: self._set_linked(resident is not None))
        volunteer = self._volunteer
        if volunteer is not None:
            self.name.setText(volunteer.name)
            self.name.resident_id = volunteer.resident_id
            self.id_type.set_code(volunteer.id_type or "居民身份证")
            self.id_number.setText(volunteer.id_number)
            self.gender.set_code(codes.GENDERS.code_of(volunteer.gender) or "")
            self.birth_date.set_date_value(volunteer.birth_date)
            self.phone.setText(volunteer.phone)
            self.political.set_code(codes.POLITICAL_STATUSES.code_of(volunteer.political_status) or "")
            self.skills.setText(volunteer.skills)
            self.registered_on.set_date_value(volunteer.registered_on)
            self.active.setChecked(volunteer.active)
        self._set_linked(self.name.resident_id is not None)
        return page

    def _set_linked(self, linked: bool) -> None:
        self.linked.setText(self.tr("已关联居民档案：证件、性别、出生日期、电话、政治面貌取自居民信息") if linked
                            else self.tr("未关联居民（可从下拉中选择居民，避免重复录入）"))
        for widget in self._personal:
            widget.setEnabled(not linked)

    def _team_rows(self) -> list[tuple[str, ...]]:
        assert self._volunteer is not None
        return [(m.team_name, m.role, m.joined_on.isoformat(), m.left_on.isoformat() if m.left_on else "")
                for m in self._service.team_members(volunteer_id=self._volunteer.id)]

    def _list_page(self, rows: list[tuple[str, ...]], headers: tuple[str, ...], caption: str = "") -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        if caption:
            layout.addWidget(QLabel(caption, page))
        model = SimpleTableModel(headers, page)
        model.set_rows(rows)
        view = table_view(page, "volunteerSubList")
        view.setModel(model)
        layout.addWidget(view)
        return page

    def _certificate_page(self) -> QWidget:
        assert self._volunteer is not None
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.certificate_model = SimpleTableModel((self.tr("证明编号"), self.tr("服务时间段"), self.tr("时长"),
                                                   self.tr("出具日期"), self.tr("打印次数")), page)
        view = table_view(page, "volunteerCertificates")
        view.setModel(self.certificate_model)
        self.issue_button = QPushButton(self.tr("出具/补打证明…"), page)
        self.issue_button.clicked.connect(self.issue_certificate)
        layout.addWidget(view)
        layout.addWidget(self.issue_button)
        self._reload_certificates()
        return page

    def _reload_certificates(self) -> None:
        assert self._volunteer is not None
        rows = [(c.number, f"{c.period_from} 至 {c.period_to}", rules.hours_text(c.minutes), c.issued_on.isoformat(),
                 c.print_count) for c in self._service.certificates(self._volunteer.id)]
        self.certificate_model.set_rows(rows)

    def issue_certificate(self) -> None:
        assert self._volunteer is not None
        dialog = CertificateDialog(self._service, self._volunteer, self)
        if dialog.exec():
            self._reload_certificates()

    def save(self) -> None:
        data = VolunteerInput(
            resident_id=self.name.resident_id, name=self.name.name(), id_type=self.id_type.code(),
            id_number=self.id_number.text(), gender=self.gender.code(), birth_date=self.birth_date.date_value(),
            phone=self.phone.text(), political_status=self.political.code(), skills=self.skills.text(),
            registered_on=self.registered_on.date_value(), active=self.active.isChecked(), note=self.note.text(),
        )
        if self._volunteer is None:
            teams = tuple(team_id for team_id, box in self.team_checks.items() if box.isChecked())
            self.volunteer_id = self._service.create_volunteer(data, teams)
        else:
            self._service.update_volunteer(self._volunteer.id, data)
            self.volunteer_id = self._volunteer.id

    def field_widget(self, field: str | None) -> QWidget | None:
        return {"name": self.name, "resident": self.name}.get(field or "")


class CertificateDialog(FormDialog):
    """出具志愿服务记录证明: period (empty = all service), 负责人, 经办人 and the file (.docx or .pdf)."""

    def __init__(self, service: VolunteerService, volunteer: VolunteerRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._volunteer = service, volunteer
        self.setWindowTitle(self.tr("志愿服务记录证明 — {0}").format(volunteer.name))
        form = QFormLayout()
        self.period_from = OptionalDateEdit(self)
        self.period_to = OptionalDateEdit(self)
        self.responsible = QLineEdit(self)
        self.handler = QLineEdit(self)
        self.path = QLineEdit(self)
        self.path.setObjectName("certificatePath")
        self.path.setText(str(Path.home() / f"志愿服务记录证明_{volunteer.number}.docx"))
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("服务起始日期（空=全部）"), self.period_from)
        form.addRow(self.tr("服务截止日期（空=全部）"), self.period_to)
        form.addRow(self.tr("负责人"), self.responsible)
        form.addRow(self.tr("经办人"), self.handler)
        form.addRow(self.tr("保存为（.docx 或 .pdf）"), row)
        self.body.addLayout(form)
        self.body.addWidget(QLabel(self.tr("同一志愿者同一时间段再次出具时沿用原证明编号（补打）。"), self))
        self.save_button.setText(self.tr("出具"))
        self.fit_width(520)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存证明"), self.path.text(),
                                              self.tr("Word 文档 (*.docx);;PDF (*.pdf)"))
        if path:
            self.path.setText(path)

    def save(self) -> None:
        self.written, self.data = self._service.write_certificate(
            self._volunteer.id, Path(self.path.text().strip()), self.period_from.date_value(),
            self.period_to.date_value(), self.responsible.text(), self.handler.text(),
        )


class TeamDialog(FormDialog):
    def __init__(self, service: VolunteerService, parent: QWidget | None = None, team: TeamRow | None = None) -> None:
        super().__init__(parent)
        self._service, self._team = service, team
        self.setWindowTitle(self.tr("修改队伍") if team else self.tr("新建队伍"))
        form = QFormLayout()
        self.name = QLineEdit(team.name if team else "", self)
        self.note = QLineEdit(team.note if team else "", self)
        self.active = QCheckBox(self.tr("活跃"), self)
        self.active.setChecked(team.active if team else True)
        form.addRow(self.tr("队伍名称"), self.name)
        form.addRow(self.tr("说明"), self.note)
        form.addRow("", self.active)
        self.body.addLayout(form)
        self.fit_width(380)

    def save(self) -> None:
        data = TeamInput(self.name.text(), self.note.text(), self.active.isChecked())
        if self._team is None:
            self.team_id = self._service.create_team(data)
        else:
            self._service.update_team(self._team.id, data)

    def field_widget(self, field: str | None) -> QWidget | None:
        return self.name if field == "name" else None
