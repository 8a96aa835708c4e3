"""Writing tasks.yaml and units.yaml text in the layout of the shipped files
(block style for the plan, one flow line per unit), for `zwgk import`.

Values go through `yamlio.flow_value`, so a title with a colon or a text that
looks like a number reads back as itself; requirement ids are always quoted.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from zwgk.errors import EXIT_DATA, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.layout import TASKS, UNITS
from zwgk.ledger.yamlio import dump_flow, flow_value
from zwgk.model.plan import Change, Group, Unit
from zwgk.outputs.outfiles import refuse_existing, write_text

if TYPE_CHECKING:
    from zwgk.tables.importer import Draft


def _ids(refs: list[str]) -> str:
    return "[" + ", ".join(flow_value(ref) for ref in refs) + "]"


def tasks_yaml(
    title: str,
    year: int,
    parts: list[dict[str, Any]],
    tasks: list[dict[str, Any]],
    header: list[str],
    effective: dt.date | None = None,
    period: tuple[dt.date, dt.date] | None = None,
    no_effective: list[str] | None = None,
) -> str:
    """The plan's text. `period`: its start and end (default the whole year);
    `no_effective`: the comment written when `effective` is None (default the
    import's). A requirement's optional `comment` (lines) is written above it
    and its optional `carried_from` (a mapping) after its mode."""
    start, end = period or (dt.date(year, 1, 1), dt.date(year, 12, 31))
    lines = [f"# {line}" if line else "#" for line in header]
    lines += [
        "plan:",
        f"  title: {flow_value(title)}",
        f"  year: {year}",
        f"  start: {start.isoformat()}",
        f"  end: {end.isoformat()}",
    ]
    if effective:
        lines.append(f"  effective: {effective.isoformat()}")
    else:
        lines += [f"  # {line}" for line in no_effective or [t("import.yaml_no_effective")]]
    lines.append("parts:" if parts else "parts: []")
    for part in parts:
        lines += [f"  - no: {flow_value(part['no'])}", f"    title: {flow_value(part['title'])}"]
        if part.get("sections"):
            lines.append("    sections:")
            for section in part["sections"]:
                lines += [
                    f"      - no: {flow_value(section['no'])}",
                    f"        title: {flow_value(section['title'])}",
                ]
    lines.append("tasks:" if tasks else "tasks: []")
    for task in tasks:
        lines += [
            f"  - no: {task['no']}",
            f"    title: {flow_value(task['title'])}",
            f"    part: {flow_value(task['part'])}",
        ]
        if task.get("section") is not None:
            lines.append(f"    section: {flow_value(task['section'])}")
        lines.append("    requirements:" if task["requirements"] else "    requirements: []")
        for req in task["requirements"]:
            lines += [f"      # {line}" for line in req.get("comment", ())]
            lines.append(f"      - id: {json.dumps(req['id'])}")
            if req.get("previous") is not None:  # matched to last year's (tables/matching.py)
                lines.append(f"        previous: {json.dumps(req['previous'])}")
            lines += [
                f"        text: {flow_value(req['text'])}",
                f"        lead: {_ids(req['lead'])}",
                f"        support: {_ids(req['support'])}",
                f"        mode: {req['mode']}",
            ]
            if req.get("carried_from"):
                lines.append(f"        carried_from: {dump_flow(req['carried_from'])}")
            lines.append("        due:" if req["due"] else "        due: []")
            for rule in req["due"]:
                for i, (key, value) in enumerate(rule.items()):
                    lead = "          - " if i == 0 else "            "
                    lines.append(f"{lead}{key}: {flow_value(value)}")
    return "\n".join(lines) + "\n"


def _unit_map(unit: Unit) -> dict[str, Any]:
    out: dict[str, Any] = {"id": unit.id, "name": unit.name, "kind": unit.kind}
    if unit.full_name:
        out["full_name"] = unit.full_name
    if unit.aliases:
        out["aliases"] = list(unit.aliases)
    if unit.contact:
        out["contact"] = unit.contact
    if unit.owners:
        out["owners"] = list(unit.owners)
    return out


def _group_map(group: Group) -> dict[str, Any]:
    out: dict[str, Any] = {"id": group.id, "name": group.name}
    if group.members:
        out["members"] = list(group.members)
    if group.kind:
        out["kind"] = group.kind
    if group.vague:
        out["vague"] = True
    if group.aliases:
        out["aliases"] = list(group.aliases)
    return out


def _change_map(change: Change) -> dict[str, Any]:
    out: dict[str, Any] = {"on": change.on}
    if change.kind == "rename":
        out.update({"rename": change.old[0], "to": change.new})
    else:
        out.update({"merge": list(change.old), "into": change.new})
    if change.name is not None:
        out["name"] = change.name
    if change.basis is not None:
        out["basis"] = change.basis
    return out


def units_yaml(
    units: list[Unit],
    groups: list[Group],
    changes: tuple[Change, ...],
    new_units: list[str],
    header: list[str],
) -> str:
    lines = [f"# {line}" if line else "#" for line in header]
    lines.append("units:" if units else "units: []")
    for unit in units:
        comment = f"  # {t('import.yaml_new_unit')}" if unit.id in new_units else ""
        lines.append(f"  - {dump_flow(_unit_map(unit))}{comment}")
    lines.append("groups:" if groups else "groups: []")
    lines += [f"  - {dump_flow(_group_map(group))}" for group in groups]
    lines.append("")
    lines.append("changes:" if changes else "changes: []")
    lines += [f"  - {dump_flow(_change_map(change))}" for change in changes]
    return "\n".join(lines) + "\n"


def _plan_yaml(draft: Draft, header: list[str], rel: str = "data/x.yaml") -> str:
    source = draft.source.replace("\\", "/")
    return tasks_yaml(
        draft.title, draft.year, draft.parts, draft.tasks,
        [modeline("tasks", rel), "", t("import.yaml_tasks_header", source=source), *header],
        draft.effective,
    )  # fmt: skip


def plan_text(draft: Draft, rel: str, header: list[str]) -> str:
    """The plan file `rel` of a draft alone (a year's plan in a ledger that
    has its units already), `header` lines added to its comment; checked by
    reading it back, as `draft_texts` checks both files."""
    text = _plan_yaml(draft, header, rel)
    check_plan_text(text, rel)
    return text


def check_plan_text(tasks_text: str, rel: str, units_text: str | None = None) -> None:
    """A plan text zwgk made (an import's draft, `plan next`'s), and the
    units text with it, read back: one that would not read is a bug in zwgk,
    not in the table: say so, write nothing."""
    from zwgk.ledger.plan import read_plan
    from zwgk.ledger.units import read_units
    from zwgk.ledger.yamlio import parse

    plan, findings = read_plan(parse(tasks_text, rel)[0], rel)
    if units_text is not None:
        findings += read_units(parse(units_text, "units.yaml")[0], "units.yaml")[1]
    errors = [f for f in findings if f.level == "error"]
    if plan is None or errors:
        first = errors[0].message if errors else rel
        raise ZwgkError(t("import.draft_unreadable", problem=first), exit_code=EXIT_DATA)


def draft_texts(draft: Draft) -> dict[str, str]:
    """data/tasks.yaml and data/units.yaml of a draft, checked by reading them
    back: a draft that would not read is a bug, never a file."""
    created = {c.new for c in draft.changes if c.name is not None}  # written by their change
    source = draft.source.replace("\\", "/")
    tasks, units = TASKS.as_posix(), UNITS.as_posix()
    texts = {
        tasks: _plan_yaml(draft, []),
        units: units_yaml(
            [u for u in draft.units.values() if u.id not in created],
            list(draft.groups.values()), draft.changes, draft.new_units,
            [modeline("units"), "", t("import.yaml_units_header", source=source)],
        ),
    }  # fmt: skip
    check_plan_text(texts[tasks], tasks, texts[units])
    return texts


def modeline(name: str, rel: str = "data/x.yaml") -> str:
    from zwgk.ledger.jsonschemas import modeline as line

    return line(f"{name}.schema.json", rel)[2:]  # without "# ": header lines add it


def save(draft: Draft, folder: Path, force: bool) -> list[Path]:
    """Write the draft's files into `folder`; files there already are refused
    unless `force`."""
    texts = draft_texts(draft)
    refuse_existing(folder, list(texts), force)
    written = []
    for rel, text in texts.items():
        write_text(folder / rel, text)
        written.append(folder / rel)
    return written
