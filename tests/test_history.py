"""`zwgk log`: each entry with the commit that added it."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import write, zwgk
from gitkit import HBJ_EVENT, JTJ_DONE, LISI, ZHANG, commit, ledger_repo


def test_log_names_the_commit_that_added_each_entry(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    first = commit(repo, "县教体局：十月信息已公开", author=ZHANG)
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "县环保局：文件公布", author=LISI)
    with (repo / "data/progress/2018/jtj.yaml").open("a", encoding="utf-8") as f:
        f.write(JTJ_DONE.replace("2018-10-09", "2018-11-02").replace("十月", "十一月"))
    run = zwgk(repo, "log", "--unit", "县教体局", "--format", "json")
    assert run.exit_code == 0, run.output
    doc = json.loads(run.stdout)
    assert [(x["entry"]["date"], (x["commit"] or {}).get("hash")) for x in doc] == [
        ("2018-10-09", first), ("2018-11-02", None),  # the second is not committed yet
    ]  # fmt: skip
    assert doc[0]["commit"]["author"] == "张三"
    assert doc[0]["commit"]["email"] == "zhangsan@example.org"
    assert doc[0]["commit"]["subject"] == "县教体局：十月信息已公开"
    text = zwgk(repo, "log", "1.1").stdout
    assert f"{first[:8]} 张三 <zhangsan@example.org>" in text and "尚未提交" in text
    assert "县环保局" not in text
    by_req = zwgk(repo, "log", "2.2", "--format", "json").stdout
    assert [x["commit"]["author"] for x in json.loads(by_req)] == ["李四"]


def test_log_needs_a_requirement_or_a_unit(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    assert zwgk(repo, "log").exit_code == 2
    run = zwgk(repo, "log", "9.9")
    assert run.exit_code == 2 and "9.9" in run.stderr
    assert "没有进展记录" in zwgk(repo, "log", "1.1").stdout


def test_unicode_line_separators_in_notes_and_subjects(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    note = '"已公开\u2028第二行"'
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE.replace("已公开十月教育信息", note))
    commit(repo, "主题\u2028第二行", author=ZHANG)
    run = zwgk(repo, "log", "1.1", "--format", "json")
    assert run.exit_code == 0, run.output
    assert json.loads(run.stdout)[0]["commit"]["author"] == "张三"
    assert zwgk(repo, "validate", "--authors", "HEAD~1..HEAD").exit_code == 0


def test_commit_dates_python_cannot_hold_are_shown_as_git_has_them(tmp_path: Path) -> None:
    # Git accepts a date past 9999 and a zone of +99:59; neither fits a datetime.
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    commit(repo, "来自一万年", author=ZHANG, date="@253402300800 +0800")
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "时区离谱", author=LISI, date="@0 +9959")
    run = zwgk(repo, "log", "--unit", "jtj", "--unit", "hbj")
    assert run.exit_code == 0, run.output
    assert "git 记为 253402300800 +0800" in run.stdout and "git 记为 0 +9959" in run.stdout
    doc = json.loads(zwgk(repo, "log", "--unit", "jtj", "--format", "json").stdout)
    assert doc[0]["commit"]["date"] is None
    assert doc[0]["commit"]["raw_date"] == "253402300800 +0800"
    assert zwgk(repo, "validate", "--authors", "HEAD~2..HEAD").exit_code == 0
    assert zwgk(repo, "diff", "HEAD~2", "HEAD", "--as-of", "2018-10-14").exit_code == 0
