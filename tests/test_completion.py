"""Shell completion reads the ledger: requirements, units by name and alias."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, edit
from zwgk.cli import completion


class Ctx:
    """The little of click's context the completion functions look at."""

    def __init__(self, root: Path | None) -> None:
        self.params = {"root": str(root) if root else None}
        self.parent = None


def test_requirements_units_tasks_parts_events(shipped: Path) -> None:
    ctx = Ctx(shipped)
    assert [v for v, _ in completion.requirement(ctx, "21")] == ["21.1"]
    assert completion.requirement(ctx, "21")[0][1].startswith("持续推进义务教育")
    assert ("县教体局", "jtj") in completion.unit(ctx, "县教")
    assert ("jtj", "县教体局") in completion.unit(ctx, "jt")
    assert ("各镇（街道）", "towns") in completion.unit(ctx, "各镇")
    assert [v for v, _ in completion.task(ctx, "6")] == [str(n) for n in (6, *range(60, 70))]
    assert [v for v, _ in completion.part(ctx, "")] == list("一二三四五六七八")
    assert {v for v, _ in completion.event(ctx, "")} == {"文件公布", "决定作出", "完成审批程序"}
    assert [v for v, _ in completion.status(ctx, "over")] == ["overdue"]


def test_aliases_complete(shipped: Path) -> None:
    edit(shipped, "data/units.yaml", "{id: jtj, name: 县教体局, kind: department}",
         "{id: jtj, name: 县教体局, kind: department, aliases: [县教育体育局]}")  # fmt: skip
    assert ("县教育体育局", "县教体局") in completion.unit(Ctx(shipped), "县教育")


def test_no_ledger_completes_nothing_quietly(tmp_path: Path) -> None:
    assert completion.requirement(Ctx(tmp_path), "") == []
    assert completion.unit(Ctx(tmp_path), "") == []


@pytest.mark.skipif(os.name != "posix", reason="bash completion protocol")
def test_the_shell_gets_them(shipped: Path) -> None:
    env = {**os.environ, "_ZWGK_COMPLETE": "complete_bash", "COMP_WORDS": "zwgk record 23",
           "COMP_CWORD": "2", "ZWGK_ROOT": str(shipped)}  # fmt: skip
    script = f"import sys; sys.argv[0] = 'zwgk'; sys.path.insert(0, {str(REPO)!r}); " \
             "from zwgk.cli.app import main; main()"  # fmt: skip
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, check=False).stdout  # fmt: skip
    assert out.split() == ["23.1", "23.2"]
