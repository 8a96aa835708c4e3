"""The cache may make a run faster; it never changes what the run says."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import REPO, write, zwgk
from zwgk.cache import FOLDER, PACK, Cache, freeze, thaw
from zwgk.ledger import load_ledger

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


def test_cached_and_uncached_runs_give_identical_json(ledger: Path) -> None:
    cold = json_status(ledger, NO_CACHE)
    assert not (ledger / FOLDER).exists()  # switched off: nothing written
    first = json_status(ledger)  # fills the cache
    assert (ledger / FOLDER / PACK).is_file()
    warm = json_status(ledger)  # reads it
    assert cold == first == warm
    for args in (["validate", "--format", "json"], ["report", "--week", "2018-W41"],
                 ["export", "--format", "csv", "--as-of", "2018-10-14"]):  # fmt: skip
        assert zwgk(ledger, *args, env=NO_CACHE).stdout == zwgk(ledger, *args).stdout


def test_the_shipped_plan_round_trips_through_the_cache() -> None:
    ledger = load_ledger(REPO, with_progress=False)
    assert ledger.plan is not None
    assert thaw(freeze(ledger.plan)) == ledger.plan
    units = list(ledger.directory.units.values())
    assert thaw(freeze(units)) == units


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
    pack = ledger / FOLDER / PACK
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


def test_a_cache_that_lies_about_a_value_is_not_trusted(ledger: Path) -> None:
    """A pack whose checksum matches but whose content is nonsense (written by
    something else) must not crash or change a run."""
    import marshal

    from zwgk.cache import FORMAT, digest

    expected = json_status(ledger, NO_CACHE)
    json_status(ledger)
    pack = ledger / FOLDER / PACK
    _, _, payload = marshal.loads(pack.read_bytes())
    files = marshal.loads(payload)
    for rel, (key, _value) in files.items():
        files[rel] = (key, ("@", "NotAModel", ()))
    payload = marshal.dumps(files)
    pack.write_bytes(marshal.dumps((FORMAT, digest(payload), payload)))
    run = zwgk(ledger, "status", *AS_OF, "--format", "json")
    assert run.stdout == expected and "缓存" in run.stderr


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_an_unwritable_cache_folder_is_a_warning(ledger: Path) -> None:
    (ledger / FOLDER).mkdir()
    (ledger / FOLDER).chmod(0o500)
    try:
        run = zwgk(ledger, "status", *AS_OF, "--format", "json")
        assert run.stdout == json_status(ledger, NO_CACHE) and "无法写入缓存" in run.stderr
    finally:
        (ledger / FOLDER).chmod(0o700)


def test_a_cache_that_cannot_be_written_is_a_warning(ledger: Path) -> None:
    """Portable version: a file stands where the cache folder should be."""
    write(ledger, FOLDER, "not a folder\n")
    run = zwgk(ledger, "status", *AS_OF, "--format", "json")
    assert run.exit_code == 0
    assert run.stdout == json_status(ledger, NO_CACHE)
    assert "缓存" in run.stderr and "不使用" in run.stderr


def test_files_that_are_gone_leave_the_cache(ledger: Path) -> None:
    json_status(ledger)
    (ledger / "data/progress/2018/hbj.yaml").unlink()
    json_status(ledger)
    cache = Cache(ledger)
    assert cache.get("data/progress/2018/hbj.yaml", b"anything") is None
    assert "data/progress/2018/hbj.yaml" not in (cache._load())


def test_the_cache_folder_ignores_itself(ledger: Path) -> None:
    json_status(ledger)
    assert (ledger / FOLDER / ".gitignore").read_text("utf-8") == "*\n"
    shutil.rmtree(ledger / FOLDER)
    assert json_status(ledger) == json_status(ledger, NO_CACHE)
