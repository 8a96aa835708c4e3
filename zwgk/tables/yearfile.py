"""A year's plan file, data/plans/YYYY.yaml, as the two commands that write a
whole one see it (`zwgk import --year`, `zwgk plan next`): the rules both
follow, in one place.

- a ledger of one plan (data/tasks.yaml) is moved first (`zwgk plan migrate`);
- an existing year's plan is replaced only with `--force` (checked before
  anything is read, and again under the file's lock when written);
- a plan holding requirements carried over by `zwgk plan next`
  (`carried_from`) is not replaced by an import, even with `--force`, unless
  the office says so (`--drop-carried`): the carry-over is the office's
  decision, and entries recorded against those ids would point at nothing;
- which command wrote the file being replaced is said (its header line).
"""

from __future__ import annotations

from pathlib import Path

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.layout import TASKS, plan_rel


def refuse_one_plan(root: Path, command: str) -> None:
    """A ledger of one plan is moved to the layout of years first; `command`
    is what to run again after (`zwgk plan next`, `zwgk import`)."""
    if (root / TASKS).is_file():
        raise ZwgkError(
            t("yearplan.one_plan", root=root),
            hint=t("yearplan.one_plan_hint", command=command),
            exit_code=EXIT_USAGE,
        )


def refuse_existing_plan(root: Path, year: int, force: bool) -> None:
    """A year's plan file there already (a file or a link, `occupied`) is
    never replaced without `force`."""
    from zwgk.outputs.outfiles import occupied

    rel = plan_rel(year)
    if not force and occupied(root / rel):
        raise ZwgkError(
            t("yearplan.exists", path=rel), hint=t("yearplan.exists_hint"), exit_code=EXIT_USAGE
        )


def carried_ids(text: str, rel: str) -> list[str]:
    """The ids of the requirements of a plan text that `zwgk plan next`
    carried over (`carried_from`); [] for a text that does not parse (it holds
    nothing anyone could lose by a replacement that reads)."""
    from zwgk.ledger.yamlio import YamlSyntaxError, parse

    try:
        data = parse(text, rel)[0]
    except YamlSyntaxError:
        return []
    found = []
    tasks = data.get("tasks") if isinstance(data, dict) else None
    for task in tasks if isinstance(tasks, list) else []:
        reqs = task.get("requirements") if isinstance(task, dict) else None
        for req in reqs if isinstance(reqs, list) else []:
            if isinstance(req, dict) and "carried_from" in req:
                found.append(str(req.get("id")))
    return found


def refuse_dropping_carried(text: str, rel: str, drop_carried: bool) -> None:
    """An import over a plan holding carried-over requirements: refused,
    naming them, unless the office said `--drop-carried`."""
    carried = [] if drop_carried else carried_ids(text, rel)
    if carried:
        raise ZwgkError(
            t("yearplan.has_carried", path=rel, n=len(carried), reqs=", ".join(carried)),
            hint=t("yearplan.has_carried_hint", path=rel),
            exit_code=EXIT_USAGE,
        )


def made_by_import(text: str) -> bool:
    """Whether a plan text is one `zwgk import` wrote: its header comment
    (`import.yaml_tasks_header`, in either language) names the command."""
    return any(line.startswith("#") and "zwgk import" in line for line in text.splitlines()[:5])


def write_plan(root: Path, year: int, text: str, force: bool, drop_carried: bool = True) -> str:
    """Write data/plans/YYYY.yaml the way zwgk writes a ledger file
    (`append.rewrite`: under its lock, atomically, never through a link),
    refusing an existing one without `force`, and one holding carried-over
    requirements unless `drop_carried`. The text replaced ("" for none)."""
    from zwgk.ledger.append import rewrite

    rel = plan_rel(year)
    replaced = []

    def new_text(old: str) -> str:
        refuse_existing_plan(root, year, force)
        refuse_dropping_carried(old, rel, drop_carried)
        replaced.append(old)
        return text

    rewrite(root, root / rel, rel, new_text)
    return replaced[-1]
