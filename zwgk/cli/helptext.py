"""The command-line machinery in the clerk's language.

typer and the click it carries print their own words: "Usage:", "Options",
"Show this message and exit.", "Error: No such option", "Missing argument".
Our command classes lay those parts out with zwgk's catalog instead, and usage
errors are shown in the current language (typer's own gettext strings go
through the same catalog). Everything zwgk itself says already comes from
`zwgk.i18n`; this module only covers what the framework would otherwise say.
typer's private names it needs come from `typerinternals`, and only from there.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

import typer.core

from zwgk.cli.typerinternals import (
    BadParameter,
    ClickException,
    MissingParameter,
    NoSuchOption,
    route_gettext,
)
from zwgk.i18n import current_lang, t
from zwgk.model.chars import lazy_pattern

# typer's own gettext strings (help sections, defaults, "No such command").
_GETTEXT = {
    "Arguments": "help.section_arguments",
    "Options": "help.section_options",
    "Commands": "help.section_commands",
    "required": "help.required",
    "default: {default}": "help.default",
    "env var: {var}": "help.env_var",
    "(dynamic)": "help.dynamic",
    "Missing command.": "cli.missing_command",
    "No such command {name!r}.": "cli.no_such_command",
    "Aborted!": "cli.aborted",
}


def gettext(message: str) -> str:
    """typer.core's `_`: our catalog for what we know, else the original."""
    key = _GETTEXT.get(message)
    if key is None or current_lang() == "en":
        return message
    return t(key).replace("{{", "{").replace("}}", "}")


# click's error texts, recognised by shape, said again in the catalog's words.
_PATTERNS: list[tuple[Callable[[], re.Pattern[str]], str]] = [
    (lazy_pattern(r"No such option: (?P<option>\S+)"), "cli.err_no_such_option"),
    (lazy_pattern(r"Option '(?P<option>[^']+)' requires an argument\."), "cli.err_needs_value"),
    (lazy_pattern(r"Option '(?P<option>[^']+)' does not take a value\."), "cli.err_no_value"),
    (lazy_pattern(r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)"), "cli.err_extra"),
    (lazy_pattern(r"'(?P<value>.*)' is not one of (?P<choices>.+)\."), "cli.err_choice"),
    (lazy_pattern(r"'(?P<value>.*)' is not a valid int(?:eger)?(?: range)?\."), "cli.err_integer"),
    (lazy_pattern(r"(?P<value>\S+) is not in the range (?P<range>.+)\."), "cli.err_range"),
]


def _said_again(message: str) -> str:
    for pattern, key in _PATTERNS:
        match = pattern().fullmatch(message.strip())
        if match is not None:
            return t(key, **match.groupdict())
    return message


def error_text(exc: ClickException) -> str:
    """The error line of a usage error, in the current language."""
    if current_lang() == "en":
        return exc.format_message()
    if isinstance(exc, MissingParameter):
        return t("cli.err_missing", name=_param_name(exc) or "")
    if isinstance(exc, NoSuchOption):
        text = t("cli.err_no_such_option", option=exc.option_name)
        if exc.possibilities:
            text += t("cli.err_did_you_mean", options=", ".join(sorted(exc.possibilities)))
        return text
    if isinstance(exc, BadParameter):
        hint = _param_name(exc)
        message = _said_again(exc.message)
        return t("cli.err_bad_value", name=hint, message=message) if hint else message
    return _said_again(exc.format_message())


def _param_name(exc: Any) -> str | None:
    """How a usage error names its parameter (`--on`, `DATE`)."""
    hint = exc.param_hint
    if hint is None and exc.param is not None:
        hint = exc.param.get_error_hint(exc.ctx)
    if isinstance(hint, list | tuple):
        hint = " / ".join(str(h) for h in hint)
    return hint if hint is None else str(hint)


def show_usage_error(exc: ClickException) -> None:
    """What click's `show` prints, in the current language."""
    ctx = getattr(exc, "ctx", None)
    lines = []
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(
                t("cli.try_help", command=ctx.command_path, option=ctx.help_option_names[0])
            )
    lines.append(t("cli.error_prefix") + error_text(exc))
    print("\n".join(lines), file=sys.stderr)


class _Localised:
    """Help laid out with the catalog's words (mixed into command and group)."""

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("cli.usage"))

    def get_params(self, ctx: Any) -> Any:
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:  # typer's completion options, on the app
            key = {"install_completion": "help.opt_install_completion",
                   "show_completion": "help.opt_show_completion"}.get(param.name or "")  # fmt: skip
            if key is not None:
                param.help = t(key)
        return params

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("help.opt_help")
        return option


class Command(_Localised, typer.core.TyperCommand):
    """Every zwgk command."""


class Group(_Localised, typer.core.TyperGroup):
    """A group of zwgk commands (the app, `calendar`, `units`)."""


def install() -> None:
    """Route typer's own gettext strings through the catalog."""
    route_gettext(gettext)
