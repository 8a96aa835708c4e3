"""typer's private API, in one place.

typer carries its own copy of click as `typer._click`, a private module:
its exceptions are what a usage error raises, and its help formatter is what
`helptext` lays out in the clerk's language. typer's own words ("Options",
"No such command") go through `typer.core._`, a private alias of gettext.
Nothing else in zwgk touches these names: when a typer upgrade moves one,
`tests/test_cli_typer_internals.py` fails and names it, and this module is
the one to update. `problems()` lists what no longer has the shape zwgk
relies on.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any

import typer
import typer.core


def changed(found: list[str]) -> str:
    """What to say when `problems()` found some: which typer, and what to update."""
    return (
        f"typer {typer.__version__} changed its private API: zwgk/cli/typerinternals.py "
        "needs updating (helptext uses what it provides):\n  " + "\n  ".join(found)
    )


try:
    from typer._click.exceptions import (
        BadParameter,
        ClickException,
        MissingParameter,
        NoArgsIsHelpError,
        NoSuchOption,
    )
except ImportError as exc:  # a typer without its private click: say what to update
    raise ImportError(changed([str(exc)])) from exc


__all__ = [
    "BadParameter",
    "ClickException",
    "MissingParameter",
    "NoArgsIsHelpError",
    "NoSuchOption",
    "changed",
    "problems",
    "route_gettext",
]


def route_gettext(gettext: Callable[[str], str]) -> None:
    """Have typer's own words (help sections, "No such command") go through
    `gettext` instead of the standard library's."""
    typer.core._ = gettext  # type: ignore[attr-defined,assignment]


# What zwgk relies on: a dotted name (module, then attributes), and the
# parameters its signature must accept (None: only that it exists).
_EXCEPTIONS = "typer._click.exceptions"
_REQUIRED: dict[str, tuple[str, ...] | None] = {
    "typer.core._": ("message",),
    f"{_EXCEPTIONS}.ClickException.format_message": ("self",),
    f"{_EXCEPTIONS}.ClickException.exit_code": None,
    f"{_EXCEPTIONS}.BadParameter.__init__": ("message", "ctx", "param", "param_hint"),
    f"{_EXCEPTIONS}.MissingParameter.__init__": ("message", "ctx", "param", "param_hint"),
    f"{_EXCEPTIONS}.NoSuchOption.__init__": ("option_name", "message", "possibilities", "ctx"),
    f"{_EXCEPTIONS}.NoArgsIsHelpError.__init__": ("ctx",),
    f"{_EXCEPTIONS}.NoArgsIsHelpError.show": ("self",),
    "typer._click.formatting.HelpFormatter.write_usage": ("prog", "args", "prefix"),
    "typer._click.core.Context.get_usage": ("self",),
    "typer._click.core.Parameter.get_error_hint": ("ctx",),
    "typer.core.TyperCommand.format_usage": ("ctx", "formatter"),
    "typer.core.TyperCommand.collect_usage_pieces": ("ctx",),
    "typer.core.TyperCommand.get_params": ("ctx",),
    "typer.core.TyperCommand.get_help_option": ("ctx",),
    "typer.core.TyperGroup.format_usage": ("ctx", "formatter"),
    "typer.core.TyperGroup.collect_usage_pieces": ("ctx",),
    "typer.core.TyperGroup.get_params": ("ctx",),
    "typer.core.TyperGroup.get_help_option": ("ctx",),
}


def problems() -> list[str]:
    """What zwgk needs from typer's private API and no longer finds as it
    expects, one line each; empty when all is as expected."""
    found = []
    for dotted, parameters in _REQUIRED.items():
        try:
            value = _resolve(dotted)
        except (ImportError, AttributeError) as exc:
            found.append(f"{dotted} is missing ({exc})")
            continue
        if parameters is None:
            continue
        try:
            accepted = inspect.signature(value).parameters
        except (TypeError, ValueError):
            found.append(f"{dotted} is no longer a function")
            continue
        lacking = [p for p in parameters if p not in accepted]
        if lacking:
            found.append(f"{dotted} no longer takes {', '.join(lacking)}")
    if not _reads_gettext(typer.core):
        found.append("typer.core no longer looks up `_` for its words")
    return found


def _reads_gettext(module: object) -> bool:
    """Whether some function of `module` looks its words up through the
    global `_` (so replacing `module._` changes what typer says)."""
    name = getattr(module, "__name__", "")
    functions = [f for f in vars(module).values() if inspect.isfunction(f)]
    for cls in vars(module).values():
        if isinstance(cls, type) and cls.__module__ == name:
            functions += [f for f in vars(cls).values() if inspect.isfunction(f)]
    return any("_" in f.__code__.co_names for f in functions if f.__module__ == name)


def _resolve(dotted: str) -> Any:
    """The object a dotted name names: the longest importable module, then attributes."""
    parts = dotted.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            value: Any = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:]:
            value = getattr(value, name)
        return value
    raise ImportError(f"no module in {dotted}")
