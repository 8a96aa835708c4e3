"""The command line's own messages: errors and prompts, help texts, `log`, the
calendar table's weekdays and `validate`'s summary."""

from __future__ import annotations

# key: (中文, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- general ---------------------------------------------------------
    "cli.error_prefix": ("错误：", "error: "),
    "cli.hint_prefix": ("提示：", "hint: "),
    "cli.bad_lang": (
        "不支持的语言 {lang}，可选：{choices}",
        "unsupported language {lang}; choose {choices}",
    ),
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
    "cli.fix_found": (
        "{path}：{encoding}编码，将改存为 UTF-8。其中 {n} 行含中文等非 ASCII 字符，按该编码读出为：",
        "{path}: {encoding}; it will be saved as UTF-8. {n} line(s) hold more than ASCII, "
        "read in that encoding as:",
    ),
    "cli.fix_more_lines": ("……另有 {n} 行", "… and {n} more line(s)"),
    "cli.fix_confirm": (
        "内容如上无误，改存为 UTF-8 吗",
        "Does it read right? Save it as UTF-8",
    ),
    "cli.fix_declined": ("未转换 {path}", "{path} not converted"),
    "cli.fix_done": ("已改存为 UTF-8：{path}", "saved as UTF-8: {path}"),
    "cli.fix_already": (
        "{path} 已是 UTF-8 编码，无需转换",
        "{path} is already UTF-8: nothing to do",
    ),
    "cli.fix_unknown": (
        "{path} 既不是 UTF-8，也不能完整地按 GBK（GB18030）或 UTF-16 读出（或混有两种编码），未改动",
        "{path} is not UTF-8, nor does it read whole as GBK (GB18030) or UTF-16 (or it mixes "
        "two encodings): left alone",
    ),
    "cli.fix_unknown_hint": (
        "用写入它的编辑器打开，核对内容后以 UTF-8 编码另存（记事本：另存为 → 编码选 UTF-8）",
        "open it in the editor that wrote it, check the text, and save it as UTF-8",
    ),
    "cli.fix_needs_yes": (
        "{path} 未转换：不在终端中，无法询问；核对上面的内容后加 --yes 再运行",
        "{path} not converted: not at a terminal to ask; check the lines above and run again "
        "with --yes",
    ),
    "cli.fix_changed": (
        "{path} 在显示之后被改动过，未转换；请重新运行",
        "{path} changed after it was shown: not converted; run again",
    ),
    "cli.fix_missing": ("没有文件 {path}", "no file {path}"),
    "cli.fix_not_file": (
        "{path} 不是普通文件（文件夹、链接或设备），未改动",
        "{path} is not a regular file (a folder, a link or a device): left alone",
    ),
    "cli.fix_too_large": (
        "{path} 过大，不是台账文件，未改动",
        "{path} is too large for a ledger file: left alone",
    ),
    "cli.fix_unreadable": ("无法读取 {path}：{error}", "cannot read {path}: {error}"),
    "cli.unread_file": (
        "进展文件读不出来：{problem}",
        "a progress file that cannot be read: {problem}",
    ),
    "cli.unread_more": (
        "（该文件另有 {n} 处错误，zwgk validate 列出全部）",
        " (and {n} more error(s) in it: zwgk validate lists them all)",
    ),
    "cli.unread_units": (
        "{units}的进展记录没有全部读出：取决于这些记录的 {n} 项义务状态不明，未列出"
        "（不按未完成或逾期计）；其余照常显示。修正上述文件后重新运行",
        "the progress entries of {units} could not all be read: the {n} obligation(s) that "
        "depend on them are of unknown status and not listed (not counted as open or "
        "overdue); the rest is shown as usual. Fix the file(s) above and run again",
    ),
    "cli.unread_units_none": (
        "{units}的进展记录没有全部读出；以下所列义务都不取决于这些记录",
        "the progress entries of {units} could not all be read; none of the obligations "
        "listed below depend on them",
    ),
    "cli.unread_no_such_unit": (
        "{path} 以单位 {unit} 命名，但 units.yaml 中没有这个单位：即使读出，其中的记录也不计入"
        "任何义务，以下所列不受影响（zwgk validate 把它列为错误）",
        "{path} is named after a unit {unit} that units.yaml does not define: even read, its "
        "entries would count for no obligation, and what is listed below is not affected "
        "(zwgk validate lists it as an error)",
    ),
    "cli.notice_unread": (
        "{units}的催办通知取决于读不出来的进展记录（列哪些逾期、哪些已完成都不确定），不生成",
        "the notice(s) to {units} depend on progress entries that cannot be read (what is "
        "overdue and what was done is not known): none written",
    ),
    "cli.status_all_unread": (
        "所选的 {n} 项义务都取决于读不出来的进展记录，状态不明：修正上述文件后重新运行",
        "all {n} obligation(s) asked for depend on progress entries that cannot be read: "
        "their status is unknown. Fix the file(s) above and run again",
    ),
    "cli.not_utf8_gbk": ("（按 GBK 读是“{text}”）", " (read as GBK: “{text}”)"),
    # --- help ------------------------------------------------------------
    "help.app": (
        "政务公开任务台账：校验计划，记录进展，按法定工作日计算谁已逾期。\n\n"
        "台账是一个含 data/tasks.yaml（或多个年度计划 data/plans/）的文件夹；zwgk 从当前目录向上查找，"
        "也可用 --root 或环境变量 ZWGK_ROOT 指定。",
        "Openness-work ledger: validate the plan, record progress, and see who is late "
        "on the official working-day calendar.\n\n"
        "A ledger is a folder holding data/tasks.yaml (or several years' plans, data/plans/); zwgk looks for it from the "
        "working directory upwards, or takes --root / ZWGK_ROOT.",
    ),
    "cli.year_range": (
        "年份 {value} 不在 {first}–{last} 之间",
        "year {value} is not between {first} and {last}",
    ),
    "help.opt_year": (
        "读哪一年的计划（台账有多个年度计划 data/plans/ 时；默认：不晚于 --as-of 或今天的最近一个计划年度）",
        "which year's plan to read (a ledger of several years, data/plans/; default: the latest plan year not after --as-of or today)",
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
    "help.opt_effective": (
        "计划生效日：此前已结束的周期不算义务；不写且在终端中运行时会询问，否则不写入",
        "the day the plan took effect: periods that ended before it are no obligations; "
        "asked for at a terminal when left out, else not written",
    ),
    "help.opt_year_init": ("计划年度（默认今年）", "the plan's year (default: this year)"),
    "help.opt_init_force": (
        "覆盖已存在的同名文件（不删除其他文件，不动进展记录）",
        "overwrite files that exist (nothing else is deleted; progress is never touched)",
    ),
    "help.opt_no_git": ("不执行 git init", "do not run git init"),
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
    "help.import": (
        "把任务分解表（.xlsx、.csv、.docx；列为 工作任务、工作要求、责任单位）转成台账草稿："
        "data/tasks.yaml 和 data/units.yaml 写入 -o 指定的文件夹。单位名称按已有单位及别名匹配，"
        "新单位列出待核对；期限用语（按月、每年7月底前、文件公布后3个工作日内……）识别为期限规则；"
        "不能识别的单元格逐一列出。单位取自当前台账的 units.yaml（或 --units 指定的文件）。"
        "不给 -o、在按年度存放计划的台账中运行时，写入该年度的计划 data/plans/年份.yaml，"
        "并按文字与上一年度的计划比对，列出未变、有改动、新增和删去的要求。",
        "Turn a decomposition table (.xlsx, .csv, .docx with columns 工作任务, 工作要求, 责任单位) "
        "into a draft ledger: data/tasks.yaml and data/units.yaml in the folder -o names. Unit "
        "names are matched to existing units and aliases, new ones listed for review; deadline "
        "phrases (按月, 每年7月底前, 文件公布后3个工作日内 …) become rules; every cell it "
        "could not interpret is listed. Units come from the current ledger's units.yaml (or --units). "
        "Without -o, inside a ledger that keeps its plans by year, the table becomes that year's "
        "plan, data/plans/YEAR.yaml, matched by text to last year's: unchanged, changed, new and "
        "dropped requirements are listed.",
    ),
    "help.import_example": (
        "示例：zwgk import 2019年分解表.xlsx -o 草稿 ｜ zwgk import 分解表.docx -o 草稿 --year 2019 "
        "｜ zwgk import 分解表.csv -o 草稿 --units data/units.yaml --format json "
        "｜ 在台账中：zwgk import 2019年分解表.xlsx --year 2019（写入 data/plans/2019.yaml）",
        "Examples: zwgk import table-2019.xlsx -o draft | zwgk import table.docx -o draft --year 2019 "
        "| zwgk import table.csv -o draft --units data/units.yaml --format json "
        "| inside a ledger: zwgk import table-2019.xlsx --year 2019 (writes data/plans/2019.yaml)",
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
        "草稿写入的文件夹（写入其中的 data/tasks.yaml、data/units.yaml）；不给出时，"
        "把该年度的计划写入当前台账的 data/plans/年份.yaml，并与上一年度的计划比对",
        "the folder the draft is written to (its data/tasks.yaml and data/units.yaml); without "
        "it, the year's plan goes into the current ledger as data/plans/YEAR.yaml, matched to "
        "last year's plan",
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
    "help.opt_import_drop_carried": (
        "与 --force 一起：替换的计划中有 zwgk plan next 结转的要求（carried_from）时，确认删去它们（否则拒绝）",
        "with --force: the plan replaced holds requirements zwgk plan next carried over "
        "(carried_from); delete them (refused otherwise)",
    ),
    "help.opt_import_force": (
        "覆盖草稿文件夹中已有的文件、台账中该年度已有的计划（及 --report 的文件）",
        "overwrite the draft's files, or the ledger's plan of that year (and the --report file), "
        "if they exist",
    ),
    "help.opt_import_report": (
        "另把核对报告（各项数量、按行列出未识别的单元格）写成 Markdown 文件，供科室核对",
        "also write the review report (counts, cells not understood by row) as a Markdown file "
        "for the office",
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
    "help.fix_encoding": (
        "把编辑器存成 GBK（GB18030）或 UTF-16（记事本的“Unicode”）的台账文件改存为 UTF-8：先列出"
        "含中文的行（按检测到的编码读出），确认后（或加 --yes）原子替换；换行符不变，不写 BOM。"
        "已是 UTF-8 的文件不改动（退出码 0）；既不是 UTF-8 也不是这两种编码的文件不改动（退出码 1）。",
        'Save a ledger file an editor wrote as GBK (GB18030) or UTF-16 (Notepad\'s "Unicode") '
        "as UTF-8: the lines with Chinese text are listed as read in the encoding found, then, "
        "once confirmed (or with --yes), the file is replaced atomically; line ends stay, no "
        "BOM is written. A file already UTF-8 is left alone (exit 0); one that is neither "
        "UTF-8 nor one of these is left alone too (exit 1).",
    ),
    "help.fix_encoding_example": (
        "示例：zwgk fix-encoding data/progress/2018/jtj.yaml  ｜  "
        "zwgk fix-encoding --yes data/progress/2018/*.yaml（在脚本中，不询问）",
        "Examples: zwgk fix-encoding data/progress/2018/jtj.yaml  |  "
        "zwgk fix-encoding --yes data/progress/2018/*.yaml (in a script: no question)",
    ),
    "help.short_fix-encoding": (
        "把 GBK 等编码的台账文件改存为 UTF-8",
        "save a GBK (or UTF-16) ledger file as UTF-8",
    ),
    "help.arg_fix_files": (
        "要转换的文件（相对当前目录或台账文件夹）",
        "the files to convert (relative to the working directory or the ledger folder)",
    ),
    "help.opt_fix_yes": ("不询问，直接转换", "convert without asking"),
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
    "help.opt_office": (
        "审核计划文件（tasks.yaml 或 plans/、units.yaml）的人员或团队，可重复",
        "who reviews the plan files (tasks.yaml or plans/, units.yaml); repeatable",
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
        "zwgk report --week 2018-W41 --format docx -o 周报.docx ｜ "
        "zwgk report --week 2018-W41 -f docx -o 周报.docx --issuer 县政府办公室 --printed-by 县政府办公室",
        "Examples: zwgk report | zwgk report --week 2018-W41 | zwgk report --month 2018-10 --format html -o report.html | "
        "zwgk report --week 2018-W41 --format docx -o report.docx | "
        "zwgk report --week 2018-W41 -f docx -o report.docx --issuer 县政府办公室 --printed-by 县政府办公室",
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
        "为有已逾期或即将到期事项的单位生成督办通知：要求内容、到期日、逾期天数和反馈期限。"
        "--format xlsx 则生成各单位填写的回执（列出全部待办事项）。",
        "Write reminders (督办通知) to units with overdue or due-soon obligations: requirement, "
        "due date, days late and a reply-by date. --format xlsx writes the reply form (回执) "
        "each unit fills, listing all it has still to do.",
    ),
    "help.notice_example": (
        "示例：zwgk notice --unit 县教体局 ｜ zwgk notice --all -o 督办通知/ ｜ "
        "zwgk notice --all --format docx -o 督办通知/ --reply-days 5 ｜ "
        "zwgk notice --unit 县教体局 -f docx -o 督办通知/ --doc-no 桓政办字〔2018〕12号 "
        "--cc 县委办、县人大办 --printed-by 县政府办公室",
        "Examples: zwgk notice --unit jtj | zwgk notice --all -o notices/ | "
        "zwgk notice --all --format docx -o notices/ --reply-days 5 | "
        "zwgk notice --unit jtj -f docx -o notices/ --doc-no 桓政办字〔2018〕12号 "
        "--cc 县委办 --cc 县人大办 --printed-by 县政府办公室",
    ),
    "help.opt_notice_unit": (
        "通知这些单位（编号、名称、别名或单位组），可重复",
        "notify these units (id, name, alias or group); repeatable",
    ),
    "help.opt_notice_all": (
        "通知所有有逾期或即将到期事项的单位（--format xlsx：所有尚有待办事项的单位各一份回执）",
        "notify every unit with something overdue or due soon (--format xlsx: a 回执 for "
        "every unit with anything left to do)",
    ),
    "help.opt_reply_days": (
        "反馈期限：--as-of 之后 N 个工作日（默认 3）",
        "reply within N working days of --as-of (default 3)",
    ),
    "help.opt_issuer": (
        "发文单位（默认：县政府办公室）",
        "the issuing office (default: 县政府办公室, the county government office)",
    ),
    "help.opt_doc_no": (
        "文号，排在 Word 文件标题之上（只用于 docx），如 桓政办字〔2018〕12号",
        "document number, on a line above the Word file's title (docx only), e.g. 桓政办字〔2018〕12号",
    ),
    "help.opt_cc": (
        "抄送单位，印在 Word 文件末页版记中（只用于 docx）；可重复，或用顿号分隔：--cc 县委办、县人大办",
        "units copied, in the colophon (版记) at the foot of the Word file's last page (docx "
        "only); repeat it or separate with 、: --cc 县委办、县人大办",
    ),
    "help.opt_printed_by": (
        "印发机关，与印发日期（即 --as-of 日期）印在版记中（只用于 docx）",
        "the office that prints and issues it, with the date (the --as-of date), in the "
        "colophon (docx only)",
    ),
    "help.opt_report_issuer": (
        "Word 文件落款的发文机关（只用于 docx；默认：县政府办公室）",
        "the issuing office signing the Word file (docx only; default: 县政府办公室)",
    ),
    "help.opt_notice_format": (
        "md、html、docx，或 xlsx：单位填写的回执，列出全部待办事项（docx 和 xlsx 需要 -o）",
        "md, html, docx, or xlsx: the reply form (回执) a unit fills, listing all it has "
        "still to do (docx and xlsx need -o)",
    ),
    "help.opt_one_file": (
        "xlsx：所有单位写入一个工作簿，每个单位一个工作表",
        "xlsx: one workbook for all units, a sheet per unit",
    ),
    "help.opt_notice_output": (
        "写入此文件夹，每个单位一个文件（默认输出到屏幕）",
        "write one file per unit into this folder (default: standard output)",
    ),
    # --- calendar ---------------------------------------------------------
    "weekday.mon": ("一", "Mon"),
    "weekday.tue": ("二", "Tue"),
    "weekday.wed": ("三", "Wed"),
    "weekday.thu": ("四", "Thu"),
    "weekday.fri": ("五", "Fri"),
    "weekday.sat": ("六", "Sat"),
    "weekday.sun": ("日", "Sun"),
    # --- record -----------------------------------------------------------
    "prompt.req": ("要求编号（如 21.1）", "requirement id (e.g. 21.1)"),
    "prompt.unit": ("单位（编号、名称或别名）", "unit (id, name or alias)"),
    "prompt.unit_of": ("单位（{units}）", "unit ({units})"),
    "prompt.status": (
        "状态（完成/进展/受阻/事件/不适用/延期）",
        "status (done/progress/blocked/event/exempt/extend)",
    ),
    "prompt.date": ("日期", "date"),
    "prompt.period": ("完成的是哪一期（{periods}）", "which instance does it complete ({periods})"),
    "prompt.period_of": (
        "哪一期（{periods}；直接回车：{enter}）",
        "which instance ({periods}; Enter: {enter})",
    ),
    "prompt.period_enter_done": ("按日期自动确定", "the one its date falls in"),
    "prompt.period_enter_progress": ("不写", "none"),
    "prompt.period_enter_blocked": ("不写", "none"),
    "prompt.period_enter_exempt": ("此日起的各期", "every one from this date on"),
    "prompt.period_enter_extend": ("所有未完成的各期", "every open one"),
    "prompt.period_invalid": (
        "“{answer}”不是其中一期：请照原样输入一期（如 {first}），或输入序号 1–{n}",
        "“{answer}” is none of them: type one as shown (e.g. {first}) or its number 1–{n}",
    ),
    "prompt.period_invalid_one": (
        "“{answer}”不是这一期：请照原样输入 {first}",
        "“{answer}” is not the instance: type it as shown, {first}",
    ),
    "prompt.event_invalid_one": (
        "“{answer}”不是该要求的事件：请照原样输入 {first}",
        "“{answer}” is not its event: type it as shown, {first}",
    ),
    "prompt.event": ("事件名称", "event name"),
    "prompt.event_of": ("事件名称（{events}）", "event name ({events})"),
    "prompt.event_invalid": (
        "“{answer}”不是该要求的事件：请照原样输入（如 {first}），或输入序号 1–{n}",
        "“{answer}” is not one of its events: type one as shown (e.g. {first}) or its number 1–{n}",
    ),
    "prompt.effective": (
        "计划生效日 YYYY-MM-DD（不知道就直接回车，不写）",
        "the plan's effective date YYYY-MM-DD (Enter to leave it out if unknown)",
    ),
    "prompt.until": ("延至哪天", "extended until"),
    "prompt.note": ("备注（可不填，直接回车）", "note (optional: Enter to leave it out)"),
    "prompt.note_blocked": ("受阻原因（必填）", "what blocks it (required)"),
    "prompt.note_exempt": ("不适用的理由（必填）", "why it does not apply (required)"),
    "prompt.note_extend": ("延期的理由（必填）", "why it is extended (required)"),
    "prompt.evidence": (
        "佐证：网址或台账中的文件路径（可不填，直接回车）",
        "evidence: a web address or a file kept in the ledger (optional: Enter to leave it out)",
    ),
    "prompt.evidence_more": ("另一项佐证（没有了就直接回车）", "more evidence (Enter when done)"),
    "prompt.approver": ("批准单位（如 县政府办公室）", "approved by (e.g. 县政府办公室)"),
    "prompt.required": ("这一项必填", "this one is required"),
    "prompt.responsible": ("该要求的责任单位：{units}", "the units responsible for it: {units}"),
    "prompt.bad_status": ("“{answer}”不是一种状态", "“{answer}” is not a status"),
    "prompt.statuses": (
        "可填：完成、进展、受阻、事件、不适用、延期（或 done、progress、blocked、event、exempt、extend）",
        "one of: done, progress, blocked, event, exempt, extend (or 完成、进展、受阻、事件、不适用、延期)",
    ),
    "prompt.bad_date": (
        "“{answer}”不是日期：可写 2018-07-20、2018/7/20、2018年7月20日",
        "“{answer}” is not a date: write 2018-07-20, 2018/7/20 or 2018年7月20日",
    ),
    "prompt.date_future_hint": (
        "只记录已经发生的事：填那天或更早的日期",
        "record only what has happened: give that day or an earlier one",
    ),
    "prompt.note_required": (
        "这种记录必须写明理由",
        "this kind of entry needs its reason written down",
    ),
    "cli.blocked_without_note": (
        "受阻的记录须写明受阻原因",
        "a blocked entry says what blocks it",
    ),
    "cli.blocked_without_note_hint": ("加上 --note 原因", "add --note REASON"),
    "cli.bad_evidence": ("--evidence：{message}", "--evidence: {message}"),
    "prompt.approver_required": (
        "不适用和延期须写明批准单位",
        "an exemption or extension needs who approved it",
    ),
    "prompt.bad_url": ("“{answer}”不像网址", "“{answer}” does not look like a web address"),
    "prompt.not_in_ledger": (
        "“{answer}”不是台账中的文件",
        "“{answer}” is not a file kept in the ledger",
    ),
    "prompt.no_such_file": (
        "台账 {root} 中没有文件“{answer}”",
        "the ledger {root} has no file “{answer}”",
    ),
    "prompt.evidence_hint": (
        "填 http:// 或 https:// 开头的完整网址，或相对台账根目录的文件路径（如 docs/通知.pdf）",
        "give a full address starting with http:// or https://, or a path from the ledger's root (e.g. docs/notice.pdf)",
    ),
    "prompt.pii": (
        "{field} 中有{kind}（{masked}）：记录会原样写入文件，公开前须去标识化",
        "{field} holds a {kind} ({masked}): it is written to the file as given and must be de-identified before it is published",
    ),
    "prompt.pii_keep": ("仍然照此写入吗", "write it as it is anyway"),
    "prompt.yes_no": ("（是/否）", " (yes/no)"),
    "prompt.yes_no_default_no": ("（是/否，直接回车为否）", " (yes/no, Enter: no)"),
    "prompt.say_yes_or_no": ("请回答“是”或“否”", "please answer yes or no"),
    "prompt.preview": ("将写入 {path}：", "to be written to {path}:"),
    "prompt.write_it": ("写入这条记录吗", "write this entry"),
    "prompt.written": ("已记录到 {path}。", "recorded in {path}."),
    "prompt.not_written": ("未写入。", "Nothing written."),
    # --- CLI arguments ----------------------------------------------------
    "cli.bad_date": (
        "{value} 不是有效日期，请写成 2018-07-20、2018/7/20、2018.7.20、2018年7月20日 或 20180720",
        "{value} is not a valid date; write 2018-07-20, 2018/7/20, 2018.7.20, 2018年7月20日"
        " or 20180720",
    ),
    "cli.too_many_days": (
        "{value} 天太多：最多 {limit} 天",
        "{value} days is too many: at most {limit}",
    ),
    "cli.bad_days": (
        "{value} 不是天数，请写成 14、14d 或 14天",
        "{value} is not a number of days; write 14 or 14d",
    ),
    "cli.bad_workdays": (
        "{value} 不是工作日数，请写成整数，如 10 或 10个工作日",
        "{value} is not a number of working days; write a whole number, e.g. 10 or 10 workdays",
    ),
    "cli.days_not_workdays": (
        "按日历天计，不按工作日：请把 {value} 换算成日历天，如 14 或 14天",
        "counts calendar days, not working days: give {value} as calendar days, e.g. 14 or 14d",
    ),
    "cli.workdays_not_days": (
        "按工作日计（法定节假日与调休），不按日历天：请把 {value} 写成工作日数，如 10 或 10个工作日",
        "counts working days (official calendar), not calendar days: give {value} as working "
        "days, e.g. 10 or 10 workdays",
    ),
    "cli.bad_month": (
        "{value} 不是月份，请写成 2018-10、2018/10 或 2018年10月",
        "{value} is not a month; write 2018-10, 2018/10 or 2018年10月",
    ),
    "cli.bad_part": ("没有第 {part} 部分；已有：{parts}", "no part {part}; parts: {parts}"),
    "cli.choice": ("{label}（{code}）", "{label} ({code})"),
    "cli.bad_status_code": (
        "未知的状态 {code}；可选：{choices}",
        "unknown status {code}; choose from {choices}",
    ),
    "cli.bad_status_close": (
        "未知的状态 {code}；{did_you_mean}可选：{choices}",
        "unknown status {code}; {did_you_mean} Or choose from {choices}",
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
    "cli.report_bad_week": ("“{value}”不是一个周", "“{value}” is not a week"),
    "cli.report_week_hint": (
        "按 ISO 周书写，如 2018-W41 或 2018年第41周",
        "write an ISO week, e.g. 2018-W41",
    ),
    "cli.report_bad_month": ("“{value}”不是一个月份", "“{value}” is not a month"),
    "cli.report_month_hint": (
        "写成 2018-10、2018/10 或 2018年10月",
        "write 2018-10, 2018/10 or 2018年10月",
    ),
    "cli.report_week_or_month": (
        "--week 和 --month 只能给一个",
        "give --week or --month, not both",
    ),
    "cli.report_as_of_outside": (
        "截至日 {as_of} 不在报告期 {period}（{start} 至 {end}）内",
        "the as-of date {as_of} is outside {period} ({start} to {end})",
    ),
    "cli.report_as_of_outside_hint": (
        "去掉 --as-of（按报告期最后一天统计），或给出报告期内的日期",
        "leave out --as-of (figures as of the period's last day), or give a day within it",
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
    "help.short_collect": ("收回执：把交回的 Excel 回执记为进展", "record returned Excel receipts"),
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
    "cli.docx_only": (
        "{options} 只用于 Word 文件（--format docx）",
        "{options}: only for a Word file (--format docx)",
    ),
    "cli.not_together": (
        "{first} 和 {second} 不能同时使用",
        "{first} and {second} cannot be used together",
    ),
    "cli.one_status": ("只能给出一种状态，这里有：{given}", "give one status only; got {given}"),
    "cli.warning_prefix": ("注意：", "note: "),
    # --- help for issue-3 commands -----------------------------------------
    "help.opt_as_of": (
        "按哪一天计算（YYYY-MM-DD，默认今天）",
        "compute as of this day (YYYY-MM-DD, default today)",
    ),
    "help.opt_warn_days": (
        "到期前剩几个工作日起算“即将到期”（按法定节假日与调休，默认 {default}）",
        "working days left before a due date that count as due soon (official calendar, "
        "default {default})",
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
        "记录一条进展：追加到 data/progress/年份/单位.yaml（只追加，不改动已有内容），并显示该义务的新状态。"
        "在终端中少给了选项（如只输入 zwgk record），会逐项询问，显示将写入的记录，确认后才写入。",
        "Record a progress entry: appended to data/progress/YEAR/UNIT.yaml (append only), then show the obligation's new status. "
        "At a terminal, what the options leave out (all of it: zwgk record) is asked for, and the entry is shown and written once confirmed.",
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
        "对应的周期，如 2018-07（2018年7月）、2018-Q3（2018年第三季度）、2018（2018年），"
        "或事件日期（任一日期写法）；按月发布的事项：发布所在的月份",
        "the instance: 2018-07, 2018-Q3, 2018, or an event date (any date form); a monthly "
        "publication: the month it is published in",
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
    "help.opt_part": (
        "只看这些部分（一 … 八，也可写 3 或 第三部分），可重复",
        "only these parts (一 … 八, or 3, or 第三部分); repeatable",
    ),
    "help.opt_status": (
        "只看这些状态：已完成 逾期完成 已逾期 即将到期 未到期 持续推进 不适用"
        "（或 done late overdue due_soon open ongoing exempt），可重复",
        "only these statuses: done late overdue due_soon open ongoing exempt"
        " (or their Chinese labels, e.g. 已逾期); repeatable",
    ),
    "help.opt_due_within": (
        "只看 N 个日历天内到期（含已逾期）的未完成义务，如 14、14d 或 14天",
        "only unfinished obligations due within N calendar days (overdue included), e.g. 14 or 14d",
    ),
    "help.opt_by_unit": (
        "按单位汇总：义务数、已完成、逾期完成、已逾期、按时率",
        "roll up per unit: obligations, done, late, overdue, on-time rate",
    ),
    "help.opt_fail_on": (
        "有已逾期（overdue）或即将到期及以上（due_soon）的义务时退出码为 1",
        "exit 1 when something is overdue (overdue) or due soon or worse (due_soon)",
    ),
    "help.opt_all": (
        "列出全部义务（含常态义务），每项一行（不按单位、周期合并）",
        "list every obligation, standing duties included, one row each (units and periods "
        "unfolded)",
    ),
    "help.opt_wide": ("显示完整的要求内容", "show the full requirement text"),
    # --- command output ---------------------------------------------------
    "validate.summary": (
        "共 {errors} 个错误，{warnings} 个警告",
        "{errors} error(s), {warnings} warning(s)",
    ),
    "validate.clean": (
        "校验通过：{tasks} 项任务、{reqs} 条要求、{units} 个单位、{entries} 条进展记录，未发现问题",
        "all clear: {tasks} tasks, {reqs} requirements, {units} units, {entries} progress entries",
    ),
    "validate.clean_years": (
        "校验通过：{years} 年计划共 {tasks} 项任务、{reqs} 条要求，{units} 个单位、{entries} 条进展记录，未发现问题",
        "all clear: the plans of {years}, {tasks} tasks and {reqs} requirements in all, {units} units, {entries} progress entries",
    ),
    # --- reports and notices ---------------------------------------------------
    "validate.signed_needs_authors": (
        "--require-signed 要与 --authors 版本范围一起使用，如 --authors origin/main..HEAD",
        "--require-signed needs --authors with a range, e.g. --authors origin/main..HEAD",
    ),
    "validate.clean_changed": (
        "校验通过：相对 {rev} 的改动未发现问题",
        "all clear: the changes since {rev} have no problems",
    ),
    "log.need_what": ("请给出要求编号或 --unit", "give a requirement id or --unit"),
    "log.none": ("没有进展记录", "no progress entries"),
    "log.uncommitted": ("（尚未提交）", "(not committed yet)"),
    "log.odd_date": ("（日期无法识别，git 记为 {raw}）", "(unreadable date, git has {raw})"),
    "help.opt_ignore_errors": (
        "计划、单位或日历文件有错误时仍然计算，并列出因错误漏算或可能算错的要求",
        "compute even when the plan, units or calendar file has errors, naming the requirements "
        "they leave out or may get wrong",
    ),
    "cli.plan_errors": (
        "计划、单位和日历文件有 {n} 处错误，据此计算会漏掉或算错要求：",
        "the plan, units and calendar files have {n} error(s); computing from them would leave "
        "out or get wrong some requirements:",
    ),
    "cli.plan_errors_more": ("……另有 {n} 处", "… and {n} more"),
    "cli.plan_errors_hint": (
        "运行 zwgk validate 查看并修正全部问题；确需先看结果，加 --ignore-errors",
        "run zwgk validate to see and fix every problem; to see the results first, "
        "add --ignore-errors",
    ),
    "cli.plan_unreadable_hint": (
        "运行 zwgk validate 查看并修正全部问题；计划文件读不出来，--ignore-errors 也无从计算",
        "run zwgk validate to see and fix every problem; the plan file cannot be read, "
        "so --ignore-errors has nothing to compute from",
    ),
    "cli.errors_ignored": (
        "按 --ignore-errors 忽略了计划、单位和日历文件的 {n} 处错误，以下结果不完整"
        "（运行 zwgk validate 查看）",
        "--ignore-errors: {n} error(s) in the plan, units and calendar files ignored; what follows "
        "is incomplete (run zwgk validate to see them)",
    ),
    "cli.left_out": (
        "因错误漏算或可能算错的要求（{n} 项）：{ids}",
        "requirements left out or possibly wrong because of them ({n}): {ids}",
    ),
    "cli.left_out_everywhere": (
        "另有 {n} 处错误不属于某一项要求（如计划信息、单位变更、日历），可能影响全部结果",
        "{n} more error(s) belong to no one requirement (such as the plan's head, a change "
        "of units, the calendar) and may affect every result",
    ),
    # --- collect (issue 16): returned 回执 workbooks -------------------------
    "help.collect": (
        "收回执：读取各单位填好交回的 Excel 回执（zwgk notice --format xlsx 生成的 .xlsx），"
        "把每个填写了“完成情况”的行记为一条进展，与 zwgk record 同样检查、同样写入。"
        "先列出将记录的条目（按单位）、不能记录的行（文件、工作表、行号和原因）、待审批的申请和已记录过的行，"
        "确认后（或加 --yes）写入。申请不适用、申请延期须加 --approved-by 才记录，否则列为待审批。"
        "同一文件再收一次不会重复记录。有行未能记录时退出码为 1。",
        "Collect returned Excel receipts: read the .xlsx files units fill in and send back "
        "(written by zwgk notice --format xlsx) and record each row with an answer as a progress "
        "entry, checked and written as zwgk record does. First shows what will be recorded (per "
        "unit), the rows refused (file, sheet, row and why), the requests waiting for approval and "
        "the rows already recorded, then writes once confirmed (or with --yes). Requests for "
        "exemption or extension are recorded only with --approved-by; otherwise they are listed as "
        "pending. Collecting the same file again records nothing twice. Exit code 1 when a row was "
        "refused.",
    ),
    "help.collect_example": (
        "示例：zwgk collect 回执-县教体局-jtj-2018-10-14.xlsx  ｜  "
        "zwgk collect --dry-run 回执/*.xlsx（只看不写）  ｜  "
        "zwgk collect --yes --approved-by 县政府办公室 --by 张三 回执/*.xlsx",
        "Examples: zwgk collect receipt-jtj-2018-10-14.xlsx  |  "
        "zwgk collect --dry-run receipts/*.xlsx (preview only)  |  "
        "zwgk collect --yes --approved-by 'County Office' --by Zhang receipts/*.xlsx",
    ),
    "help.arg_collect_files": (
        "交回的回执文件（.xlsx，可多个）",
        "the returned receipt workbooks (.xlsx, one or more)",
    ),
    "help.opt_collect_yes": ("不询问，直接写入", "write without asking"),
    "help.opt_collect_dry_run": (
        "只显示将记录的内容，不写入",
        "show what would be recorded, write nothing",
    ),
    "help.opt_collect_approved_by": (
        "批准单位：这些文件中所有申请不适用、申请延期的行都按其批准记录",
        "approved by: every request for exemption or extension in these files is recorded as "
        "approved by NAME",
    ),
    "help.opt_collect_by": ("收录人（记入每条记录的 by）", "who collected (each entry's by)"),
    "cli.collect_file_missing": ("找不到文件 {path}", "no such file: {path}"),
    "cli.collect_file_missing_hint": (
        "检查文件名和所在文件夹",
        "check the file name and its folder",
    ),
    "cli.collect_file_not_xlsx": (
        "{path} 不是 .xlsx 文件，只能读取 .xlsx 格式的回执",
        "{path} is not an .xlsx file: receipts are read as .xlsx only",
    ),
    "cli.collect_file_not_xlsx_hint": (
        "用 Excel 或 WPS 打开，另存为“Excel 工作簿（*.xlsx）”后再收",
        'open it in Excel or WPS, save as "Excel Workbook (*.xlsx)" and collect that file',
    ),
    "cli.collect_file_not_workbook": (
        "{path} 不是可读取的 Excel 工作簿（文件损坏，或只是改了扩展名；{error}）",
        "{path} is not a readable Excel workbook (damaged, or only renamed to .xlsx; {error})",
    ),
    "cli.collect_file_not_workbook_hint": (
        "用 Excel 或 WPS 打开，另存为“Excel 工作簿（*.xlsx）”后再收",
        'open it in Excel or WPS, save as "Excel Workbook (*.xlsx)" and collect that file',
    ),
    "cli.collect_file_not_receipt": (
        "{path} 不是 zwgk 回执：没有哪个工作表有 zwgk-key 列",
        "{path} is not a zwgk receipt: no sheet has a zwgk-key column",
    ),
    "cli.collect_file_not_receipt_hint": (
        "回执由 zwgk notice --format xlsx 生成；隐藏的 zwgk-key 列不能删除（复制到新表时请连同该列一起复制）",
        "receipts are written by zwgk notice --format xlsx; keep the hidden zwgk-key column "
        "(copy it along when copying rows into another workbook)",
    ),
    "cli.collect_file_no_answer_column": (
        "{path} 的工作表“{sheet}”没有“完成情况”列",
        'sheet "{sheet}" of {path} has no Answer (完成情况) column',
    ),
    "cli.collect_file_no_answer_column_hint": (
        "不要删除或改名回执的表头；可重新生成回执后填写",
        "do not delete or rename the receipt's headers; write the receipt again and fill that in",
    ),
    "cli.collect_file_too_large": (
        "{path} 的工作表“{sheet}”超过 {rows} 行或 {columns} 列",
        'sheet "{sheet}" of {path} goes beyond {rows} rows or {columns} columns',
    ),
    "cli.collect_file_too_large_hint": (
        "删去表格下方或右侧多余的内容后再收",
        "delete what lies below or to the right of the table and collect it again",
    ),
    "cli.collect_problem_no_key": (
        "这一行没有 zwgk-key（是手工添加的行？），无法知道对应哪项义务",
        "this row has no zwgk-key (added by hand?): which obligation it answers is unknown",
    ),
    "cli.collect_problem_bad_key": (
        "zwgk-key “{cell}” 不是回执生成的编号（被改动过？）",
        'zwgk-key "{cell}" is not one a receipt was written with (edited?)',
    ),
    "cli.collect_problem_no_answer": (
        "填写了内容，但“完成情况”未选",
        "filled in, but no answer chosen",
    ),
    "cli.collect_problem_bad_answer": (
        "完成情况“{cell}”应为 已完成、推进中、申请不适用 或 申请延期",
        'answer "{cell}" should be done, in progress, request exemption or request extension',
    ),
    "cli.collect_problem_bad_date": (
        "完成日期“{cell}”不是有效日期（如 2018-10-12、2018.10.12、2018年10月12日）",
        'date "{cell}" names no day (such as 2018-10-12, 2018.10.12, 2018年10月12日)',
    ),
    "cli.collect_problem_bad_until": (
        "延至“{cell}”不是有效日期（如 2018-12-31、2018.12.31、2018年12月31日）",
        'extend-to "{cell}" names no day (such as 2018-12-31, 2018.12.31, 2018年12月31日)',
    ),
    "cli.collect_problem_no_date": (
        "已完成，但未填完成日期",
        "done, but no date given",
    ),
    "cli.collect_problem_formula": (
        "“{cell}”列是公式，文件中没有保存它的值（用不保存计算结果的软件存过？）",
        'the "{cell}" cell holds a formula saved without its value (saved by a tool that '
        "keeps no results?)",
    ),
    "cli.collect_differs": (
        "同一项在 {others} 的回答与此不同：均未记录",
        "the same item is answered differently at {others}: none recorded",
    ),
    "cli.collect_now_there": (
        "{path} 中已有这条记录（刚由他人写入），跳过",
        "{path} holds this entry already (written meanwhile): skipped",
    ),
    "cli.collect_where": (
        "{file}“{sheet}”第 {row} 行：",
        '{file} "{sheet}" row {row}: ',
    ),
    "cli.collect_evidence_note": ("佐证：{evidence}", "Evidence: {evidence}"),
    "cli.collect_until": ("延至 {until}", "until {until}"),
    "cli.collect_will_record": ("将记录 {n} 条：", "{n} entries to record:"),
    "cli.collect_nothing": ("没有要写入的记录。", "Nothing to record."),
    "cli.collect_approved_by": (
        "申请不适用、申请延期按 {name} 批准记录。",
        "requests for exemption or extension recorded as approved by {name}.",
    ),
    "cli.collect_refused": ("不能记录 {n} 行：", "{n} row(s) refused:"),
    "cli.collect_pending": (
        "待审批 {n} 条（未记录）：",
        "{n} request(s) pending approval (not recorded):",
    ),
    "cli.collect_pending_hint": (
        "批准后加 --approved-by 批准单位 再收一次这些文件，即可记录。",
        "once approved, collect these files again with --approved-by NAME to record them.",
    ),
    "cli.collect_recorded": ("已记录，跳过 {n} 行：", "already recorded, skipped {n} row(s):"),
    "cli.collect_confirm": ("写入这 {n} 条记录吗", "write these {n} entries"),
    "cli.collect_needs_yes": (
        "未写入：不在终端中，无法询问",
        "nothing written: not at a terminal to ask",
    ),
    "cli.collect_needs_yes_hint": (
        "核对上面的内容后加 --yes 再运行",
        "check the entries above and run again with --yes",
    ),
    "cli.collect_written": ("已写入 {n} 条记录。", "{n} entries written."),
    # --- zwgk rollup ------------------------------------------------------
    "help.rollup": (
        "市级汇总：读取 rollup.yaml 列出的各县台账（本地文件夹或 git 远程仓库，用 git 获取到缓存），按同一截止日期计算各县状态并比较：各状态数量、完成率和按时完成率、各县各单位的逾期清单，以及多个县都逾期的要求。无法获取或计划有错误的县会标明，不会略去。退出码：0 各县均已计算；1 有县无法获取、计划有错误或有文件无法读取；2 配置文件有错误。",
        "A city's view: reads the county ledgers rollup.yaml lists (local folders or git remotes, fetched with git into the cache), computes each county's status on the same as-of date and compares them: counts per status, completion and on-time rates, overdue lists per county and unit, and the requirements late in many counties. A county that cannot be fetched or whose plan has errors is shown as such, never left out. Exit codes: 0 every county computed; 1 a county could not be fetched, has plan errors or a file that cannot be read; 2 the config file has errors.",
    ),
    "help.rollup_example": (
        "示例：zwgk rollup ｜ zwgk rollup --as-of 2018-10-14 ｜ zwgk rollup --offline ｜ "
        "zwgk rollup --config 市/rollup.yaml --format html -o 汇总.html ｜ zwgk rollup --format json",
        "Examples: zwgk rollup | zwgk rollup --as-of 2018-10-14 | zwgk rollup --offline | "
        "zwgk rollup --config city/rollup.yaml --format html -o rollup.html | zwgk rollup --format json",
    ),
    "help.short_rollup": ("市级汇总：比较各县台账", "a city's view over county ledgers"),
    "help.opt_rollup_config": (
        "列出各县台账的配置文件（默认 ./rollup.yaml）",
        "the file listing the county ledgers (default ./rollup.yaml)",
    ),
    "help.opt_offline": (
        "不获取远程仓库，只用缓存中上次获取的副本",
        "fetch nothing: use the copies last fetched into the cache",
    ),
    "help.opt_rollup_output": (
        "把 json、csv 或 html 写入文件（不能写到台账的 data/ 中；已有文件须加 --force）",
        "write the json, csv or html to this file (never inside a ledger's data/; an existing file only with --force)",
    ),
    "cli.rollup_output_text": (
        "文字输出只显示在屏幕上；写入文件请用 --format json、csv 或 html",
        "the text view is for the screen; to write a file use --format json, csv or html",
    ),
    # --- zwgk plan ------------------------------------------------------------------
    "help.short_plan_migrate": (
        "单一计划台账迁移为多年度布局",
        "move a one-plan ledger to the layout of several years",
    ),
    "help.short_plan_next": (
        "依今年计划起草明年计划，列出结转事项",
        "draft next year's plan from this year's, with the carry-over",
    ),
    "help.plan": (
        "计划年度：把单一计划台账迁移为多年度布局（data/plans/年份.yaml），依今年计划起草明年计划。",
        "Plan years: move a one-plan ledger to the layout of several years (data/plans/YEAR.yaml); draft next year's plan from this year's.",
    ),
    "help.plan_migrate": (
        "把 data/tasks.yaml 移为 data/plans/<plan.year>.yaml（内容不变，只有编辑器的 schema 行指向新位置；units.yaml 和进展文件不动）。"
        "文件由 git 跟踪时用 git mv，改名已暂存、历史可追（git log --follow）；否则直接改名。"
        "该年度文件已存在、计划读不出来时拒绝。完成后提交。",
        "Move data/tasks.yaml to data/plans/<plan.year>.yaml (its text unchanged but the editor's schema line, pointed at the new place; units.yaml and progress files stay). "
        "When git tracks the file it is moved with git mv: the rename is staged and history follows it (git log --follow); "
        "otherwise it is renamed. Refused when that year's file exists or the plan cannot be read. Commit afterwards.",
    ),
    "help.plan_migrate_example": (
        '示例：zwgk plan migrate && git commit -m "计划迁移到 data/plans/"',
        'Example: zwgk plan migrate && git commit -m "plan moved to data/plans/"',
    ),
    "help.plan_next": (
        "依上一年度计划起草 --year 年度的计划 data/plans/YYYY.yaml：部分、任务、要求编号和责任单位照旧，期限规则顺延一年。"
        "上一年度计划截止日仍未完成或已逾期的义务（与 zwgk status 同一算法，不适用、延期照算）列为结转清单；"
        "不加 --carry 只列清单、不写文件。--carry 决定保留哪些：保留的成为新计划的要求（编号如 21.1.2018，带 carried_from 注明来源，"
        "只含仍未完成的单位），期限为 --carry-due（默认新年度第一季度末，草稿中有注释说明）。已有的计划文件不覆盖（--force 除外），进展文件从不改动。"
        "单一计划台账须先 zwgk plan migrate。",
        "Draft the plan of --year (data/plans/YYYY.yaml) from the year before's: parts, tasks, requirement ids and units as they were, deadline rules moved by a year. "
        "The obligations still open or overdue on the old plan's last day (as zwgk status computes them, exempt and extend honoured) are the carry-over list; "
        "without --carry it is listed and nothing is written. --carry says what to keep: each kept one becomes a requirement of the new plan (id like 21.1.2018, "
        "with carried_from naming its origin, and only the units still owing it), due by --carry-due (default: the end of the new year's first quarter, "
        "said in a comment of the draft). An existing plan file is not overwritten (unless --force); progress files are never touched. "
        "A one-plan ledger runs zwgk plan migrate first.",
    ),
    "help.plan_next_example": (
        "示例：zwgk plan next --year 2019（只列结转清单） ｜ zwgk plan next --year 2019 --carry overdue "
        "--carry-due 2019-03-31 ｜ zwgk plan next --year 2019 --carry 21.1,48.1 ｜ zwgk plan next --format json",
        "Examples: zwgk plan next --year 2019 (lists the carry-over only) | zwgk plan next --year 2019 --carry overdue "
        "--carry-due 2019-03-31 | zwgk plan next --year 2019 --carry 21.1,48.1 | zwgk plan next --format json",
    ),
    "help.opt_plan_next_year": (
        "起草哪一年的计划（默认：台账中最新计划的下一年）；依上一年的计划起草",
        "the year to draft (default: the year after the ledger's latest plan), from the year before's plan",
    ),
    "help.opt_carry": (
        "结转哪些：all 全部、none 不结转、overdue 只结转计划期满次日已逾期的（到期日不晚于计划最后一天，含 12-31 到期的），或要求编号如 21.1,48.1（用逗号分隔）；不给则只列清单",
        "what to carry over: all, none, overdue (only the obligations overdue the day after the plan's end: due on or before its last day, 12-31 included), or requirement ids such as 21.1,48.1 (comma-separated); left out, the list is shown and nothing written",
    ),
    "help.opt_carry_due": (
        "结转要求的期限（默认：新年度第一季度末；原有到期日更晚的保留原日期）",
        "the deadline of carried requirements (default: the end of the new year's first quarter; a later due date they had is kept)",
    ),
    "help.opt_plan_next_effective": (
        "新计划的生效日（默认不写：不顺延旧计划的生效日）",
        "the new plan's effective date (default: not written; the old plan's is not moved)",
    ),
    "help.opt_plan_next_force": (
        "覆盖已存在的该年度计划文件（从不改动进展文件）",
        "overwrite that year's plan file if it exists (progress files are never touched)",
    ),
    "cli.plan_migrate_nothing": (
        "台账已是多年度布局（data/plans/），没有 data/tasks.yaml 需要迁移。",
        "The ledger already keeps its plans in data/plans/: there is no data/tasks.yaml to move.",
    ),
    "cli.plan_migrated_git": (
        "已用 git mv 把 {source} 移为 {target}（{year} 年计划；内容不变，只有编辑器的 schema 行指向新位置；改名已暂存）。",
        "Moved {source} to {target} with git mv (the {year} plan; its text unchanged but the editor's schema line, pointed at the new place; the rename is staged).",
    ),
    "cli.plan_migrated": (
        "已把 {source} 改名为 {target}（{year} 年计划；内容不变，只有编辑器的 schema 行指向新位置）。在 git 中它显示为一次改名（删除与新增），提交时两者都要加入。",
        "Renamed {source} to {target} (the {year} plan; its text unchanged but the editor's schema line, pointed at the new place). Git sees it as a rename (a deletion and a new file): add both when committing.",
    ),
    "cli.plan_migrate_gitignore": (
        "已在 .gitignore 中加入 {lines}：zwgk 写文件时留下的锁文件和临时文件不入库（提交时一并加入 .gitignore）。",
        "Added {lines} to .gitignore: the lock and temporary files zwgk leaves beside the files it writes are not committed (commit .gitignore too).",
    ),
    "cli.plan_migrate_gitignore_made": (
        "已新建 .gitignore，写入 {lines}：zwgk 写文件时留下的锁文件和临时文件不入库（提交时一并加入 .gitignore）。",
        "Made .gitignore with {lines}: the lock and temporary files zwgk leaves beside the files it writes are not committed (commit .gitignore too).",
    ),
    "cli.plan_migrated_next": (
        '下一步：zwgk validate --year {year}，然后提交：git add -A {source} {target} && git commit -m "计划迁移到 {target}"',
        'Next: zwgk validate --year {year}, then commit: git add -A {source} {target} && git commit -m "plan moved to {target}"',
    ),
    "cli.plan_next_no_source": (
        "起草 {year} 年计划需要台账中有更早年度的计划（有：{years}）",
        "drafting the {year} plan needs an earlier year's plan in the ledger (it holds: {years})",
    ),
    "cli.plan_next_no_source_hint": (
        "--year 取晚于台账中某年计划的年份（从其中最近的一年起草）",
        "give --year a year after one of the ledger's plans (the latest before it is drafted from)",
    ),
    "cli.plan_next_choose": (
        "未写入任何文件。用 --carry all|none|overdue 或 --carry 要求编号（如 21.1,48.1）决定结转哪些，即写出 data/plans/{year}.yaml。",
        "Nothing written. Decide what to carry over with --carry all|none|overdue or --carry REQ,REQ (such as 21.1,48.1) to write data/plans/{year}.yaml.",
    ),
    "cli.plan_next_not_carried": (
        "{reqs} 不在结转清单中（清单：{known}；多个编号用逗号分隔）",
        "{reqs} is not on the carry-over list (the list: {known}; separate several ids with commas)",
    ),
    "cli.plan_next_bad_carry": (
        "{value}：应为 all、none、overdue 或要求编号（用逗号分隔，如 21.1,48.1）",
        "{value}: give all, none, overdue or requirement ids (comma-separated, such as 21.1,48.1)",
    ),
    "cli.plan_next_id_taken": (
        "结转要求的编号已被计划中的要求占用：{ids}",
        "the ids of carried requirements are taken by requirements of the plan: {ids}",
    ),
    "cli.plan_next_outside": (
        "{date} 不在新计划期间 {start}–{end} 内",
        "{date} is not within the new plan's period {start} to {end}",
    ),
    "cli.plan_next_list_title": (
        "{year} 年计划截至 {end} 仍未完成或已逾期的要求：{n} 项（结转清单）",
        "Still open or overdue in the {year} plan on {end}: {n} requirements (the carry-over list)",
    ),
    "cli.plan_next_carried_title": (
        "结转到新计划的 {year} 年要求：{n} 项（截至 {end}）",
        "Requirements of {year} carried over: {n} (as of {end})",
    ),
    "cli.plan_next_carried_none": (
        "未结转 {year} 年的任何要求（{n} 项不结转）。",
        "Nothing of the {year} plan carried over ({n} not carried).",
    ),
    "cli.plan_next_nothing_open": (
        "{year} 年计划截至 {end} 没有未完成或逾期的义务：无需结转。",
        "Nothing of the {year} plan was open or overdue on {end}: nothing to carry over.",
    ),
    "cli.plan_next_replaced_import": (
        "替换的 {path} 是 zwgk import 从新表导入的计划，已被本草稿取代",
        "The {path} replaced was a plan zwgk import made from a new table; this draft replaces it",
    ),
    "cli.plan_next_written": (
        "已写出 {path}（依 {source}；结转 {carried} 项，不结转 {dropped} 项）。下一步：zwgk validate --year {year}，核对后提交：git add {path}",
        "Wrote {path} (from {source}; {carried} carried over, {dropped} not). Next: zwgk validate --year {year}, review, then commit: git add {path}",
    ),
    "cli.plan_col_new_id": ("新编号", "new id"),
    "cli.plan_col_periods": ("周期", "periods"),
    "cli.plan_periods_span": ("{first}…{last}（{n} 期）", "{first}…{last} ({n})"),
    "cli.plan_more_units": ("等 {n} 个单位", " and others, {n} units"),
}
