"""Two languages: one catalog (a module per area), every message in both,
each used in its area, nothing left in English by the framework when the
clerk reads Chinese."""

from __future__ import annotations

import ast
import json
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import REPO, zwgk
from zwgk.i18n import AREAS, MESSAGES, PREFIXES

CJK = re.compile(r"[\u4e00-\u9fff]")
# Messages that are deliberately the same in both languages.
SAME_IN_BOTH = {"notice.default_issuer", "diff.field_owners"}


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_has_both_languages(key: str) -> None:
    zh, en = MESSAGES[key]
    assert zh.strip() and en.strip(), key
    assert fields(zh) == fields(en), key  # the same placeholders
    if key not in SAME_IN_BOTH and CJK.search(en):
        # English may quote Chinese names (as examples), never be Chinese prose
        assert len(CJK.findall(en)) < len(en) / 4, key


def _area(path: Path) -> str:
    """The package a source file belongs to (`templates` for the report templates)."""
    parts = path.relative_to(REPO).parts
    return parts[1] if parts[0] == "zwgk" else parts[0]


def _sources() -> list[Path]:
    python = [p for p in (REPO / "zwgk").rglob("*.py") if p.parent.name != "i18n"]
    return [*python, *(REPO / "templates").glob("*.j2")]


KEYLIKE = re.compile(r"[a-z_]+\.[a-z0-9_.-]*")
QUOTED = re.compile(r"""["']([^"'\n]*)["'](\s*~)?""")  # in a template; ~ joins a code on


def _strings(path: Path) -> Iterator[tuple[str, bool, str]]:
    """(text, built, tail) for each string of a source file: a literal (built
    False), or the constant head of a key built at run time, with its constant
    tail (`f"ledger.{key}_hint"`, `"report.title_" + kind`, `"diff.change_" ~ c`)."""
    text = path.read_text("utf-8")
    if path.suffix == ".j2":
        for m in QUOTED.finditer(text):
            yield m.group(1), bool(m.group(2)), ""
        return
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value, False, ""
        elif isinstance(node, ast.JoinedStr) and node.values:
            first, last = node.values[0], node.values[-1]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                tail = last.value if isinstance(last, ast.Constant) and last is not first else ""
                yield first.value, True, str(tail)
        elif (
            isinstance(node, ast.BinOp)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str)
        ):
            yield node.left.value, True, ""


def _command_names() -> set[str]:
    """What `help.short_` is joined to: each command, prefixed by its group."""
    from zwgk.cli.app import whole_app

    app = whole_app()
    apps = [("", app)]
    apps += [(f"{g.name}_", g.typer_instance) for g in app.registered_groups if g.typer_instance]
    names = set()
    for prefix, typer_app in apps:
        for info in typer_app.registered_commands:
            names.add(prefix + (info.name or (info.callback.__name__ if info.callback else "")))
    return names


# Keys built from a head whose codes are not string literals in the code.
BUILT_FROM = {"help.short_": _command_names}


def key_uses() -> dict[str, set[str]]:
    """Each message key the code and the templates use, with the packages
    using it. A key is used when it is written out as a string, or built at
    run time from a head (`f"status.{code}"`) and a code that is itself a
    string in the code (`"overdue"`) or listed in BUILT_FROM."""
    uses: dict[str, set[str]] = {}
    heads: set[tuple[str, str, str]] = set()
    literals: set[str] = set()
    for path in _sources():
        for text, built, tail in _strings(path):
            if not built:
                literals.add(text)
                if text in MESSAGES:
                    uses.setdefault(text, set()).add(_area(path))
            elif KEYLIKE.fullmatch(text) and any(k.startswith(text) for k in MESSAGES):
                heads.add((text, tail, _area(path)))
    for head, tail, area in heads:
        codes = BUILT_FROM[head]() if head in BUILT_FROM else literals
        for key in MESSAGES:
            code = key[len(head) : len(key) - len(tail)]
            if key.startswith(head) and key.endswith(tail) and code in codes:
                uses.setdefault(key, set()).add(area)
    return uses


def test_a_key_outside_its_areas_catalog_stops_the_import() -> None:
    from zwgk.i18n import _merged

    pair = ("错误", "error")
    assert _merged({"common": {"level.error": pair}}) == {"level.error": pair}
    with pytest.raises(
        ValueError, match=r"level\.error is in the checks catalog; its prefix's area is common"
    ):
        _merged({"checks": {"level.error": pair}})
    with pytest.raises(ValueError, match=r"level\.error is in the cli catalog"):
        _merged({"common": {"level.error": pair}, "cli": {"level.error": pair}})
    with pytest.raises(
        ValueError, match=r"nosuch\.key is in the cli catalog; its prefix's area is None"
    ):
        _merged({"cli": {"nosuch.key": pair}})


def used_keys() -> set[str]:
    """Message keys named literally in the code and the templates."""
    found: set[str] = set()
    for path in _sources():
        text = path.read_text("utf-8")
        found |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.-]+)["']""", text))
    return {key for key in found if not key.endswith(("_", "."))}  # built from a code


def test_every_message_the_code_asks_for_exists() -> None:
    missing = sorted(key for key in used_keys() if key not in MESSAGES)
    assert missing == []


def test_keys_built_from_codes_exist() -> None:
    """Keys put together at run time from a code (`f"status.{code}"`) are not
    seen by the scan above: every code they can be built from has its message."""
    from zwgk.engine.obligations import STATUS_CODES
    from zwgk.ledger.fields import STATUSES

    expected = [f"status.{c}" for c in STATUS_CODES] + [f"entry.{s}" for s in STATUSES]
    expected += [f"pii.{k}" for k in ("id-number", "mobile", "bank-card")]
    expected += [f"kind.{k}" for k in ("department", "town", "other", "group", "vague")]
    assert [k for k in expected if k not in MESSAGES] == []


def test_every_message_is_used() -> None:
    uses = key_uses()
    assert [key for key in MESSAGES if key not in uses] == []


def test_the_scan_sees_literal_and_built_keys() -> None:
    uses = key_uses()
    assert uses["check.unknown_unit"] == {"checks"}  # t("check.unknown_unit", ...)
    assert "ledger" in uses["ledger.ignored_year_hint"]  # f"ledger.{key}_hint", "ignored_year"
    assert "templates" in uses["report.title_week"]  # t("report.title_" ~ p.kind)
    assert uses["help.short_units_rename"] == {"cli"}  # help.short_{prefix}{command}


# Which packages may use each area's catalog (zwgk.i18n.AREAS says which
# prefixes an area owns): the area itself and the layers above it, which show
# its words; `common` is for all (but the model, which has no text). `templates`
# are the outputs' report templates.
CATALOG_USERS: dict[str, set[str]] = {
    "common": {"ledger", "checks", "review", "outputs", "templates", "tables", "cli"},
    "ledger": {"ledger", "checks", "review", "outputs", "templates", "tables", "cli"},
    "checks": {"checks", "outputs", "templates", "tables", "cli"},
    "review": {"review", "outputs", "templates", "tables", "cli"},
    "outputs": {"outputs", "templates", "tables", "cli"},
    "tables": {"tables", "cli"},
    "cli": {"cli"},
}  # fmt: skip


def test_every_area_has_users() -> None:
    assert set(CATALOG_USERS) == set(AREAS)


def test_every_message_is_used_in_its_area() -> None:
    """A key is used only by the packages its area's catalog is for."""
    outside = {
        (PREFIXES[key.split(".", 1)[0]], package, key)
        for key, packages in key_uses().items()
        for package in packages
        if package not in CATALOG_USERS[PREFIXES[key.split(".", 1)[0]]]
    }
    assert sorted(outside) == []


COMMANDS = ["init", "import", "validate", "units", "units rename", "units merge", "show",
            "export", "record", "status", "report", "notice", "diff", "log", "codeowners",
            "merge-driver",
            "calendar", "calendar add", "calendar show"]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_in_the_clerks_language(command: str) -> None:
    zh = zwgk(None, *command.split(), "--help").stdout
    assert "用法：" in zh and "显示本帮助并退出" in zh
    for english in ("Usage:", "Show this message", "Options:", "Arguments:", "[default:"):
        assert english not in zh, (command, english)
    # Help text is settled when the commands are defined, from --lang on the
    # command line: English needs a process of its own.
    import subprocess
    import sys

    en = subprocess.run([sys.executable, "-m", "zwgk", "--lang", "en", *command.split(), "--help"],
                        capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "Usage:" in en and "Show this message and exit." in en
    # English may quote a Chinese term (督办通知, 一 … 八, 文件公布), never Chinese prose.
    assert len(CJK.findall(en)) < len(en) / 20, (command, en)
    # Not one help text in Chinese either: shared options (--as-of, --warn-days)
    # are worded when their module is imported, which must be after --lang is read.
    chinese = [zh[:6] for key, (zh, _) in MESSAGES.items() if key.startswith("help.")]
    assert [start for start in chinese if len(CJK.findall(start)) == 6 and start in en] == []


def test_usage_errors_are_in_the_clerks_language(tmp_path: Path) -> None:
    run = zwgk(None, "status", "--frmat", "json")
    assert run.exit_code == 2
    assert "没有选项 --frmat" in run.stderr and "--format" in run.stderr
    assert "Error" not in run.stderr and "No such option" not in run.stderr
    run = zwgk(None, "calendar", "add", "2018-09-28")
    assert run.exit_code == 2 and "缺少" in run.stderr
    run = zwgk(None, "nosuchcommand")
    assert run.exit_code == 2 and "没有命令“nosuchcommand”" in run.stderr
    run = zwgk(None, "--lang", "en", "status", "--frmat", "json")
    assert run.exit_code == 2 and "No such option: --frmat" in run.stderr


def test_the_same_status_in_both_languages(shipped: Path) -> None:
    args = ("status", "--as-of", "2018-10-09")
    zh_json = zwgk(shipped, *args, "--format", "json").stdout
    en_json = zwgk(shipped, "--lang", "en", *args, "--format", "json").stdout
    assert zh_json == en_json  # codes, ids and dates are never translated
    zh = zwgk(shipped, *args, env={"COLUMNS": "100"}).stdout.splitlines()
    en = zwgk(shipped, "--lang", "en", *args, env={"COLUMNS": "100"}).stdout.splitlines()
    assert zh[0] == "截至 2018-10-09：共 1185 项义务"
    assert en[0] == "As of 2018-10-09: 1185 obligations"
    assert len(zh) == len(en)
    summary = json.loads(zh_json)["summary"]
    assert f"已逾期 {summary['overdue']}" in zh[1] and f"overdue {summary['overdue']}" in en[1]
    # The same rows, in the same order: requirement, due date.
    rows = [r for r in zh if re.match(r"\d+\.\d+ ", r)]
    rows_en = [r for r in en if re.match(r"\d+\.\d+ ", r)]
    assert [(r.split()[0], r.split()[3]) for r in rows] == [
        (r.split()[0], r.split()[3]) for r in rows_en
    ]
    # The first row folds April (the plan took effect 2018-04-01) to September
    # of 15.2 (the summary is 4 lines).
    assert "共 6 期 已逾期" in zh[6] and "overdue ×6" in en[6]
