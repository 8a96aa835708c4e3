"""`validate` and `record` judge a progress entry by the same checks
(`zwgk/checks/entries.py`): what one refuses, the other reports, with the
same message; the hint names the file's key in `validate`, the option in
`record`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINI_TASKS, MINI_UNITS, zwgk
from zwgk.checks.entries import EntryContext
from zwgk.checks.registry import ENTRY_CHECKS, run_checks
from zwgk.ledger.load import load_ledger

Build = Callable[..., Path]

TASKS = MINI_TASKS.replace(
    "          - after: 文件公布\n",
    "          - every: quarter\n            basis: 按季度\n          - after: 文件公布\n",
)


def validate(root: Path) -> list[tuple[str, str, str]]:
    run = zwgk(root, "validate", "--format", "json")
    return [(f["code"], f["message"], f["hint"]) for f in json.loads(run.stdout)["findings"]]


# What an exemption or extension needs (issue 14): who approved it and why.
APPROVED = ["--approved-by", "县政府办公室", "--note", "系统升级"]
EXTEND = "  status: extend\n  approved_by: 县政府办公室\n  note: 系统升级\n"

# The plan with no periodic deadline (1.1 has only an `after:` rule).
NO_PERIODS = MINI_TASKS

LATER_UNTIL = (
    "until: 填延至哪天，应晚于当前的期限；已按期完成的，记为 done",
    "--until 填延至哪天，应晚于当前的期限；已按期完成的，用 --done 记录",
)

# (the plan, the entry in its file, the same entry through `record`, the code,
# and the hint: validate's in the file's words, record's in its options' words
# where they differ)
BAD = [
    pytest.param(
        TASKS, EXTEND + "  until: 2018-07-20\n",
        ["--extend", *APPROVED, "--until", "2018-07-20"], "entry-fields", None,
        id="until-on-the-entry-date",
    ),
    pytest.param(
        TASKS, EXTEND + "  until: 2018-07-01\n",
        ["--extend", *APPROVED, "--until", "2018-07-01"], "entry-fields", None,
        id="until-before-the-entry-date",
    ),
    pytest.param(
        TASKS, EXTEND, ["--extend", *APPROVED], "entry-fields",
        ("加上 until: YYYY-MM-DD", "加上 --until YYYY-MM-DD（延至哪天）"),
        id="extend-without-until",
    ),
    pytest.param(
        TASKS, "  status: done\n  to: 2018-07-30\n", ["--done", "--to", "2018-07-30"],
        "entry-fields", None, id="to-without-from",
    ),
    pytest.param(
        TASKS, "  status: done\n  from: 2018-07-30\n  to: 2018-07-01\n",
        ["--done", "--from", "2018-07-30", "--to", "2018-07-01"], "entry-fields", None,
        id="window-reversed",
    ),
    pytest.param(
        TASKS, "  status: event\n  event: 文件印发\n", ["--event", "文件印发"], "unknown-event",
        None, id="unknown-event",
    ),
    pytest.param(
        TASKS, "  status: done\n  period: 2018-Q5\n", ["--done", "--period", "2018-Q5"],
        "unknown-period", None, id="unknown-period",
    ),
    pytest.param(
        NO_PERIODS, "  status: done\n  period: 2018-Q3\n", ["--done", "--period", "2018-Q3"],
        "unknown-period",
        ("该要求没有按周期的期限，删去 period:", "该要求没有按周期的期限，去掉 --period"),
        id="period-of-a-requirement-without-periods",
    ),
    pytest.param(
        TASKS, EXTEND + "  period: 2018-Q3\n  until: 2018-08-31\n",
        ["--extend", *APPROVED, "--period", "2018-Q3", "--until", "2018-08-31"],
        "extension-not-later", LATER_UNTIL, id="extension-before-the-due-date",
    ),
    pytest.param(
        TASKS, EXTEND + "  period: 2018-Q3\n  until: 2018-09-30\n",
        ["--extend", *APPROVED, "--period", "2018-Q3", "--until", "2018-09-30"],
        "extension-not-later", LATER_UNTIL, id="extension-to-the-due-date",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("tasks", "text", "args", "code", "hints"), BAD)
def test_validate_and_record_refuse_the_same_entry(
    mini: Build,
    tasks: str,
    text: str,
    args: list[str],
    code: str,
    hints: tuple[str, str] | None,
) -> None:
    """The same refusal, the same message; the hint is the same, or, where it
    names what to add or leave out, the file's key in validate and the
    option in record."""
    entry = '- req: "1.1"\n  date: 2018-07-20\n' + text
    written = mini(tasks=tasks, units=MINI_UNITS, progress={"2018/jtj.yaml": entry})
    [(found_code, message, hint)] = validate(written)
    assert found_code == code
    file_hint, option_hint = hints or (hint, hint)
    assert hint == file_hint
    (written / "data/progress/2018/jtj.yaml").unlink()
    assert validate(written) == []
    run = zwgk(written, "record", "1.1", "--unit", "jtj", "--date", "2018-07-20", *args)
    assert run.exit_code == 1, run.output
    assert message in run.stderr and option_hint in run.stderr
    if hints is not None:
        assert file_hint not in run.stderr
    assert not (written / "data/progress/2018/jtj.yaml").exists()


def test_an_extension_to_a_later_day_passes_both(mini: Build) -> None:
    root = mini(tasks=TASKS, units=MINI_UNITS)
    # Granted before the first quarter's due date (03-31): not a late one.
    run = zwgk(root, "record", "1.1", "--unit", "jtj", "--date", "2018-03-20",
               "--extend", *APPROVED, "--until", "2018-04-10")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert validate(root) == []


def test_record_warns_as_validate_does(mini: Build) -> None:
    """A window shorter than a `lasting` rule: a warning in both, same words."""
    lasting = "          - lasting: 10 days\n            basis: 不少于10天\n"
    tasks = TASKS.replace("          - every: quarter\n", lasting + "          - every: quarter\n")
    root = mini(tasks=tasks, units=MINI_UNITS)
    run = zwgk(root, "record", "1.1", "--unit", "jtj", "--date", "2018-07-20", "--done",
               "--from", "2018-07-10", "--to", "2018-07-12")  # fmt: skip
    assert run.exit_code == 0, run.output
    [(code, message, _)] = validate(root)
    assert code == "short-window"
    assert message in run.stdout


def test_a_sift_never_rules_out_an_entry_its_check_reports(mini: Build) -> None:
    """`validate` runs an entry check only on the entries its sift keeps."""
    lasting = "          - lasting: 10 days\n            basis: 不少于10天\n"
    tasks = TASKS.replace("          - every: quarter\n", lasting + "          - every: quarter\n")
    odd = [
        "  status: done\n  from: 2018-07-10\n  to: 2018-07-12\n",
        "  status: done\n  note: 联系 13800138000\n",
        "  status: done\n  period: 2018-Q3\u200b\n",
        "  status: progress\n",
    ]
    texts = [param.values[1] for param in BAD] + odd
    progress = "".join(f'- req: "1.1"\n  date: 2018-07-20\n{text}' for text in texts)
    root = mini(tasks=tasks, units=MINI_UNITS, progress={"2018/jtj.yaml": progress,
                                                         "2019/hbj.yaml": progress})  # fmt: skip
    ledger = load_ledger(root)
    ctx = EntryContext.of(ledger)
    for check in ENTRY_CHECKS:
        reported = [id(e) for e in ledger.entries if list(check.run(ctx, e))]
        kept = {id(e) for e in (check.sift or (lambda c, es: es))(ctx, ledger.entries)}
        assert set(reported) <= kept, check.id
    codes = {f.code for f in run_checks(ledger)}
    assert {"entry-fields", "short-window", "personal-data", "invisible-char"} <= codes
    assert {"not-responsible", "wrong-year", "unknown-event", "unknown-period"} <= codes


def test_an_extension_before_the_current_due_date_is_an_error(mini: Build) -> None:
    """The current due date is the one an earlier extension moved: a second
    extension to a day before it moves nothing, and validate and record say
    so with that date."""
    yearly = TASKS.replace(
        "          - every: quarter\n            basis: 按季度\n",
        "          - by: 2018-12-31\n            basis: 今年年底前\n",
    )
    first = '- req: "1.1"\n  date: 2018-11-20\n' + EXTEND + "  until: 2019-01-31\n"
    root = mini(tasks=yearly, units=MINI_UNITS, progress={"2018/jtj.yaml": first})
    assert validate(root) == []
    run = zwgk(root, "record", "1.1", "--unit", "jtj", "--date", "2018-12-10",
               "--extend", *APPROVED, "--until", "2019-01-15")  # fmt: skip
    assert run.exit_code == 1, run.output
    assert "2019-01-15" in run.stderr and "2019-01-31" in run.stderr
    assert "不推迟任何期限" in run.stderr
    second = '- req: "1.1"\n  date: 2018-12-10\n' + EXTEND + "  until: 2019-01-15\n"
    root = mini(tasks=yearly, units=MINI_UNITS, progress={"2018/jtj.yaml": first + second})
    [(code, message, hint)] = validate(root)
    assert code == "extension-not-later" and hint == LATER_UNTIL[0]
    assert message == "延期至 2019-01-15 不晚于当前的期限 2019-01-31：这条延期不推迟任何期限"
    assert message in run.stderr
    run = zwgk(root, "validate", "--format", "json")
    assert run.exit_code == 1 and json.loads(run.stdout)["findings"][0]["line"] == 7
    # Before the first extension, the due date was 2018-12-31: an extension to
    # a later day than that, granted first, is fine.
    root = mini(tasks=yearly, units=MINI_UNITS, progress={"2018/jtj.yaml": second})
    assert validate(root) == []
