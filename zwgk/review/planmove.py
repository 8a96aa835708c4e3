"""`zwgk plan migrate` in a git repository: a plan file git tracks is moved
with `git mv`, so the rename is staged as one change (the next commit records
it whole, and `git log --follow data/plans/2018.yaml` goes back through
data/tasks.yaml). Git records no renames itself: it finds them by content,
which a move that leaves the bytes unchanged keeps certain."""

from __future__ import annotations

from pathlib import Path

from zwgk.errors import ZwgkError
from zwgk.ledger.migrate import Move
from zwgk.review.git import Git


def tracking_git(root: Path, rel: str) -> Git | None:
    """The repository that tracks the ledger file `rel`, or None: no git, no
    repository, or the file not tracked (then a plain rename is the move)."""
    try:
        git = Git(root)
        git.run("ls-files", "--error-unmatch", "--", rel, cwd=root)
    except ZwgkError:
        return None
    return git


def git_move(git: Git, move: Move) -> None:
    """`git mv` of the plan file: the working file and the index at once."""
    (git.ledger_root / move.target).parent.mkdir(exist_ok=True)
    git.run("mv", "--", move.source, move.target, cwd=git.ledger_root)


def unchanged(git: Git, rel: str) -> bool:
    """Whether the working file `rel` is as the index holds it (no edit of
    the clerk's own waiting to be staged)."""
    try:
        git.run("diff", "--quiet", "--", rel, cwd=git.ledger_root)
    except ZwgkError:
        return False
    return True


def stage(git: Git, move: Move) -> None:
    """Stage the moved file as it is now (its schema line repointed)."""
    git.run("add", "--", move.target, cwd=git.ledger_root)
