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

UNTIL_AFTER_DATE = ("until: 填延至哪天，应晚于 date:", "--until 填延至哪天，应晚于 --date")

# (the plan, the entry in its file, the same entry through `record`, the code,
# and the hint: validate's in the file's words, record's in its options' words
# where they differ)
BAD = [
    pytest.param(
        TASKS, EXTEND + "  until: 2018-07-20\n",
        ["--extend", *APPROVED, "--until", "2018-07-20"], "entry-fields", UNTIL_AFTER_DATE,
        id="until-on-the-entry-date",
    ),
    pytest.param(
        TASKS, EXTEND + "  until: 2018-07-01\n",
        ["--extend", *APPROVED, "--until", "2018-07-01"], "entry-fields", UNTIL_AFTER_DATE,
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
    # Issue 14: an exemption or extension needs who approved it and why.
    pytest.param(
        TASKS, "  status: exempt\n", ["--exempt"], "missing-approval",
        ("加上 approved_by: 批准单位或批准人 和 note: 理由",
         "加上 --approved-by 批准人 --note 理由"),
        id="exempt-without-approval-or-reason",
    ),
    pytest.param(
        TASKS, "  status: exempt\n  approved_by: 县政府办公室\n",
        ["--exempt", "--approved-by", "县政府办公室"], "missing-approval",
        ("加上 note: 理由", "加上 --note 理由"), id="exempt-without-reason",
    ),
    pytest.param(
        TASKS, "  status: extend\n  note: 系统升级\n  period: 2018-Q3\n  until: 2018-10-10\n",
        ["--extend", "--note", "系统升级", "--period", "2018-Q3", "--until", "2018-10-10"],
        "missing-approval", ("加上 approved_by: 批准单位或批准人", "加上 --approved-by 批准人"),
        id="extend-without-approver",
    ),
    pytest.param(
        TASKS, "  status: extend\n  approved_by: 县政府办公室\n  note: ' '\n  period: 2018-Q3\n"
        "  until: 2018-10-10\n",
        ["--extend", "--approved-by", "县政府办公室", "--note", " ", "--period", "2018-Q3",
         "--until", "2018-10-10"],
        "missing-approval", ("加上 note: 理由", "加上 --note 理由"),
        id="extend-with-a-blank-reason",
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
    # What the sifts of every entry rule out by one look at all the entries:
    # an unknown requirement, a date after the day checked, one long before the plan.
    progress += (
        '- req: "9.9"\n  date: 2018-07-20\n  status: progress\n'
        '- req: "1.1"\n  date: 2999-01-01\n  status: progress\n'
        '- req: "1.1"\n  date: 2001-01-01\n  status: progress\n'
    )
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
    assert {"unknown-requirement", "future-date", "date-outside-plan"} <= codes


def test_the_approval_checks_sift_by_the_one_list_of_statuses_needing_it(
    mini: Build, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which statuses need an approval has one home, `model.plan.NEEDS_APPROVAL`:
    the sift of `missing-approval` follows it rather than naming them again."""
    import zwgk.checks.entries as entries

    both = "".join(
        f'- req: "1.1"\n  date: 2018-07-20\n  status: {s}\n' for s in ("exempt", "extend")
    )
    root = mini(tasks=TASKS, units=MINI_UNITS, progress={"2018/jtj.yaml": both})
    ledger = load_ledger(root)
    ctx = EntryContext.of(ledger)
    assert [e.status for e in entries.exemptions_and_extensions(ctx, ledger.entries)] == [
        "exempt",
        "extend",
    ]
    monkeypatch.setattr(entries, "NEEDS_APPROVAL", frozenset({"extend"}))
    kept = entries.exemptions_and_extensions(ctx, ledger.entries)
    assert [e.status for e in kept] == ["extend"]


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


def findings(root: Path, *args: str) -> list[tuple[str, str, int, str, str]]:
    """validate's findings: (level, code, line, message, hint)."""
    run = zwgk(root, "validate", "--format", "json", *args)
    return [(f["level"], f["code"], f["line"], f["message"], f["hint"])
            for f in json.loads(run.stdout)["findings"]]  # fmt: skip


def test_an_entry_dated_after_the_as_of_day_is_an_error(mini: Build) -> None:
    """What is recorded has happened: an entry dated after today, or after
    `--as-of`, is refused by record and an error in validate."""
    entry = '- req: "1.1"\n  date: 2018-07-20\n  status: progress\n'
    root = mini(tasks=TASKS, units=MINI_UNITS, progress={"2018/jtj.yaml": entry})
    assert findings(root, "--as-of", "2018-07-20") == []
    [(level, code, line, message, hint)] = findings(root, "--as-of", "2018-07-19")
    assert (level, code, line) == ("error", "future-date", 1)
    assert hint == "只记录已经发生的事：改正 date:，或到那天再记录"
    assert message == "记录日期 2018-07-20 晚于核对日期 2018-07-19（--as-of）"
    assert zwgk(root, "validate", "--as-of", "2018-07-19").exit_code == 1
    (root / "data/progress/2018/jtj.yaml").unlink()
    run = zwgk(root, "record", "1.1", "--unit", "jtj", "--progress", "--date", "2018-07-20",
               "--as-of", "2018-07-19")  # fmt: skip
    assert run.exit_code == 1, run.output
    assert message in run.stderr and "改正 --date" in run.stderr
    assert not (root / "data/progress/2018/jtj.yaml").exists()
    # Without --as-of: after today (2099 is after any day this test runs on).
    run = zwgk(root, "record", "1.1", "--unit", "jtj", "--progress", "--date", "2099-01-05")
    assert run.exit_code == 1, run.output
    assert "记录日期 2099-01-05 晚于今天" in run.stderr
    assert "远在本计划结束" not in run.output
    assert not (root / "data/progress/2099").exists()
    future = entry.replace("2018-07-20", "2099-01-05")
    root = mini(tasks=TASKS, units=MINI_UNITS, progress={"2099/jtj.yaml": future})
    codes = [(level, code) for level, code, *_ in findings(root)]
    assert ("error", "future-date") in codes
    # Far after the plan too, but the future date says all there is to say.
    assert ("warning", "date-outside-plan") not in codes


EFFECTIVE = TASKS.replace("  year: 2018\n", "  year: 2018\n  effective: 2018-04-01\n")


@pytest.mark.parametrize(
    ("tasks", "day", "message"),
    [
        pytest.param(TASKS, "2017-12-20", "记录日期 2017-12-20 早于本计划的开始日期 2018-01-01",
                     id="before-the-start"),
        pytest.param(EFFECTIVE, "2018-03-20", "记录日期 2018-03-20 早于本计划施行日期 2018-04-01",
                     id="before-it-took-effect"),
        pytest.param(TASKS, "2020-01-02",
                     "记录日期 2020-01-02 远在本计划结束（2018-12-31）之后：晚于 2019-12-31",
                     id="after-the-next-year"),
        # The year after the plan: its late work, its annual report.
        pytest.param(TASKS, "2019-12-31", None, id="in-the-next-year"),
        pytest.param(EFFECTIVE, "2018-04-01", None, id="on-the-effective-day"),
    ],
)  # fmt: skip
def test_an_entry_dated_outside_the_plan_is_a_warning(
    mini: Build, tasks: str, day: str, message: str | None
) -> None:
    """Before the plan took effect (or began), or after the end of the year
    following it: most likely a typo of the year."""
    year = day[:4]
    entry = f'- req: "1.1"\n  date: {day}\n  status: progress\n'
    root = mini(tasks=tasks, units=MINI_UNITS, progress={f"{year}/jtj.yaml": entry})
    found = findings(root, "--as-of", "2021-01-01")
    if message is None:
        assert found == []
        return
    hint = "检查 date: 的年份是否写错；不属于本计划的工作不在这里记录"
    assert found == [("warning", "date-outside-plan", 1, message, hint)]
    (root / f"data/progress/{year}/jtj.yaml").unlink()
    run = zwgk(root, "record", "1.1", "--unit", "jtj", "--progress", "--date", day,
               "--as-of", "2021-01-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert message in run.stdout and "检查 --date 的年份" in run.stdout
    assert (root / f"data/progress/{year}/jtj.yaml").is_file()


def test_an_extension_recorded_after_the_due_date_is_a_warning(mini: Build) -> None:
    """延期申请晚于到期日: an extension of 2018-Q3 (due 09-30) granted on
    10-10 is kept, and both commands name the due date it came after."""
    late = '- req: "1.1"\n  date: 2018-10-10\n' + EXTEND + "  period: 2018-Q3\n"
    late += "  until: 2018-10-31\n"
    root = mini(tasks=TASKS, units=MINI_UNITS, progress={"2018/jtj.yaml": late})
    message = "延期申请晚于到期日：2018-10-10 才记录延期，期限 2018-09-30 已过"
    hint = "延期应在到期日前批准；若日期写错，改正 date:"
    assert findings(root) == [("warning", "late-extension", 1, message, hint)]
    assert zwgk(root, "validate").exit_code == 0
    assert zwgk(root, "validate", "--strict").exit_code == 1
    (root / "data/progress/2018/jtj.yaml").unlink()
    run = zwgk(root, "record", "1.1", "--unit", "jtj", "--date", "2018-10-10", "--extend",
               *APPROVED, "--period", "2018-Q3", "--until", "2018-10-31")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert message in run.stdout and "改正 --date" in run.stdout
    # Granted before the due date: nothing to say.
    early = late.replace("2018-10-10", "2018-09-20")
    root = mini(tasks=TASKS, units=MINI_UNITS, progress={"2018/jtj.yaml": early})
    assert findings(root) == []


def test_a_second_done_for_an_instance_already_done_is_a_warning(mini: Build) -> None:
    """The second done entry of 2018-Q3 completes nothing: both commands name
    the first (its file, line and date). A done of the next quarter is no
    repeat. (The plan takes effect in July: were Q1 or Q2 open, the engine
    would count an undated second done as their late completion.)"""
    tasks = TASKS.replace("  year: 2018\n", "  year: 2018\n  effective: 2018-07-01\n")
    first = '- req: "1.1"\n  date: 2018-07-20\n  status: done\n'
    second = '- req: "1.1"\n  date: 2018-08-15\n  status: done\n'
    root = mini(tasks=tasks, units=MINI_UNITS, progress={"2018/jtj.yaml": first + second})
    message = ("2018-Q3 期已由 data/progress/2018/jtj.yaml 第 1 行（2018-07-20）记为完成："
               "这条完成记录不再完成任何一期")  # fmt: skip
    hint = "删去重复的一条；若是另一期的完成，用 period: 写明哪一期"
    assert findings(root) == [("warning", "done-twice", 4, message, hint)]
    # Naming the period says the same.
    named = second.replace("status: done\n", "status: done\n  period: 2018-Q3\n")
    root = mini(tasks=tasks, units=MINI_UNITS, progress={"2018/jtj.yaml": first + named})
    assert findings(root) == [("warning", "done-twice", 4, message, hint)]
    # The next quarter's is another instance.
    root = mini(tasks=tasks, units=MINI_UNITS, progress={
        "2018/jtj.yaml": first + second.replace("2018-08-15", "2018-10-15")})  # fmt: skip
    assert findings(root) == []
    root = mini(tasks=tasks, units=MINI_UNITS, progress={"2018/jtj.yaml": first})
    run = zwgk(root, "record", "1.1", "--unit", "jtj", "--done", "--date", "2018-08-15")
    assert run.exit_code == 0, run.output
    assert message in run.stdout and "用 --period 写明哪一期" in run.stdout
    assert findings(root) == [("warning", "done-twice", 4, message, hint)]


def test_repeated_publications_and_standing_duties_are_no_second_done(mini: Build) -> None:
    """An `at_least` rule (年内不少于2次) counts every done entry, and a
    requirement without a date is recorded again and again: no warning."""
    twice = TASKS.replace("          - every: quarter\n            basis: 按季度\n",
                          "          - at_least: 2\n            per: year\n"
                          "            basis: 不少于2次\n")  # fmt: skip
    rules = "        due:\n          - after: 文件公布\n            within: 3 workdays\n"
    undated = MINI_TASKS.replace(rules, "        due: []\n")
    dones = "".join(f'- req: "1.1"\n  date: 2018-{m}-10\n  status: done\n'
                    for m in ("07", "08", "09", "10"))  # fmt: skip
    for tasks in (twice, undated):
        assert tasks not in (TASKS, MINI_TASKS)
        root = mini(tasks=tasks, units=MINI_UNITS, progress={"2018/jtj.yaml": dones})
        assert findings(root) == []
