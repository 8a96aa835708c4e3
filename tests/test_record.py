"""`zwgk record`: append-only writes, refusals that leave files untouched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import write, zwgk
from zwgk.ledger.load import load_ledger

JTJ = "data/progress/2018/jtj.yaml"


def test_record_appends_and_prints_the_new_status(shipped: Path) -> None:
    run = zwgk(shipped, "record", "21.1", "--unit", "县教体局", "--done", "--date", "2018-07-20",
               "--note", "已公开招生范围", "--evidence", "https://example.gov.cn/a.html",
               "--as-of", "2018-08-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "data/progress/2018/jtj.yaml" in run.stdout
    assert "21.1 县教体局 2018 到期 2018-07-31 已完成" in run.stdout
    first = (shipped / JTJ).read_bytes()
    run = zwgk(shipped, "record", "28.1", "--unit", "jtj", "--event", "文件公布",
               "--date", "2018-09-28", "--as-of", "2018-10-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "2018-09-28 到期 2018-10-08 即将到期" in run.stdout
    second = (shipped / JTJ).read_bytes()
    assert second.startswith(first) and len(second) > len(first)
    entries = load_ledger(shipped).entries
    assert [(e.req, e.status, e.date.isoformat()) for e in entries] == [
        ("21.1", "done", "2018-07-20"), ("28.1", "event", "2018-09-28"),
    ]  # fmt: skip
    assert entries[0].evidence == ("https://example.gov.cn/a.html",)
    assert zwgk(shipped, "validate").exit_code == 0


def test_record_files_by_entry_year_and_unit_alias(shipped: Path) -> None:
    run = zwgk(shipped, "record", "48.1", "--unit", "jtj", "--extend", "--until", "2019-01-31",
               "--date", "2018-11-20", "--approved-by", "县政府办公室", "--note", "系统升级",
               "--as-of", "2018-12-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    text = (shipped / JTJ).read_text("utf-8")
    assert "until: 2019-01-31" in text and "approved_by: 县政府办公室" in text
    assert "2019-01-31" in run.stdout  # the moved due date
    run = zwgk(shipped, "record", "48.1", "--unit", "索镇街道", "--done", "--date", "2019-01-05")
    assert run.exit_code == 0
    assert (shipped / "data/progress/2019/suozhen.yaml").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["21.1", "--unit", "县环保局", "--done"], '不是要求 "21.1" 的责任单位'),
        (["21.1", "--unit", "jtj", "--done", "--period", "2018-07"], '不是要求 "21.1" 的周期'),
        (["28.1", "--unit", "jtj", "--event", "文件印发"], "没有名为“文件印发”的事件"),
        (["21.1", "--unit", "jtj", "--event", "文件公布"], "没有名为“文件公布”的事件"),
        (["48.1", "--unit", "jtj", "--extend"], "延期记录缺少 until"),
        (
            ["4.1", "--unit", "fpb", "--done", "--from", "2018-05-10", "--to", "2018-05-01"],
            "早于开始日",
        ),
    ],
)
def test_record_refuses_and_writes_nothing(shipped: Path, args: list[str], message: str) -> None:
    write(shipped, JTJ, "# 县教体局 2018\n")
    before = (shipped / JTJ).read_bytes()
    run = zwgk(shipped, "record", *args, "--date", "2018-07-20")
    assert run.exit_code == 1, run.output
    assert message in run.stderr
    assert (shipped / JTJ).read_bytes() == before
    assert sorted(p.name for p in (shipped / "data/progress/2018").glob("*.yaml")) == ["jtj.yaml"]


def test_period_must_be_an_instance(shipped: Path) -> None:
    ok = zwgk(shipped, "record", "23.1", "--unit", "hbj", "--done", "--date", "2018-08-02",
              "--period", "2018-Q2", "--as-of", "2018-08-02")  # fmt: skip
    assert ok.exit_code == 0, ok.output
    assert "period: 2018-Q2" in (shipped / "data/progress/2018/hbj.yaml").read_text("utf-8")
    bad = zwgk(shipped, "record", "23.1", "--unit", "hbj", "--done", "--period", "2018-Q5")
    assert bad.exit_code == 1 and "2018-Q2" in bad.stderr  # the hint lists real periods


@pytest.mark.parametrize(
    ("existing", "message"),
    [
        ('[{req: "21.1", date: 2018-07-01, status: progress}]\n', "无法安全追加"),
        # Not a list: a file that cannot be read, refused before the append.
        ('req: "21.1"\n', "这个进展文件读不出"),
        ("- req: [\n", "YAML 语法错误"),
        ('- req: "21.1"\n  date: 2018-07-01\n  status: progress\n---\n- a\n', "YAML 语法错误"),
    ],
)
def test_record_refuses_a_file_an_append_would_break(
    shipped: Path, existing: str, message: str
) -> None:
    write(shipped, JTJ, existing)
    before = (shipped / JTJ).read_bytes()
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    assert run.exit_code == 1, run.output
    assert message in run.stderr and "data/progress/2018/jtj.yaml" in run.stderr
    assert (shipped / JTJ).read_bytes() == before


def test_record_without_status_off_a_terminal_is_a_usage_error(shipped: Path) -> None:
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj")
    assert run.exit_code == 2 and "--done" in run.output
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--progress")
    assert run.exit_code == 2
    assert (
        zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-02-30").exit_code
        == 2
    )


def test_support_unit_records_but_does_not_close(shipped: Path) -> None:
    run = zwgk(shipped, "record", "57.1", "--unit", "suozhen", "--done", "--date", "2018-06-01",
               "--as-of", "2018-06-02")  # fmt: skip
    assert run.exit_code == 0
    assert "配合单位" in run.stdout
    # A standing duty says whether its units reported on it this year (issue
    # 13); a support unit's entry does not count for the lead.
    assert "57.1 县信息中心 无记录" in run.stdout


def test_a_terminal_user_is_prompted_for_what_is_missing(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from zwgk.cli.app import whole_app
    from zwgk.cli.commands import record

    monkeypatch.setattr(record, "_prompting", lambda: True)
    result = CliRunner().invoke(
        whole_app(),
        ["--root", str(shipped), "record", "--date", "2018-07-20", "--as-of", "2018-08-01"],
        # Since issue 14 it asks for a note and evidence too (Enter: none) and
        # writes only once the clerk confirms the entry it shows.
        input="21.1\n县教体局\ndone\n\n\n是\n",
    )
    assert result.exit_code == 0, result.output
    assert "要求编号" in result.output and "单位" in result.output
    assert "将写入 data/progress/2018/jtj.yaml：" in result.output
    text = (shipped / JTJ).read_text("utf-8")
    assert "req: '21.1'" in text and "status: done" in text


def test_a_refused_record_leaves_no_file_behind(shipped: Path) -> None:
    write(shipped, JTJ, 'req: "21.1"\n')  # a mapping, not a list
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    assert run.exit_code == 1
    assert sorted(p.name for p in (shipped / "data/progress/2018").iterdir()) == ["jtj.yaml"]
    run = zwgk(shipped, "record", "99.1", "--unit", "jtj", "--done", "--date", "2019-07-20")
    assert run.exit_code == 2 and not (shipped / "data/progress/2019").exists()


def test_lock_files_are_ignored_by_git() -> None:
    from conftest import REPO

    ignored = (REPO / ".gitignore").read_text("utf-8").splitlines()
    assert "*.yaml.lock" in ignored


def test_event_periods_a_unit_may_name(shipped: Path) -> None:
    event = zwgk(shipped, "record", "28.1", "--unit", "jtj", "--event", "文件公布",
                 "--date", "2018-09-28")  # fmt: skip
    assert event.exit_code == 0, event.output
    # Another unit's event is not an instance of this unit's obligations.
    other = zwgk(shipped, "record", "28.1", "--unit", "hbj", "--done", "--date", "2018-09-30",
                 "--period", "2018-09-28")  # fmt: skip
    assert other.exit_code == 1 and "不是要求" in other.stderr
    # Nor is an event dated after the entry that would complete it.
    early = zwgk(shipped, "record", "28.1", "--unit", "jtj", "--done", "--date", "2018-09-27",
                 "--period", "2018-09-28")  # fmt: skip
    assert early.exit_code == 1
    ok = zwgk(shipped, "record", "28.1", "--unit", "jtj", "--done", "--date", "2018-09-30",
              "--period", "2018-09-28", "--as-of", "2018-10-01")  # fmt: skip
    assert ok.exit_code == 0 and "2018-09-28 到期 2018-10-08 已完成" in ok.stdout


NEW_ENTRY = ("21.1", "done", "2018-07-20")
OLD_ENTRY = '- req: "21.1"\n  date: 2018-07-01\n  status: progress\n'


# As Windows Notepad saves: a UTF-8 BOM, CRLF line ends, no final line break.
NOTEPAD = b'\xef\xbb\xbf- req: "21.1"\r\n  date: 2018-07-01\r\n  status: progress\r\n'
NOTEPAD_NOTE = NOTEPAD + "  note: |\r\n    已公开招生范围\r\n    待补充划片图".encode()


@pytest.mark.parametrize(
    ("existing", "kept"),
    [
        (NOTEPAD + "  note: 已开始".encode(), NOTEPAD + "  note: 已开始\r\n".encode()),
        # the last note a `|` block: its header strips the line break the
        # append adds, so the old note reads as before, to the character
        (NOTEPAD_NOTE, NOTEPAD_NOTE.replace(b"note: |", b"note: |-") + b"\r\n"),
        (
            NOTEPAD + "  note: >\r\n    已开始".encode(),
            NOTEPAD + "  note: >-\r\n    已开始\r\n".encode(),
        ),
        # old Mac line ends, as a few editors still write: kept too
        (
            NOTEPAD.replace(b"\r\n", b"\r") + "  note: |\r    已开始".encode(),
            NOTEPAD.replace(b"\r\n", b"\r") + "  note: |-\r    已开始\r".encode(),
        ),
    ],
    ids=["plain", "literal-block", "folded-block", "cr-only"],
)
def test_record_appends_to_a_file_as_notepad_saves_it(
    shipped: Path, existing: bytes, kept: bytes
) -> None:
    path = shipped / JTJ
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(existing)
    assert zwgk(shipped, "validate").exit_code == 0
    notes = [e.note for e in load_ledger(shipped).entries]
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20",
               "--note", "已完成", "--as-of", "2018-08-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    end = b"\r" if b"\r\n" not in existing else b"\r\n"
    added = "- req: '21.1'|  date: 2018-07-20|  status: done|  note: 已完成|".encode()
    assert path.read_bytes() == kept + added.replace(b"|", end)
    after = load_ledger(shipped)
    assert [e.note for e in after.entries] == [*notes, "已完成"]
    assert [f for f in after.findings if f.level == "error"] == []


def test_record_says_when_the_missing_final_line_break_would_change_the_last_note(
    shipped: Path,
) -> None:
    # A list all right: but `|+` keeps every final line break, the one the
    # append must add would change the old note, and no header keeps the
    # spaces after it as they read. The fix is that line break.
    write(shipped, JTJ, OLD_ENTRY + "  note: |+\n    第一行\n  ")
    before = (shipped / JTJ).read_bytes()
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    assert run.exit_code == 1, run.output
    assert "末尾没有换行" in run.stderr and "在编辑器中于文件末尾加一个换行" in run.stderr
    assert "不是逐条" not in run.stderr and "改成每条记录" not in run.stderr
    assert (shipped / JTJ).read_bytes() == before


@pytest.mark.parametrize(
    "existing",
    [
        OLD_ENTRY + "...\n",  # YAML's document-end marker
        OLD_ENTRY + "...\n# 以上为 2018 年\n",
        "---\n" + OLD_ENTRY + "...\n",
        OLD_ENTRY[:-1],  # no final newline
        OLD_ENTRY + "  note: 无换行结尾",
        "\ufeff" + OLD_ENTRY,  # Windows Notepad's UTF-8 BOM
        OLD_ENTRY.replace("\n", "\r\n"),  # and its line ends
        "\ufeff" + OLD_ENTRY.replace("\n", "\r\n") + "...\r\n",
        OLD_ENTRY.replace("\n", "\r\n")[:-2],
        OLD_ENTRY.replace("\n", "\r\n", 1),  # mixed: mostly LF
        "---\n",
        "--- # 县教体局\n",
        "[]\n",
        "# 县教体局 2018\n[]  # 尚无记录\n",
        "--- []\n...\n",
        OLD_ENTRY + "# 备注\n\n   \n",
        OLD_ENTRY.replace("\n", "\n  ").rstrip(" ").replace("- req", "  - req", 1),  # indented
        OLD_ENTRY + "  note: |+\n    保留末尾空行\n\n",
    ],
)
def test_record_appends_to_any_file_that_reads(shipped: Path, existing: str) -> None:
    """Whatever way a file that reads ends, one record keeps it reading, with
    its old entries as they were plus the new one, and keeps its bytes, BOM
    and line ends."""
    path = shipped / JTJ
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(existing.encode("utf-8"))
    before = [(e.req, e.status, e.date.isoformat(), e.note) for e in load_ledger(shipped).entries]
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20",
               "--as-of", "2018-08-01")  # fmt: skip
    assert run.exit_code == 0, run.output
    after = load_ledger(shipped)
    assert [f for f in after.findings if f.level == "error"] == []
    assert [(e.req, e.status, e.date.isoformat(), e.note) for e in after.entries] == [
        *before,
        (*NEW_ENTRY, None),
    ]
    assert zwgk(shipped, "status", "--as-of", "2018-08-01").exit_code == 0
    text = path.read_bytes().decode("utf-8")
    assert text.startswith("\ufeff") == existing.startswith("\ufeff")
    added = text[len(existing) :] if text.startswith(existing) else text
    crlf = existing.count("\r\n") > existing.count("\n") / 2
    assert ("\r\n" in added) == crlf and ("\n" in added.replace("\r\n", "")) != crlf
    if "..." not in existing and "[]" not in existing:
        # the old bytes stay, as the office wrote them
        assert text.startswith(existing)


def test_record_keeps_what_follows_the_document_end_marker(shipped: Path) -> None:
    write(shipped, JTJ, OLD_ENTRY + "...\n# 以上为 2018 年\n")
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    assert run.exit_code == 0, run.output
    text = (shipped / JTJ).read_text("utf-8")
    assert text.startswith(OLD_ENTRY + "- req: '21.1'\n")
    assert text.endswith("  status: done\n...\n# 以上为 2018 年\n")


def test_record_refuses_a_file_that_is_not_utf8(shipped: Path) -> None:
    path = write(shipped, JTJ, "")
    path.write_bytes(OLD_ENTRY.encode("utf-8") + "  note: 已公开\n".encode("gbk"))
    before = path.read_bytes()
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    assert run.exit_code == 1, run.output
    assert "data/progress/2018/jtj.yaml:4" in run.stderr and "UTF-8" in run.stderr
    assert path.read_bytes() == before


def _outside(tmp_path: Path) -> Path:
    victim = tmp_path / "outside" / "victim.yaml"
    victim.parent.mkdir()
    victim.write_text(OLD_ENTRY, encoding="utf-8")
    return victim


@pytest.mark.parametrize(
    "link",
    [
        "data/progress/2018/jtj.yaml",
        "data/progress/2018/jtj.yaml.lock",
        "data/progress/2018",
        "data/progress",
    ],
)
def test_record_never_writes_through_a_symlink(tmp_path: Path, shipped: Path, link: str) -> None:
    """A link committed into the ledger (git keeps links) must not make a
    record land outside it, nor truncate a file through a planted lock file."""
    victim = _outside(tmp_path)
    if link.endswith(".yaml"):
        target: Path = victim
    elif link.endswith(".lock"):
        write(shipped, JTJ, OLD_ENTRY)
        target = victim
    else:  # a folder pointing outside, holding what the ledger would expect there
        target = victim.parent
        (target / "jtj.yaml").write_text(OLD_ENTRY, encoding="utf-8")
        if link == "data/progress":
            (target / "2018").mkdir()
            (target / "2018" / "jtj.yaml").write_text(OLD_ENTRY, encoding="utf-8")
    (shipped / link).parent.mkdir(parents=True, exist_ok=True)
    (shipped / link).symlink_to(target, target_is_directory=target.is_dir())
    outside = {p: p.read_bytes() for p in victim.parent.rglob("*") if p.is_file()}
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    assert run.exit_code == 1, run.output
    assert "符号链接" in run.stderr and link in run.stderr
    assert {p: p.read_bytes() for p in victim.parent.rglob("*") if p.is_file()} == outside
    assert (shipped / link).is_symlink()  # left as it was, for the office to look at
    assert not list(victim.parent.rglob("*.tmp"))


def test_record_writes_through_a_fresh_temporary_file(
    shipped: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new file is written beside the old under a name nobody could plant
    a link at beforehand (O_EXCL), then renamed over it."""
    import tempfile

    write(shipped, JTJ, OLD_ENTRY)
    victim = _outside(tmp_path)
    folder = shipped / "data/progress/2018"
    for name in (".jtj.yaml.tmp", "jtj.yaml.tmp", "jtj.yaml.new", ".jtj.yaml.swp"):
        (folder / name).symlink_to(victim)
    made: list[str] = []
    real = tempfile.mkstemp

    def spy(*args: object, **kwargs: object) -> tuple[int, str]:
        fd, name = real(*args, **kwargs)  # type: ignore[call-overload]
        made.append(name)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    run = zwgk(shipped, "record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    assert run.exit_code == 0, run.output
    assert victim.read_text("utf-8") == OLD_ENTRY
    made = [name for name in made if Path(name).parent == folder]  # not the cache's
    assert len(made) == 1 and not Path(made[0]).exists()
    assert not (folder / "jtj.yaml").is_symlink()
    assert (folder / "jtj.yaml").read_text("utf-8").startswith(OLD_ENTRY + "- req: '21.1'")


HBJ = "data/progress/2018/hbj.yaml"


def test_an_entry_two_rules_could_take_is_refused_off_a_terminal(shipped: Path) -> None:
    """23.1 publishes monthly (air) and quarterly (water): an entry without
    --period could be either. A script must say which, so every run gets
    the same result."""
    run = zwgk(shipped, "record", "23.1", "--unit", "hbj", "--done", "--date", "2018-07-15",
               "--as-of", "2018-07-20")  # fmt: skip
    assert run.exit_code == 1, run.output
    assert "2018-07、2018-Q3" in run.stderr and "--period" in run.stderr
    assert not (shipped / HBJ).exists()
    run = zwgk(shipped, "record", "23.1", "--unit", "hbj", "--done", "--date", "2018-07-15",
               "--period", "2018-Q3", "--as-of", "2018-07-20")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "2018-Q3 到期 2018-09-30 已完成" in run.stdout
    assert "2018-07 到期 2018-07-31 即将到期" in run.stdout
    # Q3 is done: only July is left for a second entry, nothing to ask.
    run = zwgk(shipped, "record", "23.1", "--unit", "hbj", "--done", "--date", "2018-07-16",
               "--as-of", "2018-07-20")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "2018-07 到期 2018-07-31 已完成" in run.stdout


def test_a_terminal_user_is_asked_which_period(
    shipped: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from zwgk.cli.app import whole_app
    from zwgk.cli.commands import record

    monkeypatch.setattr(record, "_prompting", lambda: True)
    args = ["--root", str(shipped), "record", "23.1", "--unit", "hbj", "--done",
            "--date", "2018-07-15", "--as-of", "2018-07-20"]  # fmt: skip
    result = CliRunner().invoke(whole_app(), args, input="2018-Q5\n2018-Q3\n")
    assert result.exit_code == 0, result.output
    assert "完成的是哪一期（2018-07、2018-Q3）" in result.output
    # A wrong answer is told why before it is asked again.
    assert "“2018-Q5”不是其中一期" in result.output
    assert "period: 2018-Q3" in (shipped / HBJ).read_text("utf-8")
    assert "2018-Q3 到期 2018-09-30 已完成" in result.output
    # Enter takes the engine's choice: the instance due first, July.
    args[args.index("2018-07-15")] = "2018-07-16"
    (shipped / HBJ).unlink()
    result = CliRunner().invoke(whole_app(), args, input="\n")
    assert result.exit_code == 0, result.output
    assert "period: 2018-07" in (shipped / HBJ).read_text("utf-8")
    # Or its number in the list, as a clerk answering a menu would.
    args[args.index("2018-07-16")] = "2018-07-17"
    (shipped / HBJ).unlink()
    result = CliRunner().invoke(whole_app(), args, input="2\n")
    assert result.exit_code == 0, result.output
    assert "period: 2018-Q3" in (shipped / HBJ).read_text("utf-8")


def test_a_named_month_past_its_due_date_warns_it_closes_late(shipped: Path) -> None:
    """The period of a monthly publication is the month it is published in:
    June's air quality published on 07-15 is July's publication."""
    run = zwgk(shipped, "record", "23.1", "--unit", "hbj", "--done", "--date", "2018-07-15",
               "--period", "2018-06", "--as-of", "2018-07-20")  # fmt: skip
    assert run.exit_code == 0, run.output
    late = "2018-06 期的期限是 2018-06-30，这条记录日期为 2018-07-15：该期将记为逾期完成"
    assert late in run.stdout
    assert "去掉 --period，记录计入 2018-07 期" in run.stdout
    assert "2018-06 到期 2018-06-30 逾期完成" in run.stdout
    # On time, nothing to say.
    run = zwgk(shipped, "record", "23.1", "--unit", "hbj", "--done", "--date", "2018-07-16",
               "--period", "2018-07", "--as-of", "2018-07-20")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "逾期" not in run.stdout.split("该单位此项要求的当前状态")[0]


def test_an_open_window_is_recorded_with_the_day_it_counts(shipped: Path) -> None:
    run = zwgk(shipped, "record", "4.2", "--unit", "suozhen", "--done", "--date", "2018-07-01",
               "--from", "2018-07-01", "--as-of", "2018-07-05")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "到 2018-07-10 公示期满后才计为完成" in run.stdout
    assert "公示期只有" not in run.stdout
    assert "4.2 索镇街道 公示中（第 5/10 天）" in run.stdout  # issue 13: not 持续推进
    run = zwgk(shipped, "status", "--as-of", "2018-07-10", "--unit", "suozhen", "--format", "json")
    [row] = [item for item in json.loads(run.stdout)["items"] if item["req"] == "4.2"]
    assert row["completed"] == "2018-07-01"


def test_the_echo_words_a_standing_duty_as_the_status_screen(shipped: Path) -> None:
    """Issue 13: after a done entry on 1.1 (a standing duty) the echo said
    "1.1 县发改局 已完成", after a progress entry 持续推进; it says 有记录, and
    4.2's window still short of its 10 days says which day it is on."""
    run = zwgk(shipped, "record", "1.1", "--unit", "fagai", "--done", "--date", "2018-07-16",
               "--as-of", "2018-07-20")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "1.1 县发改局 有记录" in run.stdout and "已完成" not in run.stdout
    run = zwgk(shipped, "record", "1.1", "--unit", "ngb", "--progress", "--date", "2018-07-16",
               "--as-of", "2018-07-20")  # fmt: skip
    assert run.exit_code == 0, run.output
    assert "有记录" in run.stdout and "持续推进" not in run.stdout
    for day, state in (("2018-07-15", "公示中（第 6/10 天）"), ("2018-07-19", "有记录")):
        run = zwgk(shipped, "record", "4.2", "--unit", "suozhen", "--done", "--date",
                   "2018-07-10", "--from", "2018-07-10", "--as-of", day)  # fmt: skip
        assert run.exit_code == 0, run.output
        assert f"4.2 索镇街道 {state}" in run.stdout


def test_a_group_as_the_unit_names_its_members(shipped: Path) -> None:
    """各镇(街道) names a group, not a unit: refused as a bad argument (exit 2)
    naming the group's members responsible for the requirement — not "no
    unit 各镇(街道); did you mean 各镇（街道）"."""
    run = zwgk(shipped, "record", "48.1", "--unit", "各镇(街道)", "--done", "--as-of", "2018-12-05")
    assert run.exit_code == 2, run.stderr
    assert "“各镇（街道）”是一组单位" in run.stderr
    assert "是不是：索镇街道 (suozhen)、" in run.stderr and "没有单位" not in run.stderr
    assert not (shipped / "data/progress").exists()


def test_an_entry_needing_an_unreadable_file_is_refused_naming_it(shipped: Path) -> None:
    """data/progress/2019/jtj.yaml saved as GBK: done twice, a late extension
    and the status would be judged without its entries, so a jtj entry of
    48.1 is refused (exit 1) naming the file and its fix; a unit whose
    entries do not count there records as usual."""
    gbk = "- req: '48.1'\n  date: 2019-01-10\n  status: progress\n  note: 已公开\n"
    path = shipped / "data/progress/2019/jtj.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(gbk.encode("gbk"))
    args = ("--done", "--date", "2018-12-20", "--as-of", "2019-02-01")
    run = zwgk(shipped, "record", "48.1", "--unit", "jtj", *args)
    assert run.exit_code == 1, run.stdout
    assert (
        "data/progress/2019/jtj.yaml:4:9: 错误：这个进展文件读不出，无法核对这条记录：文件是 GBK"
        in run.stderr
    )
    assert "zwgk fix-encoding data/progress/2019/jtj.yaml" in run.stderr
    assert not (shipped / "data/progress/2018").exists()
    run = zwgk(shipped, "record", "48.1", "--unit", "suozhen", *args)
    assert run.exit_code == 0, run.stderr
    assert (shipped / "data/progress/2018/suozhen.yaml").exists()


def test_evidence_given_is_checked_as_a_typed_answer_is(shipped: Path) -> None:
    """--evidence nosuch/通知.pdf or www.x: refused as bad values (exit 2),
    nothing written, by the rule the evidence question uses."""
    base = ("record", "21.1", "--unit", "jtj", "--done", "--date", "2018-07-20")
    for item, said in [("nosuch/通知.pdf", "中没有文件“nosuch/通知.pdf”"), ("www.x", "不像网址")]:
        run = zwgk(shipped, *base, "--evidence", item, "--as-of", "2018-07-25")
        assert run.exit_code == 2, run.stdout
        assert f"--evidence：“{item}”" in run.stderr or said in run.stderr
        assert said in run.stderr
    assert not (shipped / "data/progress").exists()
    (shipped / "docs").mkdir()
    (shipped / "docs/通知.pdf").write_bytes(b"%PDF")
    run = zwgk(shipped, *base, "--evidence", "docs/通知.pdf", "--as-of", "2018-07-25")
    assert run.exit_code == 0, run.stderr


def test_blocked_needs_its_reason_off_a_terminal_too(shipped: Path) -> None:
    """The question requires what blocks it (受阻原因（必填）); so does the
    command line: --blocked without --note is refused (exit 1), nothing written."""
    base = ("record", "21.1", "--unit", "jtj", "--blocked", "--date", "2018-07-20")
    run = zwgk(shipped, *base, "--as-of", "2018-07-25")
    assert run.exit_code == 1 and "受阻的记录须写明受阻原因" in run.stderr
    assert "加上 --note 原因" in run.stderr
    assert not (shipped / "data/progress").exists()
    run = zwgk(shipped, *base, "--note", "等待教育局批复", "--as-of", "2018-07-25")
    assert run.exit_code == 0, run.stderr
