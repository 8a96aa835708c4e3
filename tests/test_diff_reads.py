"""`zwgk diff` reads only what changed: the plans of both sides, each side's
changed progress files and, once, the unchanged files a status needs — and
says exactly what comparing the two ledgers in full says."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import count_calls, write, zwgk
from gitkit import commit, git
from reportkit import TASKS, UNITS
from zwgk.engine.compare import Side, compare_ledgers
from zwgk.ledger.layout import PLAN_FILES
from zwgk.ledger.load import DiskFiles, Files, load_plan_or_fail
from zwgk.outputs.diffwords import diff_json
from zwgk.review.git import Git, GitFiles

AS_OF = "2018-10-09"
MANY = [f"u{i:02d}" for i in range(1, 25)]

# Twenty-four departments more, each answering for 3.1 itself; 3.2 is theirs
# jointly with u02.
MORE_UNITS = UNITS.replace(
    "groups:",
    "".join(f"  - {{id: {u}, name: 单位{u}, kind: department}}\n" for u in MANY)
    + "groups:\n"
    + f"  - {{id: many, name: 各单位, members: [{', '.join(MANY)}]}}",
)
MORE_TASKS = (
    TASKS
    + """\
  - no: 3
    title: 各单位
    part: 二
    requirements:
      - id: "3.1"
        text: 各单位按月公开本单位信息。
        lead: [many]
        support: []
        mode: each
        due: [{every: month, basis: 按月}]
      - id: "3.2"
        text: 两单位在10月12日前共同发布。
        lead: [u01, u02]
        support: []
        mode: joint
        due: [{by: 2018-10-12, basis: 10月12日前}]
"""
)


def done(req: str, day: str, period: str = "") -> str:
    extra = f'  period: "{period}"\n' if period else ""
    return f'- req: "{req}"\n  date: {day}\n  status: done\n{extra}'


def progress(unit: str) -> str:
    return done("3.1", "2018-08-20") + done("3.1", "2018-09-25")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A ledger in git whose every department has its 2018 file."""
    root = tmp_path / "ledger"
    write(root, "data/units.yaml", MORE_UNITS)
    write(root, "data/tasks.yaml", MORE_TASKS)
    for unit in MANY:
        write(root, f"data/progress/2018/{unit}.yaml", progress(unit))
    git(root, "init", "-q", "-b", "main")
    commit(root, "台账")
    return root


class Reads:
    """Every ledger file's bytes asked for, by side: the working tree
    (`DiskFiles.read`) or a revision (`GitFiles.read`, and the blobs fetched
    for it in batches)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.disk = count_calls(monkeypatch, DiskFiles, "read", lambda files, rel: rel)
        self.git = count_calls(
            monkeypatch, GitFiles, "read", lambda files, rel: f"{files.rev}:{rel}"
        )
        self.fetched: Counter[str] = Counter()
        git_fetch = GitFiles._fetch

        def fetch(files: GitFiles, rels: list[str]) -> None:
            for rel in rels:
                if rel in files._blobs and rel not in files._cache:
                    self.fetched[f"{files.rev}:{rel}"] += 1
            git_fetch(files, rels)

        monkeypatch.setattr(GitFiles, "_fetch", fetch)

    def progress(self) -> Counter[str]:
        """The progress files read, each side's named as `REV:path` (the
        working tree's as the bare path)."""
        every = self.disk + self.git
        return Counter({k: n for k, n in every.items() if k.rsplit(":", 1)[-1] not in PLAN_FILES})


def full_side(root: Path, files: Files) -> Side:
    """One side read in full, the way diff read it before."""
    ledger = load_plan_or_fail(root, with_progress=True, progress_must_read=True, files=files)
    return Side(ledger.plan, ledger.directory, ledger.entries, ledger.calendar)


def in_full(root: Path, before: str, after: str | None, after_label: str) -> dict[str, Any]:
    """What comparing both ledgers in full says, as `diff --format json` prints it."""
    import datetime as dt

    repo = Git(root)
    old = full_side(root, repo.tree(before))
    new = full_side(root, DiskFiles(root) if after is None else repo.tree(after))
    result = compare_ledgers(old, new, before, after_label, dt.date.fromisoformat(AS_OF), 7)
    doc: dict[str, Any] = json.loads(json.dumps(diff_json(result), ensure_ascii=False))
    return doc


def diff(root: Path, *revs: str) -> dict[str, Any]:
    run = zwgk(root, "diff", *revs, "--as-of", AS_OF, "--format", "json")
    assert run.exit_code == 0, run.output
    doc: dict[str, Any] = json.loads(run.stdout)
    return doc


def test_one_changed_progress_file_is_all_of_the_progress_diff_reads(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    write(repo, "data/progress/2018/u05.yaml", progress("u05") + done("3.1", "2018-10-08"))
    commit(repo, "u05 十月")
    reads = Reads(monkeypatch)
    doc = diff(repo, "HEAD~1", "HEAD")
    # The changed file of the newer side, once; no other progress file. The
    # older one is not read at all: git's hash of it is that of the newer
    # one's first bytes, all of its entries are the newer one's first ones.
    assert reads.progress() == {"HEAD:data/progress/2018/u05.yaml": 1}
    # And the plan's files of the two sides: nothing else at all.
    assert sum(reads.git.values()) + sum(reads.disk.values()) <= 1 + 2 * len(PLAN_FILES)
    assert not reads.disk
    assert set(reads.fetched) <= set(reads.git)
    # The working tree holds HEAD's file as it is: taken from there, not from git.
    assert not [rel for rel in reads.fetched if rel.endswith("u05.yaml")]
    assert [(e["change"], e["unit"], e["req"]) for e in doc["entries"]] == [("added", "u05", "3.1")]
    assert [(s["req"], s["unit"], s["period"], s["before"], s["after"])
            for s in doc["statuses"]] == [("3.1", "u05", "2018-10", "open", "done")]  # fmt: skip
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")


def test_a_revision_the_working_tree_has_changed_since_is_read_from_git(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """HEAD's files are taken from the working tree only where it holds them
    as HEAD has them: an edit not committed yet is not HEAD's."""
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    rel = "data/progress/2018/u05.yaml"
    write(repo, rel, progress("u05") + done("3.1", "2018-10-08"))
    commit(repo, "u05 十月")
    write(repo, rel, progress("u05").replace("09-25", "09-26") + done("3.1", "2018-10-02"))
    reads = Reads(monkeypatch)
    doc = diff(repo, "HEAD~1", "HEAD")
    assert reads.fetched[f"HEAD:{rel}"] == 1
    assert [(e["change"], e["entry"]["date"]) for e in doc["entries"]] == [("added", "2018-10-08")]
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")


def test_a_working_tree_file_git_calls_unchanged_is_taken_only_as_the_revisions_bytes(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """git's record of an unchanged file holds after a content filter (here
    `ident`: the working tree keeps `$Id: …$` where the revision has
    `$Id$`): bytes that are not HEAD's blob are read from git."""
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    rel = "data/progress/2018/u05.yaml"
    write(repo, ".gitattributes", "data/progress/** ident\n")
    commit(repo, "ident")
    write(repo, rel, "# $Id: 0123456789abcdef $\n" + progress("u05") + done("3.1", "2018-10-08"))
    commit(repo, "u05 十月")
    assert git(repo, "status", "--porcelain").strip() == ""
    reads = Reads(monkeypatch)
    doc = diff(repo, "HEAD~1", "HEAD")
    assert reads.fetched[f"HEAD:{rel}"] == 1
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")


def test_the_working_tree_against_a_revision(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    write(repo, "data/progress/2018/u07.yaml", progress("u07").replace("09-25", "09-26"))
    write(repo, "data/progress/2019/u09.yaml", done("3.1", "2018-10-08"))  # untracked, misfiled
    reads = Reads(monkeypatch)
    doc = diff(repo, "HEAD")
    assert reads.progress() == {
        "HEAD:data/progress/2018/u07.yaml": 1,
        "data/progress/2018/u07.yaml": 1,
        "data/progress/2019/u09.yaml": 1,
        # u09's unchanged 2018 file: its entries count with the new one's.
        # Read once, from the working tree.
        "data/progress/2018/u09.yaml": 1,
    }
    assert [(e["change"], e["unit"]) for e in doc["entries"]] == [
        ("edited", "u07"), ("added", "u09"),
    ]  # fmt: skip
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD", None, "工作区")
    assert doc["statuses"]


def test_a_joint_requirement_reads_the_other_leads_file_once(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    write(repo, "data/progress/2018/u02.yaml", progress("u02") + done("3.2", "2018-10-09"))
    commit(repo, "u02 完成")
    write(repo, "data/progress/2018/u01.yaml", progress("u01") + done("3.2", "2018-10-08"))
    commit(repo, "u01 按时完成")
    reads = Reads(monkeypatch)
    doc = diff(repo, "HEAD~1", "HEAD")
    # 3.2's status counts u02's entries too: its unchanged file, read once
    # (without it, 3.2 would seem to go from due soon to done). u01's older
    # file is the start of its newer one (git's hash says so): not read.
    assert reads.progress() == {
        "HEAD:data/progress/2018/u01.yaml": 1,
        "HEAD~1:data/progress/2018/u02.yaml": 1,
    }
    assert [e["req"] for e in doc["entries"]] == ["3.2"] and doc["statuses"] == []
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")


def test_a_plan_change_reads_every_file_and_the_statuses_stay_right(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    tasks = MORE_TASKS.replace(
        'due: [{every: month, basis: 按月}]\n      - id: "3.2"',
        'due: [{every: quarter, basis: 按季度}]\n      - id: "3.2"',
    )
    write(repo, "data/tasks.yaml", tasks)
    write(repo, "data/progress/2018/u03.yaml", progress("u03") + done("3.1", "2018-10-08"))
    commit(repo, "3.1 改为按季度")
    reads = Reads(monkeypatch)
    doc = diff(repo, "HEAD~1", "HEAD")
    # Every status may move: every file is read, the unchanged ones once
    # (u03's older file is the start of its newer one: not read).
    read = reads.progress()
    assert set(read.values()) == {1}
    assert {k.rsplit("/", 1)[-1] for k in read} == {f"{u}.yaml" for u in MANY}
    assert len(read) == len(MANY)
    assert [p["id"] for p in doc["plan"]] == ["3.1"]
    assert len(doc["statuses"]) > len(MANY)  # every unit's months became quarters
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")


def test_a_moved_entry_keeps_each_sides_path(repo: Path, tmp_path: Path) -> None:
    """The text names the file an entry moved from as the older side has it."""
    write(repo, "data/progress/2019/u04.yaml", done("3.1", "2018-10-08"))
    commit(repo, "误放")
    (repo / "data/progress/2019/u04.yaml").unlink()
    write(repo, "data/progress/2018/u04.yaml", progress("u04") + done("3.1", "2018-10-08"))
    commit(repo, "移回")
    doc = diff(repo, "HEAD~1", "HEAD")
    assert [(e["change"], e["from_file"], e["file"]) for e in doc["entries"]] == [
        ("moved", "data/progress/2019/u04.yaml", "data/progress/2018/u04.yaml")
    ]
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")
    md = zwgk(repo, "diff", "HEAD~1", "HEAD", "--as-of", AS_OF, "--format", "md").stdout
    assert "data/progress/2019/u04.yaml" in md


def decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The progress files parsed (decoded to text first), by path."""
    import zwgk.ledger.yamlio as yamlio

    seen: list[str] = []
    decode = yamlio.decode

    def counted(raw: bytes, path: str) -> str:
        seen.append(path)
        return decode(raw, path)

    monkeypatch.setattr(yamlio, "decode", counted)
    return seen


@pytest.mark.parametrize(
    ("before", "added"),
    [
        # Entries added at the end, as `record` adds them: read from the newer side only.
        (progress("u06"), done("3.1", "2018-10-08")),
        # A kept block scalar with blank lines at the end keeps them either way.
        (
            progress("u06") + '- req: "3.1"\n  date: 2018-09-01\n  status: progress\n'
            "  note: |+\n    第一行\n\n",
            done("3.1", "2018-10-08"),
        ),
        # Saved by a Windows editor (CR LF, a byte-order mark): lines count alike.
        (
            "\ufeff" + progress("u06").replace("\n", "\r\n"),
            done("3.1", "2018-10-08").replace("\n", "\r\n"),
        ),
    ],
)
def test_entries_added_at_the_end_are_parsed_once(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, before: str, added: str
) -> None:
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    write(repo, "data/progress/2019/u06.yaml", before)
    commit(repo, "之前")
    write(repo, "data/progress/2019/u06.yaml", before + added)
    commit(repo, "之后")
    parsed = decodes(monkeypatch)
    doc = diff(repo, "HEAD~1", "HEAD")
    assert [(e["change"], e["entry"]["date"]) for e in doc["entries"]] == [("added", "2018-10-08")]
    # Parsed once, for the newer side (u06's 2018 file, unchanged, once too).
    assert parsed.count("data/progress/2019/u06.yaml") == 1
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")


LATER = done("3.1", "2018-10-09")
MAC = progress("u06")[:-1].replace("\n", "\r") + "\n"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # a CR alone breaks lines (old Mac editors): not the plain case
        (MAC, MAC + LATER),
        # an entry edited and one added
        (progress("u06"), progress("u06").replace("08-20", "08-21") + LATER),
        # added at the start
        (progress("u06"), LATER + progress("u06")),
        # the older file's last line without its line break
        (progress("u06").rstrip("\n"), progress("u06") + LATER),
    ],
)
def test_other_edits_read_both_sides(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, before: str, after: str
) -> None:
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    rel = "data/progress/2019/u06.yaml"  # a second file of u06
    write(repo, rel, "")
    (repo / rel).write_bytes(before.encode())
    commit(repo, "改")
    (repo / rel).write_bytes(after.encode())
    commit(repo, "再改")
    parsed = decodes(monkeypatch)
    doc = diff(repo, "HEAD~1", "HEAD")
    assert parsed.count(rel) == 2
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")
    assert doc["entries"]


def test_only_what_the_changed_entries_touch_is_compared(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An entry added at the end of a file: the entries kept are the same
    objects on both sides, so only the new one is matched, and only the
    obligations of its unit and requirement are computed, on each side."""
    from zwgk.engine import compare

    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    write(repo, "data/progress/2018/u05.yaml", progress("u05") + done("3.1", "2018-10-08"))
    commit(repo, "u05 十月")
    keyed: list[str] = []
    units: list[set[str]] = []
    entry_key, all_obligations = compare.entry_key, compare.all_obligations  # type: ignore[attr-defined]

    def key(entry: Any) -> Any:
        keyed.append(entry.unit)
        return entry_key(entry)

    def obligations(*args: Any, **kwargs: Any) -> Any:
        found = all_obligations(*args, **kwargs)
        units.append({ob.unit for ob in found})
        return found

    monkeypatch.setattr(compare, "entry_key", key)
    monkeypatch.setattr(compare, "all_obligations", obligations)
    doc = diff(repo, "HEAD~1", "HEAD")
    assert keyed == ["u05"]  # the added entry; not u05's two others
    assert units == [{"u05"}, {"u05"}]  # not the 23 other units of 3.1
    assert [(s["unit"], s["period"], s["before"], s["after"]) for s in doc["statuses"]] == [
        ("u05", "2018-10", "open", "done")
    ]
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")


def test_an_append_only_revision_is_neither_searched_nor_sorted_twice(
    repo: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Entries added at the ends of files: diff knows which entries each side
    holds alone (no search of both sides for them), the entries the statuses
    need are sorted for replay once (the older side's are the newer's without
    the added ones), and an entry dated after the day asked for moves no
    status (its obligations are not computed)."""
    from zwgk.engine import compare

    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    for unit, day in (("u05", "2018-10-08"), ("u06", "2018-10-20")):  # u06's: after AS_OF
        write(repo, f"data/progress/2018/{unit}.yaml", progress(unit) + done("3.1", day))
    commit(repo, "十月")
    searched = count_calls(monkeypatch, compare, "fresh_entries", lambda old, new: len(new))
    sorted_for_replay = count_calls(
        monkeypatch, compare, "replay_buckets", lambda entries, as_of: len(entries)
    )
    units: list[set[str]] = []
    all_obligations = compare.all_obligations  # type: ignore[attr-defined]

    def obligations(*args: Any, **kwargs: Any) -> Any:
        found = all_obligations(*args, **kwargs)
        units.append({ob.unit for ob in found})
        return found

    monkeypatch.setattr(compare, "all_obligations", obligations)
    doc = diff(repo, "HEAD~1", "HEAD")
    assert not searched
    assert sorted_for_replay == {3: 1}  # u05's three entries of 3.1 (the newer side), once
    assert units == [{"u05"}, {"u05"}]  # u06's added entry is not read on 2018-10-09
    changed = [(e["unit"], e["change"]) for e in doc["entries"]]
    assert changed == [("u05", "added"), ("u06", "added")]
    monkeypatch.undo()
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")


@pytest.mark.parametrize(
    "more",
    [
        # The same record in an earlier file of the unit: the full matching
        # pairs the older one with the first met, a move.
        {"data/progress/2018/u06.yaml": ("", "", done("3.1", "2018-10-08"))},
        # The same record twice at the end of one file.
        {"data/progress/2019/u06.yaml": ("", "", done("3.1", "2018-10-08") * 2)},
        # Same day, same requirement, another record: the replay's order.
        {"data/progress/2018/u06.yaml": ("", "", done("3.1", "2018-10-08", "2018-09"))},
        # An edit in the middle that moves a status: the file is read on
        # both sides, as many entries, all of them other objects.
        {"data/progress/2018/u06.yaml": ("08-20", "10-20", "")},
        # That, and an entry added to another file.
        {
            "data/progress/2018/u06.yaml": ("08-20", "10-20", ""),
            "data/progress/2019/u06.yaml": ("", "", done("3.1", "2018-10-09")),
        },
    ],
)
def test_entries_added_to_files_with_twins_compare_as_in_full(
    repo: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    more: dict[str, tuple[str, str, str]],
) -> None:
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(tmp_path / "cache"))
    write(repo, "data/progress/2019/u06.yaml", done("3.1", "2018-10-08"))
    commit(repo, "之前")
    for rel, (was, now, added) in more.items():
        text = (repo / rel).read_text("utf-8")
        write(repo, rel, text.replace(was, now) + added if was else text + added)
    commit(repo, "之后")
    doc = diff(repo, "HEAD~1", "HEAD")
    assert doc["entries"]
    assert doc == in_full(repo, "HEAD~1", "HEAD", "HEAD")
