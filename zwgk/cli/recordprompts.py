"""The interactive `zwgk record`: at a terminal, what the command line leaves
out is asked for, one question at a time, in the order a clerk thinks of it —
requirement, unit, status, date, period (or event), extended until, note,
evidence, approver — and each answer is checked as it is typed: a bad one is
told why, with "是不是：" suggestions, and asked again. Then the entry is shown
as it will be written and written only when the clerk says so.

The answer checks (`*_answer`) are plain functions of the text typed: they
return the value or raise `BadAnswer` with the reason, so they are tested
without a terminal. The questions themselves are `Conversation`'s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast
from urllib.parse import urlsplit

import typer
from rich.text import Text

from zwgk.checks.record import unread_refusal
from zwgk.cli.asking import BadAnswer, ask, confirm
from zwgk.cli.console import err_console, warn
from zwgk.cli.words import ENTRY_WORDS, code_for, plain, typed_period
from zwgk.engine.privacy import find, in_entry
from zwgk.errors import EXIT_USAGE, ZwgkError, refused
from zwgk.i18n import t
from zwgk.ledger.fields import STATUSES
from zwgk.ledger.record import NewEntry, resolve_requirement, resolve_unit
from zwgk.ledger.suggest import did_you_mean
from zwgk.model.dates import read_date
from zwgk.model.limits import DATE_YEARS
from zwgk.model.plan import NEEDS_APPROVAL
from zwgk.model.suggest import close_matches

if TYPE_CHECKING:
    from zwgk.engine.privacy import EntryTexts, Hit
    from zwgk.ledger.load import PlannedLedger
    from zwgk.model.directory import Directory
    from zwgk.model.plan import Requirement, Status

T = TypeVar("T")

NOTE_NEEDED = NEEDS_APPROVAL | {"blocked"}
"""Statuses whose entry says why: what stands in the way, why the duty does not
apply, why more time is granted (issue 14: the interactive record requires a
note for these; `validate` requires it of the approved ones, NEEDS_APPROVAL)."""

_SHOWN = 8
"""Choices listed in a question (units, periods); more are cut with "…"."""


@dataclass(frozen=True)
class Given:
    """What the command line gave (None: left out), dates already read."""

    req: str | None = None
    unit: str | None = None
    status: Status | None = None
    event: str | None = None
    date: dt.date | None = None
    period: str | None = None
    until: dt.date | None = None
    note: str | None = None
    evidence: tuple[str, ...] = ()
    approved_by: str | None = None
    from_date: dt.date | None = None
    to_date: dt.date | None = None
    by: str | None = None
    pii_ok: None = None
    """`record` never acknowledges personal data (engine.privacy.EntryTexts)."""

    def incomplete(self) -> bool:
        """Whether an entry needs more than the command line gave: at a
        terminal, that starts the questions."""
        status = self.status
        if self.req is None or self.unit is None or status is None:
            return True
        return (
            (status == "event" and not self.event)
            or (status == "extend" and self.until is None)
            or (status in NOTE_NEEDED and not self.note)
            or (status in NEEDS_APPROVAL and not self.approved_by)
        )


# --- the answers ------------------------------------------------------------


def _listed(items: Sequence[str], latest: bool = False) -> str:
    """At most `_SHOWN` of `items`, the first ones (or, `latest`, the last:
    of a year's weeks still open, the current ones), "…" for the rest."""
    sep = t("common.list_sep")
    if len(items) <= _SHOWN:
        return sep.join(items)
    if latest:
        return "…" + sep.join(items[-_SHOWN:])
    return sep.join(items[:_SHOWN]) + "…"


def requirement_answer(ledger: PlannedLedger, text: str) -> Requirement:
    """The requirement `text` names (21.1), as `record REQ` reads it."""
    if not text.strip():
        raise BadAnswer(t("prompt.required"))
    try:
        return resolve_requirement(ledger, text)
    except ZwgkError as exc:
        raise BadAnswer(exc.message, exc.hint, exc) from None


def responsible_units(ledger: PlannedLedger, req: Requirement) -> tuple[str, ...]:
    """The units that may record for `req`: its leads and supports (groups
    expanded, successors of reorganised units included), as validate's
    `not-responsible` check has them."""
    return ledger.directory.answerable((*req.lead, *req.support))


def _label(directory: Directory, unit: str) -> str:
    return f"{directory.name(unit)} ({unit})"


def unit_answer(ledger: PlannedLedger, req: Requirement, text: str) -> str:
    """The id of the unit `text` names (id, name or alias), one of those
    responsible for `req`; otherwise the responsible ones are suggested
    (a group: its members responsible, as `record` says it, ledger.record)."""
    directory = ledger.directory
    if not text.strip():
        raise BadAnswer(t("prompt.required"))
    responsible = responsible_units(ledger, req)
    try:
        unit = resolve_unit(ledger, text, req)
    except ZwgkError as exc:
        group = directory.resolve(text) in directory.groups
        hint = exc.hint if group else _suggest_units(directory, text, responsible)
        raise BadAnswer(exc.message, hint, exc) from None
    if unit not in responsible:
        message = t("check.not_responsible", unit=directory.name(unit), req=req.id)
        raise BadAnswer(message, _suggest_units(directory, text, responsible))
    return unit


def _suggest_units(directory: Directory, text: str, responsible: Sequence[str]) -> str:
    """是不是 the responsible units close to `text`; or, none close, a list of them."""
    labels = directory.suggest(text, among=frozenset(responsible))
    if not labels and len(responsible) <= 3:
        labels = [_label(directory, u) for u in responsible]
    shown = _listed([directory.name(u) for u in responsible])
    return did_you_mean(labels, t("prompt.responsible", units=shown))


def events_of(req: Requirement) -> list[str]:
    """The event names the requirement's `after:` rules start from."""
    return list(dict.fromkeys(r.event for r in req.due if r.kind == "after" and r.event))


def status_answer(req: Requirement, text: str) -> Status:
    """The kind of entry `text` names: 完成, 已完成, done, … (cli.words)."""
    if not text.strip():
        raise BadAnswer(t("prompt.required"), t("prompt.statuses"))
    code = code_for(text, STATUSES, "entry", ENTRY_WORDS)
    if code is None:
        close = close_matches(plain(text), [*ENTRY_WORDS, *STATUSES])
        raise BadAnswer(t("prompt.bad_status", answer=text.strip()),
                        did_you_mean(close, t("prompt.statuses")))  # fmt: skip
    if code == "event" and not events_of(req):
        raise BadAnswer(t("check.no_events", req=req.id))
    return cast("Status", code)  # one of STATUSES


def date_answer(text: str, latest: dt.date) -> dt.date:
    """The day of the entry: a date as clerks write it (model.dates), not
    after `latest` (today, or --as-of: nothing is recorded before it happens)."""
    return _happened(_day(text), latest)


def _happened(day: dt.date, latest: dt.date) -> dt.date:
    """`day`, not after `latest`: validate's rule (checks/entries.dated_after)."""
    from zwgk.checks.entries import dated_after

    message = dated_after(day, latest)
    if message is not None:
        raise BadAnswer(message, t("prompt.date_future_hint"))
    return day


def _day(text: str) -> dt.date:
    try:
        day = read_date(text)
    except ValueError:
        raise BadAnswer(t("prompt.bad_date", answer=text.strip())) from None
    if day.year not in DATE_YEARS:
        raise BadAnswer(t("cli.date_range", value=text.strip()))
    return day


def until_answer(ledger: PlannedLedger, req: Requirement, entry: NewEntry, text: str) -> dt.date:
    """The day an extension moves the due date to: after the entry's date and
    after the current due date of what it extends, by validate's own checks
    of an extension (checks/entries: entry-fields, until-not-later)."""
    from zwgk.checks.entries import EntryContext, entry_fields, until_not_later
    from zwgk.model.plan import Entry

    until = _day(text)
    probe = Entry(req=req.id, date=entry.date, status="extend", unit=entry.unit, path="",
                  line=0, period=entry.period, until=until)  # fmt: skip
    ctx = EntryContext.of(ledger)
    for check in (entry_fields, until_not_later):
        for issue in check(ctx, probe):
            raise BadAnswer(issue.message)
    return until


_ONE_CHOICE = {
    "prompt.period_invalid": "prompt.period_invalid_one",
    "prompt.event_invalid": "prompt.event_invalid_one",
}
"""The reason a bad answer gets when there is one choice: it, not "序号 1–1"."""


def choice_answer(
    text: str, choices: Sequence[str], enter: str | None, bad: str = "prompt.period_invalid"
) -> str | None:
    """One of `choices`, as shown or by its number (1…); an empty answer is
    `enter` (None: leave it out). `bad` is the message key of the reason a
    bad answer gets."""
    answer = plain(text)
    if not answer:
        return enter
    for choice in choices:
        if plain(choice) == answer:
            return choice
    if answer.isascii() and answer.isdigit() and 1 <= int(answer) <= len(choices):
        return choices[int(answer) - 1]
    # Close in spelling, else sharing a Chinese character (发布: 文件公布);
    # the only choice is always what was meant.
    close = (
        close_matches(answer, choices)
        or [c for c in choices if any(not ch.isascii() and ch in plain(c) for ch in answer)][:3]
    )
    if len(choices) == 1:
        bad, close = _ONE_CHOICE.get(bad, bad), list(choices)
    raise BadAnswer(t(bad, answer=text.strip(), first=choices[0], n=len(choices)),
                    did_you_mean(close))  # fmt: skip


def period_answer(text: str, periods: Sequence[str], enter: str | None) -> str | None:
    """One of `periods`, typed as `--period` takes it (2018年第三季度 is
    2018-Q3, 2018/8/1 an event's day) or by its number."""
    return choice_answer(typed_period(text), periods, enter)


def note_answer(text: str, required: bool) -> str | None:
    note = text.strip()
    if not note and required:
        raise BadAnswer(t("prompt.note_required"))
    return note or None


def evidence_answer(root: Path, text: str) -> str | None:
    """A web address (http, https) or the path of a file kept in the ledger,
    relative to its root (as reports link it); empty: no more evidence."""
    from zwgk.outputs.text import href

    item = text.strip()
    if not item:
        return None
    lowered = item.lower()
    if lowered.startswith(("http://", "https://")):
        parts = urlsplit(item)
        host = parts.hostname or ""
        if " " in item or "." not in host.strip("."):
            raise BadAnswer(t("prompt.bad_url", answer=item), t("prompt.evidence_hint"))
        return item
    if "://" in item or lowered.startswith("www."):
        raise BadAnswer(t("prompt.bad_url", answer=item), t("prompt.evidence_hint"))
    if href(item) is None:  # absolute, a drive, another scheme, or out of the ledger
        raise BadAnswer(t("prompt.not_in_ledger", answer=item), t("prompt.evidence_hint"))
    if not (root / item).exists():
        raise BadAnswer(t("prompt.no_such_file", answer=item, root=root),
                        t("prompt.evidence_hint"))  # fmt: skip
    return item


def given_evidence(root: Path, items: Sequence[str]) -> None:
    """`--evidence` as the command line gives it, by the question's own rule
    (`evidence_answer`): an address that is not one, or a file the ledger
    does not hold, is a bad value (exit 2), with or without a terminal."""
    for item in items:
        try:
            evidence_answer(root, item)
        except BadAnswer as exc:
            message = t("cli.bad_evidence", message=exc.message)
            raise ZwgkError(message, hint=exc.hint, exit_code=EXIT_USAGE) from None


def approver_answer(text: str) -> str:
    approver = text.strip()
    if not approver:
        raise BadAnswer(t("prompt.approver_required"))
    return approver


# --- periods ----------------------------------------------------------------


def open_periods(ledger: PlannedLedger, req: Requirement, unit: str, day: dt.date) -> list[str]:
    """The instances of `unit`'s obligations of `req` still open on `day` and
    already begun (a clerk reports on what has started), in the plan's order."""
    from zwgk.engine.deadlines import BeyondDatesError
    from zwgk.engine.obligations import unit_obligations
    from zwgk.model.calendar import UnknownYearError

    entries = [e for e in ledger.entries if e.req == req.id]
    try:
        obs = unit_obligations(req, ledger.plan.info, ledger.directory, entries, ledger.calendar,
                               unit, day)  # fmt: skip
    except (UnknownYearError, BeyondDatesError):
        return []  # the check before writing says why
    begun = [ob for ob in obs if ob.period and not ob.is_closed and (ob.start or day) <= day]
    begun.sort(key=lambda ob: ob.start or dt.date.min)
    return list(dict.fromkeys(ob.period for ob in begun if ob.period))


def ask_period(periods: Sequence[str]) -> str:
    """Which of `periods` a done entry completes, when more than one could be
    meant (checks/record.undated_periods): Enter takes the first, the one
    status would pick."""
    question = t("prompt.period", periods=_listed(list(periods)))
    found = ask(question, lambda text: period_answer(text, periods, periods[0]), periods[0])
    assert found is not None
    return found


# --- the questions ----------------------------------------------------------


def personal_data_accepted(hits: Iterable[tuple[str, Hit]]) -> bool:
    """Warn of the personal data found in an entry's texts, (field, hit) as
    engine.privacy finds it for validate, and ask whether to keep it; True
    when there is none. Default no. Every question of `record` about personal
    data is this one."""
    found = list(hits)
    for field, hit in found:
        warn(t("prompt.pii", field=field, kind=t(f"pii.{hit.kind}"), masked=hit.masked))
    return not found or confirm(t("prompt.pii_keep"), default=False)


def not_written() -> typer.Exit:
    """The clerk said no: nothing is written, exit 1."""
    err_console().print(Text(t("prompt.not_written")))
    return typer.Exit(1)


@dataclass
class Conversation:
    """The questions for one entry, each asked only when the command line
    left its value out."""

    ledger: PlannedLedger
    latest: dt.date
    """The last day an entry may be dated: today, or --as-of."""

    def entry(self, given: Given) -> NewEntry:
        ledger = self.ledger
        if given.date is not None:  # a date given that cannot be: before any question
            given_day = given.date
            _taken(lambda: _happened(given_day, self.latest))
        # The texts the command line gave: their personal data is asked
        # about at once, as each typed answer's is when it is typed.
        if not personal_data_accepted(in_entry(given)):
            raise not_written()
        if given.req is not None:
            req = _taken(lambda: requirement_answer(ledger, given.req or ""))
        else:
            req = ask(t("prompt.req"), lambda text: requirement_answer(ledger, text))
        unit = self._unit(req, given.unit)
        # A file its entries are in that cannot be read: said now, before
        # the rest is asked (checked again on the entry's date).
        unread = unread_refusal(ledger, req, unit, given.date or self.latest)
        if unread is not None:
            raise unread
        status: Status = (
            given.status
            if given.status is not None
            else ask(t("prompt.status"), lambda text: status_answer(req, text))
        )
        if given.date is not None:
            day = given_day
        else:
            question, latest = t("prompt.date"), self.latest
            day = ask(question, lambda text: date_answer(text, latest), latest.isoformat())
        new = NewEntry(req=req.id, unit=unit, status=status, date=day, period=given.period,
                       event=given.event, evidence=given.evidence, from_date=given.from_date,
                       to_date=given.to_date, until=given.until, note=given.note,
                       approved_by=given.approved_by, by=given.by)  # fmt: skip
        if status == "event" and not new.event:
            new = dataclasses.replace(new, event=self._event(req))
        elif status != "event" and given.period is None:
            new = dataclasses.replace(new, period=self._period(req, new))
        if status == "extend" and new.until is None:
            until = ask(t("prompt.until"), lambda text: until_answer(ledger, req, new, text))
            new = dataclasses.replace(new, until=until)
        if given.note is None:
            new = dataclasses.replace(new, note=self._note(status))
        if not given.evidence:
            new = dataclasses.replace(new, evidence=self._evidence())
        if status in NEEDS_APPROVAL and not given.approved_by:
            new = dataclasses.replace(new, approved_by=self._text(
                t("prompt.approver"), approver_answer, "approved_by"))  # fmt: skip
        return new

    def _unit(self, req: Requirement, given: str | None) -> str:
        ledger, directory = self.ledger, self.ledger.directory
        if given is not None:
            return _taken(lambda: unit_answer(ledger, req, given))
        responsible = responsible_units(ledger, req)
        names = [directory.name(u) for u in responsible]
        # One unit responsible: it is the default, shown as such.
        question = t("prompt.unit_of", units=_listed(names)) if len(names) > 1 else t("prompt.unit")
        default = names[0] if len(names) == 1 else ""
        return ask(question, lambda text: unit_answer(ledger, req, text), default)

    def _event(self, req: Requirement) -> str:
        events = events_of(req)
        question = (
            t("prompt.event_of", events=_listed(events)) if len(events) > 1 else t("prompt.event")
        )
        default = events[0] if len(events) == 1 else None
        found = ask(question, lambda text: _required(choice_answer(text, events, default,
                                                          "prompt.event_invalid")),
                    default or "")  # fmt: skip
        return found

    def _period(self, req: Requirement, new: NewEntry) -> str | None:
        """Which instance: for a done entry two rules could take, one of them
        (must be said); otherwise the open ones offered, Enter leaving it out
        (a done entry then closes the one status picks; an extension or
        exemption covers every open one)."""
        from zwgk.checks.record import Checked, undated_periods

        ledger = self.ledger
        checked = Checked(req, new.unit, ())
        ambiguous = undated_periods(ledger, new, checked)
        if ambiguous:
            return ask_period(ambiguous)
        periods = open_periods(ledger, req, new.unit, new.date)
        if not periods or (new.status == "done" and len(periods) == 1):
            return None  # nothing to choose
        enter = t(f"prompt.period_enter_{new.status}")
        question = t("prompt.period_of", periods=_listed(periods, latest=True), enter=enter)
        return ask(question, lambda text: period_answer(text, periods, None))

    def _note(self, status: Status) -> str | None:
        required = status in NOTE_NEEDED
        question = t(f"prompt.note_{status}") if required else t("prompt.note")
        return self._text(question, lambda text: note_answer(text, required), "note")

    def _evidence(self) -> tuple[str, ...]:
        root = self.ledger.root
        items: list[str] = []
        while True:
            question = t("prompt.evidence_more") if items else t("prompt.evidence")
            item = self._text(question, lambda text: evidence_answer(root, text), "evidence")
            if item is None:
                return tuple(items)
            items.append(item)

    def _text(self, question: str, check: Callable[[str], T], field: str) -> T:
        """A free text answer, asked again when it holds personal data the
        clerk does not mean to keep."""
        while True:
            answer = ask(question, check)
            if not isinstance(answer, str) or personal_data_accepted(
                (field, hit) for hit in find(answer)
            ):
                return answer


def _required(value: str | None) -> str:
    if value is None:
        raise BadAnswer(t("prompt.required"))
    return value


def _taken(check: Callable[[], T]) -> T:
    """A value the command line gave, checked as an answer would be; not
    asked again: refused as `record` refuses it without questions (an unknown
    requirement or unit: a bad argument, exit 2; otherwise exit 1)."""
    try:
        return check()
    except BadAnswer as exc:
        if isinstance(exc.cause, ZwgkError):
            raise exc.cause from None
        raise refused(exc.message, exc.hint) from None


def warn_personal_data(new: EntryTexts, shown: str) -> None:
    """Say at once, on stderr, that what was just recorded holds personal data
    (the entry is written all the same: the clerk fixes or acknowledges it).
    `record` and `collect` alike."""
    for field, hit in in_entry(new):
        warn(t("record.pii", field=field, kind=t(f"pii.{hit.kind}"), masked=hit.masked,
               path=shown))  # fmt: skip
