"""`zwgk merge-driver`: two clerks append to one progress file on two branches."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, write, zwgk
from gitkit import LISI, ZHANG, commit, git, ledger_repo
from zwgk.ledger.load import load_ledger
from zwgk.review.mergedriver import CONFIG, RUN, merge

BASE = '- req: "1.1"\n  date: 2018-10-09\n  status: done\n  note: 十月\n'
OURS = '- req: "1.1"\n  date: 2018-10-10\n  status: progress   # 张三\n  note: "我方"\n'
THEIRS = "- req: '1.1'\n  date: 2018-10-11\n  status: done\n  evidence: [https://a.cn/x]\n"


@pytest.mark.parametrize(
    ("base", "ours", "theirs", "merged"),
    [
        (BASE, BASE + OURS, BASE + THEIRS, BASE + OURS + THEIRS),
        ("", OURS, THEIRS, OURS + THEIRS),  # a file both created
        (BASE + "# 以上\n", BASE + "# 以上\n" + OURS, BASE + THEIRS + "# 以上\n",
         BASE + OURS + THEIRS + "# 以上\n"),
        (BASE + "...\n", BASE + OURS + "...\n", BASE + THEIRS + "...\n",
         BASE + OURS + THEIRS + "...\n"),
        (BASE[:-1], BASE + OURS, BASE + THEIRS, BASE + OURS + THEIRS),  # no final newline
        (BASE, BASE + OURS[:-1], BASE + THEIRS, BASE + OURS + THEIRS),
        (BASE.replace("\n", "\r\n"), (BASE + OURS).replace("\n", "\r\n"),
         (BASE + THEIRS).replace("\n", "\r\n"), (BASE + OURS + THEIRS).replace("\n", "\r\n")),
        (BASE, BASE + OURS, BASE, BASE + OURS),  # one side unchanged
        (BASE, BASE + OURS, BASE + OURS, BASE + OURS),  # the same addition: once, as git does
        # `- req: "1.1"` opens both additions: merge=union would keep it once
        (BASE, BASE + BASE, BASE + BASE.replace("十月", "十一月"),
         BASE + BASE + BASE.replace("十月", "十一月")),
    ],
)  # fmt: skip
def test_pure_appends_merge_in_order_byte_for_byte(
    base: str, ours: str, theirs: str, merged: str
) -> None:
    assert merge(base, ours, theirs, "p.yaml") == merged


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        (BASE.replace("十月", "九月") + OURS, BASE + THEIRS),  # an entry edited
        (BASE + OURS, THEIRS),  # the base entry removed
        (OURS + BASE, BASE + THEIRS),  # inserted before the base entry
        (BASE + OURS, BASE + "- req: [\n"),  # does not parse
        (BASE + OURS, BASE + "...\n" + THEIRS),  # after the document end: not a list
        (BASE + OURS, 'req: "1.1"\n'),
    ],
)
def test_anything_but_appends_is_not_merged(ours: str, theirs: str) -> None:
    assert merge(BASE, ours, theirs, "p.yaml") is None
    assert merge(BASE, theirs, ours, "p.yaml") is None


def test_the_driver_writes_the_result_into_ours_and_keeps_a_bom(tmp_path: Path) -> None:
    bom = "\ufeff"
    files = {}
    for name, text in (("o", BASE), ("a", BASE + OURS), ("b", BASE + THEIRS)):
        files[name] = write(tmp_path, name, "")
        files[name].write_bytes((bom + text).encode("utf-8"))
    run = zwgk(None, "merge-driver", str(files["o"]), str(files["a"]), str(files["b"]),
               "data/progress/2018/jtj.yaml")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert files["a"].read_bytes() == (bom + BASE + OURS + THEIRS).encode("utf-8")


def test_a_refusal_leaves_git_conflict_markers(tmp_path: Path) -> None:
    o = write(tmp_path, "o", BASE)
    a = write(tmp_path, "a", BASE.replace("十月", "九月"))
    b = write(tmp_path, "b", BASE + THEIRS)
    run = zwgk(None, "merge-driver", str(o), str(a), str(b), "data/progress/2018/jtj.yaml")
    assert run.exit_code == 1
    assert "data/progress/2018/jtj.yaml" in run.stderr and "人工解决冲突" in run.stderr
    text = a.read_text("utf-8")
    assert "<<<<<<< data/progress/2018/jtj.yaml (ours)" in text and ">>>>>>>" in text


# --- end to end, with git -----------------------------------------------------


def _repo(tmp_path: Path, zwgk_command: str = "") -> Path:
    """A ledger repository whose .gitattributes and git config are what
    `zwgk init` writes, `zwgk` in the driver's command being `zwgk_command`
    (by default this checkout's)."""
    root = ledger_repo(tmp_path / "ledger")
    write(root, ".gitattributes", (REPO / "skeleton/gitattributes").read_text("utf-8"))
    write(root, "data/progress/2018/jtj.yaml", BASE)
    commit(root, "属性与记录")
    here = f"PYTHONPATH={shlex.quote(str(REPO))} {shlex.quote(sys.executable)} -m zwgk"
    driver = CONFIG["merge.zwgk-progress.driver"]
    assert driver.startswith(RUN)
    driver = driver.replace("zwgk ", f"{zwgk_command or here} ", 1)
    git(root, "config", "merge.zwgk-progress.driver", driver)
    assert git(root, "config", "merge.zwgk-progress.driver").strip() == driver
    return root


def _record(root: Path, date: str, note: str, author: tuple[str, str]) -> None:
    run = zwgk(root, "record", "1.1", "--unit", "jtj", "--done", "--date", date, "--note", note)
    assert run.exit_code == 0, run.output
    commit(root, note, author=author)


def _merge(root: Path) -> subprocess.CompletedProcess[str]:
    try:
        git(root, "merge", "--no-edit", "-q", "lisi")
    except subprocess.CalledProcessError as exc:
        return subprocess.CompletedProcess(exc.cmd, exc.returncode, exc.stdout, exc.stderr)
    return subprocess.CompletedProcess([], 0, "", "")


def test_two_branches_appending_to_one_file_merge_cleanly(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    git(root, "checkout", "-q", "-b", "lisi")
    _record(root, "2018-10-12", "李四补录", LISI)
    git(root, "checkout", "-q", "main")
    _record(root, "2018-10-11", "张三记录", ZHANG)
    ours = (root / "data/progress/2018/jtj.yaml").read_text("utf-8")
    done = _merge(root)
    assert done.returncode == 0, done.stderr
    text = (root / "data/progress/2018/jtj.yaml").read_text("utf-8")
    assert text.startswith(ours) and "<<<<" not in text
    notes = [e.note for e in load_ledger(root).entries]
    assert notes == ["十月", "张三记录", "李四补录"]
    assert zwgk(root, "validate").exit_code == 0
    assert git(root, "status", "--porcelain") == ""


def test_a_branch_editing_an_entry_is_a_conflict(tmp_path: Path) -> None:
    root = _repo(tmp_path)
    git(root, "checkout", "-q", "-b", "lisi")
    write(root, "data/progress/2018/jtj.yaml", BASE.replace("十月", "九月"))
    commit(root, "改动已有记录", author=LISI)
    git(root, "checkout", "-q", "main")
    _record(root, "2018-10-11", "张三记录", ZHANG)
    done = _merge(root)
    assert done.returncode != 0
    assert "UU data/progress/2018/jtj.yaml" in git(root, "status", "--porcelain")
    text = (root / "data/progress/2018/jtj.yaml").read_text("utf-8")
    assert "<<<<<<<" in text and "九月" in text and "张三记录" in text
    assert text.count("<<<<<<<") == 1  # the driver's markers, not git's on top


@pytest.mark.parametrize(
    "missing",
    [
        "zwgk-not-installed",  # not on PATH (a GUI client, a virtualenv not active)
        f"{shlex.quote(sys.executable)} -c 'import sys; sys.exit(1)'",  # a crash, exit 1
    ],
)
def test_a_driver_that_cannot_run_leaves_both_sides_in_conflict_markers(
    tmp_path: Path, missing: str
) -> None:
    root = _repo(tmp_path, missing)
    git(root, "checkout", "-q", "-b", "lisi")
    _record(root, "2018-10-12", "李四补录", LISI)
    git(root, "checkout", "-q", "main")
    _record(root, "2018-10-11", "张三记录", ZHANG)
    done = _merge(root)
    assert done.returncode != 0
    assert "UU data/progress/2018/jtj.yaml" in git(root, "status", "--porcelain")
    text = (root / "data/progress/2018/jtj.yaml").read_text("utf-8")
    assert "<<<<<<< ours" in text and ">>>>>>> theirs" in text
    assert "张三记录" in text and "李四补录" in text


def test_this_repository_is_a_ledger_with_the_driver() -> None:
    lines = (REPO / ".gitattributes").read_text("utf-8").splitlines()
    assert "data/progress/**/*.yaml merge=zwgk-progress" in lines
