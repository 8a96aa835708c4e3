"""Reading rollup.yaml: the county ledgers a city's view (`zwgk rollup`)
reads, each with its name, where its repository is, which branch and which
folder inside it.

```yaml
ledgers:
  - name: 桓台县
    remote: https://git.example.org/huantai/zwgk.git   # or a local folder
    branch: main        # optional: the remote's default branch
    path: county        # optional: the ledger's folder in the repository
```

Read with the project's one YAML gateway (safe loader, size and depth
limits, positions); every problem is a finding with its line and the fix,
all of them reported in one go.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from zwgk.errors import YamlSyntaxError
from zwgk.i18n import t
from zwgk.ledger.schema import Reader
from zwgk.ledger.yamlio import load
from zwgk.model.findings import Finding, sort_findings
from zwgk.model.rollup import Source, shown_remote

_KEYS = ("name", "remote", "branch", "path")
_REQUIRED = ("name", "remote")


def read_config(path: Path, shown: str) -> tuple[list[Source], list[Finding]]:
    """The ledgers `path` names, in its order, and what is wrong with it.
    A relative local `remote` is taken from the file's own folder, so the
    file means the same wherever zwgk is started."""
    if not path.exists() and not path.is_symlink():
        return [], [_error(shown, (0, 0), "missing-file", t("ledger.rollup_missing", path=shown),
                           t("ledger.rollup_missing_hint"))]  # fmt: skip
    try:
        data, problems = load(path, shown)
    except YamlSyntaxError as exc:
        problem = t("yaml.syntax", problem=exc.message)
        return [], [_error(shown, (exc.line, exc.col), "syntax", problem, t("yaml.syntax_hint"))]
    reader = Reader(shown)
    for p in problems:
        reader.error((p.line, p.col), p.code, p.message, t("yaml.duplicate_key_hint"))
    top = reader.as_mapping(data, (1, 1), "rollup.yaml")
    sources: list[Source] = []
    if top is not None:
        reader.keys(top, ("ledgers",), ("ledgers",), "rollup.yaml")
        listed = top.get("ledgers")
        seq = None if listed is None else reader.as_sequence(listed, top.pos("ledgers"), "ledgers")
        for i, item in enumerate(seq or ()):
            source = _source(reader, item, seq.pos(i) if seq is not None else (0, 0), path.parent)
            if source is not None:
                sources.append(source)
        if seq is not None and not seq and not reader.findings:
            reader.error(top.pos("ledgers"), "missing-field", t("ledger.rollup_empty"),
                         t("ledger.rollup_empty_hint"))  # fmt: skip
    seen: dict[str, Source] = {}
    for source in sources:
        if source.name in seen:
            first = seen[source.name].line
            reader.error((source.line, 1), "duplicate-name",
                         t("ledger.rollup_duplicate", name=source.name, line=first),
                         t("ledger.rollup_duplicate_hint"))  # fmt: skip
        seen.setdefault(source.name, source)
    return sources, sort_findings(reader.findings)


def _source(reader: Reader, item: object, pos: tuple[int, int], home: Path) -> Source | None:
    what = t("ledger.rollup_item")
    m = reader.as_mapping(item, pos, what)
    if m is None:
        return None
    before = len(reader.findings)
    complete = reader.keys(m, _KEYS, _REQUIRED, what)
    # Stripped before any check: what is checked is what is used (" -x" is "-x").
    name = _stripped(reader.text(m, "name", what))
    remote = _stripped(reader.text(m, "remote", what))
    branch = _stripped(reader.text(m, "branch", what))
    folder = _stripped(reader.text(m, "path", what)) or ""
    # A value starting with "-" would reach git as an option (remote.py also
    # ends git's options with "--"); a path leaving the repository (`..`,
    # absolute) would read files that are not the ledger.
    for key, value in (("remote", remote), ("branch", branch), ("path", folder)):
        if value is not None and (value.startswith("-") or "\0" in value):
            shown = shown_remote(value) if key == "remote" else value
            reader.error(m.pos(key), "bad-value", t("ledger.rollup_bad_value", key=key,
                         value=shown), t("ledger.rollup_bad_value_hint", key=key))  # fmt: skip
    for key, value in (("name", name), ("remote", remote), ("branch", branch)):
        if value is not None and not value:
            reader.error(m.pos(key), "bad-value", t("ledger.rollup_bad_value", key=key,
                         value=value), t("ledger.rollup_bad_value_hint", key=key))  # fmt: skip
    if branch is not None and any(c.isspace() or c in "~^:?*[\\" for c in branch):
        reader.error(m.pos("branch"), "bad-value",
                     t("ledger.rollup_bad_value", key="branch", value=branch),
                     t("ledger.rollup_bad_value_hint", key="branch"))  # fmt: skip
    inner = PurePosixPath(folder.replace("\\", "/"))
    if folder and (inner.is_absolute() or ".." in inner.parts or "\0" in folder):
        reader.error(m.pos("path"), "bad-value", t("ledger.rollup_bad_path", path=folder),
                     t("ledger.rollup_bad_path_hint"))  # fmt: skip
    if not complete or len(reader.findings) > before or name is None or remote is None:
        return None
    return Source(name, _located(remote, home), branch, _clean(inner), m.line)


def _stripped(value: str | None) -> str | None:
    return None if value is None else value.strip()


def _clean(inner: PurePosixPath) -> str:
    text = inner.as_posix()
    return "" if text == "." else text.strip("/")


def is_url(remote: str) -> bool:
    """A git URL (`https://…`, `ssh://…`, `file://…`, or scp-like
    `git@host:path`), as against a path on this machine."""
    if "://" in remote:
        return True
    head, colon, _ = remote.partition(":")
    # `C:\ledgers` is a Windows path; `host:path` with no slash before the colon is scp-like.
    return bool(colon) and len(head) > 1 and "/" not in head and "\\" not in head


def _located(remote: str, home: Path) -> str:
    if is_url(remote):
        return remote
    path = Path(remote).expanduser()
    return str(path if path.is_absolute() else (home / path).resolve())


def _error(shown: str, pos: tuple[int, int], code: str, message: str, hint: str) -> Finding:
    return Finding(shown, pos[0], pos[1], "error", code, message, hint)
