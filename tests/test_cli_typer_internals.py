"""typer's private API that zwgk relies on (zwgk/cli/typerinternals.py): still
there after a typer upgrade, or a failure that says what to update."""

from __future__ import annotations

import importlib
import sys
import types

import pytest
import typer
import typer.core
from typer._click import exceptions, formatting

from conftest import zwgk
from zwgk.cli import typerinternals

CHANGED = f"typer {typer.__version__} changed its private API: zwgk/cli/typerinternals.py needs"


def test_the_private_names_zwgk_uses_are_there() -> None:
    found = typerinternals.problems()
    assert not found, typerinternals.changed(found)


def test_a_missing_name_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(typer.core, "_")
    monkeypatch.delattr(exceptions, "NoArgsIsHelpError")
    found = typerinternals.problems()
    assert [line.partition(" (")[0] for line in found] == [
        "typer.core._ is missing",
        "typer._click.exceptions.NoArgsIsHelpError.__init__ is missing",
        "typer._click.exceptions.NoArgsIsHelpError.show is missing",
    ]
    message = typerinternals.changed(found)
    assert message.startswith(CHANGED) and "typer.core._ is missing" in message


def test_a_changed_signature_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def write_usage(self: object, prog: str, args: str = "") -> None:  # no prefix any more
        pass

    monkeypatch.setattr(formatting.HelpFormatter, "write_usage", write_usage)
    found = typerinternals.problems()
    assert found == ["typer._click.formatting.HelpFormatter.write_usage no longer takes prefix"]


def test_typer_no_longer_saying_its_words_through_gettext_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    says, quiet = types.ModuleType("says"), types.ModuleType("quiet")
    exec("class Group:\n    def help(self):\n        return _('Options')\n", vars(says))
    exec("class Group:\n    def help(self):\n        return 'Options'\n", vars(quiet))
    assert typerinternals._reads_gettext(says)
    assert not typerinternals._reads_gettext(quiet)
    monkeypatch.setattr(typer, "core", quiet)
    assert typerinternals.problems()[-1] == "typer.core no longer looks up `_` for its words"


def test_a_typer_without_its_private_click_fails_at_import_saying_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "typer._click.exceptions", None)
    monkeypatch.delitem(sys.modules, "zwgk.cli.typerinternals")
    with pytest.raises(ImportError, match="changed its private API") as failed:
        importlib.import_module("zwgk.cli.typerinternals")
    assert str(failed.value).startswith(CHANGED)


def test_the_words_of_typer_go_through_the_catalog() -> None:
    # typer's section titles, through route_gettext: "Options", "Commands".
    run = zwgk(None, "--help")
    assert "\n选项:\n" in run.stdout and "\n命令:\n" in run.stdout
