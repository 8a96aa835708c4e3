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
import math
import re
import traceback
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from zwgk.errors import EXIT_USAGE, YamlSyntaxError, ZwgkError
from zwgk.i18n import LANGS, MESSAGES, current_lang, set_lang, t
from zwgk.ledger.layout import TEMPLATES
from zwgk.ledger.load import DiskFiles, Files
from zwgk.outputs.text import FILTERS, href, md_link


def builtin_dir() -> Path:
    """The built-in templates: inside an installed package, or in the source
    checkout an editable install runs from."""
    from zwgk.ledger.shipped import shipped

    return shipped("templates")


def _shown(filename: str | None) -> str:
    """A template's name as messages print it: a ledger template's as its
    loader gave it (`templates/report.md.j2`, `origin/main:templates/diff.md.j2`),
    a built-in one's in full."""
    if not filename:
        return "?"
    path = Path(filename)
    return path.as_posix() if path.is_absolute() else filename


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
    and Jinja's helpers; never a module, a function, a class or a path. The
    answer depends on the type alone, so it is worked out once per type (a
    report reads ten thousand attributes)."""
    kind = type(obj)
    known = _READABLE.get(kind)
    if known is None:
        known = _READABLE[kind] = _readable_type(kind)
    return known


_READABLE: dict[type, bool] = {}
_SAFE_ATTRIBUTES: dict[tuple[type, str], bool] = {}
_METHODS = (types.MethodType, types.BuiltinMethodType)


def _readable_type(kind: type) -> bool:
    if issubclass(kind, _PLAIN):
        return True
    if kind.__module__.split(".")[0] == "zwgk":
        # callable(obj) asks whether its type defines __call__; a class's type
        # is a metaclass
        callable_ = any("__call__" in vars(base) for base in kind.__mro__)
        return not callable_ and not issubclass(kind, type)
    return issubclass(kind, _jinja_helpers())


# --- limits ----------------------------------------------------------------------

# Reading nothing it should is half of a sandbox; the other half is not letting
# a template exhaust the machine (`{{ "x" * 10**9 }}`, two nested
# `range(100000)` loops). What a template can make is bounded here, each
# bound far above what a report of a city ledger needs: a template that asks
# for more stops like one that reaches for Python, exit 2 with its file and line.

MAX_SIZE = 10_000_000
"""Characters of a string, or items of a list, that one operation of a
template may make (`*` repetition, `replace`, `join`; `+` and `~`, which can
only double, are checked once made)."""

MAX_DIGITS = 4300
"""Decimal digits of a number a template may compute with `*` or `**`: as many
as Python prints (its int-to-text limit)."""

MAX_WIDTH = 10_000
"""A width, precision or count a template may ask padding and formatting for
(`center`, `indent`, `"%10000s"`, `"{:>10000}"`, `batch`, `slice`, `tojson`)."""

MAX_LOOPS = 1_000_000
"""Numbers all the `range()`s of one render may yield together, so nested loops
are bounded too; loops over the report's own data are not counted."""

MAX_OUTPUT = 200_000_000
"""Characters a template may write in all (a city ledger's report is a few
million): a loop of big pieces stops here instead of filling the memory."""


class TemplateTooBig(Exception):
    """A template asked for more work or memory than the limits above allow."""


def _refuse(key: str, limit: int) -> TemplateTooBig:
    return TemplateTooBig(t(key, limit=f"{limit:,}"))


def _check_width(value: Any) -> None:
    if isinstance(value, int) and abs(value) > MAX_WIDTH:
        raise _refuse("render.limit_width", MAX_WIDTH)


def _check_size(size: int) -> None:
    if size > MAX_SIZE:
        raise _refuse("render.limit_size", MAX_SIZE)


def _check_digits(digits: float) -> None:
    if digits > MAX_DIGITS:
        raise _refuse("render.limit_digits", MAX_DIGITS)


# The widths and precisions of a printf spec (`%-10.3f`, `%(name)20s`); a `*`
# takes the width from the values, which a template has no need for.
_PRINTF_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d*)(?:\.(\*|\d*))?")


def _check_printf(text: str) -> None:
    for numbers in _PRINTF_SPEC.findall(text):
        for number in numbers:
            if number == "*":
                raise _refuse("render.limit_width", MAX_WIDTH)
            _check_width(int(number) if number else 0)


def _check_format_spec(spec: str) -> None:
    """A str.format spec as Python applies it (nested fields filled in): any
    number in it is a fill, a width or a precision."""
    for number in re.findall(r"\d+", spec):
        _check_width(int(number))


def _binop(operator: str, left: Any, right: Any) -> None:
    """Refuse `*` and `**` whose result would pass the limits, before Python
    builds it."""
    if operator == "**":
        if isinstance(left, int) and isinstance(right, int) and right > 0 and abs(left) > 1:
            _check_digits(right * math.log10(abs(left)))
    elif operator == "*":
        if isinstance(left, int) and isinstance(right, int) and left and right:
            _check_digits(math.log10(abs(left)) + math.log10(abs(right)))
        for seq, times in ((left, right), (right, left)):
            if isinstance(seq, (str, list, tuple)) and isinstance(times, int):
                _check_size(len(seq) * times)
    elif operator == "%" and isinstance(left, str):
        _check_printf(left)


def _made(value: Any) -> Any:
    """A string or list made by `+` or `~`, refused past the size limit (at
    most twice the limit was built): doubling in a loop or a recursive macro
    stops there."""
    if isinstance(value, (str, list, tuple)):
        _check_size(len(value))
    return value


def _check_replace(text: Any, old: Any, new: Any, count: Any = -1) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        found = text.count(old) if old else len(text) + 1
        if isinstance(count, int) and count >= 0:
            found = min(found, count)
        _check_size(len(text) + found * max(0, len(new) - len(old)))


def _check_join(separator: Any, items: Any) -> None:
    if isinstance(separator, str) and isinstance(items, (list, tuple)):
        texts = sum(len(item) for item in items if isinstance(item, str))
        _check_size(texts + len(separator) * max(0, len(items) - 1))


def _check_str_method(method: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """The methods of a string that pad or multiply it (`"x".center(10**9)`)."""
    name = getattr(method, "__name__", "")
    if not isinstance(getattr(method, "__self__", None), str):
        return
    text: str = method.__self__
    values = [*args, *kwargs.values()]
    if name in ("center", "ljust", "rjust", "zfill") and values:
        _check_width(values[0])
    elif name == "expandtabs":
        tabsize = values[0] if values else 8
        _check_width(tabsize)
        if isinstance(tabsize, int):
            _check_size(len(text) + text.count("\t") * tabsize)
    elif name == "replace":
        _check_replace(text, *values[:3])
    elif name == "join" and values:
        _check_join(text, values[0])


def _bounded_filters(filters: dict[str, Any]) -> dict[str, Any]:
    """Jinja's built-in filters that allocate by an argument, checked first.
    (Jinja folds filters on constants at compile time; a refusal there just
    leaves the call to run time, where it is refused again with its line.)"""
    import functools
    import inspect

    checks: dict[str, Any] = {
        "center": lambda a: _check_width(a.get("width")),
        "indent": lambda a: _check_width(a.get("width")),
        "batch": lambda a: _check_width(a.get("linecount")),
        "slice": lambda a: _check_width(a.get("slices")),
        "tojson": lambda a: _check_width(a.get("indent")),
        "format": lambda a: _check_printf(str(a.get("value", ""))),
        "replace": lambda a: _check_replace(a.get("s"), a.get("old"), a.get("new"),
                                            a.get("count") if a.get("count") is not None else -1),
        "join": lambda a: _check_join(a.get("d", ""), a.get("value")),
    }  # fmt: skip
    bounded = {}
    for name, check in checks.items():
        func = filters[name]
        signature = inspect.signature(func)  # of the sync function, for async variants
        # An async variant (`slice`, `join`…) is called with Jinja's eval
        # context first, which its sync function's signature may not name.
        first = next(iter(signature.parameters))
        passed = getattr(func, "jinja_pass_arg", None) is not None
        skip = 1 if passed and first not in ("eval_ctx", "context", "environment") else 0

        def run(*args: Any, _f: Any = func, _s: Any = signature, _c: Any = check,
                _skip: int = skip, **kwargs: Any) -> Any:  # fmt: skip
            _c(_s.bind(*args[_skip:], **kwargs).arguments)
            return _f(*args, **kwargs)

        bounded[name] = functools.wraps(func)(run)
    return bounded


def environment(loader: Any, **options: Any) -> Any:
    """The one Jinja environment every template zwgk renders runs in: sandboxed,
    bounded (see the limits above), StrictUndefined (a misspelt variable fails
    loudly, naming the template and line). `options` are Jinja's own
    (autoescape, whitespace control). Each environment has its own `range()`
    budget: make one per render."""
    import jinja2
    from jinja2.compiler import CodeGenerator
    from jinja2.sandbox import (
        ImmutableSandboxedEnvironment,
        SandboxedEscapeFormatter,
        SandboxedFormatter,
        safe_range,
    )
    from markupsafe import Markup

    class Bounded(SandboxedFormatter):
        def format_field(self, value: Any, format_spec: str) -> Any:
            _check_format_spec(format_spec)
            return super().format_field(value, format_spec)

    class BoundedEscape(Bounded, SandboxedEscapeFormatter):
        pass

    class Generator(CodeGenerator):
        def visit_Concat(self, node: Any, frame: Any) -> None:
            """`a ~ b` is no operator Jinja can intercept: its result is checked."""
            self.write("environment.made(")
            super().visit_Concat(node, frame)
            self.write(")")

    class Sandbox(ImmutableSandboxedEnvironment):
        # Intercepted operators are also never folded at compile time, so
        # `{{ "x" * 10**9 }}` is refused when it runs, with its line.
        intercepted_binops = frozenset({"*", "**", "%", "+"})
        code_generator_class = Generator
        made = staticmethod(_made)

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.loops_left = MAX_LOOPS
            self.globals["range"] = self.bounded_range
            self.filters.update(_bounded_filters(self.filters))

        @staticmethod
        def concat(pieces: Iterable[str]) -> str:
            """The output, joined as Jinja does, counted as it comes."""
            kept, size = [], 0
            for piece in pieces:
                size += len(piece)
                if size > MAX_OUTPUT:
                    raise _refuse("render.limit_output", MAX_OUTPUT)
                kept.append(piece)
            return "".join(kept)

        def bounded_range(self, *args: int) -> range:
            numbers = safe_range(*args)
            if len(numbers) > self.loops_left:
                raise _refuse("render.limit_loops", MAX_LOOPS)
            self.loops_left -= len(numbers)
            return numbers

        def getattr(self, obj: Any, attribute: str) -> Any:
            """Jinja's sandboxed `obj.attribute`, with a short way for the
            common case: an attribute already judged safe for this type
            (`is_safe_attribute`) whose value is no method, so not a
            `str.format` that `wrap_str_format` would have to bound."""
            try:
                value = getattr(obj, attribute)
            except AttributeError:
                return super().getattr(obj, attribute)
            if type(value) not in _METHODS and _SAFE_ATTRIBUTES.get((type(obj), attribute)):
                return value
            return super().getattr(obj, attribute)

        def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
            # Every part of the answer (Jinja's internal and mutating
            # attributes, `_readable`) depends on the type and the name alone:
            # decided once per pair, as a report reads ten thousand attributes.
            key = (type(obj), attr)
            known = _SAFE_ATTRIBUTES.get(key)
            if known is None:
                known = super().is_safe_attribute(obj, attr, value) and _readable(obj)
                _SAFE_ATTRIBUTES[key] = known
            return known

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            _binop(operator, left, right)
            result = super().call_binop(context, operator, left, right)
            return _made(result) if operator == "+" else result

        def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
            _check_str_method(__obj, args, kwargs)
            return super().call(__context, __obj, *args, **kwargs)

        def wrap_str_format(self, value: Any) -> Any:
            """Jinja's sandboxed str.format and format_map, with bounded specs."""
            if super().wrap_str_format(value) is None:
                return None
            text = value.__self__
            formatter: Bounded = (
                BoundedEscape(self, escape=text.escape)
                if isinstance(text, Markup)
                else Bounded(self)
            )
            is_map = value.__name__ == "format_map"

            def bounded(*args: Any, **kwargs: Any) -> Any:  # str, or Markup
                if is_map:
                    if kwargs or len(args) != 1:
                        raise TypeError("format_map() takes exactly one argument")
                    return type(text)(formatter.vformat(text, (), args[0]))
                return type(text)(formatter.vformat(text, args, kwargs))

            return bounded

    return Sandbox(loader=loader, undefined=jinja2.StrictUndefined, **options)


def _ledger_loader(files: Files) -> Any:
    """The ledger's own `templates/`, read through `files`: the working tree, or
    a git revision (`zwgk diff` renders with the reviewed change's base)."""
    import jinja2
    from jinja2.loaders import split_template_path

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
            try:
                raw = files.read(rel)
            except YamlSyntaxError as exc:  # unreadable, or a link out of templates/
                hint = getattr(exc, "hint", "")
                raise ZwgkError(exc.message, hint=hint, path=shown, exit_code=EXIT_USAGE) from None
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


# --- the built-in templates, compiled ahead -----------------------------------

# Jinja turns a template into Python source and Python compiles that: for the
# report template about 30 ms of every `zwgk report`, the same each run. The
# built-in templates are therefore kept compiled, as Python modules in
# `compiled/` (one per template and language: Jinja computes filters on
# constants, such as `"done" | status`, while it compiles), which Python's own
# bytecode cache then keeps. `scripts/compile_templates.py` writes them and a
# test proves them in sync with `templates/`; a module is used only when it
# was made from the very source read and by the Jinja that runs, else the
# template is compiled as before. A ledger's templates are always compiled
# from their source, in the sandbox.

COMPILED = Path(__file__).resolve().parent / "compiled"
"""The precompiled built-in templates."""


def compiled_path(name: str, lang: str) -> Path:
    """Where built-in template `name` ("report.md.j2") compiled for `lang` is kept."""
    return COMPILED / f"{name.removesuffix('.j2').replace('.', '_')}_{lang}.py"


def _source_hash(source: str) -> str:
    import hashlib

    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def compiled_source(name: str) -> str:
    """Built-in template `name` compiled by Jinja, in the current language, as
    the module `compiled_path` keeps it: Jinja's Python source, then the
    source's hash and Jinja's version it was made from."""
    import jinja2

    codes = set()
    for link_base in ("", "../"):
        env = _environment(_builtin_files(), link_base)
        source, filename, _ = env.loader.get_source(env, name)
        codes.add(env.compile(source, name, filename, raw=True))
    # Jinja would compute `"x" | md_link` while compiling: its code would then
    # hold one link base, and a report written elsewhere would link wrong.
    if len(codes) != 1:
        raise ValueError(f"{name}: its compiled code depends on where the output is written")
    (code,) = codes
    return (
        f"# Compiled from templates/{name} by scripts/compile_templates.py: do not edit.\n"
        f"{code}\n"
        f"zwgk_source = {_source_hash(source)!r}\n"
        f"zwgk_jinja = {jinja2.__version__!r}\n"
    )


def compiled_modules() -> Iterator[tuple[Path, str]]:
    """Every precompiled module as it should read: (its path, its text), for
    each built-in template and each language."""
    was = current_lang()
    try:
        for template in sorted(builtin_dir().glob("*.j2")):
            for lang in LANGS:
                set_lang(lang)
                yield compiled_path(template.name, lang), compiled_source(template.name)
    finally:
        set_lang(was)


def _precompiled(env: Any, name: str, source: str, filename: str) -> dict[str, Any] | None:
    """The namespace of built-in template `name`'s precompiled module, if it was
    made from `source` by this Jinja in the current language; else None."""
    path = compiled_path(name, current_lang())
    if "/" in name or not path.is_file():
        return None
    from importlib.machinery import SourceFileLoader

    import jinja2

    # Python's loader reads the module's bytecode from __pycache__ when it is
    # up to date, as for any other module of the package.
    module = f"zwgk.outputs.compiled.{path.stem}"
    code = SourceFileLoader(module, str(path)).get_code(module)
    if code is None:
        return None
    namespace: dict[str, Any] = {"environment": env, "__file__": filename}
    exec(code, namespace)
    made_from = (namespace.get("zwgk_source"), namespace.get("zwgk_jinja"))
    if made_from != (_source_hash(source), jinja2.__version__):
        return None
    return namespace


def _builtin_files() -> Any:
    import jinja2

    return jinja2.FileSystemLoader(str(builtin_dir()), encoding="utf-8")


def _builtin_loader() -> Any:
    """The built-in templates: their precompiled code where it is in sync."""
    import jinja2

    class BuiltinTemplates(jinja2.FileSystemLoader):
        def load(
            self,
            environment: jinja2.Environment,
            name: str,
            globals: Any = None,
        ) -> jinja2.Template:
            source, filename, _ = self.get_source(environment, name)
            namespace = _precompiled(environment, name, source, filename)
            if namespace is None:
                return super().load(environment, name, globals)
            return environment.template_class.from_module_dict(
                environment, namespace, globals if globals is not None else {}
            )

    return BuiltinTemplates(str(builtin_dir()), encoding="utf-8")


def _environment(loader: Any, link_base: str) -> Any:
    """The environment `render` runs templates in: the sandbox of
    `environment`, with zwgk's filters and globals and the options the
    built-in templates are written for."""
    import jinja2

    env = environment(
        loader,
        autoescape=jinja2.select_autoescape(["html.j2", "html"], default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(FILTERS)
    env.filters["href"] = lambda value: href(value, link_base)
    env.filters["md_link"] = lambda value: md_link(value, link_base)
    env.globals.update(t=_template_t, lang=current_lang())
    return env


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

    builtin = _builtin_loader()
    loaders: list[jinja2.BaseLoader] = [jinja2.PrefixLoader({"builtin": builtin})]
    if templates is None and root is not None:
        templates = DiskFiles(root)
    own = _ledger_loader(templates) if templates is not None else None
    if own is not None:
        loaders.append(own)
    loaders.append(builtin)
    env = _environment(jinja2.ChoiceLoader(loaders), link_base)
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
    if isinstance(exc, TemplateTooBig):
        return t("render.too_big", error=str(exc))
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
