"""The app's frame (zwgk/cli/app.py): a run builds and imports only the
command it runs; help, mistakes and completion get an app that knows every
command and builds one only when it is looked up."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from typing import Any

import pytest

from conftest import REPO
from zwgk.cli.app import COMMANDS, app_for, listing_app

PROBE = """\
import sys
from zwgk.cli.app import main
sys.argv = ["zwgk", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(sorted(m for m in sys.modules if m.startswith("zwgk.cli.commands.")), file=sys.stderr)
"""


def imported_commands(*args: str) -> list[str]:
    run = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                         text=True, cwd=REPO, check=False)  # fmt: skip
    found: list[str] = ast.literal_eval(run.stderr.strip().splitlines()[-1])
    return found


def test_a_run_imports_only_the_module_of_its_command() -> None:
    assert imported_commands("--root", str(REPO), "status", "--as-of", "2018-10-14") == [
        "zwgk.cli.commands.status"
    ]
    assert imported_commands("calendar", "add", "2018-09-28", "3") == ["zwgk.cli.commands.calendar"]


@pytest.mark.parametrize("args", [["--help"], ["stauts"], [], ["--version"]],
                         ids=["help", "mistake", "none", "version"])  # fmt: skip
def test_help_and_mistakes_import_no_command(args: list[str]) -> None:
    """The command list comes from the catalog (issue 17: `zwgk --help` was
    importing and building all seventeen commands)."""
    assert imported_commands(*args) == []


EAGER_OR_LAZY = """import os, sys
from zwgk.cli.app import main, whole_app
sys.argv = ["zwgk", *sys.argv[2:]]
whole_app()(prog_name="zwgk") if os.environ["HOW"] == "eager" else main()
"""


@pytest.mark.parametrize(
    "args",
    [["--help"], ["--lang", "en", "--help"], [], ["--lang=en"], ["stauts"],
     ["--lang", "en", "recrd"], ["-h", "status"], ["--version"]],
)  # fmt: skip
def test_the_listing_app_says_what_the_whole_app_says(args: list[str]) -> None:
    """Help, mistakes (with their "did you mean") and the version, byte for
    byte as when every command is built."""
    said = {}
    for how in ("eager", "lazy"):
        run = subprocess.run([sys.executable, "-c", EAGER_OR_LAZY, "-", *args], capture_output=True,
                             cwd=REPO, env={**os.environ, "HOW": how}, check=False)  # fmt: skip
        said[how] = (run.returncode, run.stdout, run.stderr)
    assert said["lazy"] == said["eager"]
    assert said["lazy"][1] or said["lazy"][2]


@pytest.mark.skipif(os.name != "posix", reason="bash completion protocol")
@pytest.mark.parametrize(
    ("shell", "words", "cword"),
    [("complete_bash", "zwgk ", "1"), ("complete_zsh", "zwgk ", "1"),
     ("complete_zsh", "zwgk c", "1"), ("complete_bash", "zwgk units ", "2"),
     ("complete_bash", "zwgk status --part ", "3")],
)  # fmt: skip
def test_completion_is_what_the_whole_app_completes(shell: str, words: str, cword: str) -> None:
    said = {}
    for how in ("eager", "lazy"):
        env = {**os.environ, "HOW": how, "_ZWGK_COMPLETE": shell, "COMP_WORDS": words,
               "COMP_CWORD": cword, "ZWGK_ROOT": str(REPO)}  # fmt: skip
        run = subprocess.run([sys.executable, "-c", EAGER_OR_LAZY, "-"], capture_output=True,
                             cwd=REPO, env=env, check=False)  # fmt: skip
        said[how] = (run.returncode, run.stdout, run.stderr)
    assert said["lazy"] == said["eager"]
    if words == "zwgk ":  # every command the clerk runs, and not merge-driver
        listed = [c for c in COMMANDS if c != "merge-driver"]
        assert all(name.encode() in said["lazy"][1] for name in listed)
        assert b"merge-driver" not in said["lazy"][1]


def test_the_app_for_a_command_has_that_command_alone() -> None:
    small = app_for(["--root", ".", "--lang=zh", "units", "rename", "--help"])
    assert [g.name for g in small.registered_groups] == ["units"]
    assert small.registered_commands == []
    small = app_for(["import", "table.xlsx"])
    assert [c.name for c in small.registered_commands] == ["import"]
    assert app_for(["--version"]) is listing_app()


STARTUP_PROBE = """\
import atexit, gc, sys
# Registered before main, so it runs after what main registers (last in, first out).
atexit.register(lambda: print("frozen", gc.get_freeze_count() > 0, file=sys.stderr))
from zwgk.cli.app import main
sys.argv = ["zwgk", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print(sorted(sys.modules), file=sys.stderr)
"""

HEAVY = ("yaml", "dateutil", "jinja2", "markupsafe", "openpyxl", "docx", "lxml", "icalendar",
         "rich.table", "zwgk.review", "zwgk.tables")  # fmt: skip
"""What a warm `zwgk status` on the shipped ledger has no use for: the YAML
parser (the cache has every file), the template, workbook, Word and calendar
writers, rich's tables (the status table is laid out directly), git review
and the table importers."""


def startup_probe(*args: str) -> tuple[list[str], str]:
    run = subprocess.run([sys.executable, "-c", STARTUP_PROBE, *args], capture_output=True,
                         text=True, cwd=REPO, check=False)  # fmt: skip
    *_, modules, frozen = run.stderr.strip().splitlines()
    found: list[str] = ast.literal_eval(modules)
    return found, frozen


def test_a_warm_status_on_the_shipped_ledger_imports_nothing_heavy() -> None:
    startup_probe(*STATUS)  # fills the cache (ZWGK_CACHE_DIR: the test's own folder)
    modules, _ = startup_probe(*STATUS)
    assert "zwgk.engine.obligations" in modules  # it did run
    assert [m for m in modules if m.startswith(HEAVY)] == []


STATUS = ["--root", str(REPO), "status", "--as-of", "2018-10-14"]


@pytest.mark.parametrize("args", [["--help"], STATUS], ids=["help", "status"])
def test_the_shutdown_does_not_collect_the_run_s_objects(args: list[str]) -> None:
    """Python's last collection walks every object a run made and imported;
    zwgk freezes them first (nothing of its needs a finalizer in a cycle)."""
    _, frozen = startup_probe(*args)
    assert frozen == "frozen True"


@pytest.mark.parametrize("name", ["status", "validate"])
def test_what_typer_reads_to_build_a_command_is_evaluated_once(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """typer reads the annotations of the command, the global options and
    every completion function on every run: as strings (`from __future__
    import annotations`) each is compiled and evaluated again."""
    import typer.main
    import typer.utils

    read: list[Any] = []
    real = typer.utils.get_params_from_function

    def reading(func: Any) -> Any:
        read.append(func)
        return real(func)

    monkeypatch.setattr("typer.main.get_params_from_function", reading)
    typer.main.get_command(app_for([name]))
    assert name in {f.__name__ for f in read}
    strings = {f.__qualname__: a for f in read for a in f.__annotations__.values()
               if isinstance(a, str)}  # fmt: skip
    assert strings == {}


COMPILE_PROBE = """\
import re, sys, typing
LOADED = {"zwgk.model.chars", "zwgk.model.dates", "zwgk.model.plan", "zwgk.cli.helptext",
          "zwgk.cli.options", "zwgk.outputs.text"}
made = []
def caller():
    frame = sys._getframe(2)
    while frame.f_globals.get("__name__", "").split(".")[0] in ("re", "typing", "collections"):
        frame = frame.f_back
    return frame.f_globals.get("__name__")
real_compile = re._compile
def compiling(pattern, flags):
    if caller() in LOADED:
        made.append(("re", caller(), str(pattern)))
    return real_compile(pattern, flags)
re._compile = compiling
real_ref = typing.ForwardRef.__init__
def forward(self, arg, *args, **kwargs):
    if caller() in LOADED:
        made.append(("annotation", caller(), arg))
    real_ref(self, arg, *args, **kwargs)
typing.ForwardRef.__init__ = forward
for name in sorted(LOADED):
    __import__(name)
print(made)
"""


def test_loading_the_modules_every_command_needs_compiles_nothing() -> None:
    """What `zwgk status` loads compiles no regular expression when it loads
    (each is compiled when first used: status parses no date, duration or error
    message) and makes no NamedTuple field's annotation a ForwardRef (which
    compiles it); together about 5 ms of every start."""
    run = subprocess.run([sys.executable, "-c", COMPILE_PROBE], capture_output=True, text=True,
                         cwd=REPO, check=True)  # fmt: skip
    assert ast.literal_eval(run.stdout.strip()) == []
