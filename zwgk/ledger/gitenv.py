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

import functools
import os
import subprocess
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
        if not _ssh_chosen(env):
            env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes"
    env.update(LANGUAGE="C", LC_MESSAGES="C", GIT_TERMINAL_PROMPT="0")
    env.pop("LC_ALL", None)
    where = ["--git-dir", str(git_dir)] if git_dir is not None else []
    return ["git", *options, *where, *args], env


def _ssh_chosen(env: dict[str, str]) -> bool:
    """Whether the user chose how git runs ssh: GIT_SSH_COMMAND, GIT_SSH or
    core.sshCommand (git's own order; the first wins). zwgk's default
    (`ssh -o BatchMode=yes`: never a password prompt) is set only when none
    is, since GIT_SSH_COMMAND would override a `core.sshCommand "ssh -i
    ~/.ssh/city"` and every ssh remote would then fail in rollup alone. A
    chosen command is trusted to prompt no more than git's own does
    (GIT_TERMINAL_PROMPT=0 is set all the same)."""
    if env.get("GIT_SSH_COMMAND") or env.get("GIT_SSH"):
        return True
    # The git configuration outside any repository: system, global, GIT_CONFIG_*.
    named = ("HOME", "XDG_CONFIG_HOME")
    shaping = tuple(sorted((k, v) for k, v in env.items() if k.startswith("GIT_") or k in named))
    return _ssh_configured(shaping)


@functools.cache
def _ssh_configured(shaping: tuple[tuple[str, str], ...]) -> bool:
    """core.sshCommand set in the configuration `shaping` (the environment
    git reads its configuration by) gives: asked once per process."""
    try:
        done = subprocess.run(
            ["git", "config", "--get", "core.sshCommand"],
            cwd="/",  # in no repository: its config is not the user's choice
            env=dict(shaping) | {"PATH": os.environ.get("PATH", "")},
            capture_output=True,
            stdin=subprocess.DEVNULL,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and bool(done.stdout.strip())
