"""A member's fields (常住人口登记表), shared by the new-household and member dialogs.

The ID number is checked while the clerk types, because a wrong check character is far cheaper to fix with
the card still on the desk than from the 核对 column a week later.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from community_desk.domain import codes
from community_desk.domain.idcard import IdInfo, IdType, InvalidIdNumber, describe_mismatch, parse_id_number
from community_desk.services.dto import ResidentInput
from community_desk.ui.widgets.code_combo import CodeComboBox
from community_desk.ui.widgets.date_edit import OptionalDateEdit

OK_STYLE = "color: #1b7d2a;"
WARN_STYLE = "color: #c25e00;"
ERROR_STYLE = "color: #b00020;"
ID_CHECK_DELAY_MS = 300
FLOATING = codes.PERSON_CATEGORIES.code_of("流动人口") or "2"
UNKNOWN_GENDERS = ("", "0", "9")  # nothing the clerk chose: safe to fill from the number


class MemberForm(QWidget):
    """All ResidentInput fields in two columns; `value()` / `set_value()` convert to and from the DTO."""

    birth_date_changed = Signal(object)  # date | None, for 出生 registration dates that follow it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._auto_birth: date | None = None  # values we filled from the number (and may refresh)
        self._auto_gender = ""
        self._filling = False
        self._build()
        self._id_timer = QTimer(self)
        self._id_timer.setSingleShot(True)
        self._id_timer.setInterval(ID_CHECK_DELAY_MS)
        self._id_timer.timeout.connect(self.check_id)
        self.id_number_edit.textChanged.connect(lambda _text: self._id_timer.start())
        self.id_number_edit.editingFinished.connect(self.check_id)
        self.id_type_combo.currentIndexChanged.connect(lambda _index: self.check_id())
        self.birth_date_edit.date_changed.connect(self._on_birth_changed)
        self.gender_combo.currentIndexChanged.connect(lambda _index: self._recheck())
        self.category_combo.currentIndexChanged.connect(lambda _index: self._update_floating())
        self.set_value(ResidentInput(name=""))  # the DTO's defaults: 汉族, 群众, 户籍人口

    # --- layout -------------------------------------------------------------------------------------------
    def _build(self) -> None:
        tr = self.tr
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(50)
        self.former_name_edit = QLineEdit(self)
        self.id_type_combo = CodeComboBox(codes.ID_TYPES, self, editable=False)
        self.id_number_edit = QLineEdit(self)
        self.id_number_edit.setMaxLength(40)
        self.id_number_edit.setPlaceholderText(tr("18位公民身份号码，15位旧号自动升级"))
        self.id_hint = QLabel(self)
        self.id_hint.setObjectName("idHint")
        self.id_hint.setWordWrap(True)
        self.id_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.gender_combo = CodeComboBox(codes.GENDERS, self, blank=True)
        self.birth_date_edit = OptionalDateEdit(self)
        self.birth_date_edit.set_maximum(date.today())
        self.birth_date_edit.set_start_date(date(1970, 1, 1))
        self.ethnicity_combo = CodeComboBox(codes.ETHNICITIES, self, blank=True)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setMaxLength(30)
        self.political_combo = CodeComboBox(codes.POLITICAL_STATUSES, self, blank=True)
        self.education_combo = CodeComboBox(codes.EDUCATION_LEVELS, self, blank=True)
        self.marital_combo = CodeComboBox(codes.MARITAL_STATUSES, self, blank=True)
        self.religion_edit = QLineEdit(self)
        self.employer_edit = QLineEdit(self)
        self.military_combo = CodeComboBox(codes.MILITARY_SERVICES, self, blank=True)
        self.category_combo = CodeComboBox(codes.PERSON_CATEGORIES, self)
        self.arrived_on_edit = OptionalDateEdit(self)
        self.arrived_on_edit.set_maximum(date.today())
        self.stay_reason_edit = QLineEdit(self)
        self.stay_reason_edit.setPlaceholderText(tr("务工、经商、就学、投亲…"))
        self.hukou_address_edit = QLineEdit(self)
        self.note_edit = QLineEdit(self)

        left = self._left_form = _form()
        left.addRow(tr("姓名*"), self.name_edit)
        left.addRow(tr("曾用名"), self.former_name_edit)
        left.addRow(tr("证件类型"), self.id_type_combo)
        left.addRow(tr("证件号码"), self.id_number_edit)
        left.addRow("", self.id_hint)
        left.addRow(tr("性别"), self.gender_combo)
        left.addRow(tr("出生日期"), self.birth_date_edit)
        left.addRow(tr("民族"), self.ethnicity_combo)
        left.addRow(tr("联系电话"), self.phone_edit)
        right = _form()
        right.addRow(tr("政治面貌"), self.political_combo)
        right.addRow(tr("文化程度"), self.education_combo)
        right.addRow(tr("婚姻状况"), self.marital_combo)
        right.addRow(tr("宗教信仰"), self.religion_edit)
        right.addRow(tr("工作单位/职业"), self.employer_edit)
        right.addRow(tr("兵役状况"), self.military_combo)
        right.addRow(tr("人员类别"), self.category_combo)
        right.addRow(tr("来本地日期"), self.arrived_on_edit)
        right.addRow(tr("暂住事由"), self.stay_reason_edit)
        bottom = _form()
        bottom.addRow(tr("户籍地址"), self.hukou_address_edit)
        bottom.addRow(tr("备注"), self.note_edit)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addLayout(bottom, 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        self.fields: dict[str, QWidget] = {
            "name": self.name_edit,
            "former_name": self.former_name_edit,
            "id_type": self.id_type_combo,
            "id_number": self.id_number_edit,
            "gender": self.gender_combo,
            "birth_date": self.birth_date_edit,
            "ethnicity": self.ethnicity_combo,
            "phone": self.phone_edit,
            "political_status": self.political_combo,
            "education": self.education_combo,
            "marital_status": self.marital_combo,
            "religion": self.religion_edit,
            "employer": self.employer_edit,
            "military_service": self.military_combo,
            "category": self.category_combo,
            "arrived_on": self.arrived_on_edit,
            "stay_reason": self.stay_reason_edit,
            "hukou_address": self.hukou_address_edit,
            "note": self.note_edit,
        }

    # --- value --------------------------------------------------------------------------------------------
    def value(self) -> ResidentInput:
        """Raw text as typed; the service trims and normalises, so rare characters reach it untouched."""
        floating = self.is_floating()
        return ResidentInput(
            name=self.name_edit.text(),
            id_type=self.id_type_combo.code() or IdType.RESIDENT.value,
            id_number=self.id_number_edit.text(),
            gender=self.gender_combo.code(),
            birth_date=self.birth_date_edit.date_value(),
            ethnicity=self.ethnicity_combo.code(),
            former_name=self.former_name_edit.text(),
            phone=self.phone_edit.text(),
            hukou_address=self.hukou_address_edit.text(),
            political_status=self.political_combo.code(),
            education=self.education_combo.code(),
            marital_status=self.marital_combo.code(),
            religion=self.religion_edit.text(),
            employer=self.employer_edit.text(),
            military_service=self.military_combo.code(),
            category=self.category_combo.code(),
            arrived_on=self.arrived_on_edit.date_value() if floating else None,
            stay_reason=self.stay_reason_edit.text() if floating else "",
            note=self.note_edit.text(),
        )

    def set_value(self, data: ResidentInput) -> None:
        self._filling = True
        try:
            self.name_edit.setText(data.name)
            self.former_name_edit.setText(data.former_name)
            self.id_type_combo.set_code(data.id_type or IdType.RESIDENT.value)
            self.id_number_edit.setText(data.id_number)
            self.gender_combo.set_code(data.gender)
            self.birth_date_edit.set_date_value(data.birth_date)
            self.ethnicity_combo.set_code(data.ethnicity)
            self.phone_edit.setText(data.phone)
            self.hukou_address_edit.setText(data.hukou_address)
            self.political_combo.set_code(data.political_status)
            self.education_combo.set_code(data.education)
            self.marital_combo.set_code(data.marital_status)
            self.religion_edit.setText(data.religion)
            self.employer_edit.setText(data.employer)
            self.military_combo.set_code(data.military_service)
            self.category_combo.set_code(data.category)
            self.arrived_on_edit.set_date_value(data.arrived_on)
            self.stay_reason_edit.setText(data.stay_reason)
            self.note_edit.setText(data.note)
        finally:
            self._filling = False
        self._auto_birth, self._auto_gender = None, ""  # stored values count as the clerk's own
        self._update_floating()
        self.check_id()

    def is_floating(self) -> bool:
        return self.category_combo.code() == FLOATING

    # --- live ID check ------------------------------------------------------------------------------------
    def check_id(self) -> IdInfo | None:
        """Validate the number now; fill blank 出生日期/性别 from it and say what disagrees."""
        self._id_timer.stop()
        text = self.id_number_edit.text().strip()
        if not text:
            self._show_hint("", "")
            return None
        id_type = self.id_type_combo.code() or IdType.RESIDENT.value
        try:
            info = parse_id_number(text, id_type)
        except InvalidIdNumber as error:
            self._show_hint(f"✗ {error.reason}", ERROR_STYLE)
            return None
        self._fill_from(info)
        self._describe(info)
        return info

    def _fill_from(self, info: IdInfo) -> None:
        """Blank fields, or ones we filled ourselves from an earlier number, follow the number; typed ones stay."""
        self._filling = True
        try:
            birth = self.birth_date_edit.date_value()
            if info.birth_date is not None and (birth is None or birth == self._auto_birth):
                self.birth_date_edit.set_date_value(info.birth_date)
                self._auto_birth = info.birth_date
            gender = self.gender_combo.code()
            if info.sex is not None and (gender in UNKNOWN_GENDERS or gender == self._auto_gender):
                self.gender_combo.set_code(info.sex)
                self._auto_gender = info.sex
        finally:
            self._filling = False
        self.birth_date_changed.emit(self.birth_date_edit.date_value())

    def _describe(self, info: IdInfo) -> None:
        mismatches = describe_mismatch(
            info, birth_date=self.birth_date_edit.date_value(), sex=self.gender_combo.code() or None
        )
        if mismatches:
            text, style = "⚠ " + "；".join(mismatches), WARN_STYLE
        else:
            facts = []
            if info.birth_date is not None:
                facts.append(self.tr("出生日期 {0}").format(info.birth_date.isoformat()))
            if info.sex is not None:
                facts.append(codes.GENDERS.name_of(info.sex))
            text = "✓ " + ("，".join(facts) if facts else self.tr("号码格式正确"))
            style = OK_STYLE
        selected = self.id_type_combo.code()
        if info.id_type.value != selected:
            text += self.tr("（识别为{0}）").format(info.id_type.value)
        if info.upgraded_from:
            text += "\n" + self.tr("15位旧号码，保存时将升级为18位：{0}").format(info.number)
        self._show_hint(text, style)

    def _show_hint(self, text: str, style: str) -> None:
        self.id_hint.setText(text)
        self.id_hint.setStyleSheet(style)
        self._left_form.setRowVisible(self.id_hint, bool(text))

    def _on_birth_changed(self, value: date | None) -> None:
        if not self._filling:
            self.birth_date_changed.emit(value)
            self._recheck()

    def _recheck(self) -> None:
        """A birth date or sex typed after the number may now disagree with it."""
        if not self._filling and self.id_number_edit.text().strip():
            self.check_id()

    def _update_floating(self) -> None:
        floating = self.is_floating()
        self.arrived_on_edit.setEnabled(floating)
        self.stay_reason_edit.setEnabled(floating)


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(6)
    return form
