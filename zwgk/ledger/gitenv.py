"""How zwgk starts git: the one home of its command line's options and
environment, for both of its git runners (`review/git.py`, the ledger's own
history; `ledger/remote.py`, the counties fetched by `zwgk rollup`).

Every call: git's messages in English (what is shown is git's own reason,
and some are recognised), never a prompt. A repository that is not the
user's own (`isolated`: the cache's copies of the counties, and the fetches
into them) is also named explicitly (`--git-dir`) and read with nothing of
the caller's environment pointing at another repository (GIT_DIR set by a
hook, an alias or CI), with no hook, fsmonitor, transport running a command
or background gc, so that `safe.bareRepository=explicit` and the like hold.
"""

from __future__ import annotations

import os
from pathlib import Path

_QUOTE = ("-c", "core.quotepath=off")
_SAFE = (
    "-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false",
    "-c", "protocol.ext.allow=never", "-c", "fetch.recurseSubmodules=false",
    "-c", "gc.auto=0", "-c", "maintenance.auto=false",
)  # fmt: skip
_INHERITED = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY",
              "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE", "GIT_COMMON_DIR")  # fmt: skip


def git_command(
    args: tuple[str, ...] | list[str], *, git_dir: Path | None = None, isolated: bool = False
) -> tuple[list[str], dict[str, str]]:
    """The command line and environment of `git ARGS`: in `git_dir` when
    given (`--git-dir`, never found from the working folder), `isolated`
    from the caller's repository variables and hardened (see the module).
    The user's own ledger keeps its environment: `zwgk diff` run from a
    pre-commit hook reads the index that hook names."""
    env = dict(os.environ)
    options = [*_QUOTE]
    if isolated:
        for name in _INHERITED:
            env.pop(name, None)
        options += _SAFE
        env.setdefault("GIT_SSH_COMMAND", "ssh -o BatchMode=yes")
    env.update(LANGUAGE="C", LC_MESSAGES="C", GIT_TERMINAL_PROMPT="0")
    env.pop("LC_ALL", None)
    where = ["--git-dir", str(git_dir)] if git_dir is not None else []
    return ["git", *options, *where, *args], env
