"""`zwgk validate --changed-since`: only what a change touches, and what it references."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import write, zwgk
from gitkit import HBJ_EVENT, JTJ_DONE, commit, ledger_in_subfolder, ledger_repo
from zwgk.ledger.layout import PLAN_FILES
from zwgk.model.findings import Finding
from zwgk.review.changed import scope, select
from zwgk.review.git import Git

BROKEN = '- req: "9.9"\n  date: 2018-10-01\n  status: done\n'


def codes(root: Path, *args: str) -> list[tuple[str, str]]:
    run = zwgk(root, "validate", *args, "--format", "json")
    return [(f["path"], f["code"]) for f in json.loads(run.stdout)["findings"]]


def test_only_changed_files_are_reported(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/suozhen.yaml", BROKEN)  # committed, already wrong
    commit(repo, "旧问题")
    assert codes(repo) == [("data/progress/2018/suozhen.yaml", "unknown-requirement")]
    assert codes(repo, "--changed-since", "HEAD") == []
    write(repo, "data/progress/2018/jtj.yaml", BROKEN)  # new, untracked
    assert codes(repo, "--changed-since", "HEAD") == [
        ("data/progress/2018/jtj.yaml", "unknown-requirement")
    ]
    run = zwgk(repo, "validate", "--changed-since", "HEAD")
    assert run.exit_code == 1


def test_review_selects_what_to_check_and_which_findings_to_keep(tmp_path: Path) -> None:
    """review/changed runs no check (checks and review are siblings): it hands
    the caller the ledger to check and the paths whose findings are kept."""
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/suozhen.yaml", BROKEN)
    commit(repo, "旧问题")
    git = Git(repo)
    plan_only = select(repo, scope(git, "HEAD"), git)
    assert plan_only.ledger.entries == [] and plan_only.paths == frozenset(PLAN_FILES)
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    chosen = select(repo, scope(git, "HEAD"), git)
    assert {e.unit for e in chosen.ledger.entries} == {"jtj"}
    assert chosen.paths == frozenset(
        {"data/progress/2018/jtj.yaml", "data/progress/2018", "data/progress", *PLAN_FILES}
    )
    old = Finding("data/progress/2018/suozhen.yaml", 1, 1, "error", "x", "m")
    assert not chosen.keeps(old)
    assert chosen.keeps(Finding("data/progress/2018/jtj.yaml", 1, 1, "error", "x", "m"))


def test_a_changed_file_that_is_not_read_is_reported(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/czj.yml", JTJ_DONE)  # new: misnamed
    write(repo, "data/progress/2018/old/jtj.yaml", JTJ_DONE)  # new: in a sub-folder
    assert codes(repo, "--changed-since", "HEAD") == [
        ("data/progress/2018/czj.yml", "ignored-file"),
        ("data/progress/2018/old", "ignored-file"),
    ]


def test_a_plan_change_checks_everything(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    commit(repo, "进展")
    tasks = (repo / "data/tasks.yaml").read_text("utf-8")
    write(repo, "data/tasks.yaml", tasks.replace('id: "1.1"', 'id: "1.9"'))
    # The unchanged progress file now names a requirement that is gone.
    assert ("data/progress/2018/jtj.yaml", "unknown-requirement") in codes(
        repo, "--changed-since", "HEAD"
    )


def test_an_entry_may_name_a_co_leads_event_in_another_file(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    tasks = (repo / "data/tasks.yaml").read_text("utf-8").replace("lead: [hbj]", "lead: [hbj, jtj]")
    write(repo, "data/tasks.yaml", tasks)
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "文件公布")
    write(repo, "data/progress/2018/jtj.yaml",
          '- req: "2.2"\n  date: 2018-10-08\n  status: done\n  period: 2018-09-28\n')  # fmt: skip
    assert codes(repo, "--changed-since", "HEAD") == []
    assert "校验通过" in zwgk(repo, "validate", "--changed-since", "HEAD").stdout


def test_the_shipped_hook_and_ci_examples() -> None:
    from conftest import REPO
    from zwgk.ledger.yamlio import parse

    hooks, _ = parse((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"), "hooks")
    assert [h["id"] for h in hooks] == ["zwgk-validate"]
    assert hooks[0]["entry"] == "zwgk validate --changed-since HEAD"
    assert hooks[0]["pass_filenames"] is False and hooks[0]["language"] == "python"
    for name in ("github-actions.yml", "gitlab-ci.yml"):
        text = (REPO / "docs/ci" / name).read_text("utf-8")
        parse(text, name)  # well-formed YAML
        assert "zwgk validate" in text and "zwgk diff" in text and "--format md" in text


def test_the_hook_entry_passes_a_clean_change_and_stops_a_bad_one(tmp_path: Path) -> None:
    from conftest import REPO
    from zwgk.ledger.yamlio import parse

    hooks, _ = parse((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"), "hooks")
    program, *args = hooks[0]["entry"].split()
    assert program == "zwgk"
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    assert zwgk(repo, *args).exit_code == 0
    write(repo, "data/progress/2018/hbj.yaml", BROKEN)
    assert zwgk(repo, *args).exit_code == 1


def test_changing_an_event_rechecks_the_entries_that_name_it(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    tasks = (repo / "data/tasks.yaml").read_text("utf-8").replace("lead: [hbj]", "lead: [hbj, jtj]")
    write(repo, "data/tasks.yaml", tasks)
    write(repo, "data/progress/2018/jtj.yaml", HBJ_EVENT)  # jtj records the event
    write(repo, "data/progress/2018/hbj.yaml",
          '- req: "2.2"\n  date: 2018-10-08\n  status: done\n  period: 2018-09-28\n')  # fmt: skip
    commit(repo, "事件与完成")
    (repo / "data/progress/2018/jtj.yaml").unlink()  # the event is withdrawn
    assert codes(repo, "--changed-since", "HEAD") == [
        ("data/progress/2018/hbj.yaml", "unknown-period")
    ]


def test_the_first_commit_checks_everything(tmp_path: Path) -> None:
    from gitkit import git

    root = tmp_path / "new"
    write(root, "data/units.yaml",
          "units:\n  - {id: jtj, name: 县教体局, kind: department}\ngroups: []\n")  # fmt: skip
    write(root, "data/tasks.yaml", "plan: {title: x, year: 2018}\nparts: []\ntasks: []\n")
    write(root, "data/progress/2018/jtj.yaml", BROKEN)
    git(root, "init", "-q")
    assert codes(root, "--changed-since", "HEAD") == [
        ("data/progress/2018/jtj.yaml", "unknown-requirement")
    ]


def test_github_annotations_use_repository_paths(tmp_path: Path) -> None:
    top = ledger_in_subfolder(tmp_path)
    write(top, "county/data/progress/2018/jtj.yaml", BROKEN)
    run = zwgk(top / "county", "validate", "--format", "github")
    assert "file=county/data/progress/2018/jtj.yaml,line=1" in run.stdout
