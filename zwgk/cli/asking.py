"""Asking a person at a terminal: a question asked until its answer can be
taken (`ask`), and the one yes-or-no every command asks with (`confirm`:
`record` before writing, `fix-encoding` before converting).

Ctrl-C or Ctrl-D at a question raise typer.Abort: the app's frame says 已取消
and exits 130."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import typer

from zwgk.cli.console import warn
from zwgk.cli.words import plain
from zwgk.i18n import t

T = TypeVar("T")


class BadAnswer(Exception):
    """An answer that cannot be taken: why, and what may have been meant.
    `cause`: the error the command line's value gets (its exit code kept)."""

    def __init__(self, message: str, hint: str = "", cause: Exception | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.cause = cause

    def __str__(self) -> str:
        return (
            t("record.warning", message=self.message, hint=self.hint) if self.hint else self.message
        )


def ask(question: str, check: Callable[[str], T], default: str = "") -> T:
    """Ask until `check` takes the answer; a bad one is told why first.
    Ctrl-C or Ctrl-D raise typer.Abort (the caller exits 130)."""
    while True:
        answer = typer.prompt(question, default=default, show_default=bool(default))
        try:
            return check(str(answer))
        except BadAnswer as exc:
            warn(str(exc))


def yes_no(text: str) -> bool | None:
    """是/否, y/n, yes/no; None for anything else (asked again)."""
    answer = plain(text)
    if answer in {"y", "yes", "是", "是的", "确认", "好", "对"}:
        return True
    if answer in {"n", "no", "否", "不", "不是", "取消"}:
        return False
    return None


def confirm(question: str, default: bool | None) -> bool:
    """A yes or no; with no `default`, Enter asks again: it must be said."""
    shown = t("prompt.yes_no_default_no") if default is False else t("prompt.yes_no")

    def check(text: str) -> bool:
        if not text.strip() and default is not None:
            return default
        answer = yes_no(text)
        if answer is None:
            raise BadAnswer(t("prompt.say_yes_or_no"))
        return answer

    return ask(f"{question}{shown}", check)
