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
    "cli.not_utf8": (
        "{where}含有不是 UTF-8 编码的字节：{value}",
        "{where} holds bytes that are not UTF-8: {value}",
    ),
    "cli.not_utf8_option": ("{option} 的值", "the value of {option}"),
    "cli.not_utf8_after": ("{option} 后面的参数", "the argument after {option}"),
    "cli.not_utf8_arg": ("第 {n} 个参数", "argument {n}"),
    "cli.not_utf8_env": ("环境变量 {name} ", "the environment variable {name}"),
    "cli.not_utf8_hint": (
        "终端（或 SSH 客户端）用的不是 UTF-8 编码{gbk}：请在其设置中改为 UTF-8 后重新输入",
        "the terminal (or SSH client) is not using UTF-8{gbk}: switch its encoding to UTF-8 "
        "and type the value again",
    ),
    "cli.not_utf8_env_hint": (
        "把它改为 UTF-8 编码的值，或不设置它、在台账文件夹中运行 zwgk",
        "give it a UTF-8 value, or unset it and run zwgk inside the ledger folder",
    ),
    "cli.not_utf8_gbk": ("（按 GBK 读是“{text}”）", " (read as GBK: “{text}”)"),
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
        "政务公开任务台账：校验计划，记录进展，按法定工作日计算谁已逾期。\n\n"
        "台账是一个含 data/tasks.yaml 的文件夹；zwgk 从当前目录向上查找，"
        "也可用 --root 或环境变量 ZWGK_ROOT 指定。",
        "Openness-work ledger: validate the plan, record progress, and see who is late "
        "on the official working-day calendar.\n\n"
        "A ledger is a folder holding data/tasks.yaml; zwgk looks for it from the "
        "working directory upwards, or takes --root / ZWGK_ROOT.",
    ),
    "help.opt_root": ("台账所在文件夹（默认向上查找）", "ledger folder (default: search upwards)"),
    "help.opt_lang": ("界面语言：zh（默认）或 en", "interface language: zh (default) or en"),
    "help.opt_version": ("显示版本号", "show the version"),
    "help.opt_format": ("输出格式", "output format"),
    "help.opt_export_format": (
        "json（计划）、csv、xlsx（义务及状态）或 ics（到期日日历）",
        "json (the plan), csv, xlsx (obligations and status) or ics (due dates)",
    ),
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
        "列出责任单位和单位组，以及各自牵头、配合的要求数；机构改革用 rename、merge 记录。",
        "List units and groups with how many requirements each leads or supports; "
        "record reorganisations with rename and merge.",
    ),
    "help.units_example": (
        "示例：zwgk units ｜ zwgk units --format json ｜ "
        "zwgk units rename 县环保局 县生态环境局 --id sthjj --on 2019-03-01",
        "Examples: zwgk units | zwgk units --format json | "
        "zwgk units rename 县环保局 县生态环境局 --id sthjj --on 2019-03-01",
    ),
    "help.units_rename": (
        "记录单位更名（机构改革）：此日起到期的义务由新单位承担，此前的仍属原单位，历史记录保留原名。"
        "新单位若尚未登记，用 --id 给它一个编号。写入 units.yaml 的 changes:，其余内容不动。",
        "Record that a unit was renamed (reorganisation): obligations due from that day "
        "belong to the new unit, earlier ones stay with the old, and history keeps the old "
        "name. Give a new unit an id with --id. Appended to changes: in units.yaml; nothing "
        "else in the file is touched.",
    ),
    "help.units_rename_example": (
        "示例：zwgk units rename 县环保局 县生态环境局 --id sthjj --on 2019-03-01 "
        "--basis 桓编〔2019〕1号",
        "Example: zwgk units rename 县环保局 县生态环境局 --id sthjj --on 2019-03-01 "
        "--basis 'Huanbian [2019] No. 1'",
    ),
    "help.units_merge": (
        "记录单位合并（机构改革）：几个单位自某日起并入一个单位（已有的，或用 --id 新设的），"
        "此日起到期的义务由它承担。写入 units.yaml 的 changes:。",
        "Record that units were merged (reorganisation) into one, existing or new (give "
        "its id with --id); obligations due from that day are the successor's. Appended to "
        "changes: in units.yaml.",
    ),
    "help.units_merge_example": (
        "示例：zwgk units merge 县工商局 县质监局 县食药监局 --into 县市场监管局 --id scjgj "
        "--on 2019-03-01",
        "Example: zwgk units merge 县工商局 县质监局 县食药监局 --into 县市场监管局 --id scjgj "
        "--on 2019-03-01",
    ),
    "help.arg_old_unit": ("原单位（编号、名称或别名）", "the old unit (id, name or alias)"),
    "help.arg_new_unit": (
        "新单位：已登记单位的编号、名称或别名，或新单位的名称",
        "the successor: an existing unit's id, name or alias, or the new unit's name",
    ),
    "help.arg_merged_units": ("被合并的单位（至少两个）", "the units merged (two at least)"),
    "help.opt_into": ("合并后的单位", "the unit they merge into"),
    "help.opt_change_on": (
        "改革生效日期（YYYY-MM-DD）",
        "the day the change took effect (YYYY-MM-DD)",
    ),
    "help.opt_new_id": (
        "新设单位的编号（小写字母、数字、-）",
        "the id of a unit the change creates (a-z, 0-9, -)",
    ),
    "help.opt_change_basis": (
        "依据，如机构改革方案的文号",
        "where it was decided, e.g. the reform document's number",
    ),
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
    "help.init": (
        "新建一本台账：空白计划（或用 --huantai 复制桓台县2018年计划）、.gitignore、"
        "提交前校验配置、持续集成示例、编辑器格式说明和给本单位的 README，并执行 git init。"
        "已有的文件不覆盖，除非加 --force。",
        "Create a new ledger: an empty plan (or, with --huantai, a copy of Huantai's 2018 "
        "plan), .gitignore, the pre-commit configuration, CI examples, editor schemas and a "
        "README for the office, then git init. Existing files are kept unless --force.",
    ),
    "help.init_example": (
        "示例：zwgk init 2027台账 --title 某县2027年政务公开工作要点 --year 2027 ｜ "
        "zwgk init 演示 --huantai",
        "Examples: zwgk init ledger-2027 --title 某县2027年政务公开工作要点 --year 2027 | "
        "zwgk init demo --huantai",
    ),
    "help.arg_init_dir": (
        "新台账的文件夹（不存在则新建）",
        "the new ledger's folder (made if missing)",
    ),
    "help.opt_huantai": (
        "复制桓台县2018年计划（69项任务）作为示例",
        "copy Huantai's 2018 plan (69 tasks) as an example",
    ),
    "help.opt_title": ("计划标题", "the plan's title"),
    "help.opt_year": ("计划年度（默认今年）", "the plan's year (default: this year)"),
    "help.opt_init_force": (
        "覆盖已存在的同名文件（不删除其他文件，不动进展记录）",
        "overwrite files that exist (nothing else is deleted; progress is never touched)",
    ),
    "help.opt_no_git": ("不执行 git init", "do not run git init"),
    "init.default_title": ("{year}年政务公开工作任务分解表", "{year} openness-work task table"),
    "init.huantai_fixed": (
        "--huantai 复制现成的计划，不能再指定 --title 或 --year",
        "--huantai copies a finished plan: it takes no --title or --year",
    ),
    "init.huantai_fixed_hint": (
        "要新计划请去掉 --huantai",
        "leave out --huantai for a new plan of your own",
    ),
    "init.not_a_folder": ("{path} 是文件，不是文件夹", "{path} is a file, not a folder"),
    "init.exists": ("{path} 中已有这些文件：{files}", "{path} already holds: {files}"),
    "init.exists_hint": (
        "换一个空文件夹，或加 --force 覆盖这些文件",
        "choose an empty folder, or add --force to overwrite them",
    ),
    "init.done": ("已在 {path} 新建台账（{n} 个文件）", "Created a ledger in {path} ({n} files)"),
    "init.overwritten": ("已覆盖：{files}", "overwritten: {files}"),
    "init.git_initialised": ("已执行 git init", "git init done"),
    "init.git_existing": (
        "该文件夹已在 git 仓库中，未再执行 git init",
        "the folder is inside a git repository already",
    ),
    "init.git_missing": (
        "未找到 git：请安装 git 后在该文件夹执行 git init",
        "git was not found: install it and run git init in the folder",
    ),
    "init.git_failed": ("git init 未成功，请手动执行", "git init failed: run it by hand"),
    "init.git_skipped": ("未执行 git init（--no-git）", "git init skipped (--no-git)"),
    "init.merge_driver_set": (
        "已配置进度文件的合并驱动（git config merge.zwgk-progress.*）；其他克隆各执行一次：{command}",
        "configured the progress files' merge driver (git config merge.zwgk-progress.*); "
        "run once in every other clone: {command}",
    ),
    "init.merge_driver_todo": (
        "让两人同时追加的进度文件自动合并，在仓库中执行一次：{command}",
        "so that two clerks' appends to one progress file merge cleanly, run once in the "
        "repository: {command}",
    ),
    "init.next": (
        "下一步：cd {path}，编辑 data/units.yaml 和 data/tasks.yaml（或用 zwgk import 导入分解表），"
        "再运行 zwgk validate；说明见 README.md",
        "Next: cd {path}, fill in data/units.yaml and data/tasks.yaml (or zwgk import a table), "
        "then zwgk validate; see README.md",
    ),
    "init.next_huantai": (
        "下一步：cd {path} && zwgk status --as-of 2018-07-25",
        "Next: cd {path} && zwgk status --as-of 2018-07-25",
    ),
    "help.short_init": ("新建一本台账", "create a new ledger"),
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
        "导出：json 为规范化的计划（计划、部分、单位、单位组、任务和要求）；"
        "csv、xlsx 为全部义务及其状态（供 Excel 使用）；ics 为到期日日历（可订阅）。"
        "加 --plan 时 csv、xlsx 导出计划本身，即任务分解表（工作任务、工作要求、责任单位），可再用 zwgk import 读回。",
        "Export: json is the normalized plan (plan, parts, units, groups, tasks, requirements); "
        "csv and xlsx list every obligation with its status (for Excel); ics is a calendar of due dates. "
        "With --plan, csv and xlsx give the plan itself as a decomposition table (task, requirement, units), "
        "which zwgk import reads back.",
    ),
    "help.export_example": (
        "示例：zwgk export --format json -o plan.json ｜ zwgk export --format xlsx -o 义务.xlsx --as-of 2018-10-09 ｜ "
        "zwgk export --format csv -o 义务.csv ｜ zwgk export --format ics -o 到期日.ics ｜ "
        "zwgk export --plan --format xlsx -o 任务分解表.xlsx",
        "Examples: zwgk export --format json -o plan.json | zwgk export --format xlsx -o obligations.xlsx --as-of 2018-10-09 | "
        "zwgk export --format csv -o obligations.csv | zwgk export --format ics -o due.ics | "
        "zwgk export --plan --format xlsx -o plan-table.xlsx",
    ),
    "help.opt_plan": (
        "导出计划本身（任务分解表），而不是义务；用于 csv、xlsx",
        "export the plan itself as a decomposition table, not the obligations (csv, xlsx)",
    ),
    "export.plan_formats": ("--plan 只能导出为 csv 或 xlsx", "--plan exports csv or xlsx only"),
    "export.plan_formats_hint": (
        "计划的 JSON 形式：zwgk export --format json",
        "the plan as JSON: zwgk export --format json",
    ),
    "help.import": (
        "把任务分解表（.xlsx、.csv、.docx；列为 工作任务、工作要求、责任单位）转成台账草稿："
        "data/tasks.yaml 和 data/units.yaml 写入 -o 指定的文件夹。单位名称按已有单位及别名匹配，"
        "新单位列出待核对；期限用语（按月、每年7月底前、文件公布后3个工作日内……）识别为期限规则；"
        "不能识别的单元格逐一列出。单位取自当前台账的 units.yaml（或 --units 指定的文件）。",
        "Turn a decomposition table (.xlsx, .csv, .docx with columns 工作任务, 工作要求, 责任单位) "
        "into a draft ledger: data/tasks.yaml and data/units.yaml in the folder -o names. Unit "
        "names are matched to existing units and aliases, new ones listed for review; deadline "
        "phrases (按月, 每年7月底前, 文件公布后3个工作日内 …) become rules; every cell it "
        "could not interpret is listed. Units come from the current ledger's units.yaml (or --units).",
    ),
    "help.import_example": (
        "示例：zwgk import 2019年分解表.xlsx -o 草稿 ｜ zwgk import 分解表.docx -o 草稿 --year 2019 "
        "｜ zwgk import 分解表.csv -o 草稿 --units data/units.yaml --format json",
        "Examples: zwgk import table-2019.xlsx -o draft | zwgk import table.docx -o draft --year 2019 "
        "| zwgk import table.csv -o draft --units data/units.yaml --format json",
    ),
    "help.short_import": (
        "把任务分解表转成台账草稿",
        "turn a decomposition table into a draft plan",
    ),
    "help.arg_import_file": (
        "任务分解表：.xlsx、.csv 或 .docx",
        "the decomposition table: .xlsx, .csv or .docx",
    ),
    "help.opt_import_out": (
        "草稿写入的文件夹（写入其中的 data/tasks.yaml、data/units.yaml）",
        "the folder the draft is written to (its data/tasks.yaml and data/units.yaml)",
    ),
    "help.opt_import_year": (
        "计划年度（标题中没有“某某年”时必填）",
        "the plan's year (needed when the title does not say it)",
    ),
    "help.opt_import_title": (
        "计划标题（默认取表格标题行）",
        "the plan's title (default: the table's title row)",
    ),
    "help.opt_import_units": (
        "用于匹配单位名称的 units.yaml（默认当前台账的）",
        "the units.yaml to match unit names against (default: the current ledger's)",
    ),
    "help.opt_import_force": (
        "覆盖草稿文件夹中已有的文件",
        "overwrite the draft's files if they exist",
    ),
    "import.old_format": (
        "{path} 是旧版 Office 格式，无法读取",
        "{path} is an old Office format zwgk cannot read",
    ),
    "import.old_format_hint": (
        "请在 WPS 或 Office 中另存为 .xlsx 或 .docx 后再导入",
        "save it as .xlsx or .docx in WPS or Office, then import that",
    ),
    "import.bad_suffix": (
        "{path}：只能导入 {formats} 文件",
        "{path}: zwgk imports {formats} files only",
    ),
    "import.no_file": ("找不到文件 {path}", "no such file: {path}"),
    "import.unreadable": ("无法读取 {path}（{error}）", "cannot read {path} ({error})"),
    "import.unreadable_hint": (
        "文件可能已损坏或扩展名不符；请用 WPS 或 Office 打开后重新保存",
        "the file may be damaged or misnamed; open it in WPS or Office and save it again",
    ),
    "import.too_large": (
        "{path} 的工作表 {sheet} 超出 {rows} 行或 {columns} 列：不像任务分解表",
        "{path}, sheet {sheet}, goes past {rows} rows or {columns} columns: not a task table",
    ),
    "import.too_large_hint": (
        "把任务分解表单独存为一个 .xlsx 再导入",
        "save the task table alone as an .xlsx and import that",
    ),
    "import.no_header": (
        "{path} 中找不到表头：需要 工作任务、工作要求、责任单位 三列",
        "{path} has no header row with the columns 工作任务, 工作要求 and 责任单位",
    ),
    "import.no_header_hint": (
        "在表格上方加一行表头：工作任务｜工作要求｜责任单位（另可有 配合单位、完成时限 列）",
        "add a header row 工作任务 | 工作要求 | 责任单位 above the table (配合单位 and 完成时限 "
        "columns are read too)",
    ),
    "import.no_tasks": ("{path} 的表头下没有任务行", "{path} has no task rows under its header"),
    "import.no_year": (
        "无法确定计划年度：标题中没有“某某年”",
        "cannot tell the plan's year: the title does not say it",
    ),
    "import.no_year_hint": ("加上 --year，如 --year 2019", "add --year, e.g. --year 2019"),
    "import.note_no_title": (
        "表格没有标题行，计划标题暂定为“{title}”，可用 --title 指定",
        "the table has no title row: the plan is called “{title}” for now (--title sets it)",
    ),
    "import.note_no_task": (
        "这一行不属于任何任务（工作任务列为空），已跳过",
        "this row belongs to no task (the 工作任务 cell is empty): skipped",
    ),
    "import.note_no_number": (
        "任务“{cell}”没有序号，暂编为 {no}",
        "task “{cell}” has no number: numbered {no} for now",
    ),
    "import.note_duplicate": (
        "任务序号 {no} 重复（如每部分重新编号）：校验会报错，请改为全表连续编号",
        "task number {no} is used twice (numbering restarts per part?): validate refuses "
        "duplicates, so renumber the tasks",
    ),
    "import.note_no_part": (
        "任务 {no} 前没有“一、……”这样的部分行，part 为空",
        "task {no} comes before any part row (“一、…”): its part is empty",
    ),
    "import.note_unit_above": (
        "责任单位为空，沿用上一行的“{cell}”",
        "the unit cell is empty: the one above (“{cell}”) is used",
    ),
    "import.note_no_unit": (
        "要求 {req} 没有责任单位，请补上",
        "requirement {req} has no responsible unit: add one",
    ),
    "import.note_unread": (
        "要求 {req} 中的“{phrase}”像是时限，但未识别为期限规则；如是期限请在 due: 中手工添加",
        "requirement {req}: “{phrase}” looks like a time limit but is no rule zwgk knows; "
        "add it under due: by hand if it is a deadline",
    ),
    "import.note_unknown_unit_town": (
        "未知单位“{name}”，暂记为 {id}（类型 town），请核对名称、改用正式编号",
        "unknown unit “{name}”: added as {id} (kind town); check the name and give it a proper id",
    ),
    "import.note_unknown_unit_other": (
        "未知单位“{name}”，暂记为 {id}（类型 other；县政府部门请改为 department），请核对名称、改用正式编号",
        "unknown unit “{name}”: added as {id} (kind other; make it department if it is a "
        "county-government department); check the name and give it a proper id",
    ),
    "import.yaml_new_unit": ("导入时新增，待核对", "new in the import: review"),
    "import.yaml_tasks_header": (
        "由 zwgk import 从 {source} 生成的草稿：核对后使用。",
        "Draft made by zwgk import from {source}: review before use.",
    ),
    "import.yaml_units_header": (
        "由 zwgk import 从 {source} 生成的草稿：已有单位照旧，新增单位标有注释。",
        "Draft made by zwgk import from {source}: existing units as they were, new ones marked.",
    ),
    "import.draft_unreadable": (
        "草稿无法读回（{problem}），未写入任何文件；请把表格和这条消息报告给 zwgk 的维护者",
        "the draft does not read back ({problem}); nothing was written. Please report the "
        "table and this message to zwgk's maintainers",
    ),
    "import.read": (
        "已读取 {path}：{parts} 个部分、{tasks} 项任务、{reqs} 条要求、{rules} 条期限规则",
        "Read {path}: {parts} parts, {tasks} tasks, {reqs} requirements, {rules} deadline rules",
    ),
    "import.units": (
        "责任单位：{known} 个已有单位，新增 {new} 个待核对",
        "Units: {known} known, {new} new to review",
    ),
    "import.written": ("已写入草稿：{files}", "Draft written: {files}"),
    "import.notes": ("需要核对的 {n} 处：", "{n} things to review:"),
    "import.no_notes": ("所有单元格均已识别。", "Every cell was interpreted."),
    "import.row": ("第 {row} 行", "row {row}"),
    "cli.list_sep": ("、", ", "),
    "import.note_line": ("{where}：{message}", "{where}: {message}"),
    "import.whole": ("整表", "table"),
    "import.next": (
        "下一步：zwgk --root {path} validate；核对无误后把 {path}/data 中的文件复制到台账",
        "Next: zwgk --root {path} validate; once reviewed, copy the files in {path}/data into the ledger",
    ),
    "help.opt_changed_since": (
        "只校验相对该版本有改动的文件及其引用的文件（适合 pre-commit），如 HEAD 或 origin/main",
        "check only files changed since REV and what they reference (for pre-commit), e.g. HEAD or origin/main",
    ),
    "help.opt_authors": (
        "检查该版本范围内各提交添加的进展记录是否由本单位 owners 提交（按作者邮箱；作者信息由提交者自填，"
        "不能证明身份），如 origin/main..HEAD",
        "check that entries added in the commits of this range were added by an owner of their "
        "unit (by author e-mail, which the committer types: it proves no identity), e.g. "
        "origin/main..HEAD",
    ),
    "help.opt_require_signed": (
        "与 --authors 一起用：范围内每个提交都须有本机可核验的有效签名（git verify-commit）",
        "with --authors: every commit of the range must carry a signature that checks out on "
        "this machine (git verify-commit)",
    ),
    "help.diff": (
        "按计划的语言比较台账的两个版本：进展记录的增删改、由此引起的义务状态变化、计划本身的变化。"
        "不带参数时比较 HEAD 与工作区；直接读取 git，不改动工作区。",
        "Compare two states of the ledger in the plan's terms: entries added, removed or edited, the "
        "obligation statuses that changed as a result, and changes to the plan. With no argument, "
        "HEAD against the working tree; read straight from git, the working tree untouched.",
    ),
    "help.diff_example": (
        "示例：zwgk diff ｜ zwgk diff HEAD~1 HEAD ｜ zwgk diff origin/main HEAD --format md ｜ "
        "zwgk diff main --as-of 2018-10-14 --format json",
        "Examples: zwgk diff | zwgk diff HEAD~1 HEAD | zwgk diff origin/main HEAD --format md | "
        "zwgk diff main --as-of 2018-10-14 --format json",
    ),
    "help.arg_rev": ("旧版本（默认 HEAD）", "the older revision (default HEAD)"),
    "help.arg_rev2": ("新版本（默认工作区）", "the newer revision (default: the working tree)"),
    "help.opt_diff_format": (
        "text（屏幕）、md（可贴到合并请求评论）或 json",
        "text (screen), md (for a merge-request comment) or json",
    ),
    "help.log": (
        "列出一条要求或一个单位的全部进展记录，以及添加每条记录的提交（提交号、作者、时间、说明）。",
        "List the entries of a requirement or a unit over time, with the commit that added each "
        "(hash, author, date, subject).",
    ),
    "help.log_example": (
        "示例：zwgk log 21.1 ｜ zwgk log --unit 县教体局 ｜ zwgk log 28.1 --unit 索镇街道 --format json",
        "Examples: zwgk log 21.1 | zwgk log --unit jtj | zwgk log 28.1 --unit suozhen --format json",
    ),
    "help.arg_log_req": ("要求编号，如 21.1", "a requirement id, e.g. 21.1"),
    "help.opt_log_unit": (
        "只看这些单位的记录（编号、名称、别名或单位组），可重复",
        "only these units' entries (id, name, alias or group); repeatable",
    ),
    "help.codeowners": (
        "根据 data/units.yaml 中各单位的 owners 生成 CODEOWNERS：各单位的进展文件由本单位人员审核，计划文件由 --office 审核。",
        "Write a CODEOWNERS file from the owners in data/units.yaml: each unit's progress files to its "
        "owners, the plan files to --office.",
    ),
    "help.codeowners_example": (
        "示例：zwgk codeowners --office @zwgk-office ｜ zwgk codeowners --office clerk@example.org -o .github/CODEOWNERS --force ｜ "
        "zwgk codeowners --office @zwgk-office -o -",
        "Examples: zwgk codeowners --office @zwgk-office | zwgk codeowners --office clerk@example.org -o .github/CODEOWNERS --force | "
        "zwgk codeowners --office @zwgk-office -o -",
    ),
    "help.merge_driver": (
        "git 的合并驱动（由 git 调用）：两个分支都在同一进度文件末尾追加了记录时，按原有记录、"
        "我方新增、对方新增的顺序合并，各条原文逐字保留，结果写入 OURS。"
        "改动或删除了已有记录、或文件无法解析时不合并：留下 git 常规的冲突标记，退出码 1。",
        "git's merge driver (git runs it): when both branches appended entries to the same "
        "progress file, the result is the base entries, then ours' new ones, then theirs', "
        "each kept as written, in OURS. An edited or removed entry, or a file that does not "
        "parse, is not merged: git's ordinary conflict markers are left, exit 1.",
    ),
    "help.merge_driver_example": (
        "示例：git 合并时执行 zwgk merge-driver %O %A %B %P；每个克隆执行一次的 "
        "git config merge.zwgk-progress.driver 命令见 README（zwgk init 也会显示，"
        "zwgk 无法运行时它留下 git 的冲突标记），.gitattributes 中写 "
        "data/progress/**/*.yaml merge=zwgk-progress（zwgk init 已写好）",
        "Example: git runs zwgk merge-driver %O %A %B %P when it merges; the "
        "git config merge.zwgk-progress.driver command each clone runs once is in the README "
        "(zwgk init prints it too; it leaves git's conflict markers when zwgk cannot run), "
        "with data/progress/**/*.yaml merge=zwgk-progress in .gitattributes "
        "(zwgk init writes it)",
    ),
    "help.arg_merge_base": (
        "共同祖先版本（git 的 %O）",
        "the common ancestor's version (git's %O)",
    ),
    "help.arg_merge_ours": (
        "我方版本，合并结果写回这里（git 的 %A）",
        "our version; the result is written here (git's %A)",
    ),
    "help.arg_merge_theirs": ("对方版本（git 的 %B）", "their version (git's %B)"),
    "help.arg_merge_path": (
        "文件在仓库中的路径，用于提示（git 的 %P）",
        "the file's path in the repository, for messages (git's %P)",
    ),
    "merge.conflict": (
        "{path}：不只是在末尾追加记录（已有记录被改动或删除，或文件无法解析），未自动合并，"
        "请人工解决冲突",
        "{path}: not only appended entries (an existing entry was edited or removed, or the "
        "file does not parse); not merged, resolve the conflict by hand",
    ),
    "help.opt_office": (
        "审核计划文件（tasks.yaml、units.yaml）的人员或团队，可重复",
        "who reviews the plan files (tasks.yaml, units.yaml); repeatable",
    ),
    "help.opt_codeowners_output": (
        "写入此文件（默认为仓库根目录的 CODEOWNERS；- 表示输出到屏幕）",
        "write to this file (default: CODEOWNERS at the repository's top; - for the screen)",
    ),
    "help.opt_force": ("覆盖已有文件", "overwrite an existing file"),
    "help.opt_output_force": (
        "覆盖已存在的输出文件（台账 data/ 中的文件任何时候都不写）",
        "overwrite output files that exist (nothing in the ledger's data/ is ever written)",
    ),
    "help.report": (
        "生成政务公开工作周报或月报：总体情况及较上期变化、本期完成情况（含佐证）、逾期事项、"
        "近期到期事项、各单位完成情况和分项推进情况。",
        "Write the weekly or monthly report: headline figures and change since the previous period, "
        "what was completed (with evidence), what is overdue, what falls due soon, per unit and per part.",
    ),
    "help.report_example": (
        "示例：zwgk report ｜ zwgk report --week 2018-W41 ｜ zwgk report --month 2018-10 --format html -o 月报.html ｜ "
        "zwgk report --week 2018-W41 --format docx -o 周报.docx",
        "Examples: zwgk report | zwgk report --week 2018-W41 | zwgk report --month 2018-10 --format html -o report.html | "
        "zwgk report --week 2018-W41 --format docx -o report.docx",
    ),
    "help.opt_week": (
        "报告周，如 2018-W41（ISO 周，周一至周日；默认为 --as-of 所在周）",
        "the week, e.g. 2018-W41 (ISO, Monday to Sunday; default: the week of --as-of)",
    ),
    "help.opt_month": ("报告月，如 2018-10", "the month, e.g. 2018-10"),
    "help.opt_report_as_of": (
        "统计截至哪一天（默认今天；指定了周或月时默认为其最后一天）",
        "figures as of this day (default today; with --week/--month, its last day)",
    ),
    "help.opt_report_format": (
        "md（Markdown）、html（单个文件，可打印为 A4）或 docx（Word，需要 -o）",
        "md (Markdown), html (one file, prints on A4) or docx (Word, needs -o)",
    ),
    "help.opt_report_output": (
        "写入文件（默认输出到屏幕）",
        "write to this file (default: standard output)",
    ),
    "help.notice": (
        "为有已逾期或即将到期事项的单位生成督办通知：要求内容、到期日、逾期天数和反馈期限。",
        "Write reminders (督办通知) to units with overdue or due-soon obligations: requirement, "
        "due date, days late and a reply-by date.",
    ),
    "help.notice_example": (
        "示例：zwgk notice --unit 县教体局 ｜ zwgk notice --all -o 督办通知/ ｜ "
        "zwgk notice --all --format docx -o 督办通知/ --reply-days 5",
        "Examples: zwgk notice --unit jtj | zwgk notice --all -o notices/ | "
        "zwgk notice --all --format docx -o notices/ --reply-days 5",
    ),
    "help.opt_notice_unit": (
        "通知这些单位（编号、名称、别名或单位组），可重复",
        "notify these units (id, name, alias or group); repeatable",
    ),
    "help.opt_notice_all": (
        "通知所有有逾期或即将到期事项的单位",
        "notify every unit with something overdue or due soon",
    ),
    "help.opt_reply_days": (
        "反馈期限：--as-of 之后 N 个工作日（默认 3）",
        "reply within N working days of --as-of (default 3)",
    ),
    "help.opt_issuer": (
        "发文单位（默认：县政府办公室）",
        "the issuing office (default: 县政府办公室, the county government office)",
    ),
    "help.opt_notice_format": (
        "md、html 或 docx（docx 需要 -o）",
        "md, html or docx (docx needs -o)",
    ),
    "help.opt_notice_output": (
        "写入此文件夹，每个单位一个文件（默认输出到屏幕）",
        "write one file per unit into this folder (default: standard output)",
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
    "ledger.ignored_data": (
        "data/ 下的这个文件不会被读取：只读 tasks.yaml、units.yaml、calendar.yaml 和 progress/",
        "this file in data/ is not read: only tasks.yaml, units.yaml, calendar.yaml and progress/ are",
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
    "col.id": ("编号", "id"),
    "col.name": ("名称", "name"),
    "col.kind": ("类型", "kind"),
    "col.leads": ("牵头", "leads"),
    "col.supports": ("配合", "supports"),
    "col.aliases": ("别名", "aliases"),
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
    "pii.id-number": ("居民身份证号码", "resident ID number"),
    "pii.mobile": ("手机号码", "mobile number"),
    "pii.bank-card": ("银行卡号", "bank card number"),
    "record.defunct": ("{message}；{hint}", "{message}; {hint}"),
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
    "check.by_before_plan": (
        '要求 "{req}" 的期限 {date} 早于计划开始日 {start}',
        'requirement "{req}" is due {date}, before the plan starts ({start})',
    ),
    "check.rule_no_instance": (
        '要求 "{req}" 的这条期限规则在计划期内没有任何到期日，该要求会从状态中消失',
        'this deadline rule of requirement "{req}" gives no due date within the plan period: the requirement would vanish from status',
    ),
    "check.rule_outside_plan_hint": (
        "计划期为 {start} 至 {end}：改正日期或规则，或调整 plan: 的 start/end",
        "the plan runs {start} to {end}: fix the date or rule, or the plan's start/end",
    ),
    "check.wrong_year": (
        "记录日期 {date} 不属于文件夹 {folder} 年",
        "entry dated {date} is filed under {folder}",
    ),
    "check.wrong_year_hint": (
        "移到 data/progress/{year}/{unit}.yaml",
        "move it to data/progress/{year}/{unit}.yaml",
    ),
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
    "weekday.mon": ("一", "Mon"),
    "weekday.tue": ("二", "Tue"),
    "weekday.wed": ("三", "Wed"),
    "weekday.thu": ("四", "Thu"),
    "weekday.fri": ("五", "Fri"),
    "weekday.sat": ("六", "Sat"),
    "weekday.sun": ("日", "Sun"),
    # --- statuses --------------------------------------------------------
    "status.done": ("已完成", "done"),
    "status.late": ("逾期完成", "late"),
    "status.overdue": ("已逾期", "overdue"),
    "status.due_soon": ("即将到期", "due soon"),
    "status.open": ("未到期", "open"),
    "status.ongoing": ("持续推进", "ongoing"),
    "status.exempt": ("不适用", "exempt"),
    "status.heading": ("截至 {as_of}：共 {n} 项义务", "As of {as_of}: {n} obligations"),
    "status.progress": (
        "完成进度 {bar} {done}/{total}（{percent}），按时完成率 {rate}",
        "Completed {bar} {done}/{total} ({percent}), on-time rate {rate}",
    ),
    "status.days_late": ("逾期 {n} 天", "{n} d late"),
    "status.days_left": ("剩 {n} 天", "{n} d left"),
    "status.due_on": ("到期 {due}", "due {due}"),
    "status.folded": ("{n}个单位（{name}）", "{n} units ({name})"),
    "status.fold_hint": (
        "同一要求、同一状态的多个单位已合并为一行；用 --unit 单位 或 --all 展开",
        "obligations of one requirement with one status are folded; --unit U or --all expands them",
    ),
    "status.nothing_urgent": (
        "没有已逾期或 {n} 天内到期的义务。用 --all 查看全部。",
        "nothing overdue or due within {n} days. --all shows everything.",
    ),
    "col.req": ("要求", "req"),
    "col.unit": ("单位", "unit"),
    "col.period": ("周期", "period"),
    "col.due": ("到期日", "due"),
    "col.days": ("逾期/剩余", "late/left"),
    "col.status": ("状态", "status"),
    "col.last_entry": ("最近记录", "last entry"),
    "col.text": ("要求内容", "requirement"),
    "col.obligations": ("义务数", "obligations"),
    "col.on_time_rate": ("按时率", "on time"),
    "col.task": ("任务", "task"),
    "col.unit_id": ("单位编号", "unit id"),
    "col.completed": ("完成日", "completed"),
    "col.days_late": ("逾期天数", "days late"),
    "col.days_left": ("剩余天数", "days left"),
    "col.note": ("说明", "note"),
    "col.evidence": ("佐证", "evidence"),
    "col.part": ("部分", "part"),
    "col.section": ("小节", "section"),
    "col.completion": ("完成率", "completed"),
    "col.no": ("序号", "no."),
    "col.status_code": ("状态代码", "status code"),
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
    "record.unit_hint": (
        "用 zwgk units 查看单位编号、名称和别名",
        "zwgk units lists ids, names and aliases",
    ),
    "record.bad_period": (
        '“{period}”不是要求 "{req}" 的周期',
        '“{period}” is not a period of requirement "{req}"',
    ),
    "record.periods_hint": ("可用的周期：{periods}", "its periods: {periods}"),
    "check.no_periods": (
        "该要求没有按周期的期限，删去 period:",
        "it has no periodic deadline: remove period:",
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
    "prompt.req": ("要求编号（如 21.1）", "requirement id (e.g. 21.1)"),
    "prompt.unit": ("单位（编号、名称或别名）", "unit (id, name or alias)"),
    "prompt.status": (
        "状态 done/progress/blocked/event/exempt/extend",
        "status done/progress/blocked/event/exempt/extend",
    ),
    "prompt.event": ("事件名称", "event name"),
    "prompt.until": ("延至日期 YYYY-MM-DD", "extended until YYYY-MM-DD"),
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
    # --- CLI arguments ----------------------------------------------------
    "cli.bad_date": (
        "{value} 不是有效日期，请写成 YYYY-MM-DD",
        "{value} is not a valid date; write YYYY-MM-DD",
    ),
    "cli.too_many_days": (
        "{value} 天太多：最多 {limit} 天",
        "{value} days is too many: at most {limit}",
    ),
    "cli.bad_days": (
        "{value} 不是天数，请写成 14 或 14d",
        "{value} is not a number of days; write 14 or 14d",
    ),
    "cli.bad_month": ("{value} 不是月份，请写成 YYYY-MM", "{value} is not a month; write YYYY-MM"),
    "cli.bad_part": ("没有第 {part} 部分；已有：{parts}", "no part {part}; parts: {parts}"),
    "cli.bad_status_code": (
        "未知的状态 {code}；可选：{choices}",
        "unknown status {code}; choose from {choices}",
    ),
    "cli.missing": ("缺少 {what}", "missing {what}"),
    "cli.no_status": (
        "请给出一种状态：--done、--progress、--blocked、--event 名称、--exempt 或 --extend",
        "give one status: --done, --progress, --blocked, --event NAME, --exempt or --extend",
    ),
    "cli.bad_task": (
        "计划中没有任务 {task}（任务编号为 {low}-{high}）",
        "the plan has no task {task} (tasks are numbered {low}-{high})",
    ),
    "cli.date_range": (
        "日期 {value} 超出范围（1901-2999 年）",
        "the date {value} is out of range (years 1901-2999)",
    ),
    "cli.usage": ("用法：", "Usage: "),
    "cli.try_help": ("运行“{command} {option}”查看帮助。", "Try '{command} {option}' for help."),
    "cli.aborted": ("已取消。", "Aborted!"),
    "cli.missing_command": ("缺少命令。", "Missing command."),
    "cli.no_such_command": ("没有命令“{name}”。", "No such command {name!r}."),
    "cli.err_no_such_option": ("没有选项 {option}", "No such option: {option}"),
    "cli.err_did_you_mean": ("（是不是：{options}）", " (Possible options: {options})"),
    "cli.err_needs_value": ("选项 {option} 需要一个值", "Option {option!r} requires an argument."),
    "cli.err_no_value": ("选项 {option} 不带值", "Option {option!r} does not take a value."),
    "cli.err_extra": ("多余的参数：{args}", "Got unexpected extra argument(s) ({args})"),
    "cli.err_choice": ("“{value}”不在可选值 {choices} 之中", "{value!r} is not one of {choices}."),
    "cli.err_integer": ("“{value}”不是整数", "{value!r} is not a valid integer."),
    "cli.err_range": ("{value} 超出范围 {range}", "{value} is not in the range {range}."),
    "cli.err_missing": ("缺少 {name}", "Missing {name}."),
    "cli.err_bad_value": ("{name} 的值无效：{message}", "Invalid value for {name}: {message}"),
    "help.short_validate": ("校验台账，列出全部问题", "check the ledger, every problem at once"),
    "help.short_units": ("责任单位与单位组；记录机构改革", "units and groups; reorganisations"),
    "help.short_units_rename": ("记录单位更名", "record that a unit was renamed"),
    "help.short_units_merge": ("记录单位合并", "record that units were merged"),
    "help.short_show": ("显示一项任务或要求", "show a task or requirement"),
    "help.short_export": (
        "导出计划（JSON）、义务（CSV/Excel）或到期日（日历）",
        "export the plan, obligations or due dates",
    ),
    "help.short_report": ("生成周报或月报", "write the weekly or monthly report"),
    "help.short_notice": ("为逾期单位生成督办通知", "write reminders to late units"),
    "help.short_diff": ("比较两个版本的台账变化", "what changed between two revisions"),
    "help.short_log": (
        "某要求或单位的记录及其提交",
        "entries of a requirement or unit, with commits",
    ),
    "help.short_codeowners": (
        "根据 owners 生成 CODEOWNERS",
        "write CODEOWNERS from the units' owners",
    ),
    "help.short_record": ("记录一条进展", "record a progress entry"),
    "help.short_status": (
        "每日查看：谁已逾期、什么即将到期",
        "the morning screen: who is late, what is due",
    ),
    "help.short_calendar_add": ("某日之后第 N 个工作日", "the date N working days after a date"),
    "help.short_calendar_show": (
        "显示一个月的节假日与调休",
        "a month with holidays and make-up days",
    ),
    "help.opt_install_completion": (
        "为当前 shell 安装命令补全（要求编号、单位名称等可按 Tab 补全）",
        "install completion for the current shell (requirement ids, unit names and more)",
    ),
    "help.opt_show_completion": (
        "显示当前 shell 的补全脚本，以便复制或自行安装",
        "show the completion script for the current shell, to copy or customise it",
    ),
    "help.opt_help": ("显示本帮助并退出", "Show this message and exit."),
    "help.section_arguments": ("参数", "Arguments"),
    "help.section_options": ("选项", "Options"),
    "help.section_commands": ("命令", "Commands"),
    "help.required": ("必填", "required"),
    "help.default": ("默认：{{default}}", "default: {{default}}"),
    "help.env_var": ("环境变量：{{var}}", "env var: {{var}}"),
    "help.dynamic": ("（动态）", "(dynamic)"),
    "cli.one_status": ("只能给出一种状态，这里有：{given}", "give one status only; got {given}"),
    "cli.warning_prefix": ("注意：", "note: "),
    # --- help for issue-3 commands -----------------------------------------
    "help.opt_as_of": (
        "按哪一天计算（YYYY-MM-DD，默认今天）",
        "compute as of this day (YYYY-MM-DD, default today)",
    ),
    "help.opt_warn_days": (
        "到期前多少天算“即将到期”（默认 7）",
        "days before a due date that count as due soon (default 7)",
    ),
    "help.calendar": (
        "工作日日历：法定节假日与调休，按工作日推算日期。",
        "Working-day calendar: statutory holidays and make-up days, working-day arithmetic.",
    ),
    "help.calendar_add": (
        "打印某日之后第 N 个工作日的日期。",
        "Print the date N working days after DATE.",
    ),
    "help.calendar_add_example": (
        "示例：zwgk calendar add 2018-09-28 3    （输出 2018-10-08）",
        "Example: zwgk calendar add 2018-09-28 3    (prints 2018-10-08)",
    ),
    "help.calendar_show": (
        "显示一个月的日历，标出法定节假日（休）和调休上班日（班）。",
        "Show a month with holidays (H) and make-up workdays (W) marked.",
    ),
    "help.calendar_show_example": (
        "示例：zwgk calendar show 2018-10",
        "Example: zwgk calendar show 2018-10",
    ),
    "help.arg_date": ("起始日期 YYYY-MM-DD", "start date YYYY-MM-DD"),
    "help.arg_n": ("工作日数", "number of working days"),
    "help.arg_month": ("月份 YYYY-MM", "month YYYY-MM"),
    "help.record": (
        "记录一条进展：追加到 data/progress/年份/单位.yaml（只追加，不改动已有内容），并显示该义务的新状态。",
        "Record a progress entry: appended to data/progress/YEAR/UNIT.yaml (append only), then show the obligation's new status.",
    ),
    "help.record_example": (
        "示例：zwgk record 21.1 --unit 县教体局 --done --date 2018-07-20 --note 已公开招生范围 --evidence https://…  ｜  "
        "zwgk record 28.1 --unit jtj --event 文件公布 --date 2018-09-28  ｜  "
        "zwgk record 48.1 --unit jtj --extend --until 2019-01-31 --approved-by 县政府办公室",
        "Examples: zwgk record 21.1 --unit 县教体局 --done --date 2018-07-20 --note … --evidence https://…  |  "
        "zwgk record 28.1 --unit jtj --event 文件公布 --date 2018-09-28  |  "
        "zwgk record 48.1 --unit jtj --extend --until 2019-01-31 --approved-by 县政府办公室",
    ),
    "help.arg_req": (
        "要求编号，如 21.1（终端中省略时会提示输入）",
        "requirement id, e.g. 21.1 (prompted for on a terminal)",
    ),
    "help.opt_unit": ("记录的单位：编号、名称或别名", "the recording unit: id, name or alias"),
    "help.opt_done": ("已完成", "done"),
    "help.opt_progress": ("进行中", "in progress"),
    "help.opt_blocked": ("受阻", "blocked"),
    "help.opt_event": (
        "发生了某事件（启动 after: 规则的计时），如 文件公布",
        "an event happened (starts an after: rule's clock), e.g. 文件公布",
    ),
    "help.opt_exempt": (
        "不适用：本单位无此职责（在 --note 说明原因）",
        "exempt: the unit has no such duty (say why in --note)",
    ),
    "help.opt_extend": ("延期：到期日改为 --until", "extended: the due date moves to --until"),
    "help.opt_until": ("延期至（与 --extend 一起用）", "extended until (with --extend)"),
    "help.opt_date": ("发生日期（默认今天）", "when it happened (default today)"),
    "help.opt_period": (
        "对应的周期，如 2018-07、2018-Q3、2018，或事件日期",
        "the instance: 2018-07, 2018-Q3, 2018, or an event date",
    ),
    "help.opt_note": ("说明", "note"),
    "help.opt_evidence": (
        "佐证：网址或台账中的文件路径，可重复",
        "evidence: a URL or a ledger file path; repeatable",
    ),
    "help.opt_from": ("公示开始日", "display window start"),
    "help.opt_to": (
        "公示结束日（长期公示不填）",
        "display window end (none for long-term display)",
    ),
    "help.opt_approved_by": (
        "批准单位（不适用、延期时填写）",
        "approved by (for exempt and extend)",
    ),
    "help.opt_by": ("记录人", "who recorded it"),
    "help.status": (
        "每日查看：各状态数量和完成进度，以及已逾期、即将到期的义务（最紧急的在前）。",
        "The morning screen: counts per status, progress, and what is overdue or due soon, most urgent first.",
    ),
    "help.status_example": (
        "示例：zwgk status ｜ zwgk status --as-of 2018-08-01 --unit 县教体局 ｜ zwgk status --due-within 14d ｜ "
        "zwgk status --by unit ｜ zwgk status --format json ｜ zwgk status --fail-on overdue",
        "Examples: zwgk status | zwgk status --as-of 2018-08-01 --unit jtj | zwgk status --due-within 14d | "
        "zwgk status --by unit | zwgk status --format json | zwgk status --fail-on overdue",
    ),
    "help.opt_status_unit": (
        "只看这些单位（编号、名称、别名或单位组），可重复",
        "only these units (id, name, alias or group); repeatable",
    ),
    "help.opt_task": ("只看这些任务编号，可重复", "only these task numbers; repeatable"),
    "help.opt_status_output": (
        "把 json 或 csv 写入文件（不能写到台账的 data/ 中；已有文件须加 --force）",
        "write the json or csv to this file (never inside the ledger's data/; an existing file only with --force)",
    ),
    "cli.status_output_table": (
        "-o 只用于 --format json 或 csv；屏幕表格请直接查看或重定向",
        "-o takes --format json or csv; the table is for the screen",
    ),
    "help.opt_part": ("只看这些部分（一 … 八），可重复", "only these parts (一 … 八); repeatable"),
    "help.opt_status": (
        "只看这些状态：done late overdue due_soon open ongoing exempt，可重复",
        "only these statuses: done late overdue due_soon open ongoing exempt; repeatable",
    ),
    "help.opt_due_within": (
        "只看 N 天内到期（含已逾期）的未完成义务，如 14 或 14d",
        "only unfinished obligations due within N days (overdue included), e.g. 14 or 14d",
    ),
    "help.opt_by_unit": (
        "按单位汇总：义务数、已完成、逾期完成、已逾期、按时率",
        "roll up per unit: obligations, done, late, overdue, on-time rate",
    ),
    "help.opt_fail_on": (
        "有已逾期（overdue）或即将到期及以上（due_soon）的义务时退出码为 1",
        "exit 1 when something is overdue (overdue) or due soon or worse (due_soon)",
    ),
    "help.opt_all": ("列出全部义务，不合并", "list every obligation, unfolded"),
    "help.opt_wide": ("显示完整的要求内容", "show the full requirement text"),
    # --- command output ---------------------------------------------------
    "validate.more_of_kind": (
        "本文件另有 {n} 处同类问题（{code}）未逐一列出",
        "{n} more problems of this kind ({code}) in this file are not listed",
    ),
    "validate.more_of_kind_hint": (
        "先修正上面列出的问题，再运行 zwgk validate",
        "fix the ones listed above, then run zwgk validate again",
    ),
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
    "output.parent_is_file": (
        "路径中有一段是文件而不是文件夹",
        "part of the path is a file, not a folder",
    ),
    "output.choose_other": (
        "换一个位置，或检查文件夹的写入权限",
        "choose another place, or check the folder's permissions",
    ),
    "output.exists": ("{path} 已存在", "{path} exists already"),
    "output.exists_hint": (
        "换一个文件名，或加 --force 覆盖它",
        "choose another file name, or add --force to overwrite it",
    ),
    "output.in_ledger": (
        "{path} 在台账的 {data} 文件夹中，输出文件不能写在那里",
        "{path} is inside the ledger's {data} folder: outputs are never written there",
    ),
    "output.in_ledger_hint": (
        "台账文件（计划、单位、进展记录、日历）只由人或 zwgk record 修改；换一个台账之外的位置"
        "（--force 也不能覆盖它们）",
        "ledger files (plan, units, progress, calendar) are changed by people or zwgk record only;"
        " choose a place outside data/ (not even --force overwrites them)",
    ),
    "output.duplicate_names": (
        "两份输出会写到同一个文件：{files}",
        "two outputs would be written to the same file: {files}",
    ),
    "output.stdout_failed": (
        "无法写出到标准输出：{error}",
        "cannot write to standard output: {error}",
    ),
    "output.stdout_failed_hint": (
        "检查输出重定向到的磁盘是否已满，或重定向到别处",
        "check whether the disk the output is redirected to is full, or redirect it elsewhere",
    ),
    "export.needs_output": (
        "{format} 是二进制格式，不能输出到屏幕",
        "{format} is a binary format and cannot go to standard output",
    ),
    "export.needs_output_hint": ("用 -o 文件名 指定输出文件", "name the file with -o FILE"),
    "export.sheet_all": ("全部义务", "obligations"),
    "export.calendar_name": ("{plan} 到期日", "{plan}: due dates"),
    "export.event_summary": ("【{status}】{req} {unit}", "[{status}] {req} {unit}"),
    "export.event_description": (
        "任务 {task}，要求 {req}，周期 {period}，到期 {due}，状态：{status}\n{text}",
        "task {task}, requirement {req}, period {period}, due {due}, status: {status}\n{text}",
    ),
    # --- reports and notices ---------------------------------------------------
    "report.title_week": ("政务公开工作周报", "Openness work: weekly report"),
    "report.title_month": ("政务公开工作月报", "Openness work: monthly report"),
    "report.week_label": ("{year} 年第 {week} 周", "week {week} of {year}"),
    "report.month_label": ("{year} 年 {month} 月", "{year}-{month:02d}"),
    "report.period_line": (
        "报告期：{label}（{start} 至 {end}），数据截至 {as_of}",
        "Period: {label} ({start} to {end}); figures as of {as_of}",
    ),
    "report.h_figures": ("一、总体情况", "1. Overview"),
    "report.h_completed": ("二、本期完成情况", "2. Completed in the period"),
    "report.h_overdue": ("三、逾期未完成事项", "3. Overdue"),
    "report.h_upcoming": ("四、{n} 天内到期事项", "4. Due within {n} days"),
    "report.h_units": ("五、各单位完成情况", "5. By unit"),
    "report.h_parts": ("六、分项推进情况", "6. By part of the plan"),
    "report.figures_line": (
        "共 {total} 项义务（其中不适用 {exempt} 项），已完成 {completed} 项（含逾期完成），完成率 {completion}；"
        "已逾期 {overdue} 项，按时完成率 {on_time}。",
        "{total} obligations ({exempt} exempt); {completed} completed (late ones included), {completion} of those not "
        "exempt; {overdue} overdue; on-time rate {on_time}.",
    ),
    "report.group_heading": ("{unit}（{n} 项）", "{unit} ({n})"),
    "report.col_figure": ("指标", "figure"),
    "report.col_now": ("截至 {date}", "as of {date}"),
    "report.col_before": ("上期末 {date}", "previous period end {date}"),
    "report.col_change": ("变化", "change"),
    "report.total": ("义务总数", "obligations"),
    "report.completed": ("已完成", "completed"),
    "report.since_previous": ("较上期 {delta}", "{delta} since last period"),
    "report.none": ("无。", "None."),
    "report.late_by": ("{status}（晚 {n} 天）", "{status} ({n} d late)"),
    "report.chart_overdue": ("各单位逾期事项数", "Overdue obligations per unit"),
    "report.chart_parts": ("各部分完成率", "Completion per part of the plan"),
    "report.generated": (
        "由 zwgk 根据台账生成，数据截至 {as_of}",
        "Generated by zwgk from the ledger, as of {as_of}",
    ),
    "report.bad_week": ("“{value}”不是一个周", "“{value}” is not a week"),
    "report.week_hint": ("按 ISO 周书写，如 2018-W41", "write an ISO week, e.g. 2018-W41"),
    "report.bad_month": ("“{value}”不是一个月份", "“{value}” is not a month"),
    "report.month_hint": ("按 YYYY-MM 书写，如 2018-10", "write YYYY-MM, e.g. 2018-10"),
    "report.week_or_month": ("--week 和 --month 只能给一个", "give --week or --month, not both"),
    "report.as_of_outside": (
        "截至日 {as_of} 不在报告期 {period}（{start} 至 {end}）内",
        "the as-of date {as_of} is outside {period} ({start} to {end})",
    ),
    "report.as_of_outside_hint": (
        "去掉 --as-of（按报告期最后一天统计），或给出报告期内的日期",
        "leave out --as-of (figures as of the period's last day), or give a day within it",
    ),
    "report.format_mismatch": (
        "输出文件 {path} 的扩展名与 --format {format} 不符",
        "the output file {path} does not match --format {format}",
    ),
    "report.format_mismatch_hint": (
        "把文件名改为以 {suffix} 结尾，或去掉 --format 让扩展名决定格式",
        "end the file name in {suffix}, or leave out --format and let the suffix decide",
    ),
    "notice.output_is_folder": (
        "-o 要给一个文件夹（每个单位一个文件），{path} 看起来是文件名",
        "-o takes a folder (one file per unit); {path} looks like a file name",
    ),
    "report.needs_output": (
        "docx 是二进制格式，需要用 -o 指定文件",
        "docx is binary: name the file with -o",
    ),
    "notice.title": ("督办通知", "Reminder"),
    "notice.to": ("{unit}：", "To {unit}:"),
    "notice.body": (
        "根据《{plan}》，截至 {as_of}，你单位有 {overdue} 项已逾期、{due_soon} 项即将到期（见下表）。"
        "请抓紧办理，并于 {reply_by} 前将办理情况书面反馈{issuer}。",
        "Under the plan “{plan}”, as of {as_of} your unit has {overdue} overdue and {due_soon} "
        "due-soon obligations (below). Please complete them and report to {issuer} by {reply_by}.",
    ),
    "report.same_as_above": ("同上", "as above"),
    "notice.days_late": ("已逾期 {n} 天", "{n} days overdue"),
    "notice.days_left": ("{n} 天后到期", "due in {n} days"),
    "notice.reply": ("反馈截止日期：{reply_by}", "Reply by: {reply_by}"),
    "notice.default_issuer": ("县政府办公室", "县政府办公室"),
    "notice.file_name": ("督办通知-{unit}-{id}-{as_of}", "reminder-{unit}-{id}-{as_of}"),
    "notice.none": (
        "截至 {as_of}，没有单位有已逾期或即将到期的事项，无需督办",
        "as of {as_of} no unit has anything overdue or due soon: no reminders",
    ),
    "notice.need_unit": (
        "请用 --unit 指定单位，或用 --all",
        "name units with --unit, or give --all",
    ),
    "notice.many_to_stdout": (
        "{n} 份通知不能以 {format} 格式输出到同一屏幕",
        "{n} notices cannot go to standard output as {format}",
    ),
    "notice.many_hint": ("用 -o 文件夹 每个单位写一个文件", "use -o DIR for one file per unit"),
    "notice.written": ("已写入 {n} 份督办通知到 {path}", "wrote {n} reminders to {path}"),
    "git.missing": ("找不到 git 命令", "the git command was not found"),
    "git.missing_hint": (
        "安装 git（Windows：Git for Windows）并确认它在 PATH 中",
        "install git (on Windows, Git for Windows) and make sure it is on PATH",
    ),
    "git.not_repo": ("{path} 不在 git 仓库中", "{path} is not inside a git repository"),
    "git.not_repo_hint": (
        "在台账文件夹中运行 git init 并提交，或用 --root 指向一个 git 仓库中的台账",
        "run git init in the ledger and commit, or point --root at a ledger inside a git repository",
    ),
    "git.failed": ("git {command} 失败：{error}", "git {command} failed: {error}"),
    "git.unknown_rev": ("git 中没有版本“{rev}”", "git has no revision “{rev}”"),
    "git.unknown_rev_hint": (
        "用 git log --oneline 查看可用的提交，如 HEAD、HEAD~1、main 或提交号",
        "see git log --oneline for revisions: HEAD, HEAD~1, main or a commit hash",
    ),
    "git.bad_range": ("“{spec}”不是版本范围", "“{spec}” is not a revision range"),
    "git.bad_range_hint": (
        "写成 旧版本..新版本，如 origin/main..HEAD",
        "write OLD..NEW, e.g. origin/main..HEAD",
    ),
    "git.bad_at_rev": (
        "版本 {rev} 的台账有 {n} 处错误：{message}",
        "the ledger at {rev} has {n} error(s): {message}",
    ),
    "git.bad_at_rev_hint": (
        "检出该版本运行 zwgk validate 查看全部问题，或比较其他版本",
        "check that revision out and run zwgk validate, or compare other revisions",
    ),
    "git.worktree": ("工作区", "working tree"),
    "git.no_merge_base": ("{a} 与 {b} 没有共同的祖先提交", "{a} and {b} have no common ancestor"),
    "git.missing_object": (
        "版本 {rev} 的 {path} 在本地仓库中缺失",
        "{path} at {rev} is missing from the local repository",
    ),
    "git.missing_object_hint": (
        "运行 git fetch 取回完整历史（浅克隆或部分克隆时），或检查仓库是否损坏（git fsck）",
        "run git fetch for the full history (in a shallow or partial clone), or check the repository (git fsck)",
    ),
    "git.cannot_verify": (
        "无法在本机核验提交 {commit} 的签名：{reason}",
        "cannot check the signature of commit {commit} on this machine: {reason}",
    ),
    "git.cannot_verify_hint": (
        "OpenPGP 签名需安装 GnuPG（gpg）并导入签名者的公钥；SSH 签名需 ssh-keygen，"
        "并用 git config gpg.ssh.allowedSignersFile 指定允许的签名者文件",
        "OpenPGP signatures need GnuPG (gpg) with the signers' public keys imported; SSH "
        "signatures need ssh-keygen and an allowed-signers file set with git config "
        "gpg.ssh.allowedSignersFile",
    ),
    "git.no_verdict": ("git 没有给出核验结果", "git gave no verdict"),
    "owners.generated": (
        "由 zwgk codeowners 根据 data/units.yaml 的 owners 生成；请修改 units.yaml 后重新生成，不要手工编辑",
        "generated by zwgk codeowners from the owners in data/units.yaml: edit units.yaml and regenerate, not this file",
    ),
    "owners.none": (
        "{unit} 未填写 owners：其进展文件由计划管理人员审核",
        "{unit} lists no owners: its progress files are reviewed by the office",
    ),
    "owners.not_owner": (
        '要求 "{req}" 的记录由 {author} <{email}> 在提交 {commit} 中{verb}，但此人不是 {unit} 的 owners 之一',
        'the entry for requirement "{req}" was {verb} by {author} <{email}> in {commit}, who is not an owner of {unit}',
    ),
    "owners.not_owner_hint": (
        "{unit} 的 owners：{owners}。请由本单位人员提交，或在 data/units.yaml 的 owners 中加入此人（需计划管理人员审核）",
        "owners of {unit}: {owners}. Have the unit's own clerk commit it, or add the person to its owners in data/units.yaml (reviewed by the office)",
    ),
    "owners.self_declared": (
        "git 提交的作者姓名和邮箱由提交者自己填写：--authors 能发现录错单位，不能证明是谁提交的。"
        "要把关，请用代码托管平台的受保护分支和 CODEOWNERS，或要求签名提交（--require-signed）",
        "a commit's author name and e-mail are whatever the committer typed: --authors catches "
        "entries recorded for the wrong unit, it does not prove who made a change. Enforce that "
        "with the forge's protected branches and CODEOWNERS, or signed commits (--require-signed)",
    ),
    "owners.unsigned": (
        "提交 {commit}（{author} <{email}>，“{subject}”）没有签名",
        "commit {commit} ({author} <{email}>, “{subject}”) is not signed",
    ),
    "owners.unsigned_hint": (
        "要求签名时每个提交都须签名：设置 user.signingkey 后用 git commit -S 重新提交，再推送",
        "with --require-signed every commit must be signed: set user.signingkey, redo the "
        "commit with git commit -S and push again",
    ),
    "owners.bad_signature": (
        "提交 {commit}（{author} <{email}>，“{subject}”）的签名未通过核验：{reason}",
        "the signature of commit {commit} ({author} <{email}>, “{subject}”) does not check "
        "out: {reason}",
    ),
    "owners.bad_signature_hint": (
        "签名按本机信任的公钥核验（GnuPG 密钥环；SSH 签名为 gpg.ssh.allowedSignersFile）："
        "请登记签名者的有效公钥，或由本人用有效密钥重新签名提交",
        "signatures are checked against the keys this machine trusts (its GnuPG keyring; "
        "for SSH, gpg.ssh.allowedSignersFile): register the signer's valid key, or have the "
        "commit signed again with one",
    ),
    "owners.sig_bad": ("签名与提交内容不符", "the signature does not match the commit"),
    "owners.sig_expired": ("签名已过期", "the signature has expired"),
    "owners.sig_expired_key": ("签名所用的密钥已过期", "it was made with an expired key"),
    "owners.sig_revoked_key": ("签名所用的密钥已被吊销", "it was made with a revoked key"),
    "owners.sig_unknown_key": (
        "本机不认识签名所用的密钥",
        "it was made with a key this machine does not know",
    ),
    "owners.account_hint": (
        "。账号名只与 GitHub 的 noreply 邮箱（编号+账号@users.noreply.github.com）相符，"
        "用其他邮箱提交的人请在 owners 中写邮箱",
        ". An account name matches only its GitHub noreply e-mail "
        "(ID+account@users.noreply.github.com); for anyone committing with another "
        "address, list the e-mail in owners",
    ),
    "owners.verb_added": ("添加", "added"),
    "owners.verb_edited": ("修改", "edited"),
    "owners.verb_removed": ("删除", "removed"),
    "owners.need_office": (
        "请用 --office 指定审核计划文件的人员或团队",
        "name who reviews the plan files with --office",
    ),
    "owners.need_office_hint": (
        "如 --office @zwgk-office 或 --office clerk@example.org，可重复",
        "e.g. --office @zwgk-office or --office clerk@example.org; repeatable",
    ),
    "owners.exists_hint": (
        "加 --force 覆盖（它由 units.yaml 生成），或用 -o - 输出到屏幕比较",
        "add --force to overwrite it (it is generated from units.yaml), or -o - to compare on screen",
    ),
    "validate.signed_needs_authors": (
        "--require-signed 要与 --authors 版本范围一起使用，如 --authors origin/main..HEAD",
        "--require-signed needs --authors with a range, e.g. --authors origin/main..HEAD",
    ),
    "validate.clean_changed": (
        "校验通过：相对 {rev} 的改动未发现问题",
        "all clear: the changes since {rev} have no problems",
    ),
    "diff.heading": (
        "{before} → {after}（状态按 {as_of} 计算）",
        "{before} → {after} (statuses as of {as_of})",
    ),
    "diff.nothing": ("没有变化", "no changes"),
    "diff.entries": ("进展记录（{n}）：", "Progress entries ({n}):"),
    "diff.statuses": ("状态变化（{n}）：", "Status changes ({n}):"),
    "diff.plan": ("计划变化（{n}）：", "Plan changes ({n}):"),
    "diff.until": ("延至 {until}", "until {until}"),
    "diff.no_rule": ("无期限", "no deadline"),
    "diff.kind_plan": ("计划", "the plan"),
    "diff.kind_part": ("第{id}部分", "part {id}"),
    "diff.kind_task": ("任务 {id}", "task {id}"),
    "diff.kind_requirement": ("要求 {id}", "requirement {id}"),
    "diff.kind_unit": ("单位 {name}（{id}）", "unit {name} ({id})"),
    "diff.kind_group": ("单位组 {name}（{id}）", "group {name} ({id})"),
    "diff.kind_reorganisation": ("机构改革：{what}", "reorganisation: {what}"),
    "diff.added": ("新增 {what}", "added {what}"),
    "diff.removed": ("删除 {what}", "removed {what}"),
    "diff.changed": ("{what} 的{field}：{before} → {after}", "{what}, {field}: {before} → {after}"),
    "diff.field_text": ("内容", "text"),
    "diff.field_lead": ("牵头单位", "lead units"),
    "diff.field_support": ("配合单位", "support units"),
    "diff.field_mode": ("完成方式", "mode"),
    "diff.field_due": ("期限规则", "deadline rules"),
    "diff.field_title": ("标题", "title"),
    "diff.field_name": ("名称", "name"),
    "diff.field_members": ("成员", "members"),
    "diff.field_owners": ("owners", "owners"),
    "diff.field_aliases": ("别名", "aliases"),
    "diff.field_kind": ("类型", "kind"),
    "diff.md_title": ("台账变化：{before} → {after}", "Ledger changes: {before} → {after}"),
    "diff.md_as_of": ("状态按 {as_of} 计算。", "Statuses as of {as_of}."),
    "diff.change_added": ("新增", "added"),
    "diff.change_removed": ("删除", "removed"),
    "diff.change_edited": ("修改", "edited"),
    "diff.change_moved": ("移动", "moved"),
    "diff.merge_base": ("{rev} 的分叉点", "the merge base with {rev}"),
    "entry.done": ("已完成", "done"),
    "entry.progress": ("进行中", "in progress"),
    "entry.blocked": ("受阻", "blocked"),
    "entry.event": ("事件", "event"),
    "entry.exempt": ("不适用", "exempt"),
    "entry.extend": ("延期", "extended"),
    "log.need_what": ("请给出要求编号或 --unit", "give a requirement id or --unit"),
    "log.none": ("没有进展记录", "no progress entries"),
    "log.uncommitted": ("（尚未提交）", "(not committed yet)"),
    "log.odd_date": ("（日期无法识别，git 记为 {raw}）", "(unreadable date, git has {raw})"),
    "col.change": ("变化", "change"),
    "col.entry": ("记录", "entry"),
    "col.before": ("之前", "before"),
    "col.after": ("之后", "after"),
    "render.syntax": ("模板语法错误：{error}", "template syntax error: {error}"),
    "render.failed": ("模板出错：{error}", "template error: {error}"),
    "render.fix_hint": (
        "改正该模板（可用变量见 README 的“报告模板”一节），或删除台账 templates/ 中的同名文件以使用内置模板",
        'fix the template (its variables are listed in the README, "Report templates"), or remove it from the ledger\'s templates/ to use the built-in one',
    ),
    "render.not_found": ("找不到模板 {name}", "template {name} not found"),
    "render.unsafe": (
        "模板试图访问不允许的内容（{error}）：模板只能使用提供给它的变量和过滤器，不能运行代码、读取文件或环境变量",
        "the template reaches for something it may not ({error}): templates may only use the variables and filters they are given, never run code or read files or environment variables",
    ),
    "render.too_big": (
        "模板要求的计算量超出限制：{error}",
        "the template asks for more work than allowed: {error}",
    ),
    "render.limit_size": (
        "一次运算得到的文字或列表超过 {limit} 个字符或元素",
        "one operation would make a text or list over {limit} characters or items",
    ),
    "render.limit_digits": ("数字超过 {limit} 位", "a number over {limit} digits"),
    "render.limit_width": (
        "宽度、精度或份数超过 {limit}（或用 * 从数值取宽度）",
        "a width, precision or count over {limit} (or a width taken from the values with *)",
    ),
    "render.limit_output": (
        "模板输出超过 {limit} 个字符",
        "the template writes over {limit} characters",
    ),
    "render.limit_loops": (
        "一次渲染中 range() 合计超过 {limit} 次",
        "range() over {limit} numbers in all in one render",
    ),
    "render.outside": (
        "模板 {name} 是指向 templates/ 以外的链接，不予读取",
        "template {name} is a link to outside templates/ and is not read",
    ),
    "render.outside_hint": (
        "把模板文件本身放进台账的 templates/ 文件夹，不要用符号链接",
        "put the template file itself in the ledger's templates/ folder, not a symbolic link",
    ),
    "render.not_utf8": ("模板 {name} 不是 UTF-8 编码", "template {name} is not UTF-8"),
    "render.not_utf8_hint": (
        "用“UTF-8”编码另存该文件（记事本：另存为 → 编码选 UTF-8）",
        "save the file as UTF-8",
    ),
    "render.too_deep": (
        "模板引用了自己（extends 或 include 形成循环）",
        "the template includes or extends itself",
    ),
    "render.unknown_message": (
        "消息目录中没有 {key}",
        "the message catalog has no {key}",
    ),
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
