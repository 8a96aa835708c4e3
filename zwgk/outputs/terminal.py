"""Ledger text made inert before it reaches a terminal.

Notes, names and commit messages come from other people. Printed raw, an
escape sequence in a note could recolour the screen, rewrite the window title,
hide the lines above it (ESC, OSC, CSI, carriage return) or reorder what the
clerk reads (bidi overrides). One function, `printable`, shows such characters
as visible escapes (`\\x1b`, `\\u202e`); every console zwgk prints through
applies it to all text, and the Markdown and JSON outputs apply it too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from rich.console import Console
from rich.segment import Segment

from zwgk.model.chars import BIDI, C0, C1, CR, DEL

# C0 controls but tab, newline and the CR of a CRLF line end (CSV, iCalendar),
# DEL, C1 controls (0x9b is a one-byte CSI), and the bidi marks, embeddings,
# overrides and isolates of "Trojan Source".
_UNSAFE = re.compile(f"[{C0}{DEL}{C1}{BIDI}]|{CR}(?!\n)")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """`text` with every control character shown as a visible escape: what a
    terminal (or a review comment) receives can only be read, never obeyed."""
    return _UNSAFE.sub(_escape, text)


def json_printable(text: str) -> str:
    """JSON text (from `json.dumps(..., ensure_ascii=False)`, which already
    escapes C0 controls) with the remaining control characters escaped the
    JSON way (`\\u009b`): the same document, inert on a terminal."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class InertConsole(Console):
    """A rich console that passes all the text it prints through `printable`;
    rich's own styling and cursor codes are separate segments and still work."""

    def render(self, renderable: Any, options: Any = None) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control or not _UNSAFE.search(segment.text):
                yield segment
            else:
                yield Segment(printable(segment.text), segment.style)
