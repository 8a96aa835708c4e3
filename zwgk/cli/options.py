"""What several commands parse alike: the ledger named by `--root` (or found
from the working directory), dates, day counts, `--unit` values, and the option
types and formats they share. Parsing problems are usage errors (exit 2)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from zwgk.cli import completion
from zwgk.cli.console import err_console, print_error, prompting, warn
from zwgk.cli.words import choices, close_codes, code_for, shown
from zwgk.errors import ZwgkError
from zwgk.i18n import t
from zwgk.model.chars import half_width, lazy_pattern
from zwgk.model.dates import read_date
from zwgk.model.limits import DATE_YEARS, DEFAULT_WARN_DAYS, FIRST_YEAR, LAST_YEAR
from zwgk.model.values import small_int

if TYPE_CHECKING:
    from zwgk.checks.gate import Gate
    from zwgk.ledger.load import Ledger, PlannedLedger
    from zwgk.model.directory import Directory
    from zwgk.model.findings import Finding


# --- the ledger -------------------------------------------------------------


class _Given:
    """The global options as given on the command line (set by the app)."""

    root: str | None = None
    year: int | None = None


def remember_global(root: str | None, year: int | None) -> None:
    """Keep the app's `--root` and `--year` for the command that runs after
    them; nothing of an earlier run in the same process (the tests') stays."""
    _Given.root = root
    _Given.year = year


# --- the plan year ----------------------------------------------------------


def chosen_year() -> int | None:
    """The plan year `--year` asked for, or None (the as-of date's plan)."""
    return _Given.year


def checked_year(ctx: Any, param: Any, value: int | None) -> int | None:
    """A `--year` value within the years zwgk knows (FIRST_YEAR..LAST_YEAR),
    else a usage error in zwgk's words: the callback of every `--year`."""
    if value is not None and not FIRST_YEAR <= value <= LAST_YEAR:
        raise typer.BadParameter(
            t("cli.year_range", value=value, first=FIRST_YEAR, last=LAST_YEAR),
            param_hint="--year",
        )
    return value


def year_option() -> Any:
    """`--year YYYY`, which every command takes: a ledger of several plan
    years (data/plans/) is read at that year's plan (ledger/years.py)."""
    from typer.core import TyperOption

    def keep(ctx: Any, param: Any, value: int | None) -> None:
        checked_year(ctx, param, value)
        if value is not None:  # else the app's `--year`, if any
            _Given.year = value

    return TyperOption(
        param_decls=["--year"],
        type=int,
        metavar="YYYY",
        expose_value=False,
        callback=keep,
        help=t("help.opt_year"),
    )


def ledger_root() -> Path:
    """The ledger the command works on; none is a usage error."""
    from zwgk.ledger.load import find_root

    return find_root(_Given.root)


def ledger_root_if_any() -> Path | None:
    """The ledger, or None outside any (a ledger named explicitly must exist)."""
    from zwgk.ledger.load import find_root_if_any

    return find_root_if_any(_Given.root)


def _year(options: dict[str, Any]) -> dict[str, Any]:
    """The loader's options with the plan year asked for (`--year`). Without
    one, a ledger of several years reads the plan of `as_of`, the day the
    command computes for, which its caller passes (None: today)."""
    return {"year": _Given.year, **options}


def load_ledger(root: Path, **options: Any) -> Ledger:
    from zwgk.ledger.load import load_ledger as load

    return _warned(load(root, **_year(options)))


def load_plan_or_fail(root: Path, **options: Any) -> PlannedLedger:
    from zwgk.ledger.load import load_plan_or_fail as load

    ledger = load(root, **_year(options))
    _warned(ledger)
    return ledger


def load_for_entries(root: Path, as_of: dt.date | None) -> PlannedLedger:
    """The ledger a new entry is checked against (`record`, `collect`). A
    unit's progress file that cannot be read goes to `unread`, as for
    `status`: an entry that needs it is refused naming it
    (checks/record.unread_refusal), others go on; other files that cannot be
    read (no unit's) do not stop it."""
    import dataclasses

    from zwgk.ledger.load import unread_by_unit

    ledger = load_plan_or_fail(root, with_progress=True, as_of=as_of)
    return dataclasses.replace(ledger, unread=unread_by_unit(ledger.findings))


IgnoreErrors = Annotated[bool, typer.Option("--ignore-errors", help=t("help.opt_ignore_errors"))]

_ERRORS_SHOWN = 5
"""Errors of the plan's files a stopped command lists; `validate` has the rest."""


def load_plan_checked(
    root: Path, ignore_errors: bool, **options: Any
) -> tuple[PlannedLedger, Gate | None]:
    """For the commands that compute obligations (status, report, notice,
    export): the plan's files must be free of errors (`checks/gate.py`), or the
    command stops with exit 1 naming the first ones; `--ignore-errors`
    computes anyway and names on stderr every requirement the errors touch.
    A progress file that cannot be read is judged as `load_plan_or_fail` does.
    With the ledger: what was ignored, for a document to say so too (None
    when nothing was)."""
    ignored: list[Gate] = []

    def judge(ledger: Ledger) -> None:
        from zwgk.checks.gate import gate

        found = gate(ledger)
        if not found.stops:
            return
        if ignore_errors and found.plan_read:
            _say_ignored(found.blocking, found.affected, found.everywhere)
            ignored.append(found)
            return
        _stop(found.blocking, found.plan_read)

    ledger = load_plan_or_fail(root, judge_plan=judge, **options)
    return ledger, (ignored[0] if ignored else None)


def _stop(blocking: list[Finding], plan_read: bool) -> None:
    from zwgk.errors import EXIT_DATA, ZwgkError

    lines = [t("cli.plan_errors", n=len(blocking))]
    for f in blocking[:_ERRORS_SHOWN]:
        where = f"{f.path}:{f.line}" if f.line else f.path
        lines.append(f"  {where}: {f.message}")
        if f.hint:  # the fix, as validate says it (a "did you mean" included)
            lines.append(f"    → {f.hint}")
    if len(blocking) > _ERRORS_SHOWN:
        lines.append("  " + t("cli.plan_errors_more", n=len(blocking) - _ERRORS_SHOWN))
    hint = t("cli.plan_errors_hint") if plan_read else t("cli.plan_unreadable_hint")
    raise ZwgkError("\n".join(lines), hint=hint, exit_code=EXIT_DATA)


def _say_ignored(blocking: list[Finding], affected: tuple[str, ...], everywhere: int) -> None:
    """The banner of `--ignore-errors`, on stderr: every requirement left out."""
    warn(t("cli.errors_ignored", n=len(blocking)), style="bold yellow")
    if affected:
        warn(
            t("cli.left_out", n=len(affected), ids=t("common.list_sep").join(affected)),
            style="bold yellow",
        )
    if everywhere:
        warn(t("cli.left_out_everywhere", n=everywhere), style="bold yellow")


def say_unread(ledger: PlannedLedger, unknown: int, whole: bool) -> None:
    """The banner of `status` and `notice`, on stderr above what they print:
    each progress file that cannot be read, with its first error and the
    fix; whose entries that leaves unknown, and how many of the obligations
    asked for are left out (unless that is `whole` of them: the error that
    follows says so)."""
    console = err_console()
    for findings in ledger.unread.values():
        for path in dict.fromkeys(f.path for f in findings):
            first = min(f for f in findings if f.path == path)
            more = sum(f.path == path for f in findings) - 1
            print_error(
                ZwgkError(
                    t("cli.unread_file", problem=first.message)
                    + (t("cli.unread_more", n=more) if more else ""),
                    hint=first.hint,
                    path=path,
                    line=first.line or None,
                    col=first.col or None,
                )
            )
    if unknown and whole:
        return
    units = ledger.directory.units
    for uid, findings in ledger.unread.items():
        if uid not in units:  # its entries would count for no obligation if read
            for path in dict.fromkeys(f.path for f in findings):
                said = t("cli.unread_no_such_unit", path=path, unit=uid)
                console.print(Text(said, style="bold yellow"))
    names = t("common.list_sep").join(units[uid].name for uid in ledger.unread if uid in units)
    if names:
        key = "cli.unread_units" if unknown else "cli.unread_units_none"
        console.print(Text(t(key, units=names, n=unknown), style="bold yellow"))


def _warned(ledger: Ledger) -> Ledger:
    """Say what was worth saying while reading (an ignored cache), on stderr."""
    for message in ledger.warnings:
        warn(message)
    return ledger


# --- dates and days ---------------------------------------------------------


def parse_date(value: str | None, option: str) -> dt.date | None:
    """A date as a clerk types it (`model.dates.read_date`: 2018-07-20,
    2018/7/20, 2018年7月20日, 20180720 …) in a year of `DATE_YEARS`: a
    ledger's dates, not the calendar's edges."""
    if value is None:
        return None
    try:
        day = read_date(value)
    except ValueError:
        raise typer.BadParameter(t("cli.bad_date", value=value), param_hint=option) from None
    if day.year not in DATE_YEARS:
        raise typer.BadParameter(t("cli.date_range", value=value), param_hint=option)
    return day


_MAX_DAYS = 36_600
"""A hundred years: more than any window a clerk means, and far short of the
thousands of digits int() refuses."""


# A count of days as typed: 14, 14d, 14天, 14个工作日 (full-width alike, 内
# after it as in 14天内). `d`/`days` name no unit of their own: the option's.
_COUNT = lazy_pattern(
    r"(?P<n>.*?)\s*(?:(?P<any>d|days?)|(?P<work>workdays?|个?工作日)"
    r"|(?P<calendar>天|日|个?(?:自然|日历)[日天]))?\s*内?",
    re.ASCII,
)


def parse_days(value: str | None, option: str, workdays: bool = False) -> int | None:
    """A whole number of days: calendar days (`14`, `14d`, `14天`), or, for an
    option that counts working days (`workdays`), `10`, `10d` or `10个工作日`.
    A count in the other unit (14个工作日 where calendar days are counted,
    10天 where working days are) is refused, never converted: the option says
    which it counts."""
    if value is None:
        return None
    found = _COUNT().fullmatch(half_width(value).strip().lower())  # １４ is 14
    text = "" if found is None else found["n"]
    if not (text.isascii() and text.isdigit()):  # "²" is a digit to isdigit(), not to int()
        bad = "cli.bad_workdays" if workdays else "cli.bad_days"
        raise typer.BadParameter(t(bad, value=value), param_hint=option)
    assert found is not None
    if found["calendar" if workdays else "work"] is not None:
        other = "cli.workdays_not_days" if workdays else "cli.days_not_workdays"
        raise typer.BadParameter(t(other, value=value), param_hint=option)
    days = small_int(text)
    if days is None or days > _MAX_DAYS:
        raise typer.BadParameter(
            t("cli.too_many_days", value=text[:12] + "…" * (len(text) > 12), limit=_MAX_DAYS),
            param_hint=option,
        )
    return days


def effective_option() -> Any:
    return typer.Option("--effective", metavar="DATE", help=t("help.opt_effective"))


def effective_date(value: str | None) -> dt.date | None:
    """`--effective` of `init` and `import`; left out, asked for at a terminal
    (an empty answer leaves it out). Never guessed: a script that gives none
    gets a plan that says none."""
    if value is not None or not prompting():
        return parse_date(value, "--effective")
    while True:  # a typo at the prompt is asked again, not a usage error
        answer = typer.prompt(t("prompt.effective"), default="", show_default=False).strip()
        if not answer:
            return None
        try:
            return parse_date(answer, "--effective")
        except typer.BadParameter as exc:
            warn(exc.format_message())


def warn_window(value: str | None) -> int:
    """`--warn-days N`: the due-soon window in working days; not given, the
    engine's default."""
    days = parse_days(value, "--warn-days", workdays=True)
    return DEFAULT_WARN_DAYS if days is None else days


def as_of_date(value: str | None) -> dt.date:
    """`--as-of`, else today."""
    return parse_date(value, "--as-of") or dt.date.today()


AsOf = Annotated[str | None, typer.Option("--as-of", metavar="DATE", help=t("help.opt_as_of"))]
WarnDays = Annotated[
    str | None,
    typer.Option(
        "--warn-days", metavar="N", help=t("help.opt_warn_days", default=DEFAULT_WARN_DAYS)
    ),
]


def unit_option(help: str) -> Any:
    """`--unit/-u UNIT`: a unit or group by id, name or alias, completed from
    the ledger; `help` says what the command does with it."""
    return typer.Option("--unit", "-u", metavar="UNIT", help=help, autocompletion=completion.unit)


# --- codes ------------------------------------------------------------------


def parse_status(value: str, codes: Sequence[str], option: str) -> str:
    """An obligation status of `codes` as typed: its code or its label in
    either language (`overdue`, 已逾期, `due soon`). Anything else is refused
    with the close ones (逾期: 是不是：已逾期（overdue）…？) and the choices."""
    from zwgk.ledger.suggest import did_you_mean

    code = code_for(value, codes, "status")
    if code is None:
        listed = choices(codes, "status")
        close = [shown(c, "status") for c in close_codes(value, codes, "status")]
        message = (
            t("cli.bad_status_close", code=value, did_you_mean=did_you_mean(close), choices=listed)
            if close
            else t("cli.bad_status_code", code=value, choices=listed)
        )
        raise typer.BadParameter(message, param_hint=option)
    return code


# --- units ------------------------------------------------------------------


def resolve_units(directory: Directory, texts: list[str]) -> set[str]:
    """`--unit` values (ids, names, aliases, groups) as unit and group ids."""
    from zwgk.ledger.suggest import did_you_mean

    units: set[str] = set()
    for text in texts:
        ref = directory.resolve(text)
        if ref is None:
            hint = did_you_mean(directory.suggest(text))
            raise typer.BadParameter(
                t("record.unknown_unit", unit=text) + (" " + hint if hint else ""),
                param_hint="--unit",
            )
        units.update({ref, *directory.expand(ref)})
    return units


# --- formats ----------------------------------------------------------------


class TableFormat(StrEnum):
    table = "table"
    json = "json"


class DocFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"


class NoticeFormat(StrEnum):
    """`notice --format`: the report's formats, and the 回执 workbook a unit
    fills (xlsx), which only a notice has."""

    md = "md"
    html = "html"
    docx = "docx"
    xlsx = "xlsx"


DOC_SUFFIXES = {".md": DocFormat.md, ".markdown": DocFormat.md, ".html": DocFormat.html,
                ".htm": DocFormat.html, ".docx": DocFormat.docx}  # fmt: skip
"""What a file's suffix says its format is (report -o 周报.docx)."""


# --- a Word document's 公文 parts (notice and report, --format docx) --------

Issuer = Annotated[str | None, typer.Option("--issuer", metavar="NAME", help=t("help.opt_issuer"))]
ReportIssuer = Annotated[
    str | None, typer.Option("--issuer", metavar="NAME", help=t("help.opt_report_issuer"))
]
"""The report's --issuer: signs its Word file only (the notice's every format)."""
DocNo = Annotated[str | None, typer.Option("--doc-no", metavar="TEXT", help=t("help.opt_doc_no"))]
CarbonCopy = Annotated[
    list[str] | None, typer.Option("--cc", metavar="UNIT", help=t("help.opt_cc"))
]
PrintedBy = Annotated[
    str | None, typer.Option("--printed-by", metavar="NAME", help=t("help.opt_printed_by"))
]
_CC_SEPARATORS = lazy_pattern(r"[、，,；;]")


def issuer_name(issuer: str | None) -> str:
    """The 发文机关 a notice or report is signed by: --issuer, else the default."""
    return (issuer or "").strip() or t("notice.default_issuer")


def paper_parts(
    docx: bool,
    doc_no: str | None,
    cc: list[str] | None,
    printed_by: str | None,
    issuer: str | None,
    docx_only: Sequence[str] = (),
) -> Any:
    """The Word document's 署名, 文号 and 版记 (`outputs.word.Paper`); None
    for another format (the Word writer is then not loaded). These options lay
    out a Word file only: given with another format they are a usage error
    rather than silently dropped; `docx_only` names further options given that
    are Word-only for the command (report's --issuer)."""
    given = [name for name, value in (("--doc-no", doc_no), ("--cc", cc),
             ("--printed-by", printed_by)) if value]  # fmt: skip
    given += list(docx_only)
    if given and not docx:
        raise typer.BadParameter(t("cli.docx_only", options=" ".join(given)))
    if not docx:
        return None
    from zwgk.outputs.word import Paper

    units = [u.strip() for value in cc or [] for u in _CC_SEPARATORS().split(value)]
    return Paper(
        issuer=issuer_name(issuer),
        doc_no=(doc_no or "").strip() or None,
        cc=tuple(dict.fromkeys(u for u in units if u)),
        printed_by=(printed_by or "").strip() or None,
    )
