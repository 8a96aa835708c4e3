"""What the outputs write: table columns, templates, Word and spreadsheet files,
`export`, `show`, reports, notices and the files `init` creates."""

from __future__ import annotations

# key: (中文, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- help ------------------------------------------------------------
    "init.default_title": ("{year}年政务公开工作任务分解表", "{year} openness-work task table"),
    "init.huantai_fixed": (
        "--huantai 复制现成的计划，不能再指定 --title、--year 或 --effective",
        "--huantai copies a finished plan: it takes no --title, --year or --effective",
    ),
    "init.no_effective": (
        "未给出计划生效日（--effective）：tasks.yaml 不写 effective，计划期内所有周期都算义务；"
        "知道后在 plan: 下补写 effective: YYYY-MM-DD",
        "no effective date given (--effective): tasks.yaml says none and every period of the "
        "plan counts; once it is known, add effective: YYYY-MM-DD under plan:",
    ),
    "init.effective_outside": (
        "生效日 {effective} 不在计划年度 {year} 内",
        "the effective date {effective} is not in the plan's year {year}",
    ),
    "init.effective_outside_hint": (
        "检查 --effective 或 --year 是否写错",
        "check --effective and --year for a typo",
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
    "export.plan_formats": ("--plan 只能导出为 csv 或 xlsx", "--plan exports csv or xlsx only"),
    "export.plan_formats_hint": (
        "计划的 JSON 形式：zwgk export --format json",
        "the plan as JSON: zwgk export --format json",
    ),
    # --- units.yaml -------------------------------------------------------
    "col.id": ("编号", "id"),
    "col.name": ("名称", "name"),
    "col.kind": ("类型", "kind"),
    "col.leads": ("牵头", "leads"),
    "col.supports": ("配合", "supports"),
    "col.aliases": ("别名", "aliases"),
    # --- statuses --------------------------------------------------------
    "col.req": ("要求", "req"),
    "col.unit": ("单位", "unit"),
    "col.period": ("周期", "period"),
    "col.due": ("到期日", "due"),
    "col.status": ("状态", "status"),
    "col.last_entry": ("最近记录", "last entry"),
    "col.text": ("要求内容", "requirement"),
    "col.obligations": ("义务数", "obligations"),
    "col.on_time_rate": ("按时率", "on time"),
    "col.task": ("任务", "task"),
    "col.unit_id": ("单位编号", "unit id"),
    "col.completed": ("完成日", "completed"),
    "col.days_late": ("逾期天数", "days late"),
    "col.days_left": ("剩余工作日", "working days left"),
    "col.note": ("说明", "note"),
    "col.evidence": ("佐证", "evidence"),
    "col.part": ("部分", "part"),
    "col.section": ("小节", "section"),
    "col.completion": ("完成率", "completed"),
    "col.no": ("序号", "no."),
    "col.status_code": ("状态代码", "status code"),
    # --- deadline rules in words (rulewords) ------------------------------
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
    # --- command output ---------------------------------------------------
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
    "report.period_line_docx": (
        "报告期：{label}（{start}至{end}），数据截至{as_of}。",
        "Period: {label} ({start} to {end}); figures as of {as_of}.",
    ),
    "report.incomplete": (
        "注意：本报告按 --ignore-errors 生成，计划、单位和日历文件有 {n} 处错误，数字不完整；"
        "未计入或可能有误的要求：{ids}。",
        "Note: made with --ignore-errors while the plan, units and calendar files have {n} error(s); "
        "the figures are incomplete. Requirements left out or possibly wrong: {ids}.",
    ),
    "report.incomplete_everywhere": (
        "另有 {n} 处错误不属于某一项要求，可能影响全部数字。",
        " {n} more error(s) belong to no one requirement and may affect every figure.",
    ),
    "report.h_figures": ("一、总体情况", "1. Overview"),
    "report.h_completed": ("二、本期完成情况", "2. Completed in the period"),
    "report.h_overdue": ("三、逾期未完成事项", "3. Overdue"),
    "report.h_upcoming": ("四、{n} 天内到期事项", "4. Due within {n} days"),
    "report.h_units": ("五、各单位完成情况", "5. By unit"),
    "report.h_parts": ("六、分项推进情况", "6. By part of the plan"),
    "report.figures_line": (
        "共 {total} 项义务（其中不适用 {exempt} 项）；有期限的义务已完成 {completed} 项（含逾期完成），"
        "完成率 {completion}；已逾期 {overdue} 项，按时完成率 {on_time}（常态工作没有完成之说，两率均不计）。",
        "{total} obligations ({exempt} exempt); of the dated ones, {completed} completed (late ones "
        "included), {completion} of those not exempt; {overdue} overdue; on-time rate {on_time} "
        "(standing duties, never finished, count in neither rate).",
    ),
    "report.group_heading": ("{unit}（{n} 项）", "{unit} ({n})"),
    "report.col_figure": ("指标", "figure"),
    "report.col_now": ("截至 {date}", "as of {date}"),
    "report.col_before": ("上期末 {date}", "previous period end {date}"),
    "report.col_change": ("变化", "change"),
    "report.dated_total": ("有期限的义务", "dated obligations"),
    "report.standing_figure": ("常态工作{state}", "standing duties {state}"),
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
    "notice.docx_body": (
        "根据《{plan}》，截至{as_of}，{counts}（详见下表）。请抓紧办理，"
        "并请于{reply_by}前将办理情况书面反馈{issuer}。",
        "Under the plan “{plan}”, as of {as_of} {counts} (see the table below). Please "
        "complete them and report to {issuer} by {reply_by}.",
    ),
    "notice.your_unit": ("你单位有{counts}", "your unit has {counts}"),
    "notice.count_overdue": ("{n}项已逾期", "{n} overdue"),
    "notice.count_due_soon": ("{n}项即将到期", "{n} due soon"),
    "notice.count_sep": ("、", " and "),
    "notice.so_notified": ("特此通知。", "This notice is hereby given."),
    "output.long_date": ("{y}年{m}月{d}日", "{y}-{m:02d}-{d:02d}"),
    "output.sub_number": ("（{n}）", "({n}) "),
    "output.cc": ("抄送：{units}。", "Copy to: {units}."),
    "output.cc_sep": ("，", ", "),
    "output.printed_on": ("{date}印发", "issued {date}"),
    "report.same_as_above": ("同上", "as above"),
    "notice.days_late": ("已逾期 {n} 天", "{n} days overdue"),
    "notice.days_left": ("剩 {n} 个工作日", "{n} working days left"),
    "notice.last_workday": ("（最后工作日 {day}）", " (last working day {day})"),
    "notice.reply": ("反馈截止日期：{reply_by}", "Reply by: {reply_by}"),
    "notice.default_issuer": ("县政府办公室", "县政府办公室"),
    "notice.file_name": ("督办通知-{unit}-{id}-{as_of}", "reminder-{unit}-{id}-{as_of}"),
    "notice.none": (
        "截至 {as_of}，没有单位有已逾期或即将到期的事项，无需督办",
        "as of {as_of} no unit has anything overdue or due soon: no reminders",
    ),
    "notice.none_named": (
        "截至 {as_of}，{units}没有已逾期或即将到期的事项，无需督办",
        "as of {as_of} {units}: nothing overdue or due soon, no reminder",
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
    "notice.receipt_file_name": ("回执-{unit}-{id}-{as_of}", "receipt-{unit}-{id}-{as_of}"),
    "notice.receipt_one_file": ("回执-{as_of}", "receipt-{as_of}"),
    "notice.receipt_title": ("督办回执 — {unit}", "Reply form — {unit}"),
    "notice.receipt_dates": (
        "《{plan}》　截至 {as_of}　请于 {reply_by} 前填好反馈{issuer}",
        "“{plan}” · as of {as_of} · fill in and return to {issuer} by {reply_by}",
    ),
    "notice.receipt_how": (
        "请只填写浅黄色的列：{answer}从下拉列表中选择；{done}的请填{date}和{evidence}；"
        "{exempt}须在{note}中写明理由，{extend}还须填写{until}。其他各列和隐藏列请勿改动。",
        "Fill in the light-yellow columns only: choose {answer} from the list; for {done} give "
        "{date} and {evidence}; {exempt} needs the reason in {note}, {extend} also needs "
        "{until}. Leave the other columns and the hidden column as they are.",
    ),
    "notice.receipt_pick": ("请从下拉列表中选择：{answers}", "Choose from the list: {answers}"),
    "notice.receipt_none": (
        "截至 {as_of}，没有单位有待办事项，无需回执",
        "as of {as_of} no unit has anything left to do: no reply forms",
    ),
    "notice.receipt_none_named": (
        "截至 {as_of}，{units}没有待办事项，无需回执",
        "as of {as_of} {units}: nothing left to do, no reply form",
    ),
    "notice.receipt_written": (
        "已写入 {n} 份回执到 {path}",
        "wrote {n} reply forms to {path}",
    ),
    "notice.receipt_written_one": (
        "已写入回执 {path}（{n} 个单位，每个单位一个工作表）",
        "wrote the reply forms {path} ({n} units, a sheet each)",
    ),
    "notice.one_file_xlsx": (
        "--one-file 只用于 --format xlsx（回执）",
        "--one-file is for --format xlsx (reply forms) only",
    ),
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
    # --- zwgk rollup ------------------------------------------------------
    "output.rollup_title": ("各县政务公开任务汇总（截至 {as_of}）", "County ledgers as of {as_of}"),
    "output.rollup_heading": ("截至 {as_of}，{n} 个县：", "As of {as_of}, {n} counties:"),
    "output.rollup_col_name": ("县", "county"),
    "output.rollup_col_year": ("计划年度", "plan year"),
    "output.rollup_col_state": ("状态", "state"),
    "output.rollup_col_obligations": ("有期限义务", "dated"),
    "output.rollup_col_done": ("按时完成", "done"),
    "output.rollup_col_late": ("逾期完成", "late"),
    "output.rollup_col_overdue": ("已逾期", "overdue"),
    "output.rollup_col_due_soon": ("即将到期", "due soon"),
    "output.rollup_col_completion": ("完成率", "completion"),
    "output.rollup_col_on_time": ("按时率", "on time"),
    "output.rollup_col_copy": ("数据来源", "copy"),
    "output.rollup_unit_line": ("  {unit}（{n}）：{reqs}", "  {unit} ({n}): {reqs}"),
    "output.rollup_and_more": (" 等 {n} 项", " … {n} in all"),
    "output.rollup_named": ("{name}：{what}", "{name}: {what}"),
    "output.rollup_copies": ("数据来源：", "Where the figures come from:"),
    "output.rollup_col_req": ("要求", "requirement"),
    "output.rollup_col_text": ("内容", "text"),
    "output.rollup_col_counties": ("县", "counties"),
    "output.rollup_col_unit": ("单位", "unit"),
    "output.rollup_col_due": ("期限", "due"),
    "output.rollup_col_days_late": ("逾期天数", "days late"),
    "output.rollup_total": ("合计", "total"),
    "output.rollup_computed": ("已计算 {n}/{of} 个县", "{n} of {of} computed"),
    "output.rollup_state_ok": ("正常", "ok"),
    "output.rollup_state_incomplete": ("有文件无法读取", "files not read"),
    "output.rollup_state_not_fetched": ("无法获取", "could not be fetched"),
    "output.rollup_state_plan_errors": ("计划有 {n} 个错误", "plan errors: {n}"),
    "output.rollup_state_stale": ("正常（离线副本）", "ok (offline copy)"),
    "output.rollup_state_unreadable": ("台账无法读取", "ledger cannot be read"),
    "output.rollup_copy_folder": ("本地文件夹", "local folder"),
    "output.rollup_copy_none": ("无副本", "no copy"),
    "output.rollup_copy_fresh": (
        "已获取 {commit}（提交于 {committed}）",
        "fetched {commit} (committed {committed})",
    ),
    "output.rollup_copy_cached": (
        "离线副本 {commit}：{fetched} 获取（{age}前），提交于 {committed}",
        "offline copy {commit}: fetched {fetched} ({age} ago), committed {committed}",
    ),
    "output.rollup_age_minutes": ("{n} 分钟", "{n} min"),
    "output.rollup_age_hours": ("{n} 小时", "{n} h"),
    "output.rollup_age_days": ("{n} 天", "{n} days"),
    "output.rollup_fetch_failed": ("无法获取：{reason}", "could not be fetched: {reason}"),
    "output.rollup_offline_why": (
        "本次无法获取，使用缓存中的副本：{reason}",
        "not fetched this time, the cache's copy is used: {reason}",
    ),
    "output.rollup_more_errors": (
        "还有 {n} 个错误，在该县台账中运行 zwgk validate 查看",
        "{n} more errors: run zwgk validate in the county's ledger",
    ),
    "output.rollup_left_out": (
        "{n} 项义务依赖无法读取的文件，未计入",
        "{n} obligations depend on files not read and are left out",
    ),
    "output.rollup_overdue_of": ("{name} 已逾期 {n} 项：", "{name}: {n} overdue"),
    "output.rollup_late_across": (
        "多个县都已逾期的要求（{n} 项）：",
        "Requirements overdue in several counties ({n}):",
    ),
    "output.rollup_late_line": (
        "  {req} {text} — {n} 个县：{counties}",
        "  {req} {text} — {n} counties: {counties}",
    ),
    "output.rollup_late_none": (
        "没有多个县都逾期的要求。",
        "No requirement is overdue in several counties.",
    ),
}
