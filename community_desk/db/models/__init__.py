"""All mapped classes, imported here so Base.metadata knows every table."""

from community_desk.db.models import deliberation  # noqa: F401 - registers the 群议厅 tables
from community_desk.db.models.audit import AuditEntry, Setting
from community_desk.db.models.events import Event  # noqa: F401 - registers the 活动 tables
from community_desk.db.models.exports import ExportLog
from community_desk.db.models.mediation import MediationCase  # noqa: F401 - registers the 敞心阁 (调解) tables
from community_desk.db.models.report import MonthlyReport  # noqa: F401 - registers the 月度工作报告 table
from community_desk.db.models.residents import (
    Building,
    Grid,
    Household,
    Membership,
    Resident,
    ResidentEvent,
    SpecialTag,
)
from community_desk.db.models.roster import DutyShift  # noqa: F401 - registers the 值班 tables
from community_desk.db.models.volunteers import Volunteer  # noqa: F401 - registers the 志愿服务 tables

__all__ = [
    "AuditEntry",
    "Building",
    "ExportLog",
    "Grid",
    "Household",
    "Membership",
    "Resident",
    "ResidentEvent",
    "Setting",
    "SpecialTag",
]
