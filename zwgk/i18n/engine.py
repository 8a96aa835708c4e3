"""The engine's messages: deadline arithmetic."""

from __future__ import annotations

# key: (中文, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- deadlines --------------------------------------------------------
    "deadlines.beyond_dates": (
        "{day} 之后{duration}的期限超出了日期的上限 9999-12-31",
        "{duration} after {day} is past the last possible date, 9999-12-31",
    ),
    "deadlines.beyond_dates_hint": (
        "检查日期 {day} 是否写错",
        "check the date {day} for a typo",
    ),
}
