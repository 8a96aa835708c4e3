"""Nothing lost: concurrent writers and writers killed mid-run (a short run of
scripts/stress_record.py; the full one's figures are in the README)."""

from __future__ import annotations

import importlib.util
import random
import signal
from pathlib import Path
from types import ModuleType

import pytest

from conftest import REPO


def stress() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stress", REPO / "scripts/stress_record.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    s = stress()
    result = s.concurrent(s.fresh_ledger(tmp_path), writers=4, each=4)
    assert result["entries"] == 16 and result["failed_commands"] == 0
    assert result["validate_exit"] == 0 and result["ok"]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writers_leave_whole_entries(tmp_path: Path) -> None:
    s = stress()
    result = s.kills(s.fresh_ledger(tmp_path), 8, random.Random(7))
    assert result["ok"] and result["validate_exit"] == 0
    assert result["entries"] >= result["finished_before_kill"] + 1  # + the probe
