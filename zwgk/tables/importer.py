"""`zwgk import`: a decomposition table turned into a draft plan.

The rows of a table (`tables/sheet.py`) are read in order: a part row ("一、…")
opens a part, a section row ("（一）…") a section, and every other row is one
requirement of the task its 工作任务 cell names ("21.推进……"; an empty task
cell, or the same text again, continues the task above). Titles in the task
column over numbered items in the requirement column are parts or sections
and the items tasks; a table without part rows is one part titled as the
table. The unit cell is read
by `unitcells.py`, deadline phrases by `phrases.py`. Whatever could not be
interpreted is a `Note` with the row it came from: unknown units (added to the
draft with a provisional id, for review), time limits no phrase fits, task
cells without a number, rows without a unit.

The draft is checked by reading it back (`ledger/plan.py`, `ledger/units.py`) before anything
is written; `planyaml.py` writes it in the shipped files' layout.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.rules import problems
from zwgk.model.chars import chinese_numeral, numeral
from zwgk.model.directory import Directory, name_key
from zwgk.model.plan import Change, Group, Unit, UnitKind
from zwgk.model.values import small_int
from zwgk.tables.phrases import read_deadlines
from zwgk.tables.sheet import EXTRAS, Row, Table, find_header
from zwgk.tables.unitcells import UnitCell, group_kind, normalise, read_cell

_PART = re.compile(r"^([一二三四五六七八九十]+)[、.．]\s*(.+)$", re.S)
_SECTION = re.compile(r"^[（(]([一二三四五六七八九十]+)[）)]\s*(.+)$", re.S)
_TASK = re.compile(r"^\s*(\d+)\s*[.．、]\s*(.+)$", re.S)
_YEAR = re.compile(r"(20\d\d)\s*年")
# A line above the header that is only a year ("（2018年）"): how `export
# --plan` says the year of a plan whose title does not.
_YEAR_LINE = re.compile(r"^[（(]?(20\d\d)年度?[）)]?$")
# The line `export --plan` writes under the title when the plan has an
# effective date: "（2018年，自2018年4月1日起施行）", or without the year when the
# title says it. Read only as a whole line above the header, never in the table.
_DATES_LINE = re.compile(
    r"^[（(](?:(20\d\d)年[，,])?自(20\d\d)年(\d{1,2})月(\d{1,2})日起施行[）)]$"
)
# Words of a line saying when a table takes effect, read or not.
_TAKES_EFFECT = re.compile(r"起施行|起执行|起生效|施行之日|印发之日")
_ATTACHMENT = re.compile(r"^附件\s*\d*[:：]?$")

# Ids for group names DESIGN.md documents (a county's table), used only when the
# table names the group and the directory lacks it; other groups get `group-N`.
KNOWN_GROUPS = (
    Group("towns", "各镇（街道）", (), "town"),
    Group("departments", "县政府各部门", (), "department"),
    Group("relevant", "县政府各有关部门", vague=True),
    Group("gov-relevant", "县政府有关部门", vague=True),
    Group("related", "有关部门", vague=True),
    Group("other-departments", "县政府其他部门", vague=True),
    Group("etc-departments", "等县政府部门", vague=True),
)


class Note(NamedTuple):
    row: int
    """The row of the table (0: the table as a whole)."""
    code: str
    """unknown-unit | unread-deadline | no-number | duplicate-number | number-gap |
    no-part | part-numbered | no-unit | unit-from-above | no-task | no-title |
    column-left-out | task-as-requirement | new-group | etc-dropped |
    unread-effective | lead-empty | deadline-empty | title-year"""
    message: str


@dataclass
class Draft:
    title: str
    year: int
    parts: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    units: dict[str, Unit] = field(default_factory=dict)
    groups: dict[str, Group] = field(default_factory=dict)
    changes: tuple[Change, ...] = ()
    new_units: list[str] = field(default_factory=list)
    """Ids given to names the directory did not know, in order met."""
    notes: list[Note] = field(default_factory=list)
    source: str = ""
    effective: dt.date | None = None
    """When the plan took effect (`--effective`); None: not given, not guessed."""

    def directory(self) -> Directory:
        return Directory(dict(self.units), dict(self.groups), self.changes)


def _above(table: Table, header_index: int) -> list[str]:
    """The texts above the header, in order, without an 附件 line."""
    above = [cell for row in table.rows[:header_index] for cell in row.cells if cell.strip()]
    texts = dict.fromkeys(normalise(c) for c in [*table.before, *above])
    return [text for text in texts if not _ATTACHMENT.match(text)]


def _year(title: str | None, above: list[str]) -> int | None:
    """The plan year: the title's "2021年", else a line that is only a year
    (or the year and the effective date)."""
    match = _YEAR.search(title or "")
    if match is not None:
        return int(match.group(1))
    for text in above:
        if (line := _YEAR_LINE.match(text)) is not None:
            return int(line.group(1))
        if (line := _DATES_LINE.match(text)) is not None and line.group(1):
            return int(line.group(1))
    return None


def _effective(draft: Draft, above: list[str]) -> dt.date | None:
    """The effective date a line above the header states ("自2018年4月1日起施行"
    as the whole line, see _DATES_LINE); None when none does. A line that
    speaks of taking effect but gives no real day (2月30日, or words around
    it) is a note: the date is asked for, never guessed."""
    found: dt.date | None = None
    for text in above:
        if (line := _DATES_LINE.match(text)) is not None:
            try:
                day = dt.date(int(line.group(2)), int(line.group(3)), int(line.group(4)))
            except ValueError:
                day = None
            if day is not None:
                found = found or day
                continue
        if _TAKES_EFFECT.search(text):
            draft.notes.append(
                Note(0, "unread-effective", t("import.note_unread_effective", line=text))
            )
    return found


def set_effective(draft: Draft, effective: dt.date | None) -> None:
    """The plan's effective date, within its year (the draft's period)."""
    if effective is not None and effective.year != draft.year:
        raise ZwgkError(
            t("import.effective_outside", effective=effective, year=draft.year),
            hint=t("import.effective_outside_hint"),
            exit_code=EXIT_USAGE,
        )
    draft.effective = effective


def _is_dates_line(text: str) -> bool:
    return bool(_YEAR_LINE.match(text) or _DATES_LINE.match(text))


def _is_heading(row: Row) -> str | None:
    """The text of a part or section row: one text in the row ("一、…",
    "（一）…"), merged across the columns or in one of them (a 序号 column
    first, as Excel writes a merged row into CSV)."""
    texts = {normalise(cell) for cell in row.cells if cell.strip()}
    if len(texts) == 1:
        text = next(iter(texts))
        if _PART.match(text) or _SECTION.match(text):
            return text
    return None


def _cell(row: Row, column: int | None) -> tuple[str, bool]:
    if column is None or column >= len(row.cells):
        return "", False
    merged = bool(row.merged_from_above) and row.merged_from_above[column]
    return row.cells[column], merged


def build(
    table: Table,
    directory: Directory,
    *,
    year: int | None = None,
    title: str | None = None,
    effective: dt.date | None = None,
) -> Draft:
    """The draft plan the table describes, with a note for every cell it could
    not interpret."""
    draft, index, columns = _start(table, directory, year, title, effective)
    rows = _Rows(draft, columns)
    for row in table.rows[index + 1 :]:
        if any(cell.strip() for cell in row.cells):
            rows.read(row)
    if not draft.tasks:
        raise ZwgkError(t("import.no_tasks", path=table.path), hint=t("import.no_header_hint"),
                        exit_code=EXIT_USAGE)  # fmt: skip
    _drop_empty_sections(draft)
    _keep_named(draft)
    return draft


def _start(
    table: Table,
    directory: Directory,
    year: int | None,
    title: str | None,
    effective: dt.date | None,
) -> tuple[Draft, int, dict[str, int]]:
    """The empty draft from what is above the rows (title, year, effective
    date, the header's columns), the header's index and its columns."""
    header = find_header(table.rows)
    if header is None:
        raise ZwgkError(t("import.no_header", path=table.path), hint=t("import.no_header_hint"),
                        exit_code=EXIT_USAGE)  # fmt: skip
    index, columns = header
    if "part" not in columns and columns["task"] > 0 and 0 not in columns.values():
        columns["part"] = 0  # an unnamed first column left of the tasks: part titles
    above = _above(table, index)
    title = title or next((text for text in above if not _is_dates_line(text)), None)
    if year is None:
        year = _year(title, above)
        if year is None:
            raise ZwgkError(
                t("import.no_year"), hint=t("import.no_year_hint"), exit_code=EXIT_USAGE
            )
    draft = Draft(title or t("init.default_title", year=year), year, source=str(table.path))
    set_effective(draft, effective if effective is not None else _effective(draft, above))
    if not title:
        draft.notes.append(Note(0, "no-title", t("import.note_no_title", title=draft.title)))
    elif (named := _year(title, [])) is not None and named != year:
        # --year 2020 for a table titled 2019: the Word notice, the 回执 and
        # the calendar print the title, so the office is told.
        draft.notes.append(Note(0, "title-year", t("import.note_title_year", title=title,
                                                    named=named, year=year)))  # fmt: skip
    _note_left_out(draft, table.rows[index], columns)
    # Names are matched against the whole directory; `_keep_named` then
    # leaves the draft only what its table names (issue 15, Build 4).
    draft.units = dict(directory.units)
    draft.groups = dict(directory.groups)
    draft.changes = directory.changes
    return draft, index, columns


@dataclass
class _Rows:
    """The rows under the header, read in order into the draft: where the
    layout puts parts, sections and tasks (`_part_column`, `_heading`,
    `_task_cell`), then the requirement each row is (`_requirement`)."""

    draft: Draft
    columns: dict[str, int]
    part: dict[str, Any] | None = None
    section: str | None = None
    task: dict[str, Any] | None = None
    task_cell: str = ""
    """The task cell of the current task, to tell its rows from the next's."""
    part_cell: str = ""
    """The last text of a first column of part titles."""
    title_cell: str = ""
    """The last title over numbered items (titles-over-items layout)."""
    items_below_titles: bool = False
    unit_text: tuple[str, str] = ("", "")
    when_above: str = ""

    def read(self, row: Row) -> None:
        heading = _is_heading(row)
        self._part_column(row, heading)
        if heading is not None and self._heading(row, heading):
            return
        cell, is_item = self._task_cell(row)
        self._requirement(row, cell, is_item)

    def _close_task(self) -> None:
        self.task, self.task_cell, self.unit_text = None, "", ("", "")

    def _part_column(self, row: Row, heading: str | None) -> None:
        """Part titles merged down a first column, the tasks beside them: a
        new title there opens a part, the row itself is a task row all the same."""
        columns = self.columns
        first = normalise(_cell(row, columns.get("part", 0))[0])
        if first == self.part_cell or columns.get("part", 0) >= columns["task"]:
            return
        self.part_cell = first
        # A column headed as tasks left of the tasks (池州: 工作任务 over two
        # columns) holds part titles even without "一、"; an unnamed one only
        # those with it.
        titled = "part" in columns and bool(first)
        if (_PART.match(first) or titled) and heading is None:
            self.part = _open_part(self.draft, row, first)
            self.section = None
            self._close_task()

    def _heading(self, row: Row, text: str) -> bool:
        """A part or section row read; False for another heading-like text."""
        if (part_match := _PART.match(text)) is not None:
            self.part = {"no": part_match.group(1), "title": part_match.group(2), "sections": []}
            self.draft.parts.append(self.part)
            self.section = None
            self._close_task()
            return True
        if (section_match := _SECTION.match(text)) is not None:
            # A section row before any part row: the table has no part rows,
            # its one part is the table's (a heading is never a task).
            self._open_section(row, section_match)
            self._close_task()
            return True
        return False

    def _open_section(self, row: Row, match: re.Match[str]) -> None:
        self.part = self.part if self.part is not None else _table_part(self.draft, row)
        self.section = f"（{match.group(1)}）"
        self.part["sections"].append({"no": self.section, "title": match.group(2)})

    def _task_cell(self, row: Row) -> tuple[str, bool]:
        """The row's task cell as a task line ("21.推进……"), and whether it
        is a numbered item under a title (the line is then what is required)."""
        columns = self.columns
        cell = normalise(_cell(row, columns["task"])[0])
        item = normalise(_cell(row, columns.get("text"))[0]) if "text" in columns else ""
        numbered_here = bool(_cell(row, columns.get("no"))[0].strip())  # 序号 numbers the task
        is_item = bool(_TASK.match(item)) and not _TASK.match(cell) and not numbered_here
        if is_item and (bool(cell) or self.items_below_titles):
            # Titles in the task column over numbered items in the next (惠州,
            # 江门, 东莞): the title is a part ("一、…", or none) or a section
            # ("（一）…"), each item a task whose line is what is required.
            self.items_below_titles = True
            if cell and cell != self.title_cell:
                self.title_cell = cell
                if (opened := _SECTION.match(cell)) is not None:
                    self._open_section(row, opened)
                else:
                    self.part, self.section = _open_part(self.draft, row, cell), None
            return item, True
        if small_int(cell) is not None and item:
            # Only a number in the task column (池州): the requirement beside it
            # is the task's line.
            return f"{cell}.{item}", is_item
        return cell, is_item

    def _requirement(self, row: Row, cell: str, is_item: bool) -> None:
        draft, columns = self.draft, self.columns
        new = bool(cell) and cell != self.task_cell
        if new:
            number, _ = _cell(row, columns.get("no"))
            if self.part is None:
                self.part = _table_part(draft, row)
            self.task = _new_task(draft, row, cell, normalise(number), self.part, self.section)
            self.task_cell = cell
        task = self.task
        if task is None:
            draft.notes.append(Note(row.number, "no-task", t("import.note_no_task")))
            return
        text = _joined(_cell(row, columns.get("text"))[0])
        if self.items_below_titles and is_item:
            text = task["title"]
        if not text and new:
            # No requirement beside the task: the task line is what is required.
            text = task["title"]
            if "text" in columns:
                draft.notes.append(
                    Note(row.number, "task-as-requirement",
                         t("import.note_task_as_requirement", no=task["no"]))
                )  # fmt: skip
        if not text:
            return
        continued = not new and bool(task["requirements"])  # a task's second row or later
        self.unit_text = _unit_text(draft, row, columns, self.unit_text, continued)
        above = self.when_above if continued else ""
        self.when_above = _deadline_above(draft, row, columns, above, task)
        _add_requirement(draft, row, task, text, self.unit_text, columns, draft.year)


def _keep_named(draft: Draft) -> None:
    """Only the units and groups the draft's requirements name stay in it
    (never the rest of another plan's directory, issue 15 Build 4), with
    what those need to read the same: a group's members, every unit of a
    group's kind, and the reorganisations that touch a unit kept (and the
    units they name)."""
    named = {ref for task in draft.tasks for req in task["requirements"]
             for ref in (*req["lead"], *req["support"])}  # fmt: skip
    groups = {gid: g for gid, g in draft.groups.items() if gid in named}
    keep = {ref for ref in named if ref in draft.units}
    for group in groups.values():
        keep.update(group.members)
        if group.kind is not None:
            keep.update(uid for uid, unit in draft.units.items() if unit.kind == group.kind)
    changes: list[Change] = []
    while True:
        touching = [c for c in draft.changes if keep & {*c.old, c.new} and c not in changes]
        if not touching:
            break
        changes += touching
        for change in touching:
            keep.update((*change.old, change.new))
    draft.units = {uid: unit for uid, unit in draft.units.items() if uid in keep}
    draft.groups = groups
    draft.changes = tuple(c for c in draft.changes if c in changes)


def _open_part(draft: Draft, row: Row, title: str) -> dict[str, Any]:
    """A part from its title: "一、…" gives its number; a title without one
    is numbered after the parts before it, with a note."""
    match = _PART.match(title)
    if match is not None:
        no, title = match.group(1), match.group(2)
    else:
        no = chinese_numeral(len(draft.parts) + 1)
        draft.notes.append(
            Note(row.number, "part-numbered", t("import.note_part_numbered", no=no, title=title))
        )
    part: dict[str, Any] = {"no": no, "title": title, "sections": []}
    draft.parts.append(part)
    return part


def _table_part(draft: Draft, row: Row) -> dict[str, Any]:
    """The one part of a table without part rows: a plan's tasks sit in
    parts, and the table's own title is the only one it gives them."""
    part: dict[str, Any] = {"no": "一", "title": draft.title, "sections": []}
    draft.parts.append(part)
    draft.notes.append(Note(row.number, "no-part", t("import.note_no_part", title=draft.title)))
    return part


def _joined(text: str) -> str:
    """A cell's lines joined: Chinese wraps carry no spaces."""
    return "".join(line.strip() for line in text.splitlines()).strip()


def _new_task(
    draft: Draft,
    row: Row,
    cell: str,
    number: str,
    part: dict[str, Any] | None,
    section: str | None,
) -> dict[str, Any]:
    """A task from its cell ("21.推进……", "（一）加强……"), or from a 序号 column
    beside a bare title; without either it is numbered after the last, with a note."""
    match = _TASK.match(cell)
    last = draft.tasks[-1]["no"] if draft.tasks else 0
    numbered = small_int(match.group(1)) if match is not None else None
    # A title numbered as a section (潍坊: "（一）加强预期引导" merged down over
    # unnumbered items) numbers its task: （一） is task 1, as printed.
    as_section = _SECTION.match(cell) if match is None else None
    if match is not None and numbered is not None:
        no, title = numbered, match.group(2)
    elif as_section is not None and (printed := numeral(as_section.group(1))) is not None:
        no, title = printed, as_section.group(2)
    elif (given := small_int(number)) is not None:
        no, title = given, cell
    else:
        no, title = last + 1, cell
        draft.notes.append(
            Note(row.number, "no-number", t("import.note_no_number", cell=cell, no=no))
        )
    if any(task["no"] == no for task in draft.tasks):
        draft.notes.append(Note(row.number, "duplicate-number", t("import.note_duplicate", no=no)))
    elif draft.tasks and no > last + 1:  # kept as printed: the table's own numbers
        draft.notes.append(
            Note(row.number, "number-gap", t("import.note_number_gap", last=last, no=no))
        )
    task: dict[str, Any] = {"no": no, "title": title, "part": part["no"] if part else ""}
    if section is not None:
        task["section"] = section
    task["requirements"] = []
    draft.tasks.append(task)
    return task


def _note_left_out(draft: Draft, header: Row, columns: dict[str, int]) -> None:
    """A note for each header cell whose column the plan does not take."""
    used = set(columns.values())
    for column, cell in enumerate(header.cells):
        name = normalise(cell)
        if not name or column in used:
            continue
        key = "import.note_extra_column" if name in EXTRAS else "import.note_unknown_column"
        draft.notes.append(Note(header.number, "column-left-out", t(key, name=name)))


def _unit_text(
    draft: Draft, row: Row, columns: dict[str, int], above: tuple[str, str], continued: bool
) -> tuple[str, str]:
    """The unit cell and the second unit column's cell (配合单位, or 责任单位
    beside 牵头单位); both empty repeat the ones above (a merged cell
    flattened), said in a note unless the file recorded the merge (a CSV
    records none, so there it is always said)."""
    units, merged = _cell(row, columns["units"])
    support, _ = _cell(row, columns.get("support"))
    if units.strip() or support.strip():
        if not units.strip() and above[0].strip() and continued and not row.merged_from_above:
            # A CSV's empty 牵头 cell under a filled one of the same task: an
            # empty cell, or a merged one Excel flattened (it writes the value
            # in the first row only); the file cannot tell. The row is read as
            # written, as an empty 牵头 cell always is (issue 15, Build 3: "An
            # empty 牵头 cell means the 责任单位 units answer"), never given a
            # lead it does not name; the clerk is told which lead it may mean.
            draft.notes.append(
                Note(row.number, "lead-empty",
                     t("import.note_lead_empty", units=normalise(support),
                       above=normalise(above[0])))
            )  # fmt: skip
        return units, support
    if any(above) and not merged:
        shown = "，".join(normalise(text) for text in above if text.strip())
        draft.notes.append(
            Note(row.number, "unit-from-above", t("import.note_unit_above", cell=shown))
        )
    return above


def _deadline_above(
    draft: Draft, row: Row, columns: dict[str, int], above: str, task: dict[str, Any]
) -> str:
    """The deadline cell as it stands for the next row of the task. In a CSV
    an empty 完成时限 cell under a filled one of the same task may be a merged
    cell flattened: a note, and no rule (a deadline is never guessed); a file
    that records merges has already repeated a merged cell's value."""
    when = _joined(_cell(row, columns.get("when"))[0])
    if not when and above and not row.merged_from_above:
        req = f"{task['no']}.{len(task['requirements']) + 1}"
        draft.notes.append(
            Note(row.number, "deadline-empty",
                 t("import.note_deadline_empty", req=req, above=above))
        )  # fmt: skip
    return when or above


def _add_requirement(
    draft: Draft,
    row: Row,
    task: dict[str, Any],
    text: str,
    unit_text: tuple[str, str],
    columns: dict[str, int],
    year: int,
) -> None:
    req_id = f"{task['no']}.{len(task['requirements']) + 1}"
    directory = draft.directory()
    cell = _read_units(unit_text, directory)
    lead, support = list(cell.lead), list(cell.support)
    aliases = dict(cell.aliases)
    for name in cell.unknown:
        kind = group_kind(name)
        if kind is None:
            unit_id = _new_unit(draft, row, name, aliases.get(name))
        else:
            role = "lead" if name in lead else "support"
            unit_id = _new_group(draft, row, name, vague=kind == "vague", role=role)
        lead = [unit_id if ref == name else ref for ref in lead]
        support = [unit_id if ref == name else ref for ref in support]
    if not lead:
        draft.notes.append(Note(row.number, "no-unit", t("import.note_no_unit", req=req_id)))
    for words in dict.fromkeys(cell.dropped):
        draft.notes.append(
            Note(row.number, "etc-dropped", t("import.note_etc", req=req_id, words=words))
        )
    when, _ = _cell(row, columns.get("when"))
    rules, unread = read_deadlines([text, task["title"]], year, _joined(when))
    for rule in list(rules):
        if problems(rule, dt.date(year, 1, 1)):  # 每年2月30日前, 不少于0次: not a rule
            rules.remove(rule)
            unread.append(str(rule["basis"]))
    for phrase in unread:
        draft.notes.append(
            Note(row.number, "unread-deadline", t("import.note_unread", req=req_id, phrase=phrase))
        )
    task["requirements"].append(
        {
            "id": req_id,
            "text": text,
            "lead": lead,
            "support": support,
            "mode": cell.mode,
            "due": rules,
        }
    )


def _read_units(cells: tuple[str, str], directory: Directory) -> UnitCell:
    """Lead, support and mode from the unit cell and the second unit column:
    the second column's units support where the first names a lead, and
    answer themselves where it is empty."""
    first, second = (read_cell(text, directory) if text.strip() else None for text in cells)
    if first is None:
        return second if second is not None else read_cell("", directory)
    if second is None:
        return first
    support = list(first.support)
    for ref in (*second.lead, *second.support):
        if ref not in first.lead and ref not in support:
            support.append(ref)
    unknown = tuple(dict.fromkeys((*first.unknown, *second.unknown)))
    aliases = tuple(dict.fromkeys((*first.aliases, *second.aliases)))
    dropped = tuple(dict.fromkeys((*first.dropped, *second.dropped)))
    return UnitCell(first.lead, tuple(support), first.mode, unknown, aliases, dropped)


def _new_group(draft: Draft, row: Row, name: str, *, vague: bool, role: str) -> str:
    """A group for a group name the directory lacks: the id DESIGN.md gives a
    county's group name, else `group-N`. A group meaning each member gets no
    members (the table does not list them): the office fills them in, and
    validate reports the group until it does; a vague one names nobody.
    `role`: lead | support, as the requirement that first names it reads it."""
    key = name_key(name)
    for group in draft.groups.values():
        if name_key(group.name) == key:
            return group.id
    known = next((g for g in KNOWN_GROUPS if name_key(g.name) == key), None)
    if known is not None and known.id not in draft.groups and known.id not in draft.units:
        group = known
    else:
        count = 1
        while f"group-{count}" in draft.units or f"group-{count}" in draft.groups:
            count += 1
        group = Group(f"group-{count}", name, vague=vague)
    draft.groups[group.id] = group
    if group.vague:
        message = t("import.note_new_group_vague", name=name, id=group.id)
    elif group.kind is not None:
        message = t("import.note_new_group_kind", name=name, id=group.id, kind=group.kind,
                    role=t(f"import.group_role_{role}"))  # fmt: skip
    else:
        message = t("import.note_new_group_each", name=name, id=group.id,
                    role=t(f"import.group_role_{role}"))  # fmt: skip
    draft.notes.append(Note(row.number, "new-group", message))
    return group.id


def _new_unit(draft: Draft, row: Row, name: str, alias: str | None = None) -> str:
    """A provisional unit for a name the directory lacks: id `new-N`, kind
    town for a 镇 or 街道 (the name says so), else other, for review; "X（Y）"
    gives Y as its alias."""
    for unit_id in draft.new_units:
        if draft.units[unit_id].name == name:
            return unit_id
    count = len(draft.new_units) + 1
    while f"new-{count}" in draft.units or f"new-{count}" in draft.groups:
        count += 1  # a provisional id left by an earlier import stays that unit's
    unit_id = f"new-{count}"
    kind: UnitKind = "town" if name.endswith(("镇", "街道")) else "other"
    draft.units[unit_id] = Unit(unit_id, name, kind, aliases=(alias,) if alias else ())
    draft.new_units.append(unit_id)
    draft.notes.append(
        Note(
            row.number, "unknown-unit", t(f"import.note_unknown_unit_{kind}", name=name, id=unit_id)
        )
    )
    return unit_id


def _drop_empty_sections(draft: Draft) -> None:
    for part in draft.parts:
        if not part["sections"]:
            del part["sections"]


def read_directory(units: Path) -> Directory:
    """The units of a units.yaml to match names against; a file with errors
    stops the import (exit 2) at its first one."""
    from zwgk.ledger.units import read_units
    from zwgk.ledger.yamlio import YamlSyntaxError, load

    if not units.is_file():
        raise ZwgkError(t("import.no_file", path=units), exit_code=EXIT_USAGE)
    try:
        data, _ = load(units, str(units))
    except YamlSyntaxError as exc:
        raise ZwgkError(exc.message, path=str(units), line=exc.line, col=exc.col,
                        exit_code=EXIT_USAGE) from None  # fmt: skip
    directory, findings = read_units(data, str(units))
    errors = [f for f in findings if f.level == "error"]
    if errors:
        first = errors[0]
        raise ZwgkError(first.message, hint=first.hint or t("ledger.plan_has_errors_hint"),
                        path=first.path, line=first.line, col=first.col,
                        exit_code=EXIT_USAGE)  # fmt: skip
    return directory
