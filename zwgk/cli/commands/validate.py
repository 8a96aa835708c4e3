"""`zwgk validate`: every finding in the ledger (or in the files changed since
a revision), as text, JSON or GitHub annotations; exit 1 on an error."""

# No `from __future__ import annotations` here: typer reads the command's
# annotations on every run, and as strings each would be compiled and
# evaluated again (half of building the command; issue 17, startup).

from enum import StrEnum
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from zwgk.cli.console import json_text, out_console, warn
from zwgk.cli.options import AsOf, as_of_date, chosen_year, ledger_root, load_ledger
from zwgk.errors import EXIT_DATA
from zwgk.i18n import t

if TYPE_CHECKING:
    from zwgk.ledger.load import Ledger
    from zwgk.model.findings import Finding

commands = typer.Typer()

_LINES_A_PRINT = 500


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


@commands.command(help=t("help.validate"), epilog=t("help.validate_example"))
def validate(
    format: Annotated[
        ValidateFormat, typer.Option("--format", "-f", help=t("help.opt_format"))
    ] = ValidateFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help=t("help.opt_strict"))] = False,
    changed_since: Annotated[
        str | None,
        typer.Option("--changed-since", metavar="REV", help=t("help.opt_changed_since")),
    ] = None,
    authors: Annotated[
        str | None, typer.Option("--authors", metavar="REV1..REV2", help=t("help.opt_authors"))
    ] = None,
    require_signed: Annotated[
        bool, typer.Option("--require-signed", help=t("help.opt_require_signed"))
    ] = False,
    as_of: AsOf = None,
) -> None:
    from zwgk.checks.registry import checks_of_years, in_order, run_checks

    if require_signed and authors is None:
        raise typer.BadParameter(t("validate.signed_needs_authors"), param_hint="--require-signed")
    day = as_of_date(as_of)
    root = ledger_root()
    git = None
    if changed_since is not None or authors is not None:
        from zwgk.review.git import Git

        git = Git(root)
    # A ledger of several plan years, no --year: every year's plan, each with
    # the entries that count for it (a finding two years share listed once).
    from zwgk.ledger.load import plan_years_held

    asked = chosen_year()
    years: list[int | None] = [asked] if asked is not None else [*plan_years_held(root)]
    read: list[Ledger] = []
    if changed_since is not None:
        from zwgk.review.changed import scope, select

        assert git is not None
        change = scope(git, changed_since)

        def check(year: int | None) -> "list[Finding]":
            # review chooses the files a change touches and what they reference,
            # the checks check them: the two do not know each other.
            chosen = select(root, change, git, year, day)
            return [f for f in run_checks(chosen.ledger, day) if chosen.keeps(f)]

    else:

        def check(year: int | None) -> "list[Finding]":
            ledger = load_ledger(root, as_of=day, year=year)
            read.append(ledger)
            return run_checks(ledger, day, remember=True)

    findings = checks_of_years(years or [None], check)
    if authors is not None:
        from zwgk.review.owners import author_findings, signature_findings

        assert git is not None
        findings = [*findings, *author_findings(git, authors)]
        if require_signed:
            findings += signature_findings(git, authors)
        findings = in_order(findings)
    errors = sum(1 for f in findings if f.level == "error")
    warnings = len(findings) - errors
    if format is ValidateFormat.json:
        doc = {"findings": [f.as_json() for f in findings], "errors": errors, "warnings": warnings}
        typer.echo(json_text(doc, ensure_ascii=False, indent=2))
    elif format is ValidateFormat.github:
        from zwgk.outputs.annotations import workflow_commands

        for command in workflow_commands(findings, root):
            typer.echo(command)
    else:
        console = out_console()
        lines: list[Text] = []
        for f in findings:
            line = Text()
            line.append(f"{f.path}:{f.line}:{f.col}: ", style="bold")
            style = "red" if f.level == "error" else "yellow"
            line.append(t(f"level.{f.level}"), style=f"bold {style}")
            line.append(f" {f.code} ", style="dim")
            line.append(f.message)
            lines.append(line)
            if f.hint:
                lines.append(Text("    → " + f.hint, style="cyan"))
        if findings:
            lines.append(
                Text(t("validate.summary", errors=errors, warnings=warnings), style="bold")
            )
            # A print per _LINES_A_PRINT lines: rich's work per call, not per
            # line, is what a thousand findings cost, and what it holds while
            # printing grows with the text (ten thousand findings in one
            # print: 80 MB). Soft wrap: the same lines either way.
            for start in range(0, len(lines), _LINES_A_PRINT):
                console.print(Text("\n").join(lines[start : start + _LINES_A_PRINT]))
        elif not read:
            console.print(Text(t("validate.clean_changed", rev=changed_since), style="bold green"))
        else:
            plans = [ledger.plan for ledger in read if ledger.plan is not None]
            console.print(
                Text(
                    t(
                        "validate.clean" if len(read) == 1 else "validate.clean_years",
                        tasks=sum(len(plan.tasks) for plan in plans),
                        reqs=sum(len(plan.requirements()) for plan in plans),
                        units=len(read[0].directory.units),
                        entries=sum(len(ledger.entries) for ledger in read),
                        years=t("common.list_sep").join(str(y) for y in years),
                    ),
                    style="bold green",
                )
            )
        if authors is not None and not require_signed:
            warn(t("owners.self_declared"), style="dim")
    if errors or (strict and warnings):
        raise typer.Exit(EXIT_DATA)
