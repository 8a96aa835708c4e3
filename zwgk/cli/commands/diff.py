"""`zwgk diff [REV] [REV2]`: what changed between two states of the ledger in
git — entries, the statuses they move, the plan — for review."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.text import Text

from zwgk.cli.console import json_text, out_console, write_out
from zwgk.cli.options import AsOf, WarnDays, as_of_date, chosen_year, ledger_root, warn_window
from zwgk.i18n import t

commands = typer.Typer()


class DiffFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"


@commands.command(help=t("help.diff"), epilog=t("help.diff_example"))
def diff(
    rev: Annotated[str | None, typer.Argument(metavar="[REV]", help=t("help.arg_rev"))] = None,
    rev2: Annotated[str | None, typer.Argument(metavar="[REV2]", help=t("help.arg_rev2"))] = None,
    as_of: AsOf = None,
    warn_days: WarnDays = None,
    format: Annotated[
        DiffFormat, typer.Option("--format", "-f", help=t("help.opt_diff_format"))
    ] = DiffFormat.text,
) -> None:
    from zwgk.review.diff import compare_revisions
    from zwgk.review.git import Git

    day = as_of_date(as_of)
    warn = warn_window(warn_days)
    root = ledger_root()
    git = Git(root)
    before_label = rev or "HEAD"
    before_rev = before_label
    if rev is not None and rev2 is None and ".." in rev:
        # `A..B` compares A with B; `A...B` compares B with where it branched
        # from A (what a merge request changes, whatever A did since).
        first, dots, second = rev.partition("...") if "..." in rev else rev.partition("..")
        rev2 = second or "HEAD"
        before_label = first or "HEAD"
        before_rev = git.merge_base(before_label, rev2) if dots == "..." else before_label
        if dots == "...":
            before_label = t("diff.merge_base", rev=before_label)
    base = git.tree(before_rev)
    after_label = t("git.worktree") if rev2 is None else rev2
    after = None if rev2 is None else git.tree(rev2)
    result = compare_revisions(
        root, git, base, before_label, after, after_label, day, warn, chosen_year()
    )
    if format is DiffFormat.json:
        from zwgk.outputs.diffwords import diff_json

        typer.echo(json_text(diff_json(result), ensure_ascii=False, indent=2))
    elif format is DiffFormat.md:
        from zwgk.outputs.diffwords import describe_entry, describe_plan_change
        from zwgk.outputs.templates import render

        # The templates of the side under review never run: a merge request
        # that adds templates/diff.md.j2 is rendered with the base's (or the
        # built-in) template, like every other file the review reads as data.
        text = render(
            "diff.md.j2",
            root,
            templates=base,
            diff=result,
            entry_words=describe_entry,
            plan_words=lambda change: describe_plan_change(change, result.directory),
        )
        write_out(text, None)
    else:
        _print_diff(result)


def _print_diff(result: Any) -> None:
    from zwgk.engine.compare import LedgerDiff, rel_path
    from zwgk.outputs.diffwords import describe_entry, describe_plan_change
    from zwgk.outputs.screen import STATUS_STYLE

    assert isinstance(result, LedgerDiff)
    console = out_console()
    name = result.directory.name
    console.print(
        Text(
            t("diff.heading", before=result.before, after=result.after, as_of=result.as_of),
            style="bold",
        )
    )
    if result.empty:
        console.print(Text(t("diff.nothing"), style="green"))
        return
    marks = {"added": ("+", "green"), "removed": ("-", "red"), "edited": ("~", "yellow"),
             "moved": ("→", "cyan")}  # fmt: skip
    # Each section's lines in one print: a merge request of a city adds
    # thousands of entries, and every print runs rich's whole pipeline.
    if result.entries:
        console.print(Text(t("diff.entries", n=len(result.entries)), style="bold"))
        lines = []
        for c in result.entries:
            mark, style = marks[c.change]
            line = Text(f"  {mark} ", style=style)
            line.append(f"{c.entry.req} {name(c.entry.unit)} ")
            if c.change == "edited" and c.before is not None:
                line.append(describe_entry(c.before) + " → ", style="dim")
            line.append(describe_entry(c.entry))
            if c.change == "moved" and c.before is not None:
                line.append(f"  {rel_path(c.before)} → {c.file}:{c.entry.line}", style="dim")
            else:
                line.append(f"  {c.file}:{c.entry.line}", style="dim")
            lines.append(line)
        console.print(Text("\n").join(lines))
    if result.statuses:
        console.print(Text(t("diff.statuses", n=len(result.statuses)), style="bold"))
        lines = []
        for s in result.statuses:
            line = Text(f"  {s.req} {name(s.unit)}" + (f" {s.period}" if s.period else "") + ": ")
            line.append(t(f"status.{s.before}") if s.before else "—", style="dim")
            line.append(" → ")
            after = t(f"status.{s.after}") if s.after else "—"
            line.append(after, style=STATUS_STYLE.get(s.after or "", ""))
            lines.append(line)
        console.print(Text("\n").join(lines))
    if result.plan:
        console.print(Text(t("diff.plan", n=len(result.plan)), style="bold"))
        for p in result.plan:
            console.print(Text("  " + describe_plan_change(p, result.directory)))
