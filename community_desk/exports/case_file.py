"""人民调解卷宗: which forms a case's file holds, in which order, and the whole file as one Word document.

The order is the 卷内目录 of domain.md §3: 申请书 (only for 当事人申请; for every other source — 主动调解, 移送,
委托, 交办 — the 受理登记表 comes first), 受理登记表, 权利义务告知书, 调查记录 (one per investigation), 调解记录
(one per session), 协议书 (书面协议) or 口头协议登记表 (口头协议), 回访记录 (one per visit), 结案报告表, 备考表.
证据材料 are paper the clerk adds by hand: they are not printed, and the 备考表 leaves room to count them.

Each form is its own editable template (exports/templates/mediation/, built by make_mediation_forms.py). The Word
卷宗 is cover.docx (cover, 卷内目录, and a last section whose footer numbers pages from 1) with every rendered form
moved into that last section, each starting on a new page. Page numbers in the 目录 (and 共N页 on the 备考表) are
PAGEREF fields to a bookmark on each form's title: Word paginates only when it opens the file, so the numbers
cannot be known here; Word updates such fields when printing (F9 on screen), LibreOffice when it lays the
document out. Their cached values, which a viewer shows until then, are the pages of our own PDF layout of the same
content (same page size, margins and type sizes), so they are right whenever Word paginates the same way.

Styles and page setup of the whole 卷宗 come from cover.docx; a form's own style definitions are used only for
styles cover.docx lacks. Pictures and links a clerk puts into a form template are carried over; lists (Word
numbering) are not — write （一）、（二） as text, as the supplied templates do. No Qt, no SQLAlchemy.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Mapping
from copy import deepcopy
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docxtpl import DocxTemplate
from jinja2 import Environment, StrictUndefined, TemplateError, UndefinedError
from lxml import etree

from community_desk.exports.word import WordExportError, clean_text, save_atomic, template_path, use_supplementary_font

COVER_TEMPLATE = "mediation/cover.docx"
Progress = Callable[[int, int], None]
_R_ATTRIBUTES = (qn("r:id"), qn("r:embed"), qn("r:link"))


@dataclass(frozen=True)
class FormSpec:
    key: str
    title: str  # as the 卷内目录 lists it and the form's heading reads
    template: str  # relative to exports/templates/


FORMS: dict[str, FormSpec] = {
    spec.key: spec
    for spec in (
        FormSpec("application", "人民调解申请书", "mediation/application.docx"),
        FormSpec("acceptance", "人民调解受理登记表", "mediation/acceptance.docx"),
        FormSpec("rights_notice", "当事人权利义务告知书", "mediation/rights_notice.docx"),
        FormSpec("investigation", "人民调解调查记录", "mediation/investigation.docx"),
        FormSpec("session", "人民调解记录", "mediation/session.docx"),
        FormSpec("agreement", "人民调解协议书", "mediation/agreement.docx"),
        FormSpec("oral_agreement", "人民调解口头协议登记表", "mediation/oral_agreement.docx"),
        FormSpec("visit", "人民调解回访记录", "mediation/visit.docx"),
        FormSpec("closing_report", "人民调解结案报告表", "mediation/closing_report.docx"),
        FormSpec("remarks", "卷内备考表", "mediation/remarks.docx"),
    )
}


@dataclass(frozen=True)
class CaseFileData:
    """What the forms print, every value already a display string (dates 2026年11月23日, IDs masked or not)."""

    committee: str  # 示范社区人民调解委员会
    filed_on: str  # 立卷日期: the day the file is printed
    case: dict[str, str]  # number, dispute_type, source, accepted_on, closed_on, parties, mediators …
    parties: list[dict[str, str]]
    applied: bool  # 当事人申请: the file opens with the 申请书
    investigations: list[dict[str, str]] = field(default_factory=list)
    sessions: list[dict[str, str]] = field(default_factory=list)
    agreement: dict[str, Any] | None = None  # with kind 书面协议 / 口头协议
    copies: list[dict[str, str]] = field(default_factory=list)  # one per party + one for the committee
    visits: list[dict[str, str]] = field(default_factory=list)
    closing: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class FormPart:
    """One document of the file: a form filled for one record (the second session, the first visit …)."""

    key: str
    title: str
    template: str
    context: dict[str, Any]
    date: str
    note: str
    bookmark: str  # on the form's title in the Word file; the 目录's PAGEREF fields point here
    copies: int = 1  # pages the form takes at least (the 协议书: one per copy)


@dataclass(frozen=True)
class CaseFile:
    committee: str
    filed_on: str
    case: dict[str, str]
    parts: tuple[FormPart, ...]

    @property
    def keys(self) -> list[str]:
        return [part.key for part in self.parts]

    def estimated_pages(self) -> dict[str, int]:
        """A first guess (one page a form, one a copy), used before a layout has counted them."""
        pages, page = {}, 1
        for part in self.parts:
            pages[part.bookmark] = page
            page += part.copies
        return pages

    def toc(self, pages: Mapping[str, int]) -> list[dict[str, str]]:
        return [
            {"index": str(number), "title": part.title, "date": part.date, "page": str(pages[part.bookmark]),
             "bookmark": part.bookmark, "note": part.note}
            for number, part in enumerate(self.parts, start=1)
        ]  # fmt: skip

    def cover_context(self, pages: Mapping[str, int]) -> dict[str, Any]:
        return {"case": self.case, "committee": self.committee, "filed_on": self.filed_on, "toc": self.toc(pages)}

    def context(self, part: FormPart, pages: Mapping[str, int]) -> dict[str, Any]:
        """The part's template context; the 备考表's 共N页 is its own page, the last of the file."""
        if part.key != "remarks":
            return part.context
        return {**part.context, "remarks": {**part.context["remarks"], "pages": str(pages[part.bookmark])}}


def plan(data: CaseFileData) -> CaseFile:
    """The documents of a case's file in 卷内目录 order, each with its template context."""
    parts: list[FormPart] = []
    case, committee, parties = data.case, data.committee, data.parties

    def add(key: str, context: dict[str, Any], date: str, note: str = "", copies: int = 1) -> None:
        spec = FORMS[key]
        bookmark = f"_CaseForm{len(parts) + 1:02d}"
        parts.append(FormPart(key, spec.title, spec.template, {"case": case, **context}, date, note, bookmark, copies))

    if data.applied:
        applicants = [p for p in parties if p["role"] == "申请人"]
        add("application", {"committee": committee, "parties": parties, "applicants": applicants}, case["accepted_on"])
    add("acceptance", {"parties": parties}, case["accepted_on"], "" if data.applied else case["source"])
    add("rights_notice", {"committee": committee, "parties": parties}, case["accepted_on"])
    for item in data.investigations:
        add("investigation", {"investigation": item}, item["date"], f"第{item['seq']}次")
    for item in data.sessions:
        add("session", {"session": item}, item["date"], f"第{item['seq']}次")
    agreement = data.agreement
    if agreement is not None and agreement["kind"] == "口头协议":
        add("oral_agreement", {"agreement": agreement}, agreement["agreed_on"])
    elif agreement is not None:
        context = {"committee": committee, "parties": parties, "agreement": agreement, "copies": data.copies}
        add("agreement", context, agreement["agreed_on"], f"一式{len(data.copies)}份", copies=len(data.copies))
    for item in data.visits:
        add("visit", {"agreement": agreement, "visit": item}, item["visited_on"], f"第{item['seq']}次")
    add("closing_report", {"committee": committee, "closing": data.closing}, case["closed_on"])
    bookmark = f"_CaseForm{len(parts) + 1:02d}"
    remarks = {"documents": str(len(parts) + 1), "pages": "", "bookmark": bookmark}
    add("remarks", {"remarks": remarks, "filed_on": data.filed_on}, data.filed_on)
    return CaseFile(committee, data.filed_on, case, tuple(parts))


def single_form(case_file: CaseFile, bookmark: str) -> CaseFile:
    """A file holding one of the parts only, for printing a single form."""
    return replace(case_file, parts=tuple(p for p in case_file.parts if p.bookmark == bookmark))


# --- rendering ------------------------------------------------------------------------------------------------
def render_template(template_name: str, context: Mapping[str, Any]) -> DocxTemplate:
    """The filled template in memory, strict like word.render: a name the code does not supply is an error."""
    template = DocxTemplate(template_path(template_name))
    environment = Environment(undefined=StrictUndefined, autoescape=True)
    try:
        template.render(clean_text(dict(context)), jinja_env=environment, autoescape=True)
    except UndefinedError as error:
        raise WordExportError(f"Word模板 {template_name} 使用了程序未提供的内容：{error}") from error
    except TemplateError as error:
        raise WordExportError(f"Word模板 {template_name} 的标记有误：{error}") from error
    return template


def write_docx(
    case_file: CaseFile, out_path: Path, pages: Mapping[str, int] | None = None, progress: Progress | None = None
) -> Path:
    """The whole 卷宗 as one .docx, written atomically; `pages` are the cached page numbers (see the module doc)."""
    pages = pages or case_file.estimated_pages()
    master = render_template(COVER_TEMPLATE, case_file.cover_context(pages))
    document = master.docx
    body = document.element.body
    position = _clear_forms_section(body)
    next_id = _max_bookmark_id(body) + 1
    total = len(case_file.parts)
    for done, part in enumerate(case_file.parts):
        rendered = render_template(part.template, case_file.context(part, pages)).docx
        elements = [deepcopy(child) for child in rendered.element.body if child.tag != qn("w:sectPr")]
        for element in elements:
            for inner in element.iter(qn("w:sectPr")):  # a form's own section breaks would split the numbering
                inner.getparent().remove(inner)
        next_id = _renumber_bookmarks(elements, next_id)
        _bookmark_title(elements, part.bookmark, next_id)
        next_id += 1
        if done:
            elements = _start_on_new_page(elements)
        _copy_styles(rendered, document)
        _copy_relationships(elements, rendered.part, document.part)
        for element in elements:
            body.insert(position, element)
            position += 1
        if progress is not None:
            progress(done + 1, total)
    for root in _text_roots(document):
        use_supplementary_font(root)
    return save_atomic(document, Path(out_path))


def _clear_forms_section(body: etree._Element) -> int:
    """Removes cover.docx's marker paragraph(s) after its first section; returns where the forms go."""
    children = list(body)
    breaks = [
        i
        for i, child in enumerate(children)
        if child.tag == qn("w:p") and child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
    ]
    start = breaks[-1] + 1 if breaks else len(children) - 1
    for child in children[start:]:
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return start


def _max_bookmark_id(root: etree._Element) -> int:
    ids = [int(b.get(qn("w:id"), "0")) for b in root.iter(qn("w:bookmarkStart"))]
    return max(ids, default=0)


def _renumber_bookmarks(elements: list[etree._Element], next_id: int) -> int:
    """Bookmark ids must be unique in the document; every form's start at 0."""
    mapping: dict[str, str] = {}
    for element in elements:
        for tag in (qn("w:bookmarkStart"), qn("w:bookmarkEnd")):
            for mark in element.iter(tag):
                old = mark.get(qn("w:id"))
                if old not in mapping:
                    mapping[old] = str(next_id)
                    next_id += 1
                mark.set(qn("w:id"), mapping[old])
    return next_id


def _bookmark_title(elements: list[etree._Element], name: str, bookmark_id: int) -> None:
    """Wraps the form's first paragraph with text (its title) in the bookmark the 目录 refers to."""
    paragraphs = [p for e in elements for p in ([e] if e.tag == qn("w:p") else e.iter(qn("w:p")))]
    title = next((p for p in paragraphs if "".join(t.text or "" for t in p.iter(qn("w:t"))).strip()), None)
    if title is None:
        title = OxmlElement("w:p")
        elements.insert(0, title)
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    properties = title.find(qn("w:pPr"))
    title.insert(1 if properties is not None else 0, start)
    title.append(end)


def _start_on_new_page(elements: list[etree._Element]) -> list[etree._Element]:
    first = elements[0] if elements else None
    if first is None or first.tag != qn("w:p"):
        first = OxmlElement("w:p")
        elements = [first, *elements]
    Paragraph(first, None).paragraph_format.page_break_before = True
    return elements


def _copy_styles(source: Any, target: Any) -> None:
    known = {style.get(qn("w:styleId")) for style in target.styles.element.iter(qn("w:style"))}
    for style in source.styles.element.iter(qn("w:style")):
        if style.get(qn("w:styleId")) not in known:
            target.styles.element.append(deepcopy(style))


def _copy_relationships(elements: list[etree._Element], source: Any, target: Any) -> None:
    """Pictures and hyperlinks keep working in the target; anything else embedded is refused with a reason."""
    mapping: dict[str, str] = {}
    for element in elements:
        for node in element.iter():
            for attribute in _R_ATTRIBUTES:
                old = node.get(attribute)
                if old is None:
                    continue
                if old not in mapping:
                    mapping[old] = _relate(source.rels[old], target)
                node.set(attribute, mapping[old])


def _relate(rel: Any, target: Any) -> str:
    if rel.is_external:
        return target.relate_to(rel.target_ref, rel.reltype, is_external=True)
    if rel.reltype == RT.IMAGE:
        rel_id, _image = target.get_or_add_image(io.BytesIO(rel.target_part.blob))
        return rel_id
    raise WordExportError("文书模板中含有无法合并的嵌入对象（仅支持文字、表格、图片和链接），请在Word中删除后重试。")


def _text_roots(document: Any) -> Iterator[etree._Element]:
    yield document.element.body
    for rel in document.part.rels.values():
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external:
            element = getattr(rel.target_part, "element", None)
            if element is not None:
                yield element
