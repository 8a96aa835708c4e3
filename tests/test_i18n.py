"""Two languages: one catalog, every message in both, nothing left in English
by the framework when the clerk reads Chinese."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from conftest import REPO, zwgk
from zwgk.i18n import MESSAGES

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


def used_keys() -> set[str]:
    """Message keys named literally in the code and the templates."""
    found: set[str] = set()
    sources = [*(REPO / "zwgk").rglob("*.py"), *(REPO / "templates").glob("*.j2")]
    for path in sources:
        text = path.read_text("utf-8")
        found |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.-]+)["']""", text))
    return {key for key in found if not key.endswith(("_", "."))}  # built from a code


def test_every_message_the_code_asks_for_exists() -> None:
    missing = sorted(key for key in used_keys() if key not in MESSAGES)
    assert missing == []


def test_keys_built_from_codes_exist() -> None:
    from zwgk.engine.obligations import STATUS_CODES
    from zwgk.ledger.fields import STATUSES

    expected = [f"status.{c}" for c in STATUS_CODES] + [f"entry.{s}" for s in STATUSES]
    expected += [f"pii.{k}" for k in ("id-number", "mobile", "bank-card")]
    expected += [f"kind.{k}" for k in ("department", "town", "other", "group", "vague")]
    assert [k for k in expected if k not in MESSAGES] == []


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
    assert zh[0] == "截至 2018-10-09：共 1159 项义务"
    assert en[0] == "As of 2018-10-09: 1159 obligations"
    assert len(zh) == len(en)
    summary = json.loads(zh_json)["summary"]
    assert f"已逾期 {summary['overdue']}" in zh[1] and f"overdue {summary['overdue']}" in en[1]
    # The same rows, in the same order: requirement, due date.
    rows = [r for r in zh if re.match(r"\d+\.\d+ ", r)]
    rows_en = [r for r in en if re.match(r"\d+\.\d+ ", r)]
    assert [(r.split()[0], r.split()[3]) for r in rows] == [
        (r.split()[0], r.split()[3]) for r in rows_en
    ]
    assert "逾期 251 天" in zh[5] and "251 d late" in en[5]
