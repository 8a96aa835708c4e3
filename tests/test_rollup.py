"""`zwgk rollup`: county ledgers in local bare repositories (and a folder),
fetched into the cache, computed on one day, compared."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import write, zwgk
from gitkit import commit, git
from reportkit import PROGRESS, TASKS, UNITS
from zwgk.engine import rollup as engine
from zwgk.engine.rollup import County, Figures, Overdue, late_across
from zwgk.ledger.remote import Copy, fetch_all
from zwgk.model.rollup import Source
from zwgk.outputs.rollup import CSV_KEYS

DAY = "2018-10-14"
TASKS_2019 = TASKS.replace("year: 2018", "year: 2019").replace("2018-10-12", "2019-10-12")
SEPTEMBER_DONE = '- req: "1.1"\n  date: 2018-10-09\n  status: done\n  period: "2018-09"\n'
BAD_TASKS = TASKS.replace("lead: [hbj]", "lead: [hbjj]")


def county_files(
    tasks: str = TASKS, units: str = UNITS, progress: dict[str, str] | None = None
) -> dict[str, str]:
    """A county ledger's files by path: reportkit's plan and entries unless told."""
    files = {"data/tasks.yaml": tasks, "data/units.yaml": units}
    for rel, text in (PROGRESS if progress is None else progress).items():
        files[f"data/progress/{rel}"] = text
    return files


def bare_remote(
    home: Path, name: str, files: dict[str, str], branch: str = "main", path: str = ""
) -> Path:
    """`home/name.git`, a bare repository whose `branch` holds `files` (under
    `path`), pushed from a work tree `home/name-work` as a county would."""
    work = home / f"{name}-work"
    for rel, text in files.items():
        write(work, f"{path}/{rel}" if path else rel, text)
    git(work, "init", "-q", "-b", branch)
    commit(work, "台账", date="@1539500000 +0800")
    remote = home / f"{name}.git"
    git(home, "init", "-q", "--bare", "-b", branch, str(remote))
    git(work, "push", "-q", str(remote), f"{branch}:{branch}")
    return remote


def push_more(home: Path, name: str, rel: str, text: str, branch: str = "main") -> str:
    """Commit one more file in the county's work tree and push it."""
    work = home / f"{name}-work"
    write(work, rel, text)
    head = commit(work, "更新", date="@1539600000 +0800")
    git(work, "push", "-q", str(home / f"{name}.git"), f"{branch}:{branch}")
    return head


@pytest.fixture(autouse=True)
def plain_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """git as in a fresh account: no config of the caller's (insteadOf, hooks)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")


def config(home: Path, *items: str) -> Path:
    return write(home, "rollup.yaml", "ledgers:\n" + "".join(items))


def item(name: str, remote: str, **more: str) -> str:
    return f"  - name: {name}\n    remote: {remote}\n" + "".join(
        f"    {k}: {v}\n" for k, v in more.items()
    )


@pytest.fixture
def city(tmp_path: Path) -> Path:
    """Four counties: two on the same 2018 plan, one whose plan has an error,
    one on a 2019 plan in a subfolder of a `trunk` branch."""
    bare_remote(tmp_path, "huantai", county_files())
    bare_remote(tmp_path, "gaoqing", county_files(progress={}))
    bare_remote(tmp_path, "yiyuan", county_files(tasks=BAD_TASKS))
    bare_remote(tmp_path, "boxing", county_files(tasks=TASKS_2019, progress={}),
                branch="trunk", path="county")  # fmt: skip
    config(
        tmp_path,
        item("桓台县", "huantai.git"),
        item("高青县", "gaoqing.git"),
        item("沂源县", "yiyuan.git"),
        item("博兴县", "boxing.git", branch="trunk", path="county"),
    )
    return tmp_path


def run_json(home: Path, *more: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    run = zwgk(None, "rollup", "--config", str(home / "rollup.yaml"), "--as-of", DAY,
               "--format", "json", *more)  # fmt: skip
    return run.exit_code, json.loads(run.stdout)


def by_name(doc: dict) -> dict:  # type: ignore[type-arg]
    return {c["name"]: c for c in doc["counties"]}


def test_every_county_fetched_and_computed_on_its_own_plan_year(city: Path) -> None:
    code, doc = run_json(city)
    counties = by_name(doc)
    assert list(counties) == ["桓台县", "高青县", "沂源县", "博兴县"]
    assert code == 1  # 沂源县's plan has an error
    huantai, gaoqing, yiyuan, boxing = counties.values()
    assert huantai["state"] == gaoqing["state"] == boxing["state"] == "ok"
    assert huantai["copy"]["fresh"] and len(huantai["copy"]["commit"]) == 40
    assert huantai["copy"]["commit_date"] == "2018-10-14T14:53:20+08:00"
    assert (huantai["plan"]["year"], boxing["plan"]["year"]) == (2018, 2019)
    # status's own figures: what `zwgk status` says of the same ledger.
    assert huantai["dated"]["overdue"] == 9 and gaoqing["dated"]["overdue"] == 11
    assert boxing["dated"]["overdue"] == 0  # nothing of a 2019 plan is due in 2018
    assert huantai["dated"]["on_time_rate"] == round(2 / (2 + 2 + 9), 4)
    # the plan with an error: shown so, with the error where validate puts it
    assert yiyuan["state"] == "plan_errors" and yiyuan["summary"] is None
    assert yiyuan["error_count"] == 1
    error = yiyuan["errors"][0]
    assert error["path"] == "data/tasks.yaml" and error["line"] == 28
    assert "hbjj" in error["message"]
    assert doc["totals"]["computed"] == 3 and doc["totals"]["failed"] == 1
    late = {x["req"]: x["counties"] for x in doc["late_across"]}
    assert late == {"1.1": ["桓台县", "高青县"], "2.1": ["桓台县", "高青县"]}


def test_status_of_a_county_is_status_of_its_ledger(city: Path, tmp_path: Path) -> None:
    work = tmp_path / "huantai-work"
    status = json.loads(zwgk(work, "status", "--as-of", DAY, "--format", "json").stdout)
    _, doc = run_json(city)
    huantai = by_name(doc)["桓台县"]
    assert huantai["summary"] == status["summary"]
    assert huantai["dated"] == status["dated"]
    overdue = [(i["req"], i["unit"], i["period"]) for i in status["items"]
               if i["status"] == "overdue"]  # fmt: skip
    assert sorted(overdue) == sorted((o["req"], o["unit"], o["period"])
                                     for o in huantai["overdue"])  # fmt: skip


def test_an_unreachable_remote_is_read_from_the_cache_saying_how_old(city: Path) -> None:
    run_json(city)
    shutil.move(city / "huantai.git", city / "moved.git")
    code, doc = run_json(city)
    huantai = by_name(doc)["桓台县"]
    assert huantai["state"] == "ok" and huantai["dated"]["overdue"] == 9
    assert not huantai["copy"]["fresh"]
    assert "does not appear to be a git repository" in huantai["copy"]["problem"]
    fetched = dt.datetime.fromisoformat(huantai["copy"]["fetched_at"])
    assert abs(dt.datetime.now(dt.UTC) - fetched) < dt.timedelta(hours=1)
    assert code == 1
    text = zwgk(None, "rollup", "--config", str(city / "rollup.yaml"), "--as-of", DAY).stdout
    assert "桓台县：离线副本" in text and "获取（0 分钟前），提交于 2018-10-14" in text
    assert "本次无法获取，使用缓存中的副本" in text
    assert "正常（离线副本）" in text  # its state says so too


def test_offline_fetches_nothing(city: Path) -> None:
    _, before = run_json(city)
    push_more(city, "gaoqing", "data/progress/2018/jtj.yaml", SEPTEMBER_DONE)
    _, offline = run_json(city, "--offline")
    gaoqing = by_name(offline)["高青县"]
    assert gaoqing["copy"]["commit"] == by_name(before)["高青县"]["copy"]["commit"]
    assert not gaoqing["copy"]["fresh"] and gaoqing["copy"]["problem"] is None
    assert gaoqing["dated"]["overdue"] == 11
    _, fetched = run_json(city)
    assert by_name(fetched)["高青县"]["dated"]["overdue"] == 10  # the new entry, fetched


def test_a_remote_never_fetched_is_shown_with_gits_reason(tmp_path: Path, cache_dir: Path) -> None:
    bare_remote(tmp_path, "huantai", county_files())
    config(tmp_path, item("桓台县", "huantai.git"), item("临淄区", "nowhere.git"))
    code, doc = run_json(tmp_path)
    linzi = by_name(doc)["临淄区"]
    assert code == 1
    assert linzi["state"] == "not_fetched" and linzi["summary"] is None
    assert "does not appear to be a git repository" in linzi["copy"]["problem"]
    # The failed first fetch leaves no empty repository in the cache; the
    # county that was fetched keeps its copy.
    assert len(list((cache_dir / "rollup").glob("*.git"))) == 1
    assert by_name(doc)["桓台县"]["state"] == "ok"
    run = zwgk(None, "--lang", "en", "rollup", "--config", str(tmp_path / "rollup.yaml"),
               "--as-of", DAY)  # fmt: skip
    assert "临淄区: could not be fetched" in run.stdout
    assert "could not be fetched: fatal: '" in run.stdout


def test_a_local_folder_is_read_in_place(tmp_path: Path, cache_dir: Path) -> None:
    for rel, text in county_files().items():
        write(tmp_path / "zouping", rel, text)
    config(tmp_path, item("邹平市", "zouping"))
    code, doc = run_json(tmp_path)
    zouping = by_name(doc)["邹平市"]
    assert code == 0
    assert zouping["copy"]["folder"] and zouping["copy"]["commit"] is None
    assert zouping["dated"]["overdue"] == 9
    assert not (cache_dir / "rollup").exists()  # nothing fetched, nothing copied


def test_csv_is_a_row_per_county(city: Path) -> None:
    run = zwgk(None, "rollup", "--config", str(city / "rollup.yaml"), "--as-of", DAY,
               "--format", "csv")  # fmt: skip
    rows = list(csv.reader(io.StringIO(run.stdout)))
    assert rows[0] == list(CSV_KEYS)
    table = {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}
    assert table["桓台县"]["overdue"] == "9" and table["桓台县"]["plan_year"] == "2018"
    assert table["沂源县"]["state"] == "plan_errors" and table["沂源县"]["overdue"] == ""


def test_json_keys_are_stable(city: Path) -> None:
    _, doc = run_json(city)
    assert list(doc) == ["as_of", "totals", "counties", "late_across"]
    assert list(doc["counties"][0]) == [
        "name", "remote", "branch", "path", "state", "copy", "plan", "summary", "dated",
        "standing", "left_out", "units", "overdue", "errors", "error_count", "reason",
    ]  # fmt: skip
    assert list(doc["counties"][0]["copy"]) == [
        "folder",
        "commit",
        "commit_date",
        "fetched_at",
        "fresh",
        "problem",
    ]
    assert list(doc["counties"][0]["overdue"][0]) == [
        "task",
        "req",
        "text",
        "unit",
        "unit_name",
        "period",
        "due",
        "days_late",
    ]
    assert list(doc["late_across"][0]) == ["req", "text", "counties", "obligations"]


def test_html_escapes_ledger_text(tmp_path: Path) -> None:
    hostile = TASKS.replace("按月公开教育信息。", "按月公开<script>alert(1)</script>")
    units = county_files()["data/units.yaml"].replace("县教体局", "县<b>教体局</b>")
    bare_remote(tmp_path, "huantai", county_files(tasks=hostile, units=units))
    config(tmp_path, item("<i>桓台县</i>", "huantai.git"))
    out = tmp_path / "rollup.html"
    run = zwgk(None, "rollup", "--config", str(tmp_path / "rollup.yaml"), "--as-of", DAY,
               "--format", "html", "-o", str(out))  # fmt: skip
    assert run.exit_code == 0, run.output
    page = out.read_text("utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>" not in page and "&lt;b&gt;教体局&lt;/b&gt;" in page
    assert "<i>" not in page and "&lt;i&gt;桓台县&lt;/i&gt;" in page
    assert "已获取 " in page and "已逾期 9 项" in page  # the words, not a value's repr
    again = zwgk(None, "rollup", "--config", str(tmp_path / "rollup.yaml"), "--as-of", DAY,
                 "--format", "html", "-o", str(out))  # fmt: skip
    assert again.exit_code == 2 and "已存在" in again.stderr


def test_output_never_goes_into_a_countys_data(tmp_path: Path) -> None:
    for rel, text in county_files().items():
        write(tmp_path / "zouping", rel, text)
    config(tmp_path, item("邹平市", "zouping"))
    target = tmp_path / "zouping" / "data" / "tasks.yaml"
    before = target.read_bytes()
    run = zwgk(None, "rollup", "--config", str(tmp_path / "rollup.yaml"), "--format", "json",
               "-o", str(target), "--force")  # fmt: skip
    assert run.exit_code == 2 and target.read_bytes() == before


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("ledgers:\n  - remote: a.git\n", 2, "name"),
        ("ledgers:\n  - name: 桓台县\n    remote: a.git\n    brnach: main\n", 4, "brnach"),
        ("ledgers:\n  - name: 桓台县\n    remote: a.git\n    path: ../other\n", 4, "../other"),
        ("ledgers:\n  - name: 桓台县\n    remote: --upload-pack=x\n", 3, "--upload-pack"),
        (
            "ledgers:\n  - {name: 桓台县, remote: a.git}\n  - {name: 桓台县, remote: b.git}\n",
            3,
            "桓台县",
        ),
        ("ledgers: [\n", 2, ""),
    ],
)
def test_config_errors_name_the_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = write(tmp_path, "rollup.yaml", text)
    run = zwgk(None, "rollup", "--config", str(path))
    assert run.exit_code == 2
    assert f"{path}:{line}:" in run.stderr.replace("\n", "")
    assert words in run.stderr


def test_a_missing_config_is_a_usage_error(tmp_path: Path) -> None:
    run = zwgk(None, "rollup", "--config", str(tmp_path / "rollup.yaml"))
    assert run.exit_code == 2 and "找不到配置文件" in run.stderr


def test_a_warm_run_computes_nothing_again(city: Path) -> None:
    sources = [
        Source("桓台县", str(city / "huantai.git"), None, ""),
        Source("高青县", str(city / "gaoqing.git"), None, ""),
    ]
    loaded: list[str] = []

    def load(copy: Copy, as_of: dt.date, year: int | None):  # type: ignore[no-untyped-def]
        from zwgk.review.rollup import load_county

        loaded.append(copy.source.name)
        return load_county(copy, lambda ledger: None, as_of, year)

    day = dt.date(2018, 10, 14)
    first = engine.rollup(fetch_all(sources, False), day, 10, load)
    # counties computed in forked workers leave no trace here: count by cache
    assert [c.cached for c in first] == [False, False]
    again = engine.rollup(fetch_all(sources, False), day, 10, load)
    assert [c.cached for c in again] == [True, True] and loaded == []
    assert [c.figures for c in again] == [c.figures for c in first]
    push_more(city, "gaoqing", "data/progress/2018/jtj.yaml", SEPTEMBER_DONE)
    third = engine.rollup(fetch_all(sources, False), day, 10, load)
    assert [c.cached for c in third] == [True, False]
    other_day = engine.rollup(fetch_all(sources, True), dt.date(2018, 10, 15), 10, load)
    assert [c.cached for c in other_day] == [False, False]


def _county(name: str, *reqs: tuple[str, str]) -> County:
    copy = Copy(Source(name, name, None, ""), None, Path(name), None, None, None, False, None)
    overdue = [Overdue(1, req, text, "u", "单位", None, dt.date(2018, 1, 1), 3)
               for req, text in reqs]  # fmt: skip
    figures = Figures("t", 2018, {}, {}, None, None, {}, [], overdue)
    return County(copy, "ok", figures)


def test_late_across_matches_requirements_by_id_and_text() -> None:
    counties = [
        _county("甲", ("1.1", "按月公开"), ("2.1", "公示"), ("2.1", "公示")),
        _county("乙", ("1.1", "按月  公开"), ("2.1", "另一项要求")),
        _county("丙", ("3.1", "公示")),
    ]
    late = late_across(counties)
    # 1.1 alike (white space aside); 2.1 is another duty in 乙's table; 公示 under
    # 3.1 is not taken for 甲's 2.1.
    assert [(x.req, x.counties, x.obligations) for x in late] == [("1.1", ("甲", "乙"), 2)]


def test_late_across_compares_texts_as_import_compares_tables() -> None:
    """One city template copied by two counties: full- or half-width
    punctuation and a year kept by one are the same requirement."""
    counties = [
        _county("甲", ("1.1", "２０１８年底前，公开“三农”政策。")),
        _county("乙", ("1.1", '2018年底前, 公开"三农"政策')),
        _county("丙", ("1.1", "年底前公开三农政策")),  # no year: other words
    ]
    late = late_across(counties)
    assert [(x.req, x.counties) for x in late] == [("1.1", ("甲", "乙"))]


def test_counties_sharing_a_repository_are_fetched_once(tmp_path: Path, cache_dir: Path) -> None:
    files = {f"huantai/{rel}": text for rel, text in county_files().items()}
    files.update({f"gaoqing/{rel}": text for rel, text in county_files(progress={}).items()})
    bare_remote(tmp_path, "city", files)
    config(tmp_path, item("桓台县", "city.git", path="huantai"),
           item("高青县", "city.git", path="gaoqing"))  # fmt: skip
    code, doc = run_json(tmp_path)
    huantai, gaoqing = by_name(doc).values()
    assert code == 0
    assert huantai["copy"]["commit"] == gaoqing["copy"]["commit"]
    assert (huantai["dated"]["overdue"], gaoqing["dated"]["overdue"]) == (9, 11)
    assert len(list((cache_dir / "rollup").iterdir())) == 1
    _, again = run_json(tmp_path)  # each from its own place in the cache
    assert [c["dated"]["overdue"] for c in again["counties"]] == [9, 11]


def test_a_units_file_not_read_leaves_out_what_depends_on_it(tmp_path: Path) -> None:
    broken = {**PROGRESS, "2018/jtj.yaml": '- req: "1.1"\n  date: [2018\n'}
    bare_remote(tmp_path, "huantai", county_files(progress=broken))
    config(tmp_path, item("桓台县", "huantai.git"))
    code, doc = run_json(tmp_path)
    huantai = by_name(doc)["桓台县"]
    assert code == 1
    assert huantai["state"] == "incomplete"
    status = json.loads(zwgk(tmp_path / "huantai-work", "status", "--as-of", DAY,
                             "--format", "json").stdout)  # fmt: skip
    assert huantai["left_out"] == status["unread"]["left_out"] == 12  # 县教体局's 1.1, monthly
    assert huantai["dated"]["overdue"] == sum(i["status"] == "overdue" for i in status["items"])
    assert huantai["errors"][0]["path"] == "data/progress/2018/jtj.yaml"
    assert all(o["unit"] != "jtj" for o in huantai["overdue"])


def test_a_county_keeping_several_plan_years_is_read_at_the_days_plan(tmp_path: Path) -> None:
    """Its 2018 and 2019 plans in data/plans/: on 2018-10-14 the 2018 one, and
    on a day of 2019 the 2019 one, as `zwgk status` would read it that day."""
    files = county_files()
    del files["data/tasks.yaml"]
    files["data/plans/2018.yaml"] = TASKS
    files["data/plans/2019.yaml"] = TASKS_2019
    bare_remote(tmp_path, "zibo", files)
    config(tmp_path, item("淄川区", "zibo.git"))
    code, doc = run_json(tmp_path)
    assert code == 0 and by_name(doc)["淄川区"]["plan"]["year"] == 2018
    assert by_name(doc)["淄川区"]["dated"]["overdue"] == 9
    run = zwgk(None, "rollup", "--config", str(tmp_path / "rollup.yaml"), "--as-of",
               "2019-03-01", "--format", "json", "--offline")  # fmt: skip
    assert json.loads(run.stdout)["counties"][0]["plan"]["year"] == 2019


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("remote", '" --upload-pack=touch {x}; x://y"'),
        ("remote", '"\\t-x"'),
        ("branch", '"\\t-x"'),
        ("path", '" -x"'),
    ],
)
def test_a_value_read_as_an_option_is_refused_even_after_white_space(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, key: str, value: str
) -> None:
    """The check is made on the value as it is used (stripped): nothing is
    fetched, no git runs, the command given is never run."""
    made = tmp_path / "pwned"
    # With this folder beside it, git would take `+a/b:refs/zwgk/rollup` for a
    # local repository and run the --upload-pack through the shell.
    git(tmp_path, "init", "-q", "--bare", "+a/b:refs/zwgk/rollup")
    monkeypatch.chdir(tmp_path)
    fields = {"remote": "a.git", "branch": "a/b", "path": "county"}
    fields[key] = value.format(x=made)
    text = "ledgers:\n  - name: 桓台县\n" + "".join(f"    {k}: {v}\n" for k, v in fields.items())
    path = write(tmp_path, "rollup.yaml", text)
    run = zwgk(None, "rollup", "--config", str(path), "--as-of", DAY)
    assert run.exit_code == 2
    assert str(path) in run.stderr.replace("\n", "")
    assert f"{key} " in run.stderr and "不能用" in run.stderr
    assert not made.exists()
    assert not (cache_dir / "rollup").exists()  # no git ran: not even `init`


def test_git_never_reads_a_remote_as_an_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guard below the config's check: a `Source` made any other way."""
    made = tmp_path / "pwned"
    git(tmp_path, "init", "-q", "--bare", "+a/b:refs/zwgk/rollup")
    monkeypatch.chdir(tmp_path)
    source = Source("桓台县", f"--upload-pack=touch {made}; x://y", "a/b", "")
    copy = fetch_all([source], False)[0]
    assert not copy.readable and copy.problem
    assert not made.exists()


@pytest.mark.parametrize(
    "env",
    [
        {"GIT_DIR": "{other}"},
        {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "safe.bareRepository",
         "GIT_CONFIG_VALUE_0": "explicit"},
    ],
)  # fmt: skip
def test_copies_are_read_whatever_the_callers_git_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    """GIT_DIR exported by a hook or CI, or `safe.bareRepository=explicit`:
    the cache's copies are still the repositories read. A day of its own, so
    that the county is read from the copy, not taken from the result cache."""
    bare_remote(tmp_path, "huantai", county_files())
    other = tmp_path / "other"
    git(tmp_path, "init", "-q", str(other))
    config(tmp_path, item("桓台县", "huantai.git"))
    run_json(tmp_path)  # fetched with a clean environment first
    for name, value in env.items():
        monkeypatch.setenv(name, value.format(other=other / ".git"))
    run = zwgk(None, "rollup", "--config", str(tmp_path / "rollup.yaml"), "--as-of",
               "2018-10-15", "--format", "json")  # fmt: skip
    huantai = json.loads(run.stdout)["counties"][0]
    assert run.exit_code == 0, huantai
    assert huantai["state"] == "ok" and huantai["dated"]["overdue"] == 9
    assert huantai["copy"]["fresh"]  # the fetch, too, ran in the cache's copy


def test_year_reads_every_county_at_that_years_plan(tmp_path: Path) -> None:
    """`--year` (the command's or the app's) is honoured: on a day of 2019 the
    2018 plan of a county keeping both; a county without a 2018 plan is shown
    unreadable with the years it holds. Each year its own cache entry."""
    files = county_files()
    del files["data/tasks.yaml"]
    files["data/plans/2018.yaml"] = TASKS
    files["data/plans/2019.yaml"] = TASKS_2019
    bare_remote(tmp_path, "zibo", files)
    only_2019 = county_files(tasks=TASKS_2019, progress={})
    bare_remote(tmp_path, "boxing", only_2019)
    config(tmp_path, item("淄川区", "zibo.git"), item("博兴县", "boxing.git"))
    conf = str(tmp_path / "rollup.yaml")
    day = ("--as-of", "2019-03-01", "--format", "json")
    plain = json.loads(zwgk(None, "rollup", "--config", conf, *day).stdout)
    assert [c["plan"]["year"] for c in plain["counties"]] == [2019, 2019]
    for argv in (["rollup", "--year", "2018"], ["--year", "2018", "rollup"]):
        run = zwgk(None, *argv, "--config", conf, *day, "--offline")
        zibo, boxing = json.loads(run.stdout)["counties"]
        assert run.exit_code == 1
        assert zibo["state"] == "ok" and zibo["plan"]["year"] == 2018
        assert boxing["state"] == "unreadable" and boxing["summary"] is None
        assert "没有 2018 年的计划（有：2019）" in boxing["reason"]
    again = json.loads(zwgk(None, "rollup", "--config", conf, *day, "--offline").stdout)
    assert [c["plan"]["year"] for c in again["counties"]] == [2019, 2019]


@pytest.mark.parametrize(
    ("remote", "shown"),
    [
        ("https://user:s3cret@git.invalid/x.git", "https://***@git.invalid/x.git"),
        ("https://s3cret@git.invalid/x.git", "https://***@git.invalid/x.git"),
        ("ssh://user:s3cret@git.invalid:22/x.git", "ssh://***@git.invalid:22/x.git"),
        ("git@git.invalid:x.git", "git@git.invalid:x.git"),  # scp-like: no password
        ("https://git.invalid/x@y.git", "https://git.invalid/x@y.git"),
        ("/srv/ledgers/x@y", "/srv/ledgers/x@y"),
    ],
)
def test_shown_remote_hides_a_urls_user_and_password(remote: str, shown: str) -> None:
    from zwgk.model.rollup import shown_remote

    assert shown_remote(remote) == shown


def test_credentials_in_a_remote_are_in_no_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """JSON, CSV, HTML and the terminal show the remote without its user and
    password, git's reason included; the fetch used the URL as written."""
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                 "ALL_PROXY"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)
    remote = "http://user:s3cret@127.0.0.1:9/x.git"  # the discard port: refused at once
    config(tmp_path, item("桓台县", remote))
    conf = str(tmp_path / "rollup.yaml")
    outputs = []
    for form in ("json", "csv", "html", "text"):
        run = zwgk(None, "rollup", "--config", conf, "--as-of", DAY, "--format", form)
        assert run.exit_code == 1
        outputs.append(run.stdout + run.stderr)
    assert all("s3cret" not in text and "user:" not in text for text in outputs)
    county = json.loads(outputs[0])["counties"][0]
    assert county["remote"] == "http://***@127.0.0.1:9/x.git"
    assert county["state"] == "not_fetched" and county["copy"]["problem"]
    assert "http://***@127.0.0.1:9/x.git" in outputs[1]


@pytest.mark.parametrize("more", [(), ("--format", "text")])
def test_output_is_refused_before_anything_is_fetched(
    tmp_path: Path, cache_dir: Path, more: tuple[str, ...]
) -> None:
    """An existing -o without --force (or -o with the text view) costs no fetch."""
    bare_remote(tmp_path, "huantai", county_files())
    config(tmp_path, item("桓台县", "huantai.git"))
    taken = write(tmp_path, "city.json", "{}")
    run = zwgk(None, "rollup", "--config", str(tmp_path / "rollup.yaml"), "--format", "json",
               *more, "-o", str(taken if not more else tmp_path / "new.txt"))  # fmt: skip
    assert run.exit_code == 2
    assert taken.read_text("utf-8") == "{}"
    assert not (cache_dir / "rollup").exists()  # no copy made: nothing fetched


def test_the_users_ssh_command_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """core.sshCommand (an office's `ssh -i ~/.ssh/city`) is what git runs for
    an ssh remote: zwgk's batch-mode default is set only when no ssh command
    was chosen, and it is when none was."""
    from zwgk.ledger.gitenv import git_command

    monkeypatch.delenv("GIT_SSH_COMMAND", raising=False)
    monkeypatch.delenv("GIT_SSH", raising=False)
    assert git_command(("fetch",), isolated=True)[1]["GIT_SSH_COMMAND"] == "ssh -o BatchMode=yes"
    mark = tmp_path / "ran"
    ssh = write(tmp_path, "city-ssh", f"#!/bin/sh\ntouch '{mark}'\nexit 1\n")
    ssh.chmod(0o755)
    for name, value in (("GIT_CONFIG_COUNT", "1"), ("GIT_CONFIG_KEY_0", "core.sshCommand"),
                        ("GIT_CONFIG_VALUE_0", str(ssh))):  # fmt: skip
        monkeypatch.setenv(name, value)
    assert "GIT_SSH_COMMAND" not in git_command(("fetch",), isolated=True)[1]
    copy = fetch_all([Source("桓台县", "ssh://git.invalid/x.git", None, "")], False)[0]
    assert copy.problem and mark.exists()
