"""The shape of every ledger file, in one place.

For each kind of record (a task, a requirement, a deadline rule, a unit, a
progress entry …): its keys, which of them are required, what each holds and
what it means. The readers (`plan.py`, `rules.py`, `units.py`, `progress.py`)
check keys against these tables, and `jsonschemas.py` turns the same tables
into the JSON Schemas editors use (`schemas/*.schema.json`), so the two cannot
drift apart. What a value means beyond its shape (an unknown unit, a rule
outside the plan) is `validate`'s business, not a schema's.

`required` is what the reader refuses to go without; a requirement without
`lead` is read (the `no-lead` check names it), so the schema does not demand it.
"""

from __future__ import annotations

from typing import NamedTuple

from zwgk.model.plan import Mode, Period, Status, UnitKind


class Field(NamedTuple):
    key: str
    type: str
    """text | id | slug | int | bool | date | texts | choice | period |
    list:RECORD | record:RECORD | rules"""
    doc: str
    """Shown by the editor on hover: Chinese, then English."""
    required: bool = False
    choices: tuple[str, ...] = ()
    pattern: str | None = None
    minimum: int | None = None


def keys(fields: tuple[Field, ...]) -> tuple[str, ...]:
    return tuple(f.key for f in fields)


def required(fields: tuple[Field, ...]) -> tuple[str, ...]:
    return tuple(f.key for f in fields if f.required)


UNIT_KINDS: tuple[UnitKind, ...] = ("department", "town", "other")
MODES: tuple[Mode, ...] = ("joint", "each")
STATUSES: tuple[Status, ...] = ("done", "progress", "blocked", "event", "exempt", "extend")
RULE_KINDS = ("by", "every", "rrule", "after", "at_least", "lasting")
PERIODS: tuple[Period, ...] = ("month", "quarter", "year", "week")
AT_LEAST_PERIODS: tuple[Period, ...] = ("year", "quarter", "month")
WINDOWS_DEVICE = r"(?:con|prn|aux|nul|com[1-9]|lpt[1-9])"
"""Names Windows keeps for devices (a file `con.yaml` cannot exist there)."""
SLUG = rf"^(?!{WINDOWS_DEVICE}$)[a-z0-9][a-z0-9_-]*$"
"""A unit or group id: it names the unit's progress files. Python code matches
it with `fullmatch` (`$` alone also matches before a final newline)."""

# --- tasks.yaml -----------------------------------------------------------------

PLAN = (
    Field("title", "text", "计划标题，照原表 / the plan's title, as the table prints it", True),
    Field("year", "int", "计划年度 / the plan's year", True),
    Field("start", "date", "计划开始日（默认 1 月 1 日）/ first day (default: 1 January)"),
    Field("end", "date", "计划结束日（默认 12 月 31 日）/ last day (default: 31 December)"),
    # `effective`, not `issued`: what the engine needs is the day the table
    # began to bind the units, and a document's 成文日期 (the day it was
    # signed), its 印发 day and the day it takes effect may all differ. The
    # key says what it does: instances whose period ended before it are no
    # obligations (engine/deadlines.py `in_force`). `start` keeps its meaning,
    # the first day of the plan period: periods and windows count from it.
    Field(
        "effective",
        "date",
        "计划生效日：此前已结束的周期不算义务；不知道就不写 / the day the plan took "
        "effect: periods that ended before it are no obligations; leave it out if unknown",
    ),
)
SECTION = (
    Field("no", "id", "节的编号，如 （一） / the section's number, e.g. （一）", True),
    Field("title", "text", "节的标题 / the section's title", True),
)
PART = (
    Field("no", "id", "部分的编号，如 一 / the part's number, e.g. 一", True),
    Field("title", "text", "部分的标题 / the part's title", True),
    Field("sections", "list:section", "部分下的节 / the part's sections"),
)
REQUIREMENT = (
    Field("id", "id", '要求编号，加引号，如 "21.1" / the requirement id, quoted: "21.1"', True),
    Field("text", "text", "要求原文 / the requirement's text, as printed", True),
    Field(
        "lead",
        "texts",
        "牵头（负责）单位或单位组的编号 / ids of the lead (responsible) units or groups",
    ),
    Field("support", "texts", "配合单位或单位组的编号 / ids of the supporting units or groups"),
    Field(
        "mode",
        "choice",
        "joint：一项义务，任一牵头单位完成即可；each：每个牵头单位各自负责 / "
        "joint: one obligation any lead completes; each: every lead answers for itself",
        choices=MODES,
    ),
    Field("due", "rules", "期限规则，各带原文依据 basis / deadline rules, each with its basis"),
    Field(
        "previous",
        "id",
        "上一年度计划中对应要求的编号（zwgk import 按文字比对写入）/ the id of the same "
        "requirement in the previous year's plan (written by zwgk import, matched by text)",
    ),
    Field(
        "carried_from",
        "record:carried",
        "上一年度结转的未完成义务（zwgk plan next 写入）/ an obligation carried over from an "
        "earlier plan year (written by zwgk plan next)",
    ),
)
CARRIED = (
    Field("year", "int", "来自哪一年度的计划 / the plan year it comes from", True),
    Field("req", "id", '该年度计划中的要求编号，如 "21.1" / its requirement id there', True),
    Field("units", "texts", "当时未完成的责任单位 / the accountable units that had not done it"),
    Field("periods", "texts", "未完成的周期，如 2018-12 / the instances left open"),
    Field("due", "date", "当时的到期日（最早一期）/ the earliest due date it had there"),
)
TASK = (
    Field("no", "int", "任务序号 / the task's number", True),
    Field("title", "text", "任务标题，照原表 / the task's title, as printed", True),
    Field("part", "id", "所属部分的编号 / the number of its part", True),
    Field("section", "id", "所属节的编号 / the number of its section"),
    Field("requirements", "list:requirement", "工作要求，每段一条 / one per paragraph", True),
)
TASKS_FILE = (
    Field("plan", "record:plan", "计划 / the plan", True),
    Field("parts", "list:part", "部分与节 / parts and their sections", True),
    Field("tasks", "list:task", "任务 / the tasks", True),
)

_BASIS = Field("basis", "text", "原表中的期限原文，如 按月 / the source's own words, e.g. 按月")
RULES: dict[str, tuple[Field, ...]] = {
    "by": (Field("by", "date", "在此日期前完成 / done by this date", True), _BASIS),
    "every": (
        Field("every", "choice", "每月/季/年/周一次 / once every period", True, PERIODS),
        Field(
            "grace",
            "text",
            "周期结束后的宽限，如 10 days、5 workdays / time after the period ends",
            pattern=r"^\s*\d+\s*(day|days|workday|workdays)\s*$",
        ),
        Field(
            "on",
            "text",
            "every: year 时每年的到期日，如 07-31 / with every: year, the day it falls due",
            pattern=r"^\d{2}-\d{2}$",
        ),
        _BASIS,
    ),
    "rrule": (
        Field("rrule", "text", "RFC 5545 重复规则，如 FREQ=MONTHLY;BYMONTHDAY=10", True),
        _BASIS,
    ),
    "after": (
        Field("after", "text", "触发事件的名称，如 文件公布 / the event's name", True),
        Field(
            "within",
            "text",
            "事件后的期限，如 3 workdays、24 hours / how long after the event",
            True,
            pattern=r"^\s*\d+\s*(day|days|workday|workdays|hour|hours)\s*$",
        ),
        _BASIS,
    ),
    "at_least": (
        Field("at_least", "int", "每个周期至少几次 / how many times per period", True, minimum=1),
        Field("per", "choice", "周期 / the period", True, AT_LEAST_PERIODS),
        _BASIS,
    ),
    "lasting": (
        Field(
            "lasting",
            "text",
            "公示至少持续多久，如 7 days，或 long-term / how long it must stay published",
            True,
            pattern=r"^(\s*\d+\s*(day|days)\s*|long-term)$",
        ),
        _BASIS,
    ),
}

# --- units.yaml -----------------------------------------------------------------

UNIT = (
    Field("id", "slug", "英文编号，用于文件名 / an ASCII id, used in file names", True),
    Field("name", "text", "简称，照原表 / the short name, as the table prints it", True),
    Field(
        "kind",
        "choice",
        "department：县政府部门；town：镇（街道）；other：其他 / "
        "department | town | other (decides what 县政府各部门 and 各镇（街道）mean)",
        True,
        UNIT_KINDS,
    ),
    Field("full_name", "text", "全称 / the full name"),
    Field("aliases", "texts", "别名（原表的其他写法）/ other spellings the table uses"),
    Field("contact", "text", "联系人或电话 / a contact"),
    Field("owners", "texts", "可提交该单位记录的人（邮箱或账号）/ who may commit its entries"),
)
GROUP = (
    Field("id", "slug", "英文编号 / an ASCII id", True),
    Field("name", "text", "名称，如 各镇（街道）/ the name, e.g. 各镇（街道）", True),
    Field("members", "texts", "成员单位的编号 / ids of its member units"),
    Field(
        "kind",
        "choice",
        "改为指定所有此类单位 / stands for every unit of this kind",
        choices=UNIT_KINDS,
    ),
    Field("vague", "bool", "泛指（如 县政府有关部门），不指向具体单位 / names nobody"),
    Field("aliases", "texts", "别名 / other spellings"),
)
CHANGE = (
    Field("on", "date", "改革生效日期 / the day the change took effect", True),
    Field("rename", "slug", "更名的原单位编号 / the renamed unit"),
    Field("to", "slug", "更名后的单位编号 / the unit it became"),
    Field("merge", "texts", "被合并的单位编号 / the merged units"),
    Field("into", "slug", "合并后的单位编号 / the unit they merged into"),
    Field("name", "text", "新设单位的名称（承接单位由本次改革设立时）/ name of a unit it creates"),
    Field("basis", "text", "依据，如文号 / where it was decided"),
)
UNITS_FILE = (
    Field("units", "list:unit", "责任单位 / responsible units", True),
    Field("groups", "list:group", "单位组 / groups of units"),
    Field("changes", "list:change", "机构改革，由 zwgk units rename/merge 追加 / reorganisations"),
)

# --- progress files ---------------------------------------------------------------

ENTRY = (
    Field("req", "id", '要求编号，加引号，如 "21.1" / the requirement id, quoted', True),
    Field("date", "date", "发生日期 / when it happened", True),
    Field(
        "status",
        "choice",
        "done 完成；progress 进展；blocked 受阻；event 事件；exempt 不适用；extend 延期",
        True,
        STATUSES,
    ),
    Field("period", "period", "哪一期，如 2018-07、2018-Q3、2018 / which instance"),
    Field("note", "text", "说明 / a note"),
    Field("evidence", "texts", "公开网址等佐证 / links that show it"),
    Field("event", "text", "status: event 时的事件名称，如 文件公布 / the event's name"),
    Field("from", "date", "公示开始日 / first day of a publicity window"),
    Field("to", "date", "公示结束日 / last day of a publicity window"),
    Field("until", "date", "status: extend 时延至的日期 / the new due date of an extension"),
    Field("approved_by", "text", "批准延期或不适用的单位或人 / who approved it"),
    Field("unit", "slug", "单位编号，须与文件名一致 / the unit id, as in the file name"),
    Field("by", "text", "记录人 / who recorded it"),
    Field("pii_ok", "text", "含个人信息的理由（确属应公开时）/ why personal data is meant"),
)

RECORDS: dict[str, tuple[Field, ...]] = {
    "plan": PLAN,
    "part": PART,
    "section": SECTION,
    "task": TASK,
    "requirement": REQUIREMENT,
    "carried": CARRIED,
    "unit": UNIT,
    "group": GROUP,
    "change": CHANGE,
    "entry": ENTRY,
}
