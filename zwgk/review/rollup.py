"""Reading one county's ledger for `zwgk rollup`: at the commit fetched into
the cache (`ledger/remote.py`), straight from git's objects, or a folder in
place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from zwgk.ledger.load import Ledger, PlannedLedger, load_plan_or_fail
from zwgk.ledger.remote import Copy
from zwgk.review.git import Git, GitFiles


def load_county(
    copy: Copy, judge_plan: Callable[[Ledger], None], as_of: dt.date, year: int | None = None
) -> PlannedLedger:
    """The county's ledger as `zwgk status` reads its own: the plan judged by
    `judge_plan` (the computing commands' gate, which raises to stop), every
    progress file read, a unit's file that cannot be read set apart in
    `unread`. The one place a county's ledger is loaded: a county keeping
    several plan years is read at the plan of `as_of`'s year (`ledger/years.py`),
    the one it is chasing that day, or at `year`'s plan when one is asked
    for (`--year`; a county not holding it cannot be read, the message
    naming the years it holds). Raises ZwgkError when it cannot be
    read (exit 2's message: the first error)."""
    folder = copy.ledger_folder
    if folder is not None:
        return load_plan_or_fail(folder, with_progress=True, progress_must_read=True,
                                 judge_plan=judge_plan, per_unit=True, as_of=as_of,
                                 year=year)  # fmt: skip
    assert copy.git_dir is not None and copy.commit is not None
    files = _CountyFiles(Git.bare(copy.git_dir, copy.source.path), copy.commit[:12], copy.commit)
    return load_plan_or_fail(copy.git_dir, with_progress=True, progress_must_read=True,
                             files=files, label=copy.commit[:12], judge_plan=judge_plan,
                             per_unit=True, as_of=as_of, year=year)  # fmt: skip


class _CountyFiles(GitFiles):
    """A county's files at the fetched commit, named as in the county's own
    ledger (`data/progress/2018/jtj.yaml`): the county and its commit are
    said beside them, and `status`'s rule for a unit's file that cannot be
    read (`load.unread_by_unit`) knows a file by that path."""

    def shown(self, rel: str) -> str:
        return rel
