"""The benchmark's own parts: the generated ledger is what clerks and `record`
write and reads clean; the target table fails the run on a miss. No timing."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from conftest import REPO, zwgk


def bench_module(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", REPO / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def git(root: Path, *args: str) -> bytes:
    env = {"GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root), "PATH": os.environ["PATH"]}
    return subprocess.run(["git", "-C", str(root), *args], env=env, capture_output=True,
                          check=True).stdout  # fmt: skip


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """2,000 entries (enough for every shape), then a second commit adding 10 %."""
    out = tmp_path_factory.mktemp("bench") / "city"
    home = out.parent / "home"
    home.mkdir()
    env = {"GIT_CONFIG_NOSYSTEM": "1", "HOME": str(home), "PATH": os.environ["PATH"],
           "PYTHONPATH": str(REPO)}  # fmt: skip
    cmd = [sys.executable, str(REPO / "bench/generate.py"), str(out), "--entries", "2000",
           "--git", "--revision-adds", "10"]  # fmt: skip
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    return out


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted((root / "data/progress").glob("*/*.yaml"))
    }


def entries(data: bytes) -> list[dict[str, Any]]:
    loaded = yaml.safe_load(data.decode("utf-8-sig"))
    assert isinstance(loaded, list)
    return loaded


def test_the_generated_ledger_validates_clean(city: Path) -> None:
    run = zwgk(city, "validate", "--as-of", "2026-01-01")
    assert run.exit_code == 0, run.output


def test_the_generated_ledger_holds_every_shape_clerks_and_record_write(city: Path) -> None:
    raw = files(city)
    text = "".join(data.decode("utf-8-sig").replace("\r\n", "\n") for data in raw.values())
    all_entries = [e for data in raw.values() for e in entries(data)]
    assert re.search(r"^  evidence: \[https://", text, re.MULTILINE), "flow list"
    assert re.search(r"^  evidence:\n  - https://", text, re.MULTILINE), "record's block list"
    assert re.search(r"^  evidence:\n    - https://", text, re.MULTILINE), "indented block"
    assert re.search(r"^  note: \|\n    \S+\n    \S+", text, re.MULTILINE), "| note"
    assert re.search(r"^- req: '\d+\.\d+'$", text, re.MULTILINE), "'21.1'"
    assert re.search(r'^- req: "\d+\.\d+"$', text, re.MULTILINE), '"21.1"'
    assert re.search(r"^  date: \S+  # ", text, re.MULTILINE), "a comment after a value"
    assert re.search(r"^# ", text, re.MULTILINE), "a comment line"
    assert any(b"\r\n" in data and not data.startswith(b"\xef\xbb\xbf") for data in raw.values())
    assert any(data.startswith(b"\xef\xbb\xbf") for data in raw.values()), "a BOM"
    crlf = [data for data in raw.values() if b"\r\n" in data]
    assert all(data.count(b"\n") == data.count(b"\r\n") for data in crlf), "CRLF throughout"
    statuses = {e["status"] for e in all_entries}
    assert {"done", "progress", "event", "extend", "exempt"} <= statuses
    assert any(e["status"] == "event" and e.get("event") for e in all_entries)
    extend = [e for e in all_entries if e["status"] == "extend"]
    assert extend and all(e.get("until") and e.get("approved_by") and e.get("note") for e in extend)
    exempt = [e for e in all_entries if e["status"] == "exempt"]
    assert exempt and all(e.get("approved_by") and e.get("note") for e in exempt)
    assert any("from" in e and "to" in e for e in all_entries), "a publicity window"


def test_the_second_commit_only_appends(city: Path) -> None:
    changed = git(city, "diff", "--name-status", "HEAD~1", "HEAD").decode().splitlines()
    assert changed and all(line.startswith("M\tdata/progress/") for line in changed)
    units = {line.rsplit("/", 1)[1] for line in changed}
    assert len(units) > 10, "spread over the units"
    added = 0
    for line in changed:
        path = line.split("\t", 1)[1]
        old, new = git(city, "show", f"HEAD~1:{path}"), git(city, "show", f"HEAD:{path}")
        assert new.startswith(old), path  # every byte there stays as it was
        assert entries(new)[: len(entries(old))] == entries(old)
        if b"\r\n" in old:
            tail = new[len(old) :]
            assert tail.count(b"\n") == tail.count(b"\r\n"), "the file's own line breaks"
        added += len(entries(new)) - len(entries(old))
    assert added == 200
    assert not git(city, "status", "--porcelain").strip()


def test_a_missed_target_is_marked_and_fails_the_run(capsys: pytest.CaptureFixture[str]) -> None:
    run = bench_module("run")
    assert run.judge(1.29, 1.3) is True
    assert run.judge(1.3, 1.3) is True
    assert run.judge(1.31, 1.3) is False
    assert run.judge(5.0, None) is None
    results = run.Results()
    results.add("startup", 1.2, "x", 1.3)
    results.add("shown only", 9.0, "x", None)
    assert results.exit_code() == 0
    results.add("warm status 100k / json.load", 2.4, "x", 2.0, "0.80 s / 0.33 s")
    assert results.exit_code() == 1
    assert [row.name for row in results.missed] == ["warm status 100k / json.load"]
    out = capsys.readouterr().out.splitlines()
    assert re.search(r"1\.20x\s+<= 1\.3x\s+ok", out[0])
    assert "MISSED" not in out[1] and "ok" not in out[1].split("9.00x")[1]
    assert re.search(r"2\.40x\s+<= 2x\s+MISSED\s+0\.80 s / 0\.33 s", out[2])
    table = results.markdown()
    assert "| warm status 100k / json.load (0.80 s / 0.33 s) | 2.40x | ≤ 2x | **MISSED** |" in table


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_peak_memory_counts_worker_processes_with_their_parent() -> None:
    """ru_maxrss names the largest process only: a parent and its worker
    holding 60 MB each at once are a run of more than 120 MB."""
    run = bench_module("run")
    touch = "for i in range(0, len(b), 4096): b[i] = 1"
    script = "\n".join([
        "import os, time",
        "pid = os.fork()",
        f"b = bytearray(60 << 20)\n{touch}\ntime.sleep(0.5)",
        "if pid == 0:\n    os._exit(0)",
        "os.waitpid(pid, 0)",
    ])  # fmt: skip
    _, peak, workers, _ = run.run_once(run.Cmd(argv=[sys.executable, "-c", script]))
    assert peak is not None and peak > 2 * 60
    assert workers  # and the figure says so
