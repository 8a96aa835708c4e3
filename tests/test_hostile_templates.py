"""Hostile templates: a ledger's templates/ comes from merge requests, so every
payload in tests/hostile/templates/ must fail closed — exit 2, a message naming
the template file and line, nothing printed — and the review comment that
`zwgk diff --format md` writes in CI never runs a template the change brings."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import zwgk as zwgk_package
from conftest import Run, hang_guard, write, zwgk
from gitkit import JTJ_DONE, commit, git, ledger_repo

PAYLOADS = sorted((Path(__file__).parent / "hostile" / "templates").glob("*.j2"))
TOKEN = "glpat-FAKE-TOKEN-0123456789"
ENV = {"ZWGK_BOT_TOKEN": TOKEN}
EVENT = '- req: "1.1"\n  date: 2018-09-28\n  status: event\n  event: 文件公布\n'
Build = Callable[..., Path]


def fails_closed(run: Run, template: str) -> None:
    """Exit 2, the payload's file and line (every payload sits on line 2), and
    nothing of what it reached for in the output."""
    assert run.exit_code == 2, run.output
    assert run.stdout == ""
    assert f"{template}:2: " in run.stderr, run.stderr
    for leaked in (TOKEN, "uid=", "root:", "<module", "environ("):
        assert leaked not in run.output, run.output


@pytest.mark.parametrize("payload", PAYLOADS, ids=[p.stem for p in PAYLOADS])
def test_a_ledger_template_cannot_reach_python(mini: Build, payload: Path) -> None:
    root = mini()
    write(root, "templates/report.md.j2", payload.read_text("utf-8"))
    with hang_guard(120):
        run = zwgk(root, "report", "--week", "2018-W41", env=ENV)
    fails_closed(run, "templates/report.md.j2")


EXHAUSTING = [p for p in PAYLOADS if p.stem.startswith(("loops-", "size-", "power-"))]


@pytest.mark.parametrize("payload", EXHAUSTING, ids=[p.stem for p in EXHAUSTING])
def test_a_ledger_template_cannot_exhaust_the_machine(mini: Build, payload: Path) -> None:
    """Nested loops, huge strings, widths and powers stop at once, saying which
    limit they passed (the `**` one with its line: it is not folded at compile time)."""
    root = mini()
    write(root, "templates/report.md.j2", payload.read_text("utf-8"))
    with hang_guard(60):
        run = zwgk(root, "--lang", "en", "report", "--week", "2018-W41")
    fails_closed(run, "templates/report.md.j2")
    assert "the template asks for more work than allowed" in run.stderr, run.stderr


def test_every_template_zwgk_renders_is_sandboxed(mini: Build) -> None:
    """HTML (autoescaped), notices and an included file run in the same sandbox."""
    root = mini(progress={"2018/jtj.yaml": EVENT})
    payload = (PAYLOADS[0].parent / "globals-cycler.j2").read_text("utf-8")
    write(root, "templates/report.html.j2", payload)
    fails_closed(zwgk(root, "report", "--week", "2018-W41", "-f", "html", env=ENV),
                 "templates/report.html.j2")  # fmt: skip
    write(root, "templates/notice.md.j2", payload)
    run = zwgk(root, "notice", "--unit", "jtj", "--as-of", "2018-10-14", env=ENV)
    fails_closed(run, "templates/notice.md.j2")
    write(root, "templates/report.md.j2", '第一行\n{% include "part.j2" %}\n')
    write(root, "templates/part.j2", payload)
    fails_closed(zwgk(root, "report", "--week", "2018-W41", env=ENV), "templates/part.j2")


def test_a_template_the_base_revision_holds_fails_closed_too(tmp_path: Path) -> None:
    """Whatever reached the base (a bad template merged earlier) still runs
    sandboxed when `zwgk diff` renders with it: the message names the revision."""
    repo = ledger_repo(tmp_path / "ledger")
    for payload in PAYLOADS:
        write(repo, "templates/diff.md.j2", payload.read_text("utf-8"))
        commit(repo, f"模板 {payload.stem}")
        write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
        run = zwgk(repo, "diff", "--as-of", "2018-10-09", "--format", "md", env=ENV)
        fails_closed(run, "HEAD:templates/diff.md.j2")
        (repo / "data/progress/2018/jtj.yaml").unlink()


STEALS = "偷看：{{ cycler.__init__.__globals__.os.environ }}\n"


def ci_diff(repo: Path, spec: list[str]) -> subprocess.CompletedProcess[str]:
    """`zwgk diff ... --format md` as the CI job runs it: a process of its own,
    with the bot's token in its environment."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(Path(zwgk_package.__file__).parents[1]),  # the zwgk under test
        "HOME": str(repo),
        "GIT_CONFIG_NOSYSTEM": "1",
        "ZWGK_BOT_TOKEN": TOKEN,
        "GH_TOKEN": TOKEN,
    }
    command = [sys.executable, "-m", "zwgk", "--root", str(repo), "diff", *spec,
               "--as-of", "2018-10-09", "--format", "md"]  # fmt: skip
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False)


def test_a_merge_request_cannot_post_the_token_in_its_review_comment(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    plan = git(repo, "rev-parse", "HEAD").strip()
    write(repo, "templates/diff.md.j2", "本台账的评审模板：{{ diff.entries | length }} 条记录\n")
    commit(repo, "办公室的评审模板")
    git(repo, "checkout", "-q", "-b", "mr")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    write(repo, "templates/diff.md.j2", STEALS)
    write(repo, "templates/report.md.j2", STEALS)
    commit(repo, "县教体局：十月信息已公开")
    # CI's form: what the merge request changes, rendered with the base's template.
    done = ci_diff(repo, ["main...HEAD"])
    assert done.returncode == 0, done.stderr
    assert done.stdout == "本台账的评审模板：1 条记录\n"
    # Two revisions, the older without templates: the built-in one renders.
    done = ci_diff(repo, [plan, "HEAD"])
    assert done.returncode == 0, done.stderr
    assert "| 新增 | 县教体局 | 1.1 |" in done.stdout
    assert TOKEN not in done.stdout + done.stderr and "偷看" not in done.stdout


def test_templates_are_not_read_through_links(mini: Build, tmp_path: Path) -> None:
    """A template that is a link to a file outside templates/ (CI keeps its
    token in .git/config) is refused, as is a templates/ folder that is a link."""
    root = mini()
    secret = tmp_path / "outside" / "config"
    write(secret.parent, "config", f"[remote] url = https://ci:{TOKEN}@example.org\n")
    write(root, "templates/report.md.j2", '第一行\n{% include "leak.j2" %}\n')
    (root / "templates/leak.j2").symlink_to(secret)
    run = zwgk(root, "report", "--week", "2018-W41")
    assert run.exit_code == 2 and TOKEN not in run.output
    assert "templates/leak.j2" in run.stderr and "链接" in run.stderr
    for child in (root / "templates").iterdir():
        child.unlink()
    (root / "templates").rmdir()
    write(secret.parent, "report.md.j2", f"{TOKEN}\n")
    (root / "templates").symlink_to(secret.parent, target_is_directory=True)
    run = zwgk(root, "report", "--week", "2018-W41")
    assert run.exit_code == 2 and TOKEN not in run.output
    assert "templates/report.md.j2" in run.stderr
