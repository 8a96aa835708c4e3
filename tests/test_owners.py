"""Ownership: CODEOWNERS from units.yaml, and `validate --authors`."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import write, zwgk
from gitkit import HBJ_EVENT, JTJ_DONE, LISI, ZHANG, commit, git, ledger_repo


def test_authors_flags_a_non_owner_and_passes_an_owner(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    commit(repo, "县教体局进展", author=ZHANG)  # 张三 owns 县教体局
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "代录县环保局", author=ZHANG)  # ...but not 县环保局
    run = zwgk(repo, "validate", "--authors", "HEAD~2..HEAD", "--format", "json")
    assert run.exit_code == 1
    doc = json.loads(run.stdout)
    assert [(f["path"], f["line"], f["code"]) for f in doc["findings"]] == [
        ("data/progress/2018/hbj.yaml", 1, "not-owner")
    ]
    assert "张三" in doc["findings"][0]["message"] and "lisi" in doc["findings"][0]["hint"]
    # The owner's own commit passes; an account name matches the email's local part.
    assert zwgk(repo, "validate", "--authors", "HEAD~2..HEAD~1").exit_code == 0
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT + HBJ_EVENT.replace("09-28", "10-08"))
    commit(repo, "县环保局进展", author=LISI)
    assert zwgk(repo, "validate", "--authors", "HEAD~1..HEAD").exit_code == 0


def test_a_commit_cannot_make_its_author_an_owner(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    units = (repo / "data/units.yaml").read_text("utf-8")
    write(repo, "data/units.yaml", units.replace("owners: [lisi]", "owners: [lisi, zhangsan]"))
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "顺手把自己加为 owner", author=ZHANG)
    run = zwgk(repo, "validate", "--authors", "HEAD~1..HEAD")
    assert run.exit_code == 1 and "not-owner" in run.stdout


def test_bad_ranges(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    for spec in ("HEAD", "nosuch..HEAD"):
        run = zwgk(repo, "validate", "--authors", spec)
        assert run.exit_code == 2 and spec.split("..")[0] in run.stderr


def test_codeowners(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    run = zwgk(repo, "codeowners", "--office", "@zwgk-office", "--office", "office@example.org")
    assert run.exit_code == 0, run.output
    lines = (repo / "CODEOWNERS").read_text("utf-8").splitlines()
    assert "/data/tasks.yaml @zwgk-office office@example.org" in lines
    assert "/data/progress/*/jtj.yaml zhangsan@example.org" in lines
    assert "/data/progress/*/hbj.yaml @lisi" in lines
    assert any(line.startswith("# 索镇街道") for line in lines)  # no owners: the office reviews
    # Later rules win in CODEOWNERS: the units' lines come after the office's.
    assert lines.index("/data/progress/ @zwgk-office office@example.org") < lines.index(
        "/data/progress/*/jtj.yaml zhangsan@example.org"
    )
    again = zwgk(repo, "codeowners", "--office", "@zwgk-office")
    assert again.exit_code == 2 and "--force" in again.stderr
    assert zwgk(repo, "codeowners", "--office", "@x", "--force").exit_code == 0
    assert zwgk(repo, "codeowners").exit_code == 2  # who reviews the plan?


def test_codeowners_for_a_ledger_in_a_subfolder(tmp_path: Path) -> None:
    top = tmp_path / "repo"
    top.mkdir()
    git(top, "init", "-q")
    inner = ledger_repo(tmp_path / "plain")
    for rel in ("data/units.yaml", "data/tasks.yaml"):
        write(top, f"huantai/{rel}", (inner / rel).read_text("utf-8"))
    commit(top, "台账")
    repo = top / "huantai"
    run = zwgk(repo, "codeowners", "--office", "@office", "-o", "-")
    assert "/huantai/data/progress/*/jtj.yaml zhangsan@example.org" in run.stdout


def test_a_merge_that_writes_an_entry_is_checked(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    git(repo, "checkout", "-q", "-b", "side")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    commit(repo, "县教体局进展", author=ZHANG)
    git(repo, "checkout", "-q", "main")
    write(
        repo,
        "data/progress/2018/suozhen.yaml",
        '- req: "2.1"\n  date: 2018-10-11\n  status: done\n',
    )
    commit(repo, "索镇进展")
    git(repo, "merge", "-q", "--no-ff", "--no-commit", "side", author=ZHANG)
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)  # slipped into the merge
    commit(repo, "合并", author=ZHANG)
    run = zwgk(repo, "validate", "--authors", "HEAD~2..HEAD", "--format", "json")
    assert [(f["path"], f["code"]) for f in json.loads(run.stdout)["findings"]] == [
        ("data/progress/2018/hbj.yaml", "not-owner")
    ]


def test_moving_a_file_is_not_adding_its_entries(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2019/hbj.yaml", HBJ_EVENT)
    commit(repo, "县环保局进展", author=LISI)
    (repo / "data/progress/2018").mkdir(parents=True, exist_ok=True)
    (repo / "data/progress/2019/hbj.yaml").rename(repo / "data/progress/2018/hbj.yaml")
    commit(repo, "按年份归档")  # by the office
    assert zwgk(repo, "validate", "--authors", "HEAD~2..HEAD").exit_code == 0


def test_unreadable_files_in_the_range_stop_the_check(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT + "- req: [\n")
    commit(repo, "写坏了", author=ZHANG)
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "修好", author=LISI)
    run = zwgk(repo, "validate", "--authors", "HEAD~2..HEAD")
    assert run.exit_code == 2 and "data/progress/2018/hbj.yaml" in run.stderr
    units = (repo / "data/units.yaml").read_text("utf-8")
    write(repo, "data/units.yaml", units + "  bad: [\n")
    commit(repo, "单位文件写坏")
    run = zwgk(repo, "validate", "--authors", "HEAD..HEAD")
    assert run.exit_code == 2 and "HEAD:data/units.yaml" in run.stderr


def test_codeowners_escapes_spaces(tmp_path: Path) -> None:
    top = tmp_path / "repo"
    top.mkdir()
    git(top, "init", "-q")
    plain = ledger_repo(tmp_path / "plain")
    for rel in ("data/units.yaml", "data/tasks.yaml"):
        write(top, f"县 台账/{rel}", (plain / rel).read_text("utf-8"))
    commit(top, "台账")
    run = zwgk(top / "县 台账", "codeowners", "--office", "@office", "-o", "-")
    assert "/县\\ 台账/data/tasks.yaml @office" in run.stdout
