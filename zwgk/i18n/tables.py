"""Importing a decomposition table (`zwgk import`)."""

from __future__ import annotations

# key: (中文, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # --- help ------------------------------------------------------------
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
    "import.csv_too_large": (
        "{path} 超过 {limit} MB：不像任务分解表",
        "{path} is over {limit} MB: not a task table",
    ),
    "import.csv_mixed": (
        "{path} 第 {line} 行第 {col} 列起不是 UTF-8，整个文件也不是 GBK 或 UTF-16：文件混用了编码",
        "{path} is not UTF-8 from line {line}, column {col}, nor GBK or UTF-16 as a whole: "
        "it mixes encodings",
    ),
    "import.csv_mixed_hint": (
        "在 WPS 或 Excel 中打开，核对这一行的文字，另存为 .xlsx 或“CSV UTF-8”后再导入",
        'open it in WPS or Excel, check that line\'s text, save it as .xlsx or "CSV UTF-8" '
        "and import that",
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
        "{path} 中找不到表头：至少需要 工作任务（或 重点任务、工作内容 等）和 责任单位（或 牵头单位）两列",
        "{path} has no header row with at least a task column (工作任务, 重点任务, 工作内容 …) "
        "and a unit column (责任单位 or 牵头单位)",
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
    "import.no_effective": (
        "未给出计划生效日（--effective）：tasks.yaml 不写 effective，计划期内所有周期都算义务；"
        "知道生效日后在 plan: 下补写 effective: YYYY-MM-DD",
        "no effective date given (--effective): tasks.yaml says none and every period of the "
        "plan counts; once the date is known, add effective: YYYY-MM-DD under plan:",
    ),
    "import.effective_outside": (
        "生效日 {effective} 不在计划年度 {year} 内",
        "the effective date {effective} is not in the plan's year {year}",
    ),
    "import.effective_outside_hint": (
        "检查 --effective 或 --year 是否写错",
        "check --effective and --year for a typo",
    ),
    "import.yaml_no_effective": (
        "effective: YYYY-MM-DD  计划生效日未给出，未猜测：知道后填写",
        "effective: YYYY-MM-DD  the plan's effective date was not given and is not guessed",
    ),
    "import.note_unread_effective": (
        "表格上方的“{line}”像是生效日，但未能读出日期：请用 --effective 指定",
        "“{line}” above the table looks like an effective date but gives no day zwgk can "
        "read: give it with --effective",
    ),
    "import.units_from": ("单位按 {path} 匹配", "Units matched against {path}"),
    "import.units_from_none": (
        "未使用单位目录（当前目录不在台账中，也未给出 --units）：所有单位均为新增",
        "No units directory (not inside a ledger, no --units): every unit is new",
    ),
    "import.note_title_year": (
        "表格标题“{title}”写的是 {named} 年，计划按 {year} 年导入：标题照抄未改（通知、回执、日历都印标题），请核对年份或用 --title 指定",
        "the table's title “{title}” names {named}, and the plan is imported as {year}'s: the "
        "title is kept as written (notices, 回执 and calendars print it); check the year, or "
        "set the title with --title",
    ),
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
    "import.note_number_gap": (
        "任务序号从 {last} 跳到 {no}：按表中序号保留，中间的序号空缺",
        "task numbers jump from {last} to {no}: kept as printed, with the gap",
    ),
    "import.note_task_as_requirement": (
        "任务 {no} 的工作要求为空：以任务本身作为要求",
        "task {no} has an empty requirement cell: the task itself is the requirement",
    ),
    "import.note_extra_column": (
        "“{name}”列不属于计划，未导入",
        "the column “{name}” is not part of the plan: left out",
    ),
    "import.note_unknown_column": (
        "“{name}”列未识别，未导入",
        "the column “{name}” is not one zwgk reads: left out",
    ),
    "import.note_no_part": (
        "表格没有“一、……”这样的部分行：任务归入部分 一，标题取表格标题“{title}”，请核对",
        "the table has no part rows (“一、…”): its tasks are put in part 一, titled as the"
        " table “{title}”; please check",
    ),
    "import.note_part_numbered": (
        "部分标题“{title}”没有序号，暂编为 {no}",
        "part title “{title}” has no number: numbered {no} for now",
    ),
    "import.note_unit_above": (
        "责任单位为空，沿用上一行的“{cell}”",
        "the unit cell is empty: the one above (“{cell}”) is used",
    ),
    "import.note_lead_empty": (
        "牵头单位为空：按责任单位“{units}”牵头；CSV 不记录合并单元格，如原表牵头单元格与上一行合并，"
        "牵头应为“{above}”，请核对",
        "the 牵头 cell is empty: “{units}” lead; a CSV records no merged cells, so if the "
        "牵头 cell was merged with the row above, “{above}” leads; please check",
    ),
    "import.note_deadline_empty": (
        "要求 {req} 的完成时限为空，上一行为“{above}”：CSV 不记录合并单元格，如与上一行合并，"
        "请在 due: 中手工添加",
        "requirement {req} has an empty deadline cell under “{above}”: a CSV records no "
        "merged cells; if it was merged with the row above, add the rule under due: by hand",
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
        "未知单位“{name}”，暂记为 {id}（类型 other；本级政府部门请改为 department），请核对名称、改用正式编号",
        "unknown unit “{name}”: added as {id} (kind other; make it department if it is a "
        "department of the plan's own government); check the name and give it a proper id",
    ),
    "import.note_new_group_each": (
        "“{name}”指其中每个单位，暂记为单位组 {id}（无成员，{role}）：请在 units.yaml 中列出 members",
        "“{name}” means each of its members: added as group {id} with no members ({role}); "
        "list its members in units.yaml",
    ),
    "import.note_new_group_kind": (
        "“{name}”指其中每个单位，记为单位组 {id}（类型为 {kind} 的所有单位，{role}）：请核对",
        "“{name}” means each of its members: added as group {id} (every unit of kind "
        "{kind}, {role}); check it",
    ),
    "import.group_role_lead": ("按各自牵头", "each answering for itself"),
    "import.group_role_support": ("各自配合", "each supporting"),
    "import.note_new_group_vague": (
        "“{name}”泛指，不指向具体单位，记为泛指单位组 {id}（vague）",
        "“{name}” names no one in particular: added as vague group {id}",
    ),
    "import.note_etc": (
        "要求 {req} 的责任单位末尾“{words}”已略去；如另有单位请补上",
        "requirement {req}: “{words}” at the end of the unit cell was left out; add any "
        "unit it stands for",
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
        "草稿无法读回（{problem}），未写入任何文件：这是 zwgk 的缺陷，请把这条消息（及所导入的表格）报告给 zwgk 的维护者",
        "the draft does not read back ({problem}); nothing was written. This is a bug in zwgk: "
        "please report this message (and the table imported) to zwgk's maintainers",
    ),
    "import.read": (
        "已读取 {path}：{parts} 个部分、{tasks} 项任务、{reqs} 条要求、{rules} 条期限规则",
        "Read {path}: parts {parts}, tasks {tasks}, requirements {reqs}, deadline rules {rules}",
    ),
    "import.units": (
        "责任单位：{known} 个已有单位，新增 {new} 个待核对",
        "Units: {known} known, {new} new to review",
    ),
    "import.written": ("已写入草稿：{files}", "Draft written: {files}"),
    "import.groups": (
        "单位组：{n} 个（各成员分别负责 {each} 个，泛指 {vague} 个），新增 {new} 个待核对",
        "Groups: {n} ({each} meaning each member, {vague} vague), {new} new to review",
    ),
    "import.notes": (
        "需要核对的 {n} 处，在 {rows} 行：",
        "Notes to review: {n}; rows with notes: {rows}",
    ),
    "import.no_notes": ("所有单元格均已识别。", "Every cell was interpreted."),
    "import.row": ("第 {row} 行", "row {row}"),
    "import.note_where": ("{where}：", "{where}:"),
    "import.report_title": ("导入核对报告：{title}", "Import review: {title}"),
    "import.report_written": ("已写入核对报告：{path}", "Review report written: {path}"),
    "import.whole": ("整表", "table"),
    "import.next": (
        "下一步：zwgk --root {path} validate；核对无误后把 {path}/data 中的文件复制到台账",
        "Next: zwgk --root {path} validate; once reviewed, copy the files in {path}/data into the ledger",
    ),
    # importing a year's table into a ledger of plan years (tables/yearplan.py)
    "import.no_output": (
        "没有给出 -o 草稿文件夹，当前也不在台账中",
        "no -o DIR given, and not inside a ledger",
    ),
    "import.no_output_hint": (
        "新台账的草稿：zwgk import 表 -o 文件夹；某一年的计划导入已有台账：在台账中运行（或 --root 台账）",
        "a new ledger's draft: zwgk import TABLE -o DIR; a year's plan into a ledger: run it inside "
        "the ledger (or --root LEDGER)",
    ),
    "import.one_plan_output": (
        "；只要一份新台账的草稿：加 -o 文件夹",
        "; for a new ledger's draft instead: add -o DIR",
    ),
    "import.units_with_ledger": (
        "导入台账时单位只按台账自己的 data/units.yaml 匹配，不能用 --units",
        "a plan imported into a ledger matches the ledger's own data/units.yaml; --units is not used",
    ),
    "import.unknown_in_ledger": (
        "表中有 {n} 个单位或单位组台账的 {units} 中没有：{names}；计划未写入",
        "the table names {n} units or groups the ledger's {units} lacks: {names}; no plan written",
    ),
    "import.unknown_in_ledger_hint": (
        "{units} 为各年度共用，import 不自动添加。改名或合并的单位用 zwgk units rename / merge 记录；"
        "新单位在 {units} 的 units: 或 groups: 下添加（可用下列行，改用正式编号），再重新导入：\n{lines}",
        "{units} is shared by every year, so import does not add to it. Record a renamed or merged "
        "unit with zwgk units rename / merge; add a new one under units: or groups: in {units} "
        "(these lines, with a proper id), then import again:\n{lines}",
    ),
    "import.previous_unreadable": (
        "上一年度的计划 {path} 无法读取，不能比对",
        "last year's plan {path} cannot be read, so nothing can be matched",
    ),
    "import.previous_unreadable_hint": (
        "先修正：zwgk validate --year {year}",
        "fix it first: zwgk validate --year {year}",
    ),
    "import.yaml_matched_header": (
        "要求按文字与 {path} 比对：previous 为上一年度计划中对应要求的编号。",
        "Requirements matched by text to {path}: previous is the same requirement's id there.",
    ),
    "import.plan_written": ("已写入计划：{path}", "Plan written: {path}"),
    "import.next_year": (
        "下一步：zwgk validate --year {year}；zwgk status --year {year}",
        "Next: zwgk validate --year {year}; zwgk status --year {year}",
    ),
    "import.match_none": (
        "台账中没有 {year} 年以前的计划：没有可比对的要求",
        "the ledger holds no plan before {year}: nothing to match against",
    ),
    "import.match_summary": (
        "与 {path} 比对：未变 {unchanged} 条，有改动 {changed} 条，新增 {new} 条，删去 {dropped} 条",
        "Matched to {path}: {unchanged} unchanged, {changed} changed, {new} new, {dropped} dropped",
    ),
    "import.match_renumbered": (
        "其中未变但编号改变的 {n} 条（去年 → 今年）：{pairs}",
        "{n} of them unchanged but renumbered (last year → this year): {pairs}",
    ),
    "import.match_changed": ("有改动（{n} 条）", "Changed ({n})"),
    "import.match_new": ("新增（{n} 条，去年没有）", "New ({n}, not in last year's plan)"),
    "import.match_dropped": (
        "删去（{n} 条，今年表中没有）",
        "Dropped ({n}, not in this year's table)",
    ),
    "import.match_unchanged": ("未变（{n} 条）", "Unchanged ({n})"),
    "import.match_pair": (
        "{new}（去年 {old}，相似度 {score}）：{what}",
        "{new} (last year {old}, similarity {score}): {what}",
    ),
    "import.match_what_text": ("文字", "text"),
    "import.match_what_units": ("单位", "units"),
    "import.match_what_due": ("期限", "deadlines"),
    "import.match_old_text": ("去年：{text}", "last year: {text}"),
    "import.match_new_text": ("今年：{text}", "this year: {text}"),
    "import.match_lead": ("牵头：{old} → {new}", "lead: {old} → {new}"),
    "import.match_support": ("配合：{old} → {new}", "support: {old} → {new}"),
    "import.match_mode": ("方式：{old} → {new}", "mode: {old} → {new}"),
    "import.match_due": ("期限：{old} → {new}", "deadlines: {old} → {new}"),
    "import.match_none_word": ("无", "none"),
    "import.match_item": ("{id}：{text}", "{id}: {text}"),
    "import.match_unchanged_item": ("{new}（去年 {old}）", "{new} (last year {old})"),
    # --- a year's plan file, written by import --year or plan next -------------
    "yearplan.one_plan": (
        "{root} 只有一个计划 data/tasks.yaml：新一年的计划要放在 data/plans/ 下，与往年并存",
        "{root} keeps one plan, data/tasks.yaml: a new year's plan goes in data/plans/, beside "
        "the years before",
    ),
    "yearplan.one_plan_hint": (
        "先把台账改为按年度存放：zwgk plan migrate（把 data/tasks.yaml 移为 data/plans/年份.yaml），提交后再运行 {command}",
        "move the ledger to plans by year first: zwgk plan migrate (moves data/tasks.yaml to "
        "data/plans/YEAR.yaml); commit, then run {command}",
    ),
    "yearplan.exists": (
        "{path} 已存在：该年度的计划已在台账中，不覆盖",
        "{path} exists: the ledger holds that year's plan already; not overwritten",
    ),
    "yearplan.exists_hint": (
        "用 --year 指定另一年度，或加 --force 替换这个计划文件（进展记录不受影响）",
        "give another --year, or --force to replace this plan file (progress is never touched)",
    ),
    "yearplan.has_carried": (
        "{path} 中有 {n} 条由 zwgk plan next 结转的要求（{reqs}）：导入会删去它们，已按这些编号登记的进展将无所指向；计划未写入",
        "{path} holds {n} requirements carried over by zwgk plan next ({reqs}): the import would "
        "delete them, and entries recorded against those ids would point at nothing; no plan written",
    ),
    "yearplan.has_carried_hint": (
        "确要删去这些结转要求时加 --drop-carried（与 --force 一起）；要保留，先提交或另存 {path}，导入后把它们抄回新计划相应任务下（已提交的可用 git show HEAD:{path} 查看）",
        "to delete them deliberately, add --drop-carried (with --force); to keep them, commit or "
        "save {path} first and copy them under their tasks in the imported plan (once "
        "committed: git show HEAD:{path})",
    ),
    # --- zwgk plan next: the draft's comments ----------------------------------
    "nextplan.header": (
        "由 zwgk plan next 依 {source}（{old} 年）起草的 {year} 年计划草稿：部分、任务、要求编号和责任单位照旧（编号即 {old} 年的，故不写 previous:），期限规则顺延一年（by: 日期顺延，按月、按季、每年 MM-DD 等相对规则不变）。核对后提交。",
        "Draft of the {year} plan written by zwgk plan next from {source} ({old}): parts, tasks, requirement ids and units as they were (the ids are the {old} plan's, so no previous: is written), deadline rules moved by a year (by: dates moved; monthly, quarterly, every-year MM-DD and other relative rules unchanged). Review it, then commit.",
    ),
    "nextplan.title_moved": (
        "标题中的 {old} 改为 {year}（原标题：{title}）：通知、回执、日历都印标题；新表的标题不同时请改写",
        "The title's {old} made {year} (it was: {title}): notices, 回执 and calendars print the "
        "title; change it if the new table's differs",
    ),
    "nextplan.dropped": (
        "年底仍未完成、办公室决定不结转的要求：{reqs}",
        "Still open at year end and not carried over (the office's choice): {reqs}",
    ),
    "nextplan.effective_not_moved": (
        "effective: 未顺延。{year} 年计划写的是 effective: {effective}，那是那张表的生效日；新计划何时生效以新表为准，知道后填写（或 zwgk plan next --effective）。不写则全年各期都计为义务。",
        "effective: not moved. The {year} plan says effective: {effective}, the day that table took effect; the new plan's is whatever the new table says: fill it in when known (or zwgk plan next --effective). Left out, every period of the year is owed.",
    ),
    "nextplan.effective_none": (
        "effective: YYYY-MM-DD  新计划的生效日未给出，未猜测：知道后填写。不写则全年各期都计为义务。",
        "effective: YYYY-MM-DD  the new plan's effective date was not given and is not guessed; left out, every period of the year is owed.",
    ),
    "nextplan.carried": (
        "自 {year} 年结转：要求 {req} 截至 {end} 未完成（单位：{units}；周期：{periods}）",
        "Carried over from {year}: requirement {req} not done by {end} (units: {units}; periods: {periods})",
    ),
    "nextplan.due_default": (
        "期限 by: {due} 是 zwgk plan next 的默认值（新年度第一季度末），原表并未规定：可改为办公室定的日期（或用 --carry-due 指定）",
        "by: {due} is zwgk plan next's default (the end of the new year's first quarter), not a date the table sets: change it to the office's date (or give --carry-due)",
    ),
    "nextplan.due_given": (
        "期限 by: {due} 由办公室用 --carry-due 给出",
        "by: {due} was given by the office with --carry-due",
    ),
    "nextplan.due_kept": (
        "期限 by: {due} 是其在 {year} 年计划中的到期日（含批准的延期），晚于结转期限 {floor}：结转不提前期限",
        "by: {due} is its due date in the {year} plan (an approved extension included), later than the carry-over date {floor}: carrying over never brings a deadline forward",
    ),
    "nextplan.due_later": (
        "注意：这些单位在 {year} 年的到期日晚于 {due}（含批准的延期）：{dates}；延期如仍有效，请为其登记 extend",
        "Note: these units' due dates in {year} were later than {due} (approved extensions included): {dates}; if an extension still holds, record an extend entry for the unit",
    ),
}
