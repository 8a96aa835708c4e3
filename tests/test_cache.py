"""The cache may make a run faster; it never changes what the run says."""

from __future__ import annotations

import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import REPO, count_calls, write, zwgk
from zwgk.ledger.cache import KEY, MAX_PACK, Cache, digest, freeze, records, thaw
from zwgk.ledger.load import load_ledger
from zwgk.model.plan import Plan, Unit

AS_OF = ("--as-of", "2018-10-14")
NO_CACHE = {"ZWGK_NO_CACHE": "1"}


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    from reportkit import build

    return build(tmp_path / "ledger")


def json_status(root: Path, env: dict[str, str] | None = None) -> str:
    run = zwgk(root, "status", *AS_OF, "--format", "json", env=env)
    assert run.exit_code == 0, run.output
    return run.stdout


def pack_of(root: Path) -> Path:
    cache = Cache(root)
    assert cache.pack is not None
    return cache.pack


def test_cached_and_uncached_runs_give_identical_json(ledger: Path, cache_dir: Path) -> None:
    cold = json_status(ledger, NO_CACHE)
    assert not any(cache_dir.iterdir())  # switched off: nothing written
    first = json_status(ledger)  # fills the cache
    assert pack_of(ledger).is_file() and pack_of(ledger).parent == cache_dir
    warm = json_status(ledger)  # reads it
    assert cold == first == warm
    for args in (["validate", "--format", "json"], ["report", "--week", "2018-W41"],
                 ["export", "--format", "csv", "--as-of", "2018-10-14"]):  # fmt: skip
        assert zwgk(ledger, *args, env=NO_CACHE).stdout == zwgk(ledger, *args).stdout


def test_the_shipped_plan_round_trips_through_the_cache() -> None:
    ledger = load_ledger(REPO, with_progress=False)
    assert ledger.plan is not None
    assert thaw(freeze(ledger.plan), Plan) == ledger.plan
    units = list(ledger.directory.units.values())
    assert thaw(freeze(units), list[Unit]) == units


def test_an_edit_that_keeps_size_and_mtime_is_still_seen(ledger: Path) -> None:
    path = ledger / "data/progress/2018/suozhen.yaml"
    json_status(ledger)  # cached
    before = path.stat()
    text = path.read_text("utf-8")
    edited = text.replace("2018-10-11", "2018-10-13")  # same length, after the due date
    assert len(edited.encode()) == len(text.encode())
    path.write_text(edited, "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size and path.stat().st_mtime_ns == before.st_mtime_ns
    assert json_status(ledger) == json_status(ledger, NO_CACHE)
    assert '"completed": "2018-10-13"' in json_status(ledger)


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal at all",
        None,  # a flipped byte inside a valid pack
    ],
)
def test_a_damaged_cache_is_ignored_with_a_warning(ledger: Path, damage: bytes | None) -> None:
    expected = json_status(ledger, NO_CACHE)
    json_status(ledger)
    for pack in Cache(ledger).packs():  # the plan's and units' pack, and 2018's
        raw = bytearray(pack.read_bytes())
        if damage is None:
            raw[len(raw) // 2] ^= 0xFF
            pack.write_bytes(bytes(raw))
        else:
            pack.write_bytes(damage)
    run = zwgk(ledger, "status", *AS_OF, "--format", "json")
    assert run.stdout == expected
    if damage != b"":
        assert "缓存" in run.stderr and "损坏" in run.stderr
    # It is rebuilt: the next run is quiet and right.
    again = zwgk(ledger, "status", *AS_OF, "--format", "json")
    assert again.stdout == expected and again.stderr == ""


def write_pack(cache_dir: Path, pack: Path, files: dict[str, tuple[bytes, object]]) -> None:
    """A pack as zwgk writes it, MAC and all: what only this machine can make."""
    from zwgk.ledger.cache import records

    key = (cache_dir / KEY).read_bytes()
    pack.write_bytes(b"".join(records(files, key)))


def read_pack(pack: Path) -> dict[str, tuple[bytes, object]]:
    from zwgk.ledger.cache import read_records

    return read_records(pack.read_bytes(), (pack.parent / KEY).read_bytes())


def columns(row: tuple[object, ...]) -> tuple[tuple[object, ...], ...]:
    """One entry's row as the columns a pack keeps."""
    return tuple((value,) for value in row)


def packed(
    req: object = "1.1", day: object = 736900, status: object = "done", evidence: object = (),
    extras: object = None,
) -> tuple[tuple[object, ...], ...]:  # fmt: skip
    """The columns of one entry as `pack_entries` writes them, but for what is given."""
    return columns((req, day, status, 1, None, None, evidence, extras))


UNTIL_AS_TEXT = (None, None, None, "2018-10-09", None, None, None)
UNTIL_NO_DAY = (None, None, None, 10**9, None, None, None)


@pytest.mark.parametrize(
    "lie",
    [
        ("@", "NotAModel", ()),  # a class the cache never builds
        (("21.1",), (0,), ("done",), (1,)),  # too few columns
        (("21.1", "1.1"), *packed()[1:]),  # unequal columns
        packed(req=21),
        packed(status="forged"),
        packed(evidence=(7,)),
        packed(day=10**9),  # no date has that day number
        packed(extras=("e", None, None)),  # too few extras
        packed(extras=UNTIL_AS_TEXT),
        packed(extras=UNTIL_NO_DAY),
        packed(extras=[None] * 7),
        [("1.1", 736900, "done", 1, None, None, (), None)],  # a row, not columns
        ("@", "Plan", (("@", "PlanInfo", (1, 2, 3, 4)), (), ())),  # fields of the wrong type
        ("@", "Unit", ("jtj", "县教体局", "bogus")),  # not one of the kinds
        "text",
    ],
)
def test_a_pack_with_values_of_the_wrong_type_is_not_trusted(
    ledger: Path, cache_dir: Path, lie: object
) -> None:
    """Even a pack whose MAC checks out (a bug, a disk error after the MAC)
    is checked against the models' types before anything is built from it."""
    expected = json_status(ledger, NO_CACHE)
    json_status(ledger)
    assert len(Cache(ledger).packs()) == 2
    for pack in Cache(ledger).packs():
        files = read_pack(pack)
        write_pack(cache_dir, pack, {rel: (key, lie) for rel, (key, _value) in files.items()})
    run = zwgk(ledger, "status", *AS_OF, "--format", "json")  # raises on a traceback
    assert run.stdout == expected and "缓存" in run.stderr
    assert (
        zwgk(ledger, "validate", "--format", "json").stdout
        == zwgk(ledger, "validate", "--format", "json", env=NO_CACHE).stdout
    )


def test_a_pack_without_this_machines_key_is_ignored(ledger: Path, cache_dir: Path) -> None:
    """A forged pack: the current format, MAC'd over forged entries, but not
    under this machine's key."""
    expected = json_status(ledger, NO_CACHE)
    json_status(ledger)
    pack = Cache(ledger).pack_path("2018")
    files = read_pack(pack)
    forged: dict[str, tuple[bytes, object]] = {
        rel: (key, []) for rel, (key, _value) in files.items()
    }  # every entry gone
    pack.write_bytes(b"".join(records(forged, digest(b"not this machine's key") * 2)))
    run = zwgk(ledger, "status", *AS_OF, "--format", "json")
    assert run.stdout == expected and "缓存" in run.stderr


def forged_committed_pack(root: Path, relative: str) -> None:
    """What an attacker commits: `.zwgk-cache/ledger.pack` in the format zwgk
    0.1.0 read it, under a checksum anyone can recompute, claiming that
    `relative` reads clean and holds one done entry for requirement 1.1."""
    from zwgk import __version__

    raw = (root / relative).read_bytes()
    row = ("1.1", 736895, "done", 1, None, "伪造", (), None, None, None, None, None, None, None)
    payload = marshal.dumps({relative: (digest(raw), [row])})
    write(root, ".zwgk-cache/.gitignore", "*\n")
    (root / ".zwgk-cache" / "ledger.pack").write_bytes(
        marshal.dumps((f"zwgk-cache-3-{__version__}", digest(payload), payload))
    )


def test_a_pack_committed_to_the_ledger_cannot_pass_validate(mini: Callable[..., Path]) -> None:
    bad = '- req: "1.1"\n  date: 2018-07-20\n  status: finished\n'
    root = mini(progress={"2018/jtj.yaml": bad})
    forged_committed_pack(root, "data/progress/2018/jtj.yaml")
    run = zwgk(root, "validate", "--strict", "--format", "json")
    assert run.exit_code == 1 and '"bad-value"' in run.stdout


def test_a_pack_committed_to_the_ledger_cannot_forge_status(mini: Callable[..., Path]) -> None:
    started = '- req: "1.1"\n  date: 2018-07-20\n  status: progress\n'
    root = mini(progress={"2018/jtj.yaml": started})
    forged_committed_pack(root, "data/progress/2018/jtj.yaml")
    run = zwgk(root, "status", "--as-of", "2018-08-01", "--format", "json")
    assert run.exit_code == 0
    assert '"done": 0' in run.stdout and '"status": "ongoing"' in run.stdout
    assert run.stdout == zwgk(root, "status", "--as-of", "2018-08-01", "--format", "json",
                              env=NO_CACHE).stdout  # fmt: skip


def test_a_cache_folder_inside_the_ledger_is_not_used(ledger: Path) -> None:
    """ZWGK_CACHE_DIR (or XDG_CACHE_HOME in CI) inside the checkout: what lies
    there may have come with the ledger, key and all."""
    inside = {"ZWGK_CACHE_DIR": str(ledger / ".cache")}
    assert json_status(ledger, inside) == json_status(ledger, NO_CACHE)
    assert not (ledger / ".cache").exists()


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_pack_that_is_a_link_to_an_endless_file_is_ignored(ledger: Path) -> None:
    expected = json_status(ledger, NO_CACHE)
    json_status(ledger)
    pack = pack_of(ledger)
    pack.unlink()
    pack.symlink_to("/dev/zero")
    run = zwgk(ledger, "status", *AS_OF, "--format", "json")  # a bounded read: no hang
    assert run.stdout == expected and "缓存" in run.stderr
    assert not pack.is_symlink()  # replaced by a good pack, /dev/zero untouched
    assert json_status(ledger) == expected


def test_a_pack_too_large_to_be_one_is_not_read(ledger: Path) -> None:
    expected = json_status(ledger, NO_CACHE)
    json_status(ledger)
    pack = pack_of(ledger)
    with pack.open("r+b") as out:
        out.truncate(MAX_PACK + 1)  # sparse: no disk spent
    run = zwgk(ledger, "status", *AS_OF, "--format", "json")
    assert run.stdout == expected and "缓存" in run.stderr
    assert pack.stat().st_size < MAX_PACK


def test_a_pack_that_would_be_too_large_is_not_written(
    ledger: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack is written a record at a time: one that outgrows MAX_PACK on the
    way is abandoned, its temporary file removed, the run's result unchanged."""
    import zwgk.ledger.cache

    expected = json_status(ledger, NO_CACHE)
    monkeypatch.setattr(zwgk.ledger.cache, "MAX_PACK", 100)  # the header, the MAC and a bit
    assert json_status(ledger) == expected
    kept = sorted(p.name for p in cache_dir.iterdir() if not p.name.endswith(".plan-clean"))
    assert kept == [KEY]  # no pack, no temporary file (the plan's verdict is no pack)


def test_the_key_is_private_and_made_once(ledger: Path, cache_dir: Path) -> None:
    json_status(ledger)
    key = cache_dir / KEY
    first = key.read_bytes()
    assert len(first) == 32
    if os.name == "posix":
        assert key.stat().st_mode & 0o777 == 0o600
    json_status(ledger)
    assert key.read_bytes() == first


def test_the_cache_lives_in_the_users_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from zwgk.ledger.cache import cache_home

    monkeypatch.delenv("ZWGK_CACHE_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    if os.name == "nt":
        assert cache_home() == tmp_path / "local" / "zwgk" / "Cache"
    elif sys.platform == "darwin":
        assert cache_home() == tmp_path / "home" / "Library" / "Caches" / "zwgk"
    else:
        assert cache_home() == tmp_path / "xdg" / "zwgk"
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
        assert cache_home() == tmp_path / "home" / ".cache" / "zwgk"
    # One pack per ledger, named after its resolved path.
    assert Cache(tmp_path / "a").pack != Cache(tmp_path / "b").pack
    assert Cache(tmp_path / "a").pack == Cache(tmp_path / "x" / ".." / "a").pack


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_an_unwritable_cache_folder_is_a_warning(ledger: Path, cache_dir: Path) -> None:
    cache_dir.chmod(0o500)
    try:
        run = zwgk(ledger, "status", *AS_OF, "--format", "json")
        assert run.stdout == json_status(ledger, NO_CACHE) and "无法写入缓存" in run.stderr
    finally:
        cache_dir.chmod(0o700)


def test_a_cache_that_cannot_be_written_is_a_warning(ledger: Path, tmp_path: Path) -> None:
    """Portable version: a file stands where the cache folder should be."""
    write(tmp_path, "not-a-folder", "not a folder\n")
    env = {"ZWGK_CACHE_DIR": str(tmp_path / "not-a-folder")}
    run = zwgk(ledger, "status", *AS_OF, "--format", "json", env=env)
    assert run.exit_code == 0
    assert run.stdout == json_status(ledger, NO_CACHE)
    assert "缓存" in run.stderr and "不使用" in run.stderr


def test_files_that_are_gone_leave_the_cache(ledger: Path) -> None:
    json_status(ledger)
    (ledger / "data/progress/2018/hbj.yaml").unlink()
    json_status(ledger)
    cache = Cache(ledger)
    assert cache.get("data/progress/2018/hbj.yaml", b"anything") is None
    assert "data/progress/2018/hbj.yaml" not in read_pack(cache.pack_path("2018"))
    assert "data/progress/2018/suozhen.yaml" in read_pack(cache.pack_path("2018"))


def test_a_year_that_is_gone_takes_its_pack_along(ledger: Path) -> None:
    write(
        ledger, "data/progress/2019/hbj.yaml", '- req: "2.2"\n  date: 2019-01-10\n  status: done\n'
    )
    json_status(ledger)
    cache = Cache(ledger)
    assert [p.name for p in cache.packs()] == [
        cache.pack_path(g).name for g in ("", "2018", "2019")
    ]
    (ledger / "data/progress/2019/hbj.yaml").unlink()
    json_status(ledger)
    assert [p.name for p in cache.packs()] == [cache.pack_path(g).name for g in ("", "2018")]


def test_one_changed_file_is_read_again_and_only_its_pack_rewritten(
    ledger: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The changed file is parsed again, every other file comes from the
    cache, only the changed year's pack is written, and the result is what
    a run without the cache computes."""
    import zwgk.ledger.cache as cache_module
    import zwgk.ledger.yamlio as yamlio

    write(
        ledger, "data/progress/2019/hbj.yaml", '- req: "2.2"\n  date: 2019-01-10\n  status: done\n'
    )
    write(
        ledger, "data/progress/2020/hbj.yaml", '- req: "2.2"\n  date: 2020-01-10\n  status: done\n'
    )
    json_status(ledger)  # fills the cache
    written = count_calls(
        monkeypatch, cache_module, "replace_atomically", lambda path, data: path.name
    )
    parsed = count_calls(monkeypatch, yamlio, "fast_entries")
    load_ledger(ledger)
    assert not written and not parsed  # warm: nothing parsed, nothing written
    path = ledger / "data/progress/2019/hbj.yaml"
    path.write_text(path.read_text("utf-8") + '- req: "2.2"\n  date: 2019-02-01\n  status: done\n')
    cached = load_ledger(ledger)
    assert written == {Cache(ledger).pack_path("2019").name: 1} and parsed.total() == 1
    monkeypatch.setenv("ZWGK_NO_CACHE", "1")
    assert cached.entries == load_ledger(ledger).entries and cached.findings == []
    monkeypatch.delenv("ZWGK_NO_CACHE")
    assert json_status(ledger) == json_status(ledger, NO_CACHE)


def test_nothing_is_written_into_the_ledger(ledger: Path) -> None:
    before = sorted(p.relative_to(ledger) for p in ledger.rglob("*"))
    json_status(ledger)
    json_status(ledger)
    assert sorted(p.relative_to(ledger) for p in ledger.rglob("*")) == before


@pytest.mark.parametrize("key", [b"", b"short", None])
def test_a_key_that_is_not_whole_is_made_again_quietly(
    ledger: Path, cache_dir: Path, key: bytes | None
) -> None:
    """A crash between creating the key and writing it (or a run that read it
    at that moment) left it short: that is no key, made again, not a warning
    that stays until someone deletes the file."""
    expected = json_status(ledger, NO_CACHE)
    json_status(ledger)
    path = cache_dir / KEY
    path.unlink()
    if key is None:
        path.symlink_to(cache_dir / "elsewhere")  # nor a link, dangling or not
    else:
        path.write_bytes(key)
    run = zwgk(ledger, "status", *AS_OF, "--format", "json")
    assert run.stdout == expected and run.stderr == ""
    assert not path.is_symlink() and len(path.read_bytes()) == 32
    again = zwgk(ledger, "status", *AS_OF, "--format", "json")
    assert again.stdout == expected and again.stderr == ""
    assert not (cache_dir / "elsewhere").exists()


def test_a_key_appears_whole_or_not_at_all(
    ledger: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key is written aside and linked into place: at no moment does the
    key file exist shorter than a key (another run would read it so)."""
    seen: list[int] = []
    real_link = os.link

    def link(src: str, dst: str) -> None:
        real_link(src, dst)
        seen.append(len(Path(dst).read_bytes()))

    monkeypatch.setattr(os, "link", link)
    real_open = os.open

    def watch(path: str | os.PathLike[str], flags: int, *args: int) -> int:
        fd = real_open(path, flags, *args)
        if Path(path) == cache_dir / KEY:
            seen.append(os.fstat(fd).st_size)
        return fd

    monkeypatch.setattr(os, "open", watch)
    cache = Cache(ledger)
    cache.put("data/x", b"k" * 16, [])
    cache.save()
    assert (cache_dir / KEY).stat().st_size == 32
    assert seen and all(size == 32 for size in seen)


def test_a_record_kept_as_bytes_is_written_as_is_and_read_back(ledger: Path) -> None:
    """A worker's result is kept as its pack record (`put_record`): the pack
    holds those very bytes, and `get` gives back the columns they hold."""
    from zwgk.ledger.cache import read_records, record_of

    rel = "data/progress/2018/jtj.yaml"
    key, columns = digest(b"entries"), (("1.1",), (736000,), ("done",), (3,), (None,),
                                        (None,), ((),), (None,))  # fmt: skip
    record = record_of(rel, key, columns)
    cache = Cache(ledger)
    cache.put_record(rel, key, record)
    assert cache.get(rel, key) == columns
    assert cache.get(rel, digest(b"other")) is None
    cache.save()
    path = cache.pack_path("2018")
    raw = path.read_bytes()
    assert record in raw
    assert read_records(raw, (path.parent / KEY).read_bytes()) == {rel: (key, columns)}


def test_the_key_a_file_was_read_from_is_the_key_of_the_result_kept(ledger: Path) -> None:
    """A worker reads the file again after the main process asked the cache
    about it: when the file changed in between, the entries come from the
    worker's bytes, and so must the key validate's verdicts are kept under."""
    from zwgk.ledger.cache import record_of

    rel = "data/progress/2018/jtj.yaml"
    asked, parsed = digest(b"before"), digest(b"after")
    columns = (("1.1",), (736000,), ("done",), (3,), (None,), (None,), ((),), (None,))
    cache = Cache(ledger)
    assert cache.get(rel, asked) is None
    assert cache.read_keys[rel] == asked
    cache.put_record(rel, parsed, record_of(rel, parsed, columns))
    assert cache.read_keys[rel] == parsed
