"""The engine's messages: the working-day calendar and deadline arithmetic."""

from __future__ import annotations

# key: (中文, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- calendar ---------------------------------------------------------
    "deadlines.beyond_dates": (
        "{day} 之后{duration}的期限超出了日期的上限 9999-12-31",
        "{duration} after {day} is past the last possible date, 9999-12-31",
    ),
    "deadlines.beyond_dates_hint": (
        "检查日期 {day} 是否写错",
        "check the date {day} for a typo",
    ),
    "calendar.unknown_year": (
        "不知道 {year} 年的节假日安排，无法计算工作日",
        "the holiday schedule of {year} is not known: working days cannot be counted",
    ),
    "calendar.unknown_year_hint": (
        "国务院办公厅每年 11 月前后公布次年安排：在 {path} 中按 README 的格式写入 {year} 年的 holidays、workdays 和 source，或升级 chinesecalendar",
        "the State Council publishes next year's schedule around November: add {year} with holidays, workdays and source to {path} (format in the README), or upgrade chinesecalendar",
    ),
    "calendar.bad_year": ("{year} 不是年份", "{year} is not a year"),
    "calendar.format_hint": (
        "每个年份一项，如 2027: {{holidays: [...], workdays: [...], source: ...}}",
        "one item per year, e.g. 2027: {{holidays: [...], workdays: [...], source: ...}}",
    ),
    "calendar.wrong_year": ("{day} 不在 {year} 年", "{day} is not in {year}"),
    "calendar.workday_not_weekend": (
        "{day} 本来就是工作日，不必列为调休上班日",
        "{day} is a weekday anyway: it need not be listed as a make-up workday",
    ),
    "calendar.both": (
        "{day} 同时列为假日和调休上班日",
        "{day} is listed both as a holiday and as a make-up workday",
    ),
    "calendar.title": ("{year} 年 {month} 月", "{year}-{month:02d}"),
    "calendar.legend": (
        "休 = 法定节假日，班 = 调休上班日，灰色 = 周末；来源：{source}",
        "H = statutory holiday, W = make-up workday, dim = weekend; source: {source}",
    ),
    "calendar.holiday_mark": ("休", "H"),
    "calendar.makeup_mark": ("班", "W"),
}
