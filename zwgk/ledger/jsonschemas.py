"""JSON Schemas for the ledger's files, generated from `fields.py`.

An editor with a YAML language server (VS Code's YAML extension, JetBrains,
Neovim) reads them to complete keys, offer the allowed values and underline a
mistake while the clerk types. They are generated, committed under `schemas/`
and shipped in the package (`zwgk init` copies them); a test fails when the
committed files differ from what this module produces.

The schemas describe shape only, as an editor sees it: a YAML language server
reads dates as text, so dates are strings of the form YYYY-MM-DD.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from zwgk.ledger import fields
from zwgk.ledger.fields import Field

DRAFT = "http://json-schema.org/draft-07/schema#"
SCHEMAS = "schemas"
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"

# Which file gets which schema, and the modeline that points a file at it.
FILES = {
    "tasks": "tasks.schema.json",
    "units": "units.schema.json",
    "progress": "progress.schema.json",
}


def _nullable(schema: dict[str, Any], field: Field) -> dict[str, Any]:
    """An optional key may be left empty (`note:`): zwgk reads that as absent."""
    if field.required or "type" not in schema or isinstance(schema["type"], list):
        return schema
    return {**schema, "type": [schema["type"], "null"]}


def _value(field: Field) -> dict[str, Any]:
    kind = field.type
    schema: dict[str, Any]
    if kind in ("text", "id"):
        schema = {"type": "string"}
    elif kind == "slug":
        schema = {"type": "string", "pattern": fields.SLUG}
    elif kind == "int":
        schema = {"type": "integer"}
    elif kind == "bool":
        schema = {"type": "boolean"}
    elif kind == "date":
        schema = {"type": "string", "pattern": DATE_PATTERN}
    elif kind == "choice":
        schema = {"type": "string", "enum": list(field.choices)}
    elif kind == "texts":  # a list, or one string for a list of one
        schema = {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}
    elif kind == "period":  # `period: 2018` is read as the year
        schema = {"type": ["string", "integer"]}
    elif kind == "rules":
        schema = {"type": "array", "items": {"$ref": "#/definitions/rule"}}
    elif kind.startswith("list:"):
        schema = {"type": "array", "items": {"$ref": f"#/definitions/{kind[5:]}"}}
    elif kind.startswith("record:"):
        schema = {"$ref": f"#/definitions/{kind[7:]}"}
    else:
        raise ValueError(f"unknown field type {kind!r} for {field.key}")
    if field.pattern is not None:
        schema["pattern"] = field.pattern
    if field.minimum is not None:
        schema["minimum"] = field.minimum
    if kind.startswith("record:") or "$ref" in schema:
        return {"description": field.doc, "allOf": [schema]} if field.doc else schema
    return _nullable({"description": field.doc, **schema}, field)


def record(record_fields: tuple[Field, ...], title: str | None = None) -> dict[str, Any]:
    """A mapping with exactly these keys."""
    schema: dict[str, Any] = {"type": "object"}
    if title:
        schema["title"] = title
    schema["properties"] = {f.key: _value(f) for f in record_fields}
    needed = list(fields.required(record_fields))
    if needed:
        schema["required"] = needed
    schema["additionalProperties"] = False
    return schema


def _rule() -> dict[str, Any]:
    """One of the rule kinds, each with its own key and extras."""
    return {
        "description": "期限规则：by、every、rrule、after、at_least、lasting 之一 / a rule",
        "oneOf": [record(kind_fields, title=kind) for kind, kind_fields in fields.RULES.items()],
    }


def _change() -> dict[str, Any]:
    """A rename (`rename` + `to`) or a merge (`merge` + `into`)."""
    base = record(fields.CHANGE, title="change")

    def only(keys: list[str], not_keys: list[str]) -> dict[str, Any]:
        return {"required": keys, "not": {"anyOf": [{"required": [k]} for k in not_keys]}}

    return {**base, "oneOf": [only(["rename", "to"], ["merge", "into"]),
                              only(["merge", "into"], ["rename", "to"])]}  # fmt: skip


def _definitions(names: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in names:
        if name == "rule":
            out[name] = _rule()
        elif name == "change":
            out[name] = _change()
        else:
            out[name] = record(fields.RECORDS[name], title=name)
    return out


def tasks_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "title": "zwgk data/tasks.yaml",
        "description": "政务公开任务分解表：计划、部分、任务、要求、期限规则 / the plan",
        **record(fields.TASKS_FILE),
        "definitions": _definitions(
            ("plan", "part", "section", "task", "requirement", "carried", "rule")
        ),
    }


def units_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "title": "zwgk data/units.yaml",
        "description": "责任单位、单位组与机构改革 / units, groups and reorganisations",
        **record(fields.UNITS_FILE),
        "definitions": _definitions(("unit", "group", "change")),
    }


def progress_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "title": "zwgk data/progress/YYYY/UNIT.yaml",
        "description": "一个单位一年的进展记录，每条一项 / one unit's progress entries for a year",
        "type": ["array", "null"],
        "items": {"$ref": "#/definitions/entry"},
        "definitions": _definitions(("entry",)),
    }


def generated() -> dict[str, str]:
    """File name → text, exactly as committed under schemas/."""
    builders = {"tasks": tasks_schema, "units": units_schema, "progress": progress_schema}
    return {
        FILES[name]: json.dumps(build(), ensure_ascii=False, indent=2) + "\n"
        for name, build in builders.items()
    }


def builtin_dir() -> Path:
    """The shipped schemas: inside the package when installed, else the repository's."""
    from zwgk.ledger.shipped import shipped

    return shipped("schemas")


def modeline(schema_file: str, relative_to: str) -> str:
    """The first line that points an editor at a schema, e.g. for data/tasks.yaml
    `# yaml-language-server: $schema=../schemas/tasks.schema.json`."""
    depth = relative_to.count("/")
    return f"# yaml-language-server: $schema={'../' * depth}{SCHEMAS}/{schema_file}"


def write(folder: Path) -> list[Path]:
    """Write the schemas into `folder` (made if missing); the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in generated().items():
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="\n")
        out.append(path)
    return out


if __name__ == "__main__":  # python -m zwgk.ledger.jsonschemas: regenerate schemas/
    for written in write(Path(__file__).resolve().parents[2] / SCHEMAS):
        print(written)
