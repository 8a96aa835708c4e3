"""Words for the plain values every area shows: finding levels, unit kinds,
modes, entry statuses, obligation statuses, kinds of personal data, durations;
and (`common.*`) the few phrases several areas say alike."""

from __future__ import annotations

# key: (中文, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- general ---------------------------------------------------------
    "level.error": ("错误", "error"),
    "level.warning": ("警告", "warning"),
    "kind.department": ("县政府部门", "department"),
    "kind.town": ("镇（街道）", "town"),
    "kind.other": ("其他单位", "other"),
    "kind.group": ("单位组", "group"),
    "kind.vague": ("泛指（不具体）", "vague group"),
    "mode.joint": ("共同完成", "joint"),
    "mode.each": ("各自完成", "each"),
    # --- deadline rules -------------------------------------------------
    "duration.days": ("{n} 天", "{n} day(s)"),
    "duration.workdays": ("{n} 个工作日", "{n} working day(s)"),
    "duration.hours": ("{n} 小时", "{n} hour(s)"),
    # --- checks -----------------------------------------------------------
    "pii.id-number": ("居民身份证号码", "resident ID number"),
    "pii.mobile": ("手机号码", "mobile number"),
    "pii.bank-card": ("银行卡号", "bank card number"),
    # --- statuses --------------------------------------------------------
    "status.done": ("已完成", "done"),
    "status.late": ("逾期完成", "late"),
    "status.overdue": ("已逾期", "overdue"),
    "status.due_soon": ("即将到期", "due soon"),
    "status.open": ("未到期", "open"),
    "status.ongoing": ("持续推进", "ongoing"),
    "status.exempt": ("不适用", "exempt"),
    "status.heading": ("截至 {as_of}：共 {n} 项义务", "As of {as_of}: {n} obligations"),
    "status.plan_year": (
        "{year} 年计划（台账另有 {others} 年计划，用 --year 查看）",
        "the plan of {year} (the ledger also holds {others}: see them with --year)",
    ),
    "status.progress": (
        "完成进度 {bar} {done}/{total}（{percent}），按时完成率 {rate}",
        "Completed {bar} {done}/{total} ({percent}), on-time rate {rate}",
    ),
    "status.days_late": ("逾期 {n} 天", "{n} d late"),
    "status.days_left": ("剩 {n} 个工作日", "{n} workdays left"),
    # Working days not countable (a year the calendar does not know): calendar days.
    "status.days_left_calendar": ("剩 {n} 天", "{n} d left"),
    "status.due_moved": (
        "* 规定日期逢休息日，显示其前最后一个工作日",
        "* the due date is a day off: the last working day before it is shown",
    ),
    "status.due_today": ("今天到期", "due today"),
    # A due date on a day off (12-31): the last working day before it (12-29),
    # and a day after that one (12-30).
    "status.last_workday": ("今天是最后工作日", "last workday today"),
    "status.workday_passed": ("最后工作日已过", "last workday passed"),
    "status.due_on": ("到期 {due}", "due {due}"),
    "status.folded": ("{n}个单位（{name}）", "{n} units ({name})"),
    "status.folded_short": ("{n}个单位", "{n} units"),
    "status.fold_hint": (
        "同一要求、同一状态的多个单位、多期已合并为一行；用 --unit 单位 或 --all 展开",
        "units and periods of one requirement and status fold; --unit U or --all expands",
    ),
    "status.periods": ("共 {n} 期 {state}", "{state} ×{n}"),
    # A count of a summary line and what parts it from the next status:
    # "已逾期 27 即将到期 113", "overdue 27, due soon 113".
    "status.count_then": ("{n} ", "{n}, "),
    "status.dated": ("有期限 {n} 项：", "dated {n}: "),
    "status.standing": ("常态 {n} 项，本年：", "standing {n}, this year: "),
    "status.recorded": ("有记录", "reported"),
    "status.unrecorded": ("无记录", "not reported"),
    "status.on_display": ("公示中（第 {n}/{of} 天）", "on display (day {n} of {of})"),
    "status.on_display_short": ("公示中", "on display"),
    "status.nothing_urgent": (
        "没有已逾期或 {n} 个工作日内到期的义务。用 --all 查看全部。",
        "nothing overdue or due within {n} working days. --all shows everything.",
    ),
    # --- reports and notices ---------------------------------------------------
    "entry.done": ("已完成", "done"),
    "entry.progress": ("进行中", "in progress"),
    "entry.blocked": ("受阻", "blocked"),
    "entry.event": ("事件", "event"),
    "entry.exempt": ("不适用", "exempt"),
    "entry.extend": ("延期", "extended"),
    # --- said alike by several areas ------------------------------------
    "common.did_you_mean": ("是不是：{choices}？", "did you mean: {choices}?"),
    "common.cannot_write": ("无法写入 {path}：{error}", "cannot write {path}: {error}"),
    "common.list_sep": ("、", ", "),
}
