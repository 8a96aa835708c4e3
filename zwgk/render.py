"""Rendering reports and notices through Jinja templates.

Built-in templates live in the repository's top-level `templates/`; the build
copies them into the package (`zwgk/templates/`). A ledger's own `templates/`
folder overrides them file by file. Jinja runs with StrictUndefined, so a
misspelt variable fails loudly, naming the template and line; HTML templates
autoescape, so a `<script>` in a note prints as text.
"""

from __future__ import annotations

import datetime as dt
import re
import traceback
from pathlib import Path
from typing import Any
from urllib.parse import quote

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import current_lang, t

TEMPLATES = "templates"


def builtin_dir() -> Path:
    """The built-in templates: inside an installed package, or in the source
    checkout an editable install runs from."""
    here = Path(__file__).resolve().parent
    packaged = here / TEMPLATES
    return packaged if packaged.is_dir() else here.parent / TEMPLATES


def _shown(filename: str | None, root: Path | None) -> str:
    """A template's path as messages print it: relative to the ledger when it
    is the ledger's own, else in full (a built-in template)."""
    if not filename:
        return "?"
    path = Path(filename).resolve()
    if root is not None:
        try:
            return path.relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


# --- filters -------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def md(value: Any) -> str:
    """Text safe inside Markdown, table cells included: `|` and markup escaped,
    `<` `>` `&` as entities (so `<script>` stays text), newlines folded."""
    text = " ".join(str(value).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


_SAFE_SCHEMES = ("http://", "https://")


def href(value: Any) -> str | None:
    """A link target worth following: http(s) URLs and ledger-relative paths.
    `javascript:` and other schemes give None (shown as text, never linked)."""
    text = str(value).strip()
    lowered = text.lower()
    if lowered.startswith(_SAFE_SCHEMES):
        return quote(text, safe=":/?#[]@!$&'*+,;=%~-._")
    if ":" in text.split("/")[0] or text.startswith(("//", "\\")):
        return None  # another scheme, or a network path
    return quote(text, safe="/%~-._")


def md_link(value: Any) -> str:
    """Evidence as a Markdown link, or as escaped text when it is not linkable."""
    target = href(value)
    label = md(value)
    if target is None:
        return label
    target = target.replace("(", "%28").replace(")", "%29").replace("|", "%7C")
    return f"[{label}]({target})"


def pct(value: float | None) -> str:
    """0.6667 → 66.7%, 1.0 → 100%, None (nothing to count yet) → -."""
    if value is None:
        return "-"
    return f"{100 * value:.1f}".removesuffix(".0") + "%"


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


def render(name: str, root: Path | None, **context: Any) -> str:
    """Render template `name` (e.g. "report.md.j2") with `context`; the ledger's
    `templates/` first, then the built-in ones."""
    import jinja2

    search = [str(builtin_dir())]
    if root is not None and (root / TEMPLATES).is_dir():
        search.insert(0, str(root / TEMPLATES))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search, encoding="utf-8"),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(["html.j2", "html"], default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    env.globals.update(t=t, lang=current_lang())
    try:
        template = env.get_template(name)
        return template.render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise ZwgkError(
            t("render.syntax", error=exc.message or ""),
            hint=t("render.fix_hint"),
            path=_shown(exc.filename, root),
            line=exc.lineno,
            exit_code=EXIT_USAGE,
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise ZwgkError(t("render.not_found", name=exc.name), exit_code=EXIT_USAGE) from None
    except (jinja2.UndefinedError, TypeError, ValueError, AttributeError) as exc:
        filename, line = _template_frame(exc)
        if filename is None:
            raise  # not the template's fault: a bug, keep the traceback
        raise ZwgkError(
            t("render.failed", error=str(exc)),
            hint=t("render.fix_hint"),
            path=_shown(filename, root),
            line=line,
            exit_code=EXIT_USAGE,
        ) from None


def _template_frame(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file and line an error was raised from: Jinja rewrites
    tracebacks so that template frames carry the template's own name and line."""
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2"):
            found = (frame.filename, frame.lineno)
    return found
