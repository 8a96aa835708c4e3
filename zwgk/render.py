"""Rendering reports and notices through Jinja templates.

Built-in templates live in the repository's top-level `templates/`; the build
copies them into the package (`zwgk/templates/`). A ledger's own `templates/`
folder overrides them file by file. Every template runs in Jinja's sandbox
(see `environment`): a ledger's templates come from other people and cannot
run code or read anything but the values they are given. Jinja runs with
StrictUndefined, so a misspelt variable fails loudly, naming the template and
line; HTML templates autoescape, so a `<script>` in a note prints as text.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from zwgk.errors import EXIT_USAGE, YamlSyntaxError, ZwgkError
from zwgk.i18n import MESSAGES, current_lang, t
from zwgk.ledger import TEMPLATES
from zwgk.safefs import inside, is_link

if TYPE_CHECKING:
    from zwgk.ledger import Files


def builtin_dir() -> Path:
    """The built-in templates: inside an installed package, or in the source
    checkout an editable install runs from."""
    from zwgk.shipped import shipped

    return shipped("templates")


def _shown(filename: str | None) -> str:
    """A template's name as messages print it: a ledger template's as its
    loader gave it (`templates/report.md.j2`, `origin/main:templates/diff.md.j2`),
    a built-in one's in full."""
    if not filename:
        return "?"
    path = Path(filename)
    return path.as_posix() if path.is_absolute() else filename


# --- filters -------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")

# A forge turns `@name`, `@all` and `@org/team` into notifications wherever
# they stand in a comment's text, backslash-escaped or not; the full-width ＠
# reads the same, pings nobody, and a GBK console can show it.
_MENTION = "＠"


def md(value: Any) -> str:
    """Text safe inside Markdown, table cells included: `|` and markup escaped,
    `<` `>` `&` as entities (so `<script>` stays text), newlines folded,
    control characters shown as escapes, `@mentions` inert."""
    from zwgk.terminal import printable

    text = printable(" ".join(str(value).split()))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text).replace("@", _MENTION)


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value: Any) -> str:
    """Text that XML (docx, xlsx) can hold: control characters pasted into a
    note, such as a vertical tab from Word, are dropped."""
    return _XML_ILLEGAL.sub("", str(value))


_SAFE_SCHEMES = ("http://", "https://")


def href(value: Any, base: str = "") -> str | None:
    """A link target worth following: http(s) URLs, and paths of files kept in
    the ledger (made relative to where the output is written by `base`).
    `javascript:` and other schemes, and paths leaving the ledger, give None:
    shown as text, never linked."""
    text = str(value).strip()
    lowered = text.lower()
    if lowered.startswith(_SAFE_SCHEMES):
        return quote(text, safe=":/?#[]@!$&'*+,;=%~-._")
    path = text.replace("\\", "/")
    if ":" in path.split("/")[0] or path.startswith("/"):
        return None  # another scheme, a drive letter, or an absolute or network path
    if _climbs_out(path):
        return None  # ../../../etc/passwd: not a file kept in the ledger
    return quote(base + path, safe="/%~-._")


def _climbs_out(path: str) -> bool:
    """Does a ledger-relative path lead above the ledger? Browsers read `%2e%2e`
    as `..`, so the path is judged as they will resolve it."""
    depth = 0
    for piece in unquote(path).replace("\\", "/").split("/"):
        if piece == "..":
            depth -= 1
            if depth < 0:
                return True
        elif piece not in ("", "."):
            depth += 1
    return False


def md_link(value: Any, base: str = "") -> str:
    """Evidence as a Markdown link, or as escaped text when it is not linkable."""
    target = href(value, base)
    label = md(value)
    if target is None:
        return label
    target = target.replace("(", "%28").replace(")", "%29").replace("|", "%7C")
    return f"[{label}]({target})"


def pct(value: float | None) -> str:
    """0.6667 → 66.7%, 1.0 → 100%, None (nothing to count yet) → -."""
    from zwgk.overview import percent

    return percent(value)


def short(value: Any, width: int = 40) -> str:
    """The start of a long text, for tables where the full text would drown the
    rows (`zwgk show REQ` prints it whole)."""
    text = " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def signed(value: int) -> str:
    return f"+{value}" if value > 0 else ("±0" if value == 0 else f"−{-value}")


def iso(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "-"


def status_label(code: str) -> str:
    return t(f"status.{code}")


FILTERS = {
    "md": md,
    "md_link": md_link,
    "href": href,
    "pct": pct,
    "short": short,
    "signed": signed,
    "iso": iso,
    "status": status_label,
}


# --- rendering -------------------------------------------------------------------

# A ledger's templates come from whoever can open a merge request, so they are
# untrusted code: they run in Jinja's sandbox, which refuses `_` attributes
# (`__globals__`, `__class__`, …), Python internals, `str.format` walks and
# changes to lists and dicts, and caps `range()`. On top of that, attributes
# may only be read from the values zwgk hands over (its own report values and
# plain data) and Jinja's loop helpers: whatever else a value leads to — a
# module, a function's insides, a `pathlib.Path` with its `read_text()` — stays
# out of reach, even if a future context value exposes one.

_PLAIN = (str, int, float, bool, dt.date, dt.time, dt.timedelta, list, tuple, dict, set, frozenset)


def _jinja_helpers() -> tuple[type, ...]:
    """What templates legitimately read attributes of besides data: `loop`,
    `namespace()`, `cycler()`, `joiner()`, macros, `self` and imported templates."""
    from jinja2.environment import TemplateModule
    from jinja2.runtime import BlockReference, LoopContext, Macro, TemplateReference
    from jinja2.utils import Cycler, Joiner, Namespace

    return (LoopContext, Macro, TemplateReference, BlockReference, TemplateModule, Cycler,
            Joiner, Namespace)  # fmt: skip


def _readable(obj: Any) -> bool:
    """May a template read attributes of `obj`? Plain data, zwgk's own values
    and Jinja's helpers; never a module, a function, a class or a path."""
    if isinstance(obj, _PLAIN):
        return True
    if type(obj).__module__.split(".")[0] == "zwgk":
        return not callable(obj) and not isinstance(obj, type)
    return isinstance(obj, _jinja_helpers())


def environment(loader: Any, **options: Any) -> Any:
    """The one Jinja environment every template zwgk renders runs in: sandboxed,
    StrictUndefined (a misspelt variable fails loudly, naming the template and
    line). `options` are Jinja's own (autoescape, whitespace control)."""
    import jinja2
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class Sandbox(ImmutableSandboxedEnvironment):
        def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
            return super().is_safe_attribute(obj, attr, value) and _readable(obj)

    return Sandbox(loader=loader, undefined=jinja2.StrictUndefined, **options)


def _ledger_loader(files: Files) -> Any:
    """The ledger's own `templates/`, read through `files`: the working tree, or
    a git revision (`zwgk diff` renders with the reviewed change's base)."""
    import jinja2
    from jinja2.loaders import split_template_path

    from zwgk.ledger import DiskFiles

    class LedgerTemplates(jinja2.BaseLoader):
        def __init__(self) -> None:
            self.loaded: set[str] = set()
            """The names (as messages show them) of the ledger templates read."""

        def get_source(
            self, environment: jinja2.Environment, template: str
        ) -> tuple[str, str, Any]:
            # split_template_path refuses `..`: a template reads templates only.
            rel = "/".join([TEMPLATES, *split_template_path(template)])
            shown = files.shown(rel)
            if isinstance(files, DiskFiles) and not _kept_in(files.root, rel):
                raise ZwgkError(
                    t("render.outside", name=template),
                    hint=t("render.outside_hint"),
                    path=shown,
                    exit_code=EXIT_USAGE,
                )
            try:
                raw = files.read(rel)
            except YamlSyntaxError as exc:  # an unreadable file on disk
                raise ZwgkError(exc.message, path=shown, exit_code=EXIT_USAGE) from None
            if raw is None:
                raise jinja2.TemplateNotFound(template)
            try:
                source = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ZwgkError(
                    t("render.not_utf8", name=template),
                    hint=t("render.not_utf8_hint"),
                    path=shown,
                    exit_code=EXIT_USAGE,
                ) from None
            self.loaded.add(shown)
            return source, shown, lambda: False

    return LedgerTemplates()


def _kept_in(root: Path, rel: str) -> bool:
    """Is the file at `rel` really in the ledger's templates/ folder, not reached
    through a link to elsewhere (a `.git/config` holding a CI token, say)?"""
    path = root / rel
    if not os.path.lexists(path):
        return True  # nothing there: the loader says "not found"
    folder = root / TEMPLATES  # itself no link: it would take the whole folder elsewhere
    return not is_link(folder) and inside(path, folder)


def render(
    name: str,
    root: Path | None,
    *,
    link_base: str = "",
    templates: Files | None = None,
    **context: Any,
) -> str:
    """Render template `name` (e.g. "report.md.j2") with `context`: the ledger's
    `templates/` first, then the built-in ones, which are also reachable as
    `builtin/NAME` so an override can `{% extends "builtin/report.html.j2" %}`
    and replace one block. `templates` is where the ledger's templates are read
    (default: the working tree of `root`). `link_base` is prefixed to
    ledger-relative evidence paths, so links work from where the output file
    is written."""
    import jinja2

    from zwgk.ledger import DiskFiles

    builtin = jinja2.FileSystemLoader(str(builtin_dir()), encoding="utf-8")
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({"builtin": builtin})]
    if templates is None and root is not None:
        templates = DiskFiles(root)
    own = _ledger_loader(templates) if templates is not None else None
    if own is not None:
        loaders.append(own)
    loaders.append(builtin)
    env = environment(
        jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(["html.j2", "html"], default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    env.filters["href"] = lambda value: href(value, link_base)
    env.filters["md_link"] = lambda value: md_link(value, link_base)
    env.globals.update(t=_template_t, lang=current_lang())
    try:
        template = env.get_template(name)
        return str(template.render(**context))
    except ZwgkError:
        raise
    except jinja2.TemplateSyntaxError as exc:
        raise ZwgkError(
            t("render.syntax", error=exc.message or ""),
            hint=t("render.fix_hint"),
            path=_shown(exc.filename),
            line=exc.lineno,
            exit_code=EXIT_USAGE,
        ) from None
    except Exception as exc:  # any failure while a template the ledger wrote ran
        if own is None or not own.loaded:
            raise  # only built-in templates ran: a bug, keep the traceback
        filename, line = _template_frame(exc, own.loaded)
        raise ZwgkError(
            _failure(exc),
            hint=t("render.fix_hint"),
            path=_shown(filename or min(own.loaded)),
            line=line,
            exit_code=EXIT_USAGE,
        ) from None


def _failure(exc: Exception) -> str:
    """What went wrong inside a template, in words."""
    import jinja2
    from jinja2.exceptions import SecurityError

    if isinstance(exc, RecursionError):
        return t("render.failed", error=t("render.too_deep"))
    if isinstance(exc, jinja2.TemplateNotFound):
        return t("render.failed", error=t("render.not_found", name=exc.name))
    if isinstance(exc, SecurityError):
        return t("render.unsafe", error=str(exc))
    return t("render.failed", error=str(exc))


def _template_t(key: str, /, **params: object) -> str:
    """`t()` for templates: an unknown key is the template's mistake, said so."""
    if key not in MESSAGES:
        raise ValueError(t("render.unknown_message", key=key))
    return t(key, **params)


def _template_frame(exc: BaseException, ledger: set[str]) -> tuple[str | None, int | None]:
    """The innermost template file and line an error was raised from: Jinja
    rewrites tracebacks so that template frames carry the template's name (the
    ledger's, or a built-in file) and line."""
    builtin = builtin_dir().resolve()
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename in ledger or Path(frame.filename).is_relative_to(builtin):
            found = (frame.filename, frame.lineno)
    return found
