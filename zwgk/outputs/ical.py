"""Due dates as an iCalendar file (RFC 5545, via the `icalendar` library) that
a clerk imports or subscribes to: one all-day event per dated obligation, with
a stable UID so a refreshed file updates events instead of duplicating them."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from zwgk.engine.obligations import Obligation
from zwgk.i18n import t
from zwgk.model.chars import C0, DEL
from zwgk.model.directory import Directory
from zwgk.model.plan import Plan

# RFC 5545 TEXT holds no control characters but a tab. Line breaks of any
# kind become the one newline the library escapes (as \n); the rest are
# dropped. So no title or text, however pasted, starts a calendar line.
_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")
_CONTROLS = re.compile(f"[{C0}{DEL}]")  # CR: \r is a break, replaced first


def _text(value: str) -> Any:
    from icalendar import vText

    return vText(_CONTROLS.sub("", _BREAKS.sub("\n", value)))


def calendar_bytes(
    obs: list[Obligation], plan: Plan, directory: Directory, as_of: dt.date
) -> bytes:
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//zwgk//政务公开任务台账//ZH")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    # An X- property is written raw unless it is given as text.
    cal.add("x-wr-calname", _text(t("export.calendar_name", plan=plan.info.title)))
    # The stamp is the as-of date, not the wall clock: the same ledger and date
    # give the same file, so a subscription only changes when the data does.
    stamp = dt.datetime.combine(as_of, dt.time(), tzinfo=dt.UTC)
    for ob in obs:
        if ob.due is None:
            continue
        status = t(f"status.{ob.status}")
        unit = directory.name(ob.unit)
        event = Event()
        # Two rules of one requirement may share a period id (every: year and
        # at_least per year both give "2018"): the rule's place keeps UIDs unique.
        rule = next((i for i, r in enumerate(ob.req.due) if r is ob.rule), 0)
        uid = f"zwgk-{plan.info.year}-{ob.req.id}-{ob.unit}-{ob.period}-r{rule}@zwgk"
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("dtstart", ob.due)
        if ob.due < dt.date.max:
            # An all-day event without DTEND lasts its one day (RFC 5545 3.6.1);
            # only the last representable day needs that form.
            event.add("dtend", ob.due + dt.timedelta(days=1))
        summary = t("export.event_summary", status=status, req=ob.req.id, unit=unit)
        event.add("summary", _text(summary))
        event.add(
            "description",
            _text(
                t(
                    "export.event_description",
                    task=ob.req.task,
                    req=ob.req.id,
                    period=ob.period or "-",
                    due=ob.due.isoformat(),
                    status=status,
                    text=ob.req.text,
                )
            ),
        )
        event.add("categories", [ob.status])
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return bytes(cal.to_ical())
