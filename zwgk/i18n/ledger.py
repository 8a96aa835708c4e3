"""Reading and writing a ledger: its files and folders, YAML, the field
schemas, units.yaml, tasks.yaml, calendar.yaml, deadline rules, progress,
`record` and `reorg`."""

from __future__ import annotations

# key: (中文, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- help ------------------------------------------------------------
    "reorg.group": (
        "{name} 是单位组，不能更名或合并",
        "{name} is a group of units: it cannot be renamed or merged",
    ),
    "reorg.group_hint": (
        "单位组的成员在 units.yaml 的 groups: 中修改",
        "change a group's members under groups: in units.yaml",
    ),
    "reorg.already": (
        "{unit} 已于 {on} 更名或并入 {new}",
        "{unit} already became part of {new} on {on}",
    ),
    "reorg.already_hint": (
        "再次改革请对承接单位操作",
        "a later reorganisation starts from the successor",
    ),
    "reorg.into_gone_hint": ("改为并入 {new}", "merge into {new} instead"),
    "reorg.twice": ("{unit} 写了两次", "{unit} is given twice"),
    "reorg.merge_hint": (
        "一个单位改名请用 zwgk units rename",
        "for one unit taking a new name use zwgk units rename",
    ),
    "reorg.into_itself": ("{unit} 不能承接自己", "{unit} cannot succeed itself"),
    "reorg.id_mismatch": (
        "{name} 已登记为 {id}，与 --id {given} 不符",
        "{name} exists as {id}, not --id {given}",
    ),
    "reorg.need_id": (
        "{name} 尚未登记：请用 --id 给新单位一个编号",
        "{name} is not a known unit: give the new unit an id with --id",
    ),
    "reorg.need_id_hint": (
        "编号用小写字母、数字和 -，如 --id sthjj；名称若写错，可用 zwgk units 查看已有单位",
        "ids are lower-case letters, digits and -, e.g. --id sthjj; zwgk units lists the "
        "existing units in case the name is mistyped",
    ),
    "reorg.id_taken_hint": (
        "另选一个编号，或把已有单位写作新单位",
        "choose another id, or name the existing unit as the successor",
    ),
    "reorg.out_of_order": (
        "{on} 早于 changes: 第 {n} 项 {earlier} 的改革，且涉及同一单位",
        "{on} is before change {n} ({earlier}) of the same units",
    ),
    "reorg.not_last": (
        "{path} 中 changes: 不是最后一项，追加会挪动其后的内容",
        "changes: is not the last key of {path}: appending would move what follows",
    ),
    "reorg.not_last_hint": (
        "请把 changes: 列表移到文件末尾（块状列表，每项一行 - {...}），再运行",
        "move the changes: list to the end of the file (a block list, one - {...} per line) "
        "and run again",
    ),
    "reorg.shape": (
        "{path} 中的 changes: 写法无法安全追加",
        "the changes: list in {path} is not in a shape an append can keep intact",
    ),
    "reorg.renamed": (
        "已记录：{old} 自 {on} 起更名为 {new}（{id}）",
        "Recorded: {old} is {new} ({id}) from {on}",
    ),
    "reorg.merged": (
        "已记录：{old} 自 {on} 起并入 {new}（{id}）",
        "Recorded: {old} merged into {new} ({id}) from {on}",
    ),
    "reorg.written": ("写入 {path}：{line}", "written to {path}: {line}"),
    "reorg.moved": (
        "{n} 项 {on} 及以后到期的义务转由 {new} 承担；此前到期的仍属原单位。",
        "{n} obligations due on or after {on} are now {new}'s; earlier ones stay with the old "
        "units.",
    ),
    "reorg.next": (
        "请审阅并提交：git diff {path}；查看：zwgk status --unit {id}",
        "Review and commit: git diff {path}; see: zwgk status --unit {id}",
    ),
    # --- ledger ----------------------------------------------------------
    "ledger.none_found": (
        "找不到台账：{cwd} 及其上级目录中都没有 data/tasks.yaml 或 data/plans/",
        "no ledger found: neither {cwd} nor any parent folder holds data/tasks.yaml or data/plans/",
    ),
    "ledger.none_found_hint": (
        "进入台账文件夹后再运行，或用 --root 目录 / 环境变量 ZWGK_ROOT 指定台账",
        "run inside a ledger folder, or name one with --root DIR or ZWGK_ROOT",
    ),
    "ledger.not_a_ledger": (
        "{root} 不是台账：其中没有 data/tasks.yaml，也没有 data/plans/",
        "{root} is not a ledger: it has neither data/tasks.yaml nor data/plans/",
    ),
    "ledger.not_a_ledger_hint": (
        "检查 --root 或 ZWGK_ROOT 指向的文件夹",
        "check the folder that --root or ZWGK_ROOT names",
    ),
    "ledger.no_such_year": (
        "台账中没有 {year} 年的计划（有：{years}）",
        "the ledger holds no plan of {year} (it holds: {years})",
    ),
    "ledger.no_such_year_hint": (
        "--year 取上述年份之一；起草新一年的计划用 zwgk plan next --year {year}",
        "give --year one of those years; to draft a new year's plan use zwgk plan next --year {year}",
    ),
    "ledger.both_layouts": (
        "台账同时有 data/tasks.yaml 和 data/plans/（{years}）：不知道读哪一个计划",
        "the ledger has both data/tasks.yaml and data/plans/ ({years}): which plan to read is unclear",
    ),
    "ledger.both_layouts_hint": (
        "完成迁移：zwgk plan migrate（或 git mv data/tasks.yaml data/plans/年份.yaml）",
        "finish the move: zwgk plan migrate (or git mv data/tasks.yaml data/plans/YEAR.yaml)",
    ),
    "ledger.ignored_plan": (
        "data/plans/ 下的 {name} 不会被读取：年度计划文件名须为 年份.yaml（如 2019.yaml）",
        "{name} in data/plans/ is not read: a year's plan is named YEAR.yaml (such as 2019.yaml)",
    ),
    "ledger.ignored_plan_hint": (
        "改名为 年份.yaml，或移出 data/plans/",
        "name it YEAR.yaml, or move it out of data/plans/",
    ),
    "ledger.missing_tasks": ("缺少 data/tasks.yaml", "data/tasks.yaml is missing"),
    "ledger.missing_tasks_hint": (
        "台账的计划文件 data/tasks.yaml 不存在：恢复它，或比较另一个版本",
        "the ledger's plan data/tasks.yaml is not there: restore it, or compare another revision",
    ),
    "ledger.symlink": (
        "这是符号链接：zwgk 不经链接读取 data/ 下的任何文件，无论链接指向哪里",
        "a symbolic link: zwgk reads nothing under data/ through a link, wherever it points",
    ),
    "ledger.symlink_hint": (
        "把文件本身放在这里（git 中保存文件而不是链接），或删除该链接",
        "put the file itself here (git keeps a file, not a link), or remove the link",
    ),
    "ledger.template_outside": (
        "模板 {name} 是指向 templates/ 以外的链接，不予读取",
        "template {name} is a link to outside templates/ and is not read",
    ),
    "ledger.template_outside_hint": (
        "把模板文件本身放进台账的 templates/ 文件夹，不要用符号链接",
        "put the template file itself in the ledger's templates/ folder, not a symbolic link",
    ),
    "ledger.ignored_data": (
        "data/ 下的这个文件不会被读取：只读 tasks.yaml、units.yaml、calendar.yaml、plans/ 和 progress/",
        "this file in data/ is not read: only tasks.yaml, units.yaml, calendar.yaml, plans/ and progress/ are",
    ),
    "ledger.ignored_data_hint": (
        "改成上述名称之一（小写 .yaml），或移出 data/",
        "give it one of those names (lower-case .yaml), or move it out of data/",
    ),
    "ledger.ignored_place": (
        "不在年份文件夹中，不会被读取，其中的进展记录不计入",
        "not in a year folder: it is not read and no entry in it counts",
    ),
    "ledger.ignored_place_hint": (
        "进展文件放在 data/progress/年份/单位编号.yaml，如 data/progress/2018/jtj.yaml",
        "progress files go in data/progress/YEAR/UNIT.yaml, e.g. data/progress/2018/jtj.yaml",
    ),
    "ledger.ignored_year": (
        "文件夹名 {name} 不是四位年份，其中的文件不会被读取",
        "folder name {name} is not a four-digit year: nothing in it is read",
    ),
    "ledger.ignored_year_hint": (
        "改名为记录所在的年份，如 2018；不属于台账的文件移出 data/progress/",
        "rename it to the entries' year, e.g. 2018; move anything else out of data/progress/",
    ),
    "ledger.unreadable_folder": (
        "无法读取该年份文件夹（{error}），其中的进展记录不计入",
        "cannot read this year folder ({error}): none of its entries count",
    ),
    "ledger.unreadable_folder_hint": (
        "检查文件夹的读取权限",
        "check the folder's permissions",
    ),
    "ledger.ignored_subfolder": (
        "年份文件夹中的子文件夹不会被读取，其中的进展记录不计入",
        "a folder inside a year folder is not read: none of its entries count",
    ),
    "ledger.ignored_subfolder_hint": (
        "把进展文件直接放在年份文件夹中，其他文件移出 data/progress/",
        "put progress files directly in the year folder; move anything else out of data/progress/",
    ),
    "ledger.ignored_name": (
        "不是 单位编号.yaml 形式的文件名，不会被读取，其中的进展记录不计入",
        "not named UNIT.yaml: it is not read and no entry in it counts",
    ),
    "ledger.ignored_name_hint": (
        "改名为 单位编号.yaml（扩展名为小写 .yaml，如 jtj.yaml）；备份等其他文件移出 data/progress/",
        "rename it UNIT.yaml (lower-case .yaml, e.g. jtj.yaml); move backups and other files "
        "out of data/progress/",
    ),
    "ledger.not_regular": (
        "不是普通文件（管道、设备等），不会被读取",
        "not a regular file (a pipe, a device...): it is not read",
    ),
    "ledger.not_regular_hint": (
        "换成普通文件，或移出 data/progress/",
        "replace it with a regular file, or move it out of data/progress/",
    ),
    "ledger.missing_units": ("缺少单位文件 data/units.yaml", "data/units.yaml is missing"),
    "ledger.missing_units_hint": (
        "创建 data/units.yaml，列出计划中出现的全部责任单位",
        "create data/units.yaml listing every unit the plan names",
    ),
    "ledger.plan_has_errors": (
        "台账有 {n} 处错误，无法继续。",
        "the ledger has {n} error(s); cannot go on.",
    ),
    "ledger.has_errors_first": (
        "台账有 {n} 处错误，无法继续。{message}",
        "the ledger has {n} error(s); cannot go on. {message}",
    ),
    "ledger.first_hint_then_validate": (
        "{hint}；其余 {n} 处运行 zwgk validate 查看",
        "{hint}; run zwgk validate to see the other {n}",
    ),
    "ledger.plan_has_errors_hint": (
        "运行 zwgk validate 查看并修正全部问题",
        "run zwgk validate to see and fix every problem",
    ),
    "ledger.bad_at_rev": (
        "版本 {rev} 的台账有 {n} 处错误：{message}",
        "the ledger at {rev} has {n} error(s): {message}",
    ),
    "ledger.bad_at_rev_hint": (
        "检出该版本运行 zwgk validate 查看全部问题，或比较其他版本",
        "check that revision out and run zwgk validate, or compare other revisions",
    ),
    # --- YAML ------------------------------------------------------------
    "yaml.syntax": ("YAML 语法错误：{problem}", "YAML syntax error: {problem}"),
    "yaml.syntax_hint": (
        "检查该行及上一行的缩进、冒号和引号；含冒号或 # 的文字请加引号",
        "check indentation, colons and quotes on this line and the one before; "
        "quote text containing a colon or #",
    ),
    "yaml.not_utf8": ("文件不是 UTF-8 编码", "the file is not UTF-8"),
    "yaml.not_utf8_hint": (
        "用原来的编辑器以 UTF-8 编码另存该文件（记事本：另存为 → 编码选 UTF-8）",
        "save the file as UTF-8 in the editor that wrote it",
    ),
    "yaml.not_utf8_but": (
        "文件是 {encoding}编码，不是 zwgk 读取的 UTF-8",
        "the file is {encoding}, not UTF-8 as zwgk reads it",
    ),
    "yaml.not_utf8_but_hint": (
        "运行 zwgk fix-encoding {path} 把它改存为 UTF-8（先显示改动，确认后才写入），"
        "或在编辑器中另存为 UTF-8 编码（记事本：另存为 → 编码选 UTF-8）",
        "run zwgk fix-encoding {path} to save it as UTF-8 (it shows the change and asks first), "
        "or save it as UTF-8 in your editor",
    ),
    "yaml.encoding_gb18030": ("GBK（GB18030）", "GBK (GB18030)"),
    "yaml.encoding_utf-16": ("UTF-16（记事本的“Unicode”）", 'UTF-16 (Notepad\'s "Unicode")'),
    "yaml.too_large": (
        "文件过大（{size} MB，上限 {limit} MB），台账文件不应这么大",
        "the file is too large ({size} MB; the limit is {limit} MB): no ledger file should be",
    ),
    "yaml.too_deep": (
        "嵌套层次过深（超过 {depth} 层）",
        "nested too deeply (more than {depth} levels)",
    ),
    "yaml.alias": (
        "台账文件中不能使用 YAML 锚点引用（*名称）",
        "ledger files cannot use YAML aliases (*name)",
    ),
    "yaml.int_too_long": (
        "数字超过 {limit} 位；如是文字，请加引号",
        "a number longer than {limit} characters; quote it if it is text",
    ),
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
    "what.change": ("变更", "change"),
    "what.entry": ("进展记录", "progress entry"),
    "what.progress_file": ("进展文件", "progress file"),
    # --- units.yaml -------------------------------------------------------
    "units.bad_id": ("单位编号 {id} 不合规", "unit id {id} is not a valid slug"),
    "units.bad_id_hint": (
        "编号只用小写英文字母、数字、- 和 _（文件名会用到它），如 jtj",
        "use lower-case ASCII letters, digits, - and _ (file names use it), e.g. jtj",
    ),
    "units.bad_owner": (
        "{owner} 不是 e-mail 或账号，不能写入 CODEOWNERS",
        "{owner} is neither an e-mail nor an account: it cannot go into CODEOWNERS",
    ),
    "units.bad_owner_hint": (
        "每项写一个 e-mail（如 zhangsan@example.org，不含空格）或账号（lisi、@lisi、"
        "团队 @org/team，只用英文字母、数字、.、_ 和 -）；多人写成列表的多项",
        "write one e-mail (e.g. zhangsan@example.org, no spaces) or account (lisi, @lisi, a "
        "team @org/team: ASCII letters, digits, ., _ and - only) per item; list several "
        "people as several items",
    ),
    "units.device_id": (
        "单位编号 {id} 是 Windows 保留的设备名，不能用作文件名",
        "unit id {id} is a name Windows keeps for a device: it cannot name a file",
    ),
    "units.device_id_hint": (
        "换一个编号（con、prn、aux、nul、com1–com9、lpt1–lpt9 都不能用），如在后面加上 -dw",
        "choose another id (none of con, prn, aux, nul, com1-com9, lpt1-lpt9), e.g. add -dw",
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
    "units.changes_title": ("机构改革（changes:）", "Reorganisations (changes:)"),
    "units.change_renamed": ("{on} {old} 更名为 {new}", "{on} {old} renamed {new}"),
    "units.change_merged": ("{on} {old} 并入 {new}", "{on} {old} merged into {new}"),
    "units.change_basis": ("（依据：{basis}）", " (basis: {basis})"),
    "units.footer": (
        "牵头/配合：该单位直接或通过单位组（如 各镇（街道））承担的要求数。",
        "Leads/supports: requirements the unit answers for, directly or through a group.",
    ),
    # --- tasks.yaml -------------------------------------------------------
    "plan.bad_mode": ("未知的完成方式 {mode}", "unknown mode {mode}"),
    "plan.bad_year": ("年份 {year} 无效", "year {year} is not valid"),
    "plan.bad_date": (
        "计划 {key} 的日期 {date} 不可信",
        "the plan's {key} date {date} is implausible",
    ),
    "plan.years_hint": (
        "计划的年份应在 {first}-{last} 年之间：检查是否写错（如 0018 应为 2018）",
        "a plan's years lie between {first} and {last}: check for a typo (0018 for 2018)",
    ),
    "plan.too_long": (
        "计划期 {start} 至 {end} 超过 {years} 年",
        "the plan period {start} to {end} is longer than {years} years",
    ),
    "plan.too_long_hint": (
        "检查 start 和 end 是否写错；计划期最长 {years} 年",
        "check start and end for a typo; a plan lasts at most {years} years",
    ),
    "plan.end_before_start": (
        "计划结束日 {end} 早于开始日 {start}",
        "the plan ends ({end}) before it starts ({start})",
    ),
    "plan.effective_outside": (
        "计划生效日 {effective} 不在计划期 {start} 至 {end} 内",
        "the plan's effective date {effective} lies outside the plan period {start} to {end}",
    ),
    "plan.effective_outside_hint": (
        "检查 effective 是否写错：计划在计划期内生效；不知道生效日就不写",
        "check effective for a typo: a plan takes effect within its period; "
        "leave it out if the date is unknown",
    ),
    "plan.empty_task": ("任务 {no} 没有任何要求", "task {no} has no requirements"),
    "plan.empty_task_hint": (
        "在 requirements: 下添加要求",
        "add requirements under requirements:",
    ),
    "plan.unknown_req": ('计划中没有要求 "{req}"', 'the plan has no requirement "{req}"'),
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
    "rules.rrule_only": (
        "只写 RRULE 部分（如 FREQ=MONTHLY;BYMONTHDAY=25），不写 DTSTART、TZID 等：起算日就是计划开始日",
        "write only the RRULE part (e.g. FREQ=MONTHLY;BYMONTHDAY=25), no DTSTART or TZID: the schedule starts at the plan start",
    ),
    "rules.rrule_sub_daily": (
        "期限以日计，FREQ 不能是 HOURLY、MINUTELY 或 SECONDLY",
        "due dates are days: FREQ cannot be HOURLY, MINUTELY or SECONDLY",
    ),
    "rules.bad_rrule": ("rrule 不可用：{error}", "the rrule cannot be used: {error}"),
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
    "rules.too_long": ("{key} 的期限 {value} 过长", "{key}: {value} is too long"),
    "rules.too_long_hint": (
        "检查是否写错；期限最长 {days} 天",
        "check for a typo; a rule gives at most {days} days",
    ),
    "rules.bad_by": ("期限日期 {date} 不可信", "the due date {date} is implausible"),
    "rules.duration_hint": ("写成 {expected}", "write {expected}"),
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
    "record.warning": ("{message}；{hint}", "{message}; {hint}"),
    "record.other_year": (
        "日期为 {date} 的记录计入 {other} 年的计划，而不是正在读取的 {year} 年计划",
        "an entry dated {date} counts for the plan of {other}, not the plan of {year} being read",
    ),
    "record.other_year_hint": (
        "这条记录属于 {other} 年的计划：用 --year {other}",
        "it belongs to {other}'s plan: use --year {other}",
    ),
    "record.other_year_late_hint": (
        "记 {other} 年计划的进展用 --year {other}；补记 {year} 年计划某期的逾期完成，用 --period 写明该期（如 {year}-12）",
        "for {other}'s plan use --year {other}; for a late entry of {year}'s plan, name its instance with --period (such as {year}-12)",
    ),
    "units.defunct_gone": (
        "{unit} 自 {on} 起已更名或并入 {new}，{day} 已不存在",
        "{unit} became part of {new} on {on}: it no longer existed on {day}",
    ),
    "units.defunct_gone_hint": (
        "此后的工作记在 {new}（{id}）名下",
        "record later work under {new} ({id})",
    ),
    "units.defunct_unborn": (
        "{unit} 于 {on} 设立，{day} 尚不存在",
        "{unit} was created on {on}: it did not exist yet on {day}",
    ),
    "units.defunct_unborn_hint": (
        "此前的工作记在 {olds} 名下",
        "record earlier work under {olds}",
    ),
    "units.change_kind": (
        "变更要写 rename（更名）或 merge（合并）之一",
        "a change is either a rename or a merge",
    ),
    "units.change_hint": (
        "如 {{on: 2019-03-01, rename: wjj, to: wjw, name: 县卫健委}} 或 {{on: 2019-03-01, merge: [gsj, zjj], into: scjgj, name: 县市场监管局}}；可用 zwgk units rename/merge 生成",
        "e.g. {{on: 2019-03-01, rename: wjj, to: wjw, name: 县卫健委}} or {{on: 2019-03-01, merge: [gsj, zjj], into: scjgj, name: 县市场监管局}}; zwgk units rename/merge writes them",
    ),
    "units.merge_two": ("合并至少要有两个单位", "a merge takes two units at least"),
    "units.change_target": (
        "变更缺少 {key}：承接的单位",
        "the change has no {key}: the unit that takes over",
    ),
    "units.change_unknown": ("没有单位 {unit}", "there is no unit {unit}"),
    "units.change_new_hint": (
        "承接单位若是新设立的，写上 name: 新单位名称",
        "if the successor is new, give its name with name:",
    ),
    "units.change_twice": (
        "{unit} 已在第 {line} 行被更名或合并",
        "{unit} was already renamed or merged on line {line}",
    ),
    "units.change_blank_name": ("新单位的名称为空", "the new unit's name is empty"),
    "units.change_order": (
        "{unit} 于 {on} 更名或并入他单位，早于第 {line} 行所记它在 {day} 承接其他单位",
        "{unit} is succeeded on {on}, before it took other units over on {day} (line {line})",
    ),
    "units.change_successor_gone_hint": (
        "承接单位须在改革之日仍存在：改写为承接它的单位",
        "a successor must still exist: name the unit that took it over",
    ),
    "units.change_exists": (
        "单位 {unit} 已存在，不能再新设",
        "unit {unit} exists already: it cannot be created",
    ),
    "units.change_exists_hint": (
        "承接已有单位时不写 name:",
        "leave out name: when the successor is an existing unit",
    ),
    # --- record -----------------------------------------------------------
    "record.written": ("已记录到 {path}：", "recorded in {path}:"),
    "record.now": ("该单位此项要求的当前状态：", "the unit's obligations of this requirement now:"),
    "record.pii": (
        "{field} 中有{kind}（{masked}）：已照录，公开前须去标识化。请在 {path} 中删去或遮盖该号码；确属必要时在该记录加 pii_ok: 说明原因",
        "{field} holds a {kind} ({masked}): recorded as given, but it must be de-identified before it is published. Remove or mask the number in {path}; if it is deliberate, add pii_ok: with the reason to the entry",
    ),
    "record.req_hint": (
        "用 zwgk show 任务号 查看要求编号，如 21.1",
        "see requirement ids with zwgk show TASK, e.g. 21.1",
    ),
    "record.unknown_unit": ("没有单位“{unit}”", "no unit “{unit}”"),
    "record.unread": (
        "这个进展文件读不出，无法核对这条记录：{problem}",
        "this progress file cannot be read, so the entry cannot be checked: {problem}",
    ),
    "record.group_not_unit": (
        "“{group}”是一组单位：记录是一个单位的，请填其中一个单位",
        "“{group}” is a group: an entry is one unit's, name one of its units",
    ),
    "record.unit_hint": (
        "用 zwgk units 查看单位编号、名称和别名",
        "zwgk units lists ids, names and aliases",
    ),
    "record.bad_period": (
        '“{period}”不是要求 "{req}" 的周期',
        '“{period}” is not a period of requirement "{req}"',
    ),
    "record.periods_hint": ("可用的周期：{periods}", "its periods: {periods}"),
    "record.no_periods": (
        "该要求没有按周期的期限，去掉 --period",
        "it has no periodic deadline: leave out --period",
    ),
    "record.later_until_hint": (
        "--until 填延至哪天，应晚于当前的期限；已按期完成的，用 --done 记录",
        "--until is the day the due date moves to, after the current one; if the work is done, record --done",
    ),
    "record.approval_hint": (
        "加上 --approved-by 批准人 --note 理由",
        "add --approved-by WHO --note REASON",
    ),
    "record.approver_hint": ("加上 --approved-by 批准人", "add --approved-by WHO"),
    "record.reason_hint": ("加上 --note 理由", "add --note REASON"),
    "record.check_date_hint": (
        "检查 --date 的年份是否写错；不属于本计划的工作不在这里记录",
        "check the year of --date for a typo; work outside this plan is not recorded here",
    ),
    "record.extension_date_hint": (
        "延期应在到期日前批准；若日期写错，改正 --date",
        "an extension is granted before the due date; if the date is a typo, correct --date",
    ),
    "record.past_date_hint": (
        "只记录已经发生的事：改正 --date，或到那天再记录",
        "record only what has happened: correct --date, or record it on that day",
    ),
    "record.other_period_hint": (
        "已记过的不必再记；若是另一期的完成，用 --period 写明哪一期",
        "it is recorded already; if it completes another period, name it with --period",
    ),
    "record.drop_until_hint": (
        "去掉 --until，或改用 --extend",
        "leave out --until, or use --extend",
    ),
    "record.until_after_date_hint": (
        "--until 填延至哪天，应晚于 --date",
        "--until is the day the due date moves to, after --date",
    ),
    "record.receipt_until_after_date_hint": (
        "“延至”填延至哪天，应晚于记录日期（收回执的日期）",
        "Extend-to is the day the due date moves to, after the entry's date (the day it is "
        "collected)",
    ),
    "record.receipt_until_hint": ("在“延至”列填写延至哪天", "fill in the Extend-to column"),
    "record.receipt_later_until_hint": (
        "“延至”填延至哪天，应晚于当前的期限；已按期完成的，完成情况选已完成",
        "Extend-to is the day the due date moves to, after the current one; if the work is "
        "done, answer done",
    ),
    "record.receipt_no_periods": (
        "该要求没有按周期的期限：按当前计划重新生成回执后再填",
        "it has no periodic deadline: write the receipt again from the current plan and fill that in",
    ),
    "record.receipt_reason_hint": ("在“说明”列写明理由", "give the reason in the Note column"),
    "record.receipt_date_hint": (
        "检查“完成日期”的年份是否写错；不属于本计划的工作不在这里记录",
        "check the year of the Date for a typo; work outside this plan is not recorded here",
    ),
    "record.receipt_past_date_hint": (
        "只记录已经发生的事：改正“完成日期”，或到那天再收",
        "record only what has happened: correct the Date, or collect it on that day",
    ),
    "record.receipt_other_period_hint": (
        "已记过的不必再报；若是另一期的完成，请在那一期的回执行中填写",
        "it is recorded already; if it completes another period, answer on that period's row",
    ),
    "record.receipt_extension_date_hint": (
        "延期应在到期日前申请并批准",
        "an extension is asked for and granted before the due date",
    ),
    "record.receipt_drop_until_hint": (
        "清空“延至”列，或把完成情况改为申请延期",
        "clear the Extend-to cell, or answer request extension",
    ),
    "record.until_hint": ("加上 --until YYYY-MM-DD（延至哪天）", "add --until YYYY-MM-DD"),
    "record.window_counts_from": (
        "公示仍在进行（只有 from:，没有 to:）：到 {met} 公示期满后才计为完成",
        "still on display (from: and no to:): it counts as done from {met}, when the days asked are reached",
    ),
    "record.closes_late": (
        "{period} 期的期限是 {due}，这条记录日期为 {date}：该期将记为逾期完成",
        "the {period} instance was due {due}; dated {date}, this entry completes it late",
    ),
    "record.receipt_publication_period": (
        "按月、按季发布的事项，周期是发布所在的月份或季度：若这是 {date} 发布的上期数据，"
        "请在 {current} 期那一行填写",
        "the period of a monthly or quarterly publication is the month or quarter it is "
        "published in: if this is the previous period's data published on {date}, answer on "
        "the {current} row",
    ),
    "record.publication_period": (
        "按月、按季发布的事项，周期是发布所在的月份或季度：若这是 {date} 发布的上期数据，"
        "去掉 --period，记录计入 {current} 期",
        "the period of a monthly or quarterly publication is the month or quarter it is "
        "published in: if this is the previous period's data published on {date}, leave out "
        "--period and it counts for {current}",
    ),
    "record.which_period": (
        '要求 "{req}" 有几条按周期的期限，这条记录可完成其中任一期：{periods}',
        'requirement "{req}" has several periodic deadlines; this entry could complete any of: {periods}',
    ),
    "record.which_period_hint": (
        "用 --period 指明完成的是哪一期：{periods}",
        "say which it completes with --period: {periods}",
    ),
    "record.support_note": (
        "{unit} 是配合单位：记录会保留，但不计为完成",
        "{unit} supports this requirement: the entry is kept but does not complete it",
    ),
    "record.not_block_list": (
        "{path} 不是逐条“- ”开头的列表，无法安全追加",
        "{path} is not a block list of “- ” items; it cannot be appended to safely",
    ),
    "record.not_block_list_hint": (
        "把文件改成每条记录以“- req: …”开头的列表",
        "rewrite it as a list whose items start with “- req: …”",
    ),
    "record.old_would_change": (
        "{path} 末尾没有换行，而最后一条记录以 | 文本块结尾：追加时补上的换行会成为它的一部分，"
        "改变这条已有记录，因此不追加",
        "{path} does not end in a line break and its last entry ends in a | block: the line "
        "break an append adds would become part of it and change that entry, so nothing is "
        "appended",
    ),
    "record.old_would_change_hint": (
        "在编辑器中于文件末尾加一个换行并保存（这会让最后一条记录的文本多一个换行，请核对），"
        "再记录",
        "add a line break at the end of the file in your editor and save (it changes the last "
        "entry's text by a line break: check it), then record again",
    ),
    "record.fix_first": (
        "先修正该文件（zwgk validate 会列出问题），再记录",
        "fix the file first (zwgk validate lists the problems), then record",
    ),
    "record.locked": (
        "{path} 正被另一个 zwgk 写入，等待超时",
        "{path} is being written by another zwgk; gave up waiting",
    ),
    "record.locked_hint": (
        "稍后重试；若无人在写，删除同名的 .lock 文件",
        "try again; if nobody is writing, remove the .lock file beside it",
    ),
    "write.link": (
        "{path} 是符号链接：zwgk 不经链接写入，以免写到台账以外",
        "{path} is a symbolic link: zwgk does not write through links, which can lead "
        "outside the ledger",
    ),
    "write.odd_file": (
        "{path} 不是普通文件或文件夹，zwgk 不写入",
        "{path} is not a regular file or folder; zwgk does not write to it",
    ),
    "write.link_hint": (
        "把它换成台账里真正的文件或文件夹（git 中也一样），再运行",
        "replace it by a real file or folder in the ledger (in git too), then run again",
    ),
    # --- command output ---------------------------------------------------
    "cache.corrupt": (
        "缓存 {path} 已损坏，本次不使用，稍后重建",
        "the cache {path} is damaged: not used, it will be rebuilt",
    ),
    "cache.unreadable": (
        "无法读取缓存 {path}（{error}），本次不使用",
        "cannot read the cache {path} ({error}): not used",
    ),
    "cache.unwritable": (
        "无法写入缓存文件夹 {path}（{error}），zwgk 照常运行，只是不会更快",
        "cannot write the cache folder {path} ({error}): zwgk runs as usual, just not faster",
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
    # --- rollup.yaml and fetching (zwgk rollup) ----------------------------
    "ledger.rollup_missing": ("找不到配置文件 {path}", "no config file {path}"),
    "ledger.rollup_missing_hint": (
        "在当前文件夹写一个 rollup.yaml（ledgers: 下每个县写 name 和 remote），或用 --config 指定",
        "write a rollup.yaml here (under ledgers:, a name and a remote for each county), or name one with --config",
    ),
    "ledger.rollup_item": ("台账", "ledger"),
    "ledger.rollup_empty": ("ledgers: 下没有台账", "ledgers: lists no ledger"),
    "ledger.rollup_empty_hint": (
        "每个县写一项：- name: 桓台县 / remote: 仓库地址或文件夹",
        "add one item per county: - name: 桓台县 / remote: a repository URL or a folder",
    ),
    "ledger.rollup_duplicate": (
        "{name} 写了两次（第一次在第 {line} 行）",
        "{name} is listed twice (first on line {line})",
    ),
    "ledger.rollup_duplicate_hint": (
        "每个县只写一次；同名的两个县请写全称区分",
        "list each county once; give two counties of one name their full names",
    ),
    "ledger.rollup_bad_value": ("{key} 的值 {value!r} 不能用", "{key} {value!r} cannot be used"),
    "ledger.rollup_bad_value_hint": (
        "{key} 不能以 - 开头，不能为空，分支名不能有空格或 ~^:?*[\\",
        "{key} may not start with - nor be empty; a branch has no spaces nor ~^:?*[\\",
    ),
    "ledger.rollup_bad_path": (
        "path {path} 不在仓库之内",
        "path {path} is not inside the repository",
    ),
    "ledger.rollup_bad_path_hint": (
        "写台账在仓库中的相对文件夹，如 county；不要以 / 开头，不要用 ..",
        "give the ledger's folder relative to the repository's top, such as county: no leading /, no ..",
    ),
    "ledger.rollup_no_cache": (
        "没有可存放各县副本的缓存文件夹",
        "there is no cache folder to keep the counties' copies in",
    ),
    "ledger.rollup_no_cache_hint": (
        "设置 ZWGK_CACHE_DIR 为一个可写的文件夹",
        "set ZWGK_CACHE_DIR to a folder that can be written",
    ),
    "ledger.rollup_no_copy": ("缓存中没有副本", "no copy in the cache"),
    "ledger.rollup_no_git": ("找不到 git 程序", "git is not installed"),
    "ledger.rollup_timeout": (
        "git 在 {seconds} 秒内没有完成",
        "git did not finish within {seconds} s",
    ),
    # --- zwgk plan migrate ---------------------------------------------------------
    "plan.migrate_unreadable": (
        "{path} 读不出来，无法确定计划年度，未迁移：{problem}",
        "{path} cannot be read, so its year is unknown; nothing moved: {problem}",
    ),
    "plan.migrate_exists": (
        "{path} 已存在：不会用 {source} 覆盖它，未迁移",
        "{path} exists: it is not overwritten with {source}; nothing moved",
    ),
    "plan.migrate_link": (
        "{path} 是符号链接：不通过链接移动计划，未迁移",
        "{path} is a symbolic link: the plan is not moved through one; nothing moved",
    ),
    "plan.migrate_hint": (
        "先用 zwgk validate 修好计划文件，或手工处理后再迁移：git mv data/tasks.yaml data/plans/年份.yaml",
        "fix the plan file first (zwgk validate), or move it by hand: git mv data/tasks.yaml data/plans/YEAR.yaml",
    ),
}
