"""The 回执 workbook's contract (issue 16): what `zwgk notice --format xlsx`
writes and `zwgk collect` reads back. One home for the column keys, the
header words of both languages (a workbook written in Chinese may be
collected by an office running `--lang en`, and the other way round), the
hidden key and the answers a unit may choose. Layout and wording live in
outputs/receipt.py (writing) and tables/receipt.py (reading)."""

from __future__ import annotations

from typing import Final, Literal

FORMAT: Final = "zwgk-receipt 1"
"""The `format` value on the hidden `zwgk` sheet."""
META_SHEET: Final = "zwgk"
"""The hidden sheet holding format, as_of, plan, year and generated."""
KEY_HEADER: Final = "zwgk-key"
"""The header of the hidden key column, the same in every language."""
KEY_PREFIX: Final = "zwgk1"

Column = Literal[
    "no", "req", "text", "period", "due", "state", "answer", "date", "evidence", "note",
    "until", "key",
]  # fmt: skip

# (key, Chinese header, English header), in the order the sheet shows them.
COLUMNS: Final[tuple[tuple[Column, str, str], ...]] = (
    ("no", "序号", "No."),
    ("req", "要求编号", "Req."),
    ("text", "要求内容", "Requirement"),
    ("period", "周期", "Period"),
    ("due", "截止日期", "Due"),
    ("state", "当前状态", "Status"),
    ("answer", "完成情况", "Answer"),
    ("date", "完成日期", "Date"),
    ("evidence", "佐证（链接或文件名）", "Evidence (link or file name)"),
    ("note", "说明", "Note"),
    ("until", "延至", "Extend to"),
    ("key", KEY_HEADER, KEY_HEADER),
)
FILLED_BY_UNIT: Final[tuple[Column, ...]] = ("answer", "date", "evidence", "note", "until")
"""The columns a unit fills; every other column is locked."""

Answer = Literal["done", "progress", "exempt", "extend"]
# The drop-down's words (Chinese, English) and the entry status each records.
ANSWERS: Final[tuple[tuple[Answer, str, str], ...]] = (
    ("done", "已完成", "done"),
    ("progress", "推进中", "in progress"),
    ("exempt", "申请不适用", "request exemption"),
    ("extend", "申请延期", "request extension"),
)
# Further words a unit may type instead of choosing (read, never offered).
ANSWER_SYNONYMS: Final[dict[str, Answer]] = {
    "完成": "done",
    "进展": "progress",
    "不适用": "exempt",
    "延期": "extend",
}


def make_key(req: str, unit: str, period: str | None) -> str:
    """The hidden key of one row: `zwgk1|21.1|jtj|2018-Q3` (period empty when the
    obligation has none)."""
    return "|".join((KEY_PREFIX, req, unit, period or ""))


def read_key(text: str) -> tuple[str, str, str | None] | None:
    """(req, unit, period or None) from a key cell; None when it is not a key."""
    parts = text.strip().split("|")
    if len(parts) != 4 or parts[0] != KEY_PREFIX or not parts[1] or not parts[2]:
        return None
    return parts[1], parts[2], parts[3] or None
