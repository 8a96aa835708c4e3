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
from zwgk.i18n import MESSAGES, current_lang, t

TEMPLATES = "templates"


def builtin_dir() -> Path:
    """The built-in templates: inside an installed package, or in the source
    checkout an editable install runs from."""
    from zwgk.shipped import shipped

    return shipped("templates")


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


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(value: Any) -> str:
    """Text that XML (docx, xlsx) can hold: control characters pasted into a
    note, such as a vertical tab from Word, are dropped."""
    return _XML_ILLEGAL.sub("", str(value))


_SAFE_SCHEMES = ("http://", "https://")


def href(value: Any, base: str = "") -> str | None:
    """A link target worth following: http(s) URLs, and paths of files kept in
    the ledger (made relative to where the output is written by `base`).
    `javascript:` and other schemes give None: shown as text, never linked."""
    text = str(value).strip()
    lowered = text.lower()
    if lowered.startswith(_SAFE_SCHEMES):
        return quote(text, safe=":/?#[]@!$&'*+,;=%~-._")
    path = text.replace("\\", "/")
    if ":" in path.split("/")[0] or path.startswith("/"):
        return None  # another scheme, a drive letter, or an absolute or network path
    return quote(base + path, safe="/%~-._")


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


def render(name: str, root: Path | None, *, link_base: str = "", **context: Any) -> str:
    """Render template `name` (e.g. "report.md.j2") with `context`: the ledger's
    `templates/` first, then the built-in ones, which are also reachable as
    `builtin/NAME` so an override can `{% extends "builtin/report.html.j2" %}`
    and replace one block. `link_base` is prefixed to ledger-relative evidence
    paths, so links work from where the output file is written."""
    import jinja2

    builtin = jinja2.FileSystemLoader(str(builtin_dir()), encoding="utf-8")
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({"builtin": builtin})]
    own = root / TEMPLATES if root is not None else None
    if own is not None and own.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(own), encoding="utf-8"))
    loaders.append(builtin)
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
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
        return template.render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise ZwgkError(
            t("render.syntax", error=exc.message or ""),
            hint=t("render.fix_hint"),
            path=_shown(exc.filename, root),
            line=exc.lineno,
            exit_code=EXIT_USAGE,
        ) from None
    except UnicodeDecodeError:
        raise ZwgkError(
            t("render.not_utf8", name=name),
            hint=t("render.not_utf8_hint"),
            path=_shown(str(own / name) if own is not None else name, root),
            exit_code=EXIT_USAGE,
        ) from None
    except Exception as exc:  # any failure inside a template the ledger wrote
        filename, line = _template_frame(exc)
        if filename is None or own is None or not _inside(filename, own):
            raise  # not a template the ledger wrote: a bug, keep the traceback
        error = t("render.too_deep") if isinstance(exc, RecursionError) else str(exc)
        if isinstance(exc, jinja2.TemplateNotFound):
            error = t("render.not_found", name=exc.name)
        raise ZwgkError(
            t("render.failed", error=error),
            hint=t("render.fix_hint"),
            path=_shown(filename, root),
            line=line,
            exit_code=EXIT_USAGE,
        ) from None


def _template_t(key: str, /, **params: object) -> str:
    """`t()` for templates: an unknown key is the template's mistake, said so."""
    if key not in MESSAGES:
        raise ValueError(t("render.unknown_message", key=key))
    return t(key, **params)


def _inside(filename: str, folder: Path) -> bool:
    try:
        Path(filename).resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def _template_frame(exc: BaseException) -> tuple[str | None, int | None]:
    """The template file and line an error was raised from: Jinja rewrites
    tracebacks so that template frames carry the template's own name and line."""
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2"):
            found = (frame.filename, frame.lineno)
    return found
