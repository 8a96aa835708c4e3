"""Shared test helpers: ledgers in tmp_path, built from text or copied from data/."""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from zwgk.cli.app import whole_app
from zwgk.i18n import set_lang

REPO = Path(__file__).resolve().parents[1]

# A test suite started in the background of a non-interactive shell (`pytest &`,
# some CI runners) inherits SIGINT ignored, and an ignored signal stays ignored
# across exec: the zwgk processes the terminal tests spawn would never see their
# Ctrl-C. Restore Python's own handler here, so children start with the default.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
APP = whole_app()
"""Every command, its help in the language the run starts in (as `zwgk` builds it)."""
SEED = REPO / "tests" / "fixtures" / "seed-2018-huantai.txt"

MINI_UNITS = """\
units:
  - {id: jtj, name: 县教体局, kind: department, aliases: [县教育体育局]}
  - {id: hbj, name: 县环保局, kind: department}
  - {id: suozhen, name: 索镇街道, kind: town}
groups:
  - {id: towns, name: 各镇（街道）, members: [suozhen]}
  - {id: departments, name: 县政府各部门, kind: department}
  - {id: relevant, name: 县政府各有关部门, vague: true}
"""

MINI_TASKS = """\
plan:
  title: 测试计划
  year: 2018
parts:
  - no: 一
    title: 第一部分
    sections:
      - no: （一）
        title: 小节
tasks:
  - no: 1
    title: 任务一
    part: 一
    section: （一）
    requirements:
      - id: "1.1"
        text: 要求一
        lead: [jtj]
        support: [relevant]
        mode: joint
        due:
          - after: 文件公布
            within: 3 workdays
"""


# What the caller's shell may set that changes what zwgk or rich prints: no
# test may pass or fail by it (a test that wants one sets it itself).
_CALLER_ENV = ("ZWGK_LANG", "ZWGK_ROOT", "NO_COLOR", "FORCE_COLOR", "CLICOLOR",
               "CLICOLOR_FORCE", "TERM", "COLUMNS", "LINES", "TTY_COMPATIBLE",
               "TTY_INTERACTIVE", "ZWGK_JOBS")  # fmt: skip


@pytest.fixture(autouse=True)
def sigint_kept() -> Iterator[None]:
    """zwgk ignores a second Ctrl-C once it is stopping: a test that stops it
    in-process (an abort at a prompt) would leave SIGINT ignored for every
    later test and every process they spawn. Give pytest its own back."""
    previous = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, previous)


@pytest.fixture(autouse=True)
def chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts in the default language and a plain environment,
    whatever the shell says."""
    for name in _CALLER_ENV:
        monkeypatch.delenv(name, raising=False)
    set_lang("zh")


@pytest.fixture(scope="session", autouse=True)
def session_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """For module-scoped fixtures, which run before `cache_dir`."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("ZWGK_CACHE_DIR", str(tmp_path_factory.mktemp("zwgk-cache-session")))
        yield


@pytest.fixture(autouse=True)
def cache_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test keeps its cache in a folder of its own, never the user's
    (~/.cache/zwgk): tests do not depend on HOME, nor on each other."""
    folder = tmp_path_factory.mktemp("zwgk-cache")
    monkeypatch.setenv("ZWGK_CACHE_DIR", str(folder))
    monkeypatch.delenv("ZWGK_NO_CACHE", raising=False)
    return folder


def write(root: Path, rel: str, text: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def edit(root: Path, rel: str, old: str, new: str) -> None:
    """Replace one exact piece of a copied file (the copy, never data/ itself)."""
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} should occur once in {rel}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A copy of the repository's ledger (data/), safe to mutate."""
    shutil.copytree(REPO / "data", tmp_path / "data")
    return tmp_path


@pytest.fixture
def mini(tmp_path: Path) -> Callable[..., Path]:
    """Build a small ledger from text: mini(tasks=..., units=..., progress={rel: text})."""

    def build(
        tasks: str = MINI_TASKS, units: str = MINI_UNITS, progress: dict[str, str] | None = None
    ) -> Path:
        write(tmp_path, "data/tasks.yaml", tasks)
        write(tmp_path, "data/units.yaml", units)
        for rel, text in (progress or {}).items():
            write(tmp_path, f"data/progress/{rel}", text)
        return tmp_path

    return build


def count_calls(
    monkeypatch: pytest.MonkeyPatch,
    owner: object,
    name: str,
    key: Callable[..., object] = lambda *args: "",
    counts: Counter[Any] | None = None,
) -> Counter[Any]:
    """Count the calls of `owner.name` (a module's function or a class's
    method) for the rest of the test, each under `key(*args)` (in `counts`
    when given): how a test shows that work is not done twice (files read,
    texts parsed), where a timing would only show noise. The calls still
    happen."""
    counts = Counter() if counts is None else counts
    real = getattr(owner, name)

    def counted(*args: Any, **kwargs: Any) -> Any:
        counts[key(*args)] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, counted)
    return counts


def line_of(path: Path, needle: str) -> int:
    """1-based number of the first line containing `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


class Run:
    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
        self.output = stdout + stderr


def zwgk(root: Path | None, *args: str, env: dict[str, str] | None = None) -> Run:
    """Run the CLI in-process; a traceback (uncaught exception) fails the test."""
    argv = (["--root", str(root)] if root is not None else []) + list(args)
    result = CliRunner().invoke(APP, argv, env=env)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


@contextlib.contextmanager
def reaped(run: subprocess.Popen[bytes]) -> Iterator[subprocess.Popen[bytes]]:
    """A process a test interrupts: killed and waited for if a step of the
    test fails before it ends, so none outlives the test."""
    try:
        yield run
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()


class Hang(Exception):
    """A command still running when `hang_guard` ran out."""


@contextlib.contextmanager
def hang_guard(seconds: int) -> Iterator[None]:
    """Fail instead of running for minutes (a guard against a hang, not a
    measure of speed: the bound is far above any normal run)."""

    def stop(signum: int, frame: object) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
