"""The one exception base. The CLI catches it in one place and prints it without
a traceback; anything else is a bug and keeps its traceback."""

from __future__ import annotations

EXIT_OK = 0
EXIT_DATA = 1  # the data has errors, or a check the user asked for matched
EXIT_USAGE = 2  # the command could not run
EXIT_INTERRUPTED = 130  # the clerk stopped it: Ctrl-C, or Ctrl-D at a question (128 + SIGINT)


class ZwgkError(Exception):
    """An error a user can act on: what went wrong, where, and how to fix it."""

    def __init__(
        self,
        message: str,
        *,
        hint: str = "",
        path: str | None = None,
        line: int | None = None,
        col: int | None = None,
        exit_code: int = EXIT_USAGE,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.path = path
        self.line = line
        self.col = col
        self.exit_code = exit_code

    def location(self) -> str:
        """`path:line:col` as far as it is known, or an empty string."""
        if self.path is None:
            return ""
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.col is not None:
                parts.append(str(self.col))
        return ":".join(parts)


def refused(message: str, hint: str = "") -> ZwgkError:
    """A request the data does not allow (an unknown unit, a period that is
    not an instance): refused with exit 1, nothing written."""
    return ZwgkError(message, hint=hint, exit_code=EXIT_DATA)


class YamlSyntaxError(Exception):
    """A ledger file cannot be parsed (yamlio raises it); `line`/`col` are 1-based."""

    def __init__(self, path: str, line: int, col: int, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.col = col
        self.message = message
