"""The findings of `zwgk validate`'s checks, and the words for a due date
past the last possible date (`checks.entries.beyond_dates_error`)."""

from __future__ import annotations

# key: (中文, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- checks -----------------------------------------------------------
    "check.plan_year": (
        "计划文件名是 {named} 年，但其中 plan: 写的是 year: {year}、start: {start}",
        "the plan file is named for {named}, but its plan: says year: {year}, start: {start}",
    ),
    "check.plan_year_hint": (
        "一个年度计划放在以其年份命名的文件中：改正 plan: 的 year/start/end，或把文件改名",
        "each year's plan lives in the file named for its year: correct plan:'s year/start/end, or rename the file",
    ),
    "check.later_year_instance": (
        '要求 "{req}" 的期次 {period} 以下一年开头：台账有多个年度计划时，该年日期的记录计入下一年的计划，不能补记这一期',
        'requirement "{req}" has instance {period}, which begins with a later year: in a ledger of several years an entry dated then counts for the later plan and cannot close it',
    ),
    "check.later_year_instance_hint": (
        "把期限定在 {year} 年内；或在 {year} 年内完成并记录",
        "keep the deadline within {year}; or record it done within {year}",
    ),
    "check.duplicate_task": (
        "任务编号 {no} 重复（第 {line} 行已有）",
        "task number {no} is repeated (first at line {line})",
    ),
    "check.duplicate_task_hint": ("每项任务的 no 必须唯一", "each task needs its own no"),
    "check.duplicate_req": (
        '要求编号 "{id}" 重复（第 {line} 行已有）',
        'requirement id "{id}" is repeated (first at line {line})',
    ),
    "check.duplicate_req_hint": (
        "给这条要求一个新的编号，如 任务号.序号",
        "give this requirement a new id, task.number",
    ),
    "check.req_prefix": (
        '要求 "{id}" 不在任务 {task} 的编号下',
        'requirement "{id}" is not numbered under task {task}',
    ),
    "check.req_prefix_hint": ('编号应以 "{task}." 开头', 'the id should start with "{task}."'),
    "check.unknown_part": (
        "任务 {no} 所属的部分 {part} 不存在",
        "task {no} belongs to part {part}, which does not exist",
    ),
    "check.unknown_part_hint": ("已有的部分：{parts}", "parts that exist: {parts}"),
    "check.unknown_section": (
        "任务 {no} 所属的小节 {part}{section} 不存在",
        "task {no} belongs to section {part}{section}, which does not exist",
    ),
    "check.unknown_section_hint": ("该部分的小节：{sections}", "sections of that part: {sections}"),
    "check.no_sections": ("（无小节，删去 section: 一行）", "(none: remove the section: line)"),
    "check.no_lead": ('要求 "{id}" 没有牵头单位', 'requirement "{id}" has no lead unit'),
    "check.no_lead_hint": (
        "在 lead: 下填写 units.yaml 中的单位编号，如 lead: [jtj]",
        "name units from units.yaml under lead:, e.g. lead: [jtj]",
    ),
    "check.unknown_unit": (
        '要求 "{id}" 引用了未定义的单位“{ref}”',
        'requirement "{id}" names an undefined unit “{ref}”',
    ),
    "check.use_id": (
        "“{ref}”是单位 {id} 的名称，请写编号 {id}",
        "“{ref}” is the name of {id}; write the id {id}",
    ),
    "check.define_unit": ("在 data/units.yaml 中定义该单位", "define the unit in data/units.yaml"),
    "check.vague_lead": (
        '要求 "{id}" 的牵头单位都是泛指，没有具体单位负责',
        'requirement "{id}" is led only by vague groups: nobody answers for it',
    ),
    "check.vague_lead_hint": ("至少写明一个具体的牵头单位", "name at least one specific lead unit"),
    "check.empty_group": ("单位组 {id} 没有成员", "group {id} has no members"),
    "check.empty_group_hint": (
        "列出 members:，或用 kind: 按类型选取；确实泛指时写 vague: true",
        "list members:, select by kind:, or mark it vague: true",
    ),
    "check.unknown_member": (
        "单位组 {id} 的成员 {member} 未定义",
        "group {id} lists {member}, which is not defined",
    ),
    "check.progress_unknown_unit": (
        "进展文件的单位 {unit} 在 units.yaml 中未定义",
        "progress file of unit {unit}, which units.yaml does not define",
    ),
    "check.unknown_req_hint": (
        '用 zwgk show 任务号 查看要求编号（带引号，如 "21.1"）',
        'see requirement ids with zwgk show TASK (quoted, e.g. "21.1")',
    ),
    "check.not_responsible": (
        '{unit} 不是要求 "{req}" 的责任单位',
        '{unit} is not responsible for requirement "{req}"',
    ),
    "check.not_responsible_hint": ("该要求的牵头单位：{leads}", "its lead units: {leads}"),
    "check.event_without_name": (
        "状态为 event 的记录缺少事件名称",
        "an event entry needs an event name",
    ),
    "check.event_without_name_hint": (
        "加上 event: 事件名称，如 event: 文件公布",
        "add event: NAME, e.g. event: 文件公布",
    ),
    "check.unknown_event": (
        '要求 "{req}" 没有名为“{event}”的事件',
        'requirement "{req}" has no event “{event}”',
    ),
    "check.known_events": ("该要求的事件：{events}", "its events: {events}"),
    "check.no_events": (
        '要求 "{req}" 没有 after: 规则，不接受事件',
        'requirement "{req}" has no after: rule and takes no events',
    ),
    "check.extend_without_until": ("延期记录缺少 until（延至哪天）", "an extend entry needs until"),
    "check.extend_without_until_hint": ("加上 until: YYYY-MM-DD", "add until: YYYY-MM-DD"),
    "check.until_not_extend": (
        "until（延至）只用于延期记录，这条是{status}",
        "until is for extend entries only; this one is {status}",
    ),
    "check.until_not_extend_hint": (
        "删去 until:，或把 status 改为 extend",
        "remove until:, or make the status extend",
    ),
    "check.until_not_after": (
        "延期日 {until} 不晚于记录日期 {date}",
        "until ({until}) is not after the entry date ({date})",
    ),
    "check.until_not_after_hint": (
        "until: 填延至哪天，应晚于 date:",
        "until: is the day the due date moves to, after date:",
    ),
    "check.window_reversed": (
        "公示期结束日 {end} 早于开始日 {start}",
        "the window ends ({end}) before it starts ({start})",
    ),
    "check.window_reversed_hint": (
        "检查 from: 和 to: 是否写反",
        "check whether from: and to: are swapped",
    ),
    "check.to_without_from": ("有 to: 却没有 from:", "to: without from:"),
    "check.to_without_from_hint": (
        "加上公示开始日 from: YYYY-MM-DD",
        "add the start of the window, from: YYYY-MM-DD",
    ),
    "check.pii": (
        "{field} 中有{kind}（{masked}），公开前须去标识化",
        "{field} holds a {kind} ({masked}): de-identify it before it is published",
    ),
    "check.pii_hint": (
        "删去或遮盖该号码（如 370321********1234）；确属必要时在该记录加 pii_ok: 说明原因",
        "remove or mask the number (e.g. 370321********1234); if it is deliberate, add pii_ok: with the reason to the entry",
    ),
    "check.pii_plan_hint": (
        "计划文本不应含个人信息：删去或遮盖该号码",
        "a plan text should hold no personal data: remove or mask the number",
    ),
    "check.invisible": (
        "“{text}”含看不见的控制字符：看起来与别的名称或编号相同，实际并不相同",
        "“{text}” holds an invisible control character: it looks like another name or id but is not",
    ),
    "check.invisible_hint": (
        "删去 <U+…> 处的字符（零宽字符、双向文字控制符，多由复制粘贴带入），重新输入该名称或编号",
        "delete the characters shown as <U+…> (zero-width or bidi controls, usually pasted in) "
        "and type the name or id again",
    ),
    "check.by_before_plan": (
        '要求 "{req}" 的期限 {date} 早于计划开始日 {start}',
        'requirement "{req}" is due {date}, before the plan starts ({start})',
    ),
    "check.by_before_effective": (
        '要求 "{req}" 的期限 {date} 早于计划生效日 {effective}：该要求不算义务，会从状态中消失',
        'requirement "{req}" is due {date}, before the plan took effect ({effective}): '
        "it is no obligation and would vanish from status",
    ),
    "check.by_before_effective_hint": (
        "改正期限日期，或检查 plan: 的 effective 是否写错",
        "fix the date, or check the plan's effective date for a typo",
    ),
    "check.rule_no_instance": (
        '要求 "{req}" 的这条期限规则在计划期内没有任何到期日，该要求会从状态中消失',
        'this deadline rule of requirement "{req}" gives no due date within the plan period: the requirement would vanish from status',
    ),
    "check.rule_outside_plan_hint": (
        "计划期为 {start} 至 {end}：改正日期或规则，或调整 plan: 的 start/end",
        "the plan runs {start} to {end}: fix the date or rule, or the plan's start/end",
    ),
    "check.extension_not_later": (
        "延期至 {until} 不晚于当前的期限 {due}：这条延期不推迟任何期限",
        "the extension to {until} is not after the current due date, {due}: it moves nothing",
    ),
    "check.extension_not_later_period": (
        "延期至 {until} 不晚于 {period} 期当前的期限 {due}：这条延期不推迟任何期限",
        "the extension to {until} is not after the current due date of {period}, {due}: it moves nothing",
    ),
    "check.extension_not_later_hint": (
        "until: 填延至哪天，应晚于当前的期限；已按期完成的，记为 done",
        "until: is the day the due date moves to, after the current one; if the work is done, record done",
    ),
    "check.wrong_year": (
        "记录日期 {date} 不属于文件夹 {folder} 年",
        "entry dated {date} is filed under {folder}",
    ),
    "check.wrong_year_hint": (
        "移到 data/progress/{year}/{unit}.yaml",
        "move it to data/progress/{year}/{unit}.yaml",
    ),
    # --- record -----------------------------------------------------------
    "check.no_periods": (
        "该要求没有按周期的期限，删去 period:",
        "it has no periodic deadline: remove period:",
    ),
    "check.short_window": (
        '要求 "{req}" 要求公示不少于 {need} 天，这条记录的公示期只有 {days} 天，不计为完成',
        'requirement "{req}" needs {need} days on display; this window is {days} days and does not count',
    ),
    "check.short_window_hint": (
        "按实际公示起止日填写 from: 和 to:；公示期满后再记为 done",
        "give the real from: and to: of the display; record done once the period is met",
    ),
    "check.long_term_window": (
        '要求 "{req}" 要求长期公示：记录需有 from: 且没有 to:',
        'requirement "{req}" needs long-term display: give from: and no to:',
    ),
    "check.more_of_kind": (
        "本文件另有 {n} 处同类问题（{code}）未逐一列出",
        "{n} more problems of this kind ({code}) in this file are not listed",
    ),
    "check.more_of_kind_hint": (
        "先修正上面列出的问题，再运行 zwgk validate",
        "fix the ones listed above, then run zwgk validate again",
    ),
    # --- approvals and dates of entries (issue 14) ----------------------------
    "check.missing_approval": (
        "{status}记录缺少 approved_by（批准人）和 note（理由）",
        "an entry marked {status} needs approved_by (who approved it) and a note (the reason)",
    ),
    "check.missing_approval_hint": (
        "加上 approved_by: 批准单位或批准人 和 note: 理由",
        "add approved_by: the approving office or person, and note: the reason",
    ),
    "check.missing_approver": (
        "{status}记录缺少 approved_by（批准人）",
        "an entry marked {status} needs approved_by (who approved it)",
    ),
    "check.missing_approver_hint": (
        "加上 approved_by: 批准单位或批准人",
        "add approved_by: the approving office or person",
    ),
    "check.missing_reason": (
        "{status}记录缺少 note（理由）",
        "an entry marked {status} needs a note (the reason)",
    ),
    "check.missing_reason_hint": ("加上 note: 理由", "add note: the reason"),
    "check.late_extension": (
        "延期申请晚于到期日：{date} 才记录延期，期限 {due} 已过",
        "extension asked for after the due date: recorded on {date}, the due date {due} had passed",
    ),
    "check.late_extension_hint": (
        "延期应在到期日前批准；若日期写错，改正 date:",
        "an extension is granted before the due date; if the date is a typo, correct date:",
    ),
    "check.future_date": (
        "记录日期 {date} 晚于今天（{as_of}）",
        "the entry is dated {date}, after today ({as_of})",
    ),
    "check.after_as_of": (
        "记录日期 {date} 晚于核对日期 {as_of}（--as-of）",
        "the entry is dated {date}, after the day checked on ({as_of}, --as-of)",
    ),
    "check.future_date_hint": (
        "只记录已经发生的事：改正 date:，或到那天再记录",
        "record only what has happened: correct date:, or record it on that day",
    ),
    "check.before_plan_effective": (
        "记录日期 {date} 早于本计划施行日期 {first}",
        "the entry is dated {date}, before the plan took effect ({first})",
    ),
    "check.before_plan_start": (
        "记录日期 {date} 早于本计划的开始日期 {first}",
        "the entry is dated {date}, before the plan starts ({first})",
    ),
    "check.long_after_plan": (
        "记录日期 {date} 远在本计划结束（{end}）之后：晚于 {last}",
        "the entry is dated {date}, long after the plan ended ({end}): after {last}",
    ),
    "check.date_outside_plan_hint": (
        "检查 date: 的年份是否写错；不属于本计划的工作不在这里记录",
        "check the year of date: for a typo; work outside this plan is not recorded here",
    ),
    "check.done_twice": (
        "{period} 期已由 {path} 第 {line} 行（{date}）记为完成：这条完成记录不再完成任何一期",
        "{period} was already done by {path} line {line} ({date}): this done entry completes nothing",
    ),
    "check.done_twice_hint": (
        "删去重复的一条；若是另一期的完成，用 period: 写明哪一期",
        "delete the duplicate; if it completes another period, name it with period:",
    ),
    # --- deadlines (beyond_dates_error) -------------------------------------
    "deadlines.beyond_dates": (
        "{day} 之后{duration}的期限超出了日期的上限 9999-12-31",
        "{duration} after {day} is past the last possible date, 9999-12-31",
    ),
    "deadlines.beyond_dates_hint": (
        "检查日期 {day} 是否写错",
        "check the date {day} for a typo",
    ),
}
