"""The message catalog: every string a user reads, in Chinese and English.

Chinese is the default; `--lang en` or ZWGK_LANG=en switches to English. The
locale is deliberately not consulted: servers and CI run C.UTF-8 or en_US while
the clerks read Chinese. Keys, status codes, ids and dates are never translated.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

LANGS = ("zh", "en")
_state = {"lang": "zh"}

# key: (中文, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- general ---------------------------------------------------------
    "cli.error_prefix": ("错误：", "error: "),
    "cli.hint_prefix": ("提示：", "hint: "),
    "cli.bad_lang": (
        "不支持的语言 {lang}，可选：{choices}",
        "unsupported language {lang}; choose {choices}",
    ),
    "cli.cannot_write": ("无法写入 {path}：{error}", "cannot write {path}: {error}"),
    "level.error": ("错误", "error"),
    "level.warning": ("警告", "warning"),
    "kind.department": ("县政府部门", "department"),
    "kind.town": ("镇（街道）", "town"),
    "kind.other": ("其他单位", "other"),
    "kind.group": ("单位组", "group"),
    "kind.vague": ("泛指（不具体）", "vague group"),
    "mode.joint": ("共同完成", "joint"),
    "mode.each": ("各自完成", "each"),
    # --- help ------------------------------------------------------------
    "help.app": (
        "政务公开任务台账：校验计划与进展，查看任务和责任单位。\n\n"
        "台账是一个含 data/tasks.yaml 的文件夹；zwgk 从当前目录向上查找，"
        "也可用 --root 或环境变量 ZWGK_ROOT 指定。",
        "Openness-work ledger: validate the plan and progress, read tasks and units.\n\n"
        "A ledger is a folder holding data/tasks.yaml; zwgk looks for it from the "
        "working directory upwards, or takes --root / ZWGK_ROOT.",
    ),
    "help.opt_root": ("台账所在文件夹（默认向上查找）", "ledger folder (default: search upwards)"),
    "help.opt_lang": ("界面语言：zh（默认）或 en", "interface language: zh (default) or en"),
    "help.opt_version": ("显示版本号", "show the version"),
    "help.opt_format": ("输出格式", "output format"),
    "help.opt_export_format": ("导出格式（目前为 json）", "export format (json for now)"),
    "help.opt_output": ("写入文件而不是标准输出", "write to this file instead of standard output"),
    "help.opt_strict": ("警告也视为失败（退出码 1）", "fail (exit 1) on warnings too"),
    "help.validate": (
        "校验台账：语法、字段、编号、责任单位、期限规则和进展记录，一次列出全部问题。\n\n"
        "退出码：0 无错误；1 有错误（或 --strict 时有警告）；2 无法运行。",
        "Check the ledger: syntax, fields, numbering, units, deadline rules and progress "
        "entries, all problems in one run.\n\n"
        "Exit codes: 0 no errors; 1 errors (or warnings with --strict); 2 cannot run.",
    ),
    "help.validate_example": (
        "示例：zwgk validate ｜ zwgk validate --format json ｜ zwgk validate --format github --strict",
        "Examples: zwgk validate | zwgk validate --format json | "
        "zwgk validate --format github --strict",
    ),
    "help.units": (
        "列出责任单位和单位组，以及各自牵头、配合的要求数。",
        "List units and groups with how many requirements each leads or supports.",
    ),
    "help.units_example": (
        "示例：zwgk units ｜ zwgk units --format json",
        "Examples: zwgk units | zwgk units --format json",
    ),
    "help.show": (
        "显示一项任务（或一条要求）：要求原文、责任单位、期限规则及其依据。",
        "Show a task (or one requirement): text, units, deadline rules and their source phrases.",
    ),
    "help.show_example": (
        "示例：zwgk show 21 ｜ zwgk show 23.1",
        "Examples: zwgk show 21 | zwgk show 23.1",
    ),
    "help.arg_show": (
        "任务编号（如 21）或要求编号（如 21.1）",
        "task number (21) or requirement id (21.1)",
    ),
    "help.export": (
        "导出规范化的计划（JSON：计划、部分、单位、单位组、任务和要求）。",
        "Export the normalized plan (JSON: plan, parts, units, groups, tasks, requirements).",
    ),
    "help.export_example": (
        "示例：zwgk export --format json -o plan.json",
        "Example: zwgk export --format json -o plan.json",
    ),
    # --- ledger ----------------------------------------------------------
    "ledger.none_found": (
        "找不到台账：{cwd} 及其上级目录中都没有 data/tasks.yaml",
        "no ledger found: neither {cwd} nor any parent folder holds data/tasks.yaml",
    ),
    "ledger.none_found_hint": (
        "进入台账文件夹后再运行，或用 --root 目录 / 环境变量 ZWGK_ROOT 指定台账",
        "run inside a ledger folder, or name one with --root DIR or ZWGK_ROOT",
    ),
    "ledger.not_a_ledger": (
        "{root} 不是台账：其中没有 data/tasks.yaml",
        "{root} is not a ledger: it has no data/tasks.yaml",
    ),
    "ledger.not_a_ledger_hint": (
        "检查 --root 或 ZWGK_ROOT 指向的文件夹",
        "check the folder that --root or ZWGK_ROOT names",
    ),
    "ledger.missing_units": ("缺少单位文件 data/units.yaml", "data/units.yaml is missing"),
    "ledger.missing_units_hint": (
        "创建 data/units.yaml，列出计划中出现的全部责任单位",
        "create data/units.yaml listing every unit the plan names",
    ),
    "ledger.plan_has_errors": (
        "计划文件有 {n} 处错误，无法继续。",
        "the plan has {n} error(s); cannot go on.",
    ),
    "ledger.plan_has_errors_hint": (
        "运行 zwgk validate 查看并修正全部问题",
        "run zwgk validate to see and fix every problem",
    ),
    # --- YAML ------------------------------------------------------------
    "yaml.syntax": ("YAML 语法错误：{problem}", "YAML syntax error: {problem}"),
    "yaml.syntax_hint": (
        "检查该行及上一行的缩进、冒号和引号；含冒号或 # 的文字请加引号",
        "check indentation, colons and quotes on this line and the one before; "
        "quote text containing a colon or #",
    ),
    "yaml.not_utf8": ("文件不是 UTF-8 编码", "the file is not UTF-8"),
    "yaml.unreadable": ("无法读取文件：{error}", "cannot read the file: {error}"),
    "yaml.duplicate_key": (
        "键 {key} 重复出现，前面的值会被覆盖",
        "key {key} appears twice; the first value would be lost",
    ),
    "yaml.duplicate_key_hint": ("删除或合并重复的键", "remove or merge the repeated key"),
    "yaml.unhashable_key": ("键不能是列表或映射", "a key cannot be a list or a mapping"),
    # --- schema ----------------------------------------------------------
    "type.str": ("文字", "text"),
    "type.int": ("整数", "a whole number"),
    "type.float": ("小数", "a decimal number"),
    "type.date": ("日期（YYYY-MM-DD）", "a date (YYYY-MM-DD)"),
    "type.list": ("列表", "a list"),
    "type.mapping": ("映射（键: 值）", "a mapping (key: value)"),
    "type.bool": ("true/false", "true/false"),
    "type.null": ("空值", "nothing"),
    "schema.wrong_type": (
        "{what} 应为{expected}，实际是{got}",
        "{what} should be {expected}, found {got}",
    ),
    "schema.wrong_type_hint": ("改为{expected}", "write {expected} here"),
    "schema.unknown_key": ("{what}中有未知的键 {key}", "unknown key {key} in {what}"),
    "schema.unknown_key_hint": (
        "检查拼写；可用的键：{allowed}",
        "check the spelling; allowed keys: {allowed}",
    ),
    "schema.missing_field": ("{what}缺少必填项 {key}", "{what} lacks the required field {key}"),
    "schema.missing_field_hint": ("补上 {key}: 一行", "add a line {key}: …"),
    "schema.non_string_id": (
        "{what}的 {key} 写成了数字 {value}，编号必须是带引号的文字",
        "{what} {key} is the number {value}; ids must be quoted text",
    ),
    "schema.non_string_id_hint": (
        '加上引号：{key}: "{value}"（不加引号时 21.10 会被读成 21.1）',
        'quote it: {key}: "{value}" (unquoted, 21.10 reads as 21.1)',
    ),
    "schema.bad_date": ("{what} 不是有效日期：{value}", "{what} is not a valid date: {value}"),
    "schema.bad_date_hint": (
        "写成 YYYY-MM-DD，并确认该日期存在",
        "write YYYY-MM-DD and make sure the day exists",
    ),
    "schema.one_of": ("可选值：{choices}", "choose one of: {choices}"),
    "what.unit": ("单位", "unit"),
    "what.group": ("单位组", "group"),
    "what.part": ("部分", "part"),
    "what.section": ("小节", "section"),
    "what.task": ("任务", "task"),
    "what.requirement": ("要求", "requirement"),
    "what.rule": ("期限规则", "deadline rule"),
    "what.entry": ("进展记录", "progress entry"),
    "what.progress_file": ("进展文件", "progress file"),
    # --- units.yaml -------------------------------------------------------
    "units.bad_id": ("单位编号 {id} 不合规", "unit id {id} is not a valid slug"),
    "units.bad_id_hint": (
        "编号只用小写英文字母、数字、- 和 _（文件名会用到它），如 jtj",
        "use lower-case ASCII letters, digits, - and _ (file names use it), e.g. jtj",
    ),
    "units.bad_kind": ("未知的单位类型 {kind}", "unknown unit kind {kind}"),
    "units.duplicate_id": ("编号 {id} 重复定义", "id {id} is defined twice"),
    "units.duplicate_name": (
        "名称或别名“{name}”已属于 {other}",
        "name or alias “{name}” already belongs to {other}",
    ),
    "units.duplicate_name_hint": (
        "每个名称只能指向一个单位，删除或修改其中一个",
        "a name may stand for one unit only; remove or change one of them",
    ),
    "units.title": ("责任单位与单位组", "Units and groups"),
    "units.footer": (
        "牵头/配合：该单位直接或通过单位组（如 各镇（街道））承担的要求数。",
        "Leads/supports: requirements the unit answers for, directly or through a group.",
    ),
    "col.id": ("编号", "id"),
    "col.name": ("名称", "name"),
    "col.kind": ("类型", "kind"),
    "col.leads": ("牵头", "leads"),
    "col.supports": ("配合", "supports"),
    "col.aliases": ("别名", "aliases"),
    # --- tasks.yaml -------------------------------------------------------
    "plan.bad_mode": ("未知的完成方式 {mode}", "unknown mode {mode}"),
    "plan.bad_year": ("年份 {year} 无效", "year {year} is not valid"),
    "plan.end_before_start": (
        "计划结束日 {end} 早于开始日 {start}",
        "the plan ends ({end}) before it starts ({start})",
    ),
    # --- deadline rules -------------------------------------------------
    "rules.need_one_kind": ("期限规则没有写明类型", "the deadline rule names no kind"),
    "rules.many_kinds": (
        "一条期限规则只能有一种类型，这里有：{kinds}",
        "one rule, one kind; this one has: {kinds}",
    ),
    "rules.kinds_hint": (
        "使用其中一个：{kinds}；多个期限请分成多条",
        "use one of: {kinds}; split several deadlines into several items",
    ),
    "rules.unknown_period": (
        "{key} 的值 {value} 不是已知的周期",
        "{key}: {value} is not a known period",
    ),
    "rules.on_needs_year": ("on 只能与 every: year 一起使用", "on goes only with every: year"),
    "rules.on_hint": ('写成 on: "MM-DD"，如 on: "07-31"', 'write on: "MM-DD", e.g. on: "07-31"'),
    "rules.bad_on": ("on 的值 {value} 不是有效的月-日", "on: {value} is not a valid month-day"),
    "rules.bad_rrule": ("rrule 无法解析：{error}", "the rrule does not parse: {error}"),
    "rules.rrule_hint": (
        "按 RFC 5545 书写，如 FREQ=MONTHLY;BYMONTHDAY=25",
        "write it per RFC 5545, e.g. FREQ=MONTHLY;BYMONTHDAY=25",
    ),
    "rules.after_needs_event": ("after 需要写明事件名称", "after needs an event name"),
    "rules.after_needs_within": (
        "after 规则缺少 within（多长时间内）",
        "an after rule needs within",
    ),
    "rules.within_hint": (
        "加上 within: 3 workdays（或 N days / N hours）",
        "add within: 3 workdays (or N days / N hours)",
    ),
    "rules.at_least_below_one": (
        "at_least 为 {n}，至少应为 1",
        "at_least is {n}; it must be 1 or more",
    ),
    "rules.at_least_hint": (
        "写成 at_least: 2 这样的正整数",
        "write a positive whole number such as at_least: 2",
    ),
    "rules.at_least_needs_per": (
        "at_least 规则缺少 per（每年/季度/月）",
        "an at_least rule needs per",
    ),
    "rules.bad_duration": ("{key} 的值 {value} 无法识别", "{key}: {value} is not understood"),
    "rules.duration_hint": ("写成 {expected}", "write {expected}"),
    "describe.by": ("{date} 前完成", "by {date}"),
    "describe.every_year_on": ("每年 {month} 月 {day} 日前", "every year by {month:02d}-{day:02d}"),
    "describe.every_month": ("每月一次，当月月底前", "once a month, by the month's end"),
    "describe.every_quarter": ("每季度一次，季末前", "once a quarter, by the quarter's end"),
    "describe.every_year": ("每年一次，年底前", "once a year, by the year's end"),
    "describe.every_week": ("每周一次，周日前", "once a week, by Sunday"),
    "describe.grace": ("，宽限 {duration}", ", with {duration} of grace"),
    "describe.rrule": ("按日程规则 {rule}", "on the schedule {rule}"),
    "describe.after": ("“{event}”后 {duration}内", "within {duration} after “{event}”"),
    "describe.at_least_year": ("每年不少于 {n} 次", "at least {n} times a year"),
    "describe.at_least_quarter": ("每季度不少于 {n} 次", "at least {n} times a quarter"),
    "describe.at_least_month": ("每月不少于 {n} 次", "at least {n} times a month"),
    "describe.lasting": ("公示期不少于 {n} 天", "on display for at least {n} days"),
    "describe.lasting_long_term": ("长期公示（持续展示）", "on display long-term"),
    "duration.days": ("{n} 天", "{n} day(s)"),
    "duration.workdays": ("{n} 个工作日", "{n} working day(s)"),
    "duration.hours": ("{n} 小时", "{n} hour(s)"),
    # --- progress ---------------------------------------------------------
    "progress.bad_status": ("未知的状态 {status}", "unknown status {status}"),
    "progress.unit_mismatch": (
        "记录写的单位 {declared} 与文件名 {unit} 不一致",
        "the entry says unit {declared} but the file is {unit}'s",
    ),
    "progress.unit_mismatch_hint": (
        "把记录移到该单位自己的文件，或删去 unit: 一行（文件名即单位 {unit}）",
        "move the entry to that unit's own file, or drop the unit: line (the file is {unit}'s)",
    ),
    # --- checks -----------------------------------------------------------
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
    "check.empty_task": ("任务 {no} 没有任何要求", "task {no} has no requirements"),
    "check.empty_task_hint": (
        "在 requirements: 下添加要求",
        "add requirements under requirements:",
    ),
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
    "check.did_you_mean": ("是不是：{choices}？", "did you mean: {choices}?"),
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
    "check.unknown_req": ('计划中没有要求 "{req}"', 'the plan has no requirement "{req}"'),
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
    "check.wrong_year": (
        "记录日期 {date} 不属于文件夹 {folder} 年",
        "entry dated {date} is filed under {folder}",
    ),
    "check.wrong_year_hint": (
        "移到 data/progress/{year}/{unit}.yaml",
        "move it to data/progress/{year}/{unit}.yaml",
    ),
    # --- command output ---------------------------------------------------
    "validate.summary": (
        "共 {errors} 个错误，{warnings} 个警告",
        "{errors} error(s), {warnings} warning(s)",
    ),
    "validate.clean": (
        "校验通过：{tasks} 项任务、{reqs} 条要求、{units} 个单位、{entries} 条进展记录，未发现问题",
        "all clear: {tasks} tasks, {reqs} requirements, {units} units, {entries} progress entries",
    ),
    "show.requirement": ("要求 {id}（{mode}）", "Requirement {id} ({mode})"),
    "show.lead": ("牵头单位：", "Lead: "),
    "show.support": ("配合单位：", "Support: "),
    "show.accountable": ("问责：", "Accountable: "),
    "show.joint_accountable": (
        "一项共同任务，由 {name} 负责，任一牵头单位完成即完成",
        "one joint obligation held by {name}; any lead completes it",
    ),
    "show.each_accountable": ("{n} 个单位各自完成", "{n} units, each for itself"),
    "show.due": ("期限：", "Due: "),
    "show.basis": ("（依据：“{basis}”）", " (source: “{basis}”)"),
    "show.no_due": (
        "期限：原文未规定具体期限，持续推进",
        "Due: the text sets no deadline; ongoing",
    ),
    "show.not_found": ("没有任务或要求 {what}", "no task or requirement {what}"),
    "show.not_found_hint": (
        "任务编号范围 {span}；要求编号如 21.1",
        "tasks are numbered {span}; requirements look like 21.1",
    ),
    "export.written": ("已写入 {path}", "written to {path}"),
}


def set_lang(lang: str | None, argv: Sequence[str] | None = None) -> None:
    """Choose the language: an explicit value, else `--lang X` in argv, else
    ZWGK_LANG, else Chinese."""
    chosen = lang
    if chosen is None and argv is not None:
        for i, arg in enumerate(argv):
            if arg == "--lang" and i + 1 < len(argv):
                chosen = argv[i + 1]
            elif arg.startswith("--lang="):
                chosen = arg.split("=", 1)[1]
    if chosen is None:
        chosen = os.environ.get("ZWGK_LANG", "zh")
    _state["lang"] = chosen if chosen in LANGS else "zh"


def current_lang() -> str:
    return _state["lang"]


def t(key: str, /, **params: object) -> str:
    """The message `key` in the current language, with `params` filled in."""
    zh, en = MESSAGES[key]
    text = en if _state["lang"] == "en" else zh
    return text.format(**params) if params else text
