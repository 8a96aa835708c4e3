"""Text filters shared by the Jinja templates, the Word writer and the
spreadsheets: Markdown- and XML-safe text, links that cannot climb out of the
ledger or run script, percentages, signed changes, dates and status labels.
Each takes a value from a report and returns text; none reads anything else.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import quote, unquote

from zwgk.engine.obligations import Obligation
from zwgk.engine.status import row_state
from zwgk.i18n import t
from zwgk.model.chars import C0, lazy_pattern

_MD_SPECIAL = lazy_pattern(r"([\\`*_\[\]|#])")

# A forge turns `@name`, `@all` and `@org/team` into notifications wherever
# they stand in a comment's text, backslash-escaped or not; the full-width ＠
# reads the same, pings nobody, and a GBK console can show it.
_MENTION = "＠"


def md(value: Any) -> str:
    """Text safe inside Markdown, table cells included: `|` and markup escaped,
    `<` `>` `&` as entities (so `<script>` stays text), newlines folded,
    control characters shown as escapes, `@mentions` inert."""
    from zwgk.outputs.terminal import printable

    text = printable(" ".join(str(value).split()))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL().sub(r"\\\1", text).replace("@", _MENTION)


# XML 1.0 holds neither C0 controls (but tab and line ends) nor U+FFFE/U+FFFF.
_XML_ILLEGAL = lazy_pattern(f"[{C0}\ufffe\uffff]")


def xml_safe(value: Any) -> str:
    """Text that XML (docx, xlsx) can hold: control characters pasted into a
    note, such as a vertical tab from Word, are dropped."""
    return _XML_ILLEGAL().sub("", str(value))


_SAFE_SCHEMES = ("http://", "https://")


def href(value: Any, base: str = "") -> str | None:
    """A link target worth following: http(s) URLs, and paths of files kept in
    the ledger (made relative to where the output is written by `base`).
    `javascript:` and other schemes, and paths leaving the ledger, give None:
    shown as text, never linked."""
    text = str(value).strip()
    lowered = text.lower()
    if lowered.startswith(_SAFE_SCHEMES):
        return quote(text, safe=":/?#[]@!$&'*+,;=%~-._")
    path = text.replace("\\", "/")
    if ":" in path.split("/")[0] or path.startswith("/"):
        return None  # another scheme, a drive letter, or an absolute or network path
    if _climbs_out(path):
        return None  # ../../../etc/passwd: not a file kept in the ledger
    return quote(base + path, safe="/%~-._")


def _climbs_out(path: str) -> bool:
    """Does a ledger-relative path lead above the ledger? Browsers read `%2e%2e`
    as `..`, so the path is judged as they will resolve it."""
    depth = 0
    for piece in unquote(path).replace("\\", "/").split("/"):
        if piece == "..":
            depth -= 1
            if depth < 0:
                return True
        elif piece not in ("", "."):
            depth += 1
    return False


def md_link(value: Any, base: str = "") -> str:
    """Evidence as a Markdown link, or as escaped text when it is not linkable."""
    target = href(value, base)
    label = md(value)
    if target is None:
        return label
    target = target.replace("(", "%28").replace(")", "%29").replace("|", "%7C")
    return f"[{label}]({target})"


def pct(value: float | None) -> str:
    """0.6667 → 66.7%, 1.0 → 100%, None (nothing to count yet) → -."""
    from zwgk.engine.status import percent

    return percent(value)


def short(value: Any, width: int = 40) -> str:
    """The start of a long text, for tables where the full text would drown the
    rows (`zwgk show REQ` prints it whole)."""
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("±0" if value == 0 else f"−{-value}")


def iso(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "-"


def status_label(code: str) -> str:
    return t(f"status.{code}")


def state_words(ob: Obligation, day: dt.date) -> str:
    """What a row says of an obligation (`engine/status.row_state`): its
    status, or for a standing duty 有记录, 无记录 or 公示中（第 6/10 天）."""
    code = row_state(ob, day)
    if code == "on_display" and ob.on_display is not None:
        n, of = ob.on_display
        return t("status.on_display", n=n, of=of)
    return t(f"status.{code}")


def figure_label(code: str) -> str:
    """The label of a report figure (`Change.code`): the dated obligations'
    total or a status of theirs, or a state of the standing duties."""
    if code == "dated":
        return t("report.dated_total")
    if code == "on_display":
        return t("report.standing_figure", state=t("status.on_display_short"))
    if code in ("recorded", "unrecorded"):
        return t("report.standing_figure", state=t(f"status.{code}"))
    return status_label(code)


FILTERS = {
    "md": md,
    "md_link": md_link,
    "href": href,
    "pct": pct,
    "short": short,
    "signed": signed,
    "iso": iso,
    "status": status_label,
    "figure": figure_label,
}
