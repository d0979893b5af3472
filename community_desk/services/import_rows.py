"""The rows of one 台账 import and their fate, before the database is touched.

Kept apart from the writer so the checks that need no database (validate_resident, duplicate numbers) are done
once, up front, and the writer only sees rows that can still go in.
"""

from __future__ import annotations

from datetime import date

from community_desk.domain.import_rules import ParsedRow, RowReader
from community_desk.services.dto import ResidentInput
from community_desk.services.errors import UserError
from community_desk.services.validation import validate_resident


class ImportRows:
    """The file's rows and their fate; checks that need no database (validate_resident, duplicates) happen here."""

    def __init__(self, reader: RowReader, today: date) -> None:
        self.reader, self.today = reader, today
        self.all: dict[int, ParsedRow] = {}
        self.cleaned: dict[int, ResidentInput] = {}  # acceptable so far

    def add(self, row: ParsedRow) -> None:
        self.all[row.row] = row
        if row.problems:
            return
        try:
            cleaned, warnings = validate_resident(ResidentInput(**row.resident), today=self.today)
        except UserError as error:
            row.problems.append((self.reader.header(error.field or "name"), error.message))
            return
        start = row.place.get("moved_in_on")
        if start and start > self.today:
            row.problems.append((self.reader.header("moved_in_on"), "迁入日期不能晚于今天"))
        elif start and cleaned.birth_date and start < cleaned.birth_date:
            row.problems.append((self.reader.header("moved_in_on"), "迁入日期不能早于出生日期"))
        else:
            row.warnings.extend(warnings)
            self.cleaned[row.row] = cleaned

    def refuse(self, row: ParsedRow, column: str, reason: str) -> None:
        row.problems.append((column, reason))
        self.cleaned.pop(row.row, None)

    def refuse_duplicates(self) -> None:
        """The first row with a number wins; 15- and 18-digit forms of one number are the same person."""
        first: dict[str, int] = {}
        for row in self.all.values():
            number = self.cleaned[row.row].id_number if row.row in self.cleaned else row.resident.get("id_number")
            if number and number in first:
                self.refuse(row, self.reader.header("id_number"), f"与第{first[number]}行身份证号重复")
            elif number:
                first[number] = row.row

    def accepted(self) -> list[ParsedRow]:
        return [self.all[row] for row in self.cleaned]

    def refused(self) -> list[ParsedRow]:
        return [row for row in self.all.values() if row.problems]

    def warnings(self) -> list[str]:
        return [f"第{row.row}行 {text}" for row in self.accepted() for text in row.warnings]
