"""Who may record for a unit: CODEOWNERS generated from units.yaml `owners:`,
and `validate --authors`, which flags entries added by someone who is not an
owner of the unit whose file they went into.

A commit's author is whatever the committer typed: `--authors` catches a clerk
recording into the wrong unit's file, it does not prove who made a change. The
forge's protected branches and CODEOWNERS, or signed commits
(`--require-signed`), are what enforce it."""

from __future__ import annotations

from collections import Counter

from zwgk.engine.compare import EntryChange, entry_changes, entry_key, rel_path
from zwgk.errors import ZwgkError
from zwgk.i18n import t
from zwgk.ledger.layout import (
    CALENDAR,
    PLANS,
    PROGRESS,
    TASKS,
    TEMPLATES,
    UNITS,
    is_progress_file,
    progress_pattern,
)
from zwgk.ledger.load import load_ledger, load_plan_or_fail, unreadable
from zwgk.ledger.units import owner_problem
from zwgk.model.directory import Directory
from zwgk.model.findings import Finding
from zwgk.model.plan import Entry
from zwgk.review.git import Git, commits, signatures


def owner_handle(owner: str) -> str:
    """As CODEOWNERS wants it: an email as is, an account as @name. An owner
    of any other shape is refused (exit 2) rather than written: units.yaml's
    reader reports it, and --office is checked by the command."""
    if (bad := owner_problem(owner)) is not None:
        raise ZwgkError(bad[0], hint=bad[1])
    return owner if "@" in owner else f"@{owner}"


def _comment(text: str) -> str:
    """`text` on one line: a CODEOWNERS comment a unit's name cannot end early."""
    return " ".join(text.split())


def _pattern(path: str) -> str:
    """A CODEOWNERS path: spaces escaped, as GitHub, GitLab and Gitea read them."""
    return path.replace(" ", "\\ ")


def codeowners_text(directory: Directory, office: list[str], prefix: str) -> str:
    """CODEOWNERS lines: the plan files to the office; each unit's progress files
    to its owners (to the office when it names none). Later lines win, so the
    general rules come first."""
    office_handles = " ".join(owner_handle(o) for o in office)
    prefix = _pattern(prefix)
    lines = [
        "# " + t("owners.generated"),
        f"/{prefix}{TASKS.as_posix()} {office_handles}",
        f"/{prefix}{PLANS}/ {office_handles}",
        f"/{prefix}{UNITS.as_posix()} {office_handles}",
        f"/{prefix}{CALENDAR.as_posix()} {office_handles}",
        f"/{prefix}{TEMPLATES}/ {office_handles}",
        f"/{prefix}{PROGRESS}/ {office_handles}",
    ]
    for unit in directory.units.values():
        handles = " ".join(owner_handle(o) for o in unit.owners)
        if not handles:
            lines.append(f"# {_comment(t('owners.none', unit=unit.name))}")
            continue
        lines.append(f"/{prefix}{progress_pattern(unit.id)} {handles}")
    return "\n".join(lines) + "\n"


GITHUB_NOREPLY = "users.noreply.github.com"


def owner_matches(owner: str, email: str) -> bool:
    """Whether a commit's author e-mail is an owner's. An owner written as an
    e-mail matches that e-mail. An account name (`lisi`, `@lisi`) matches only
    GitHub's private addresses for it, `123+lisi@users.noreply.github.com` and
    the older `lisi@users.noreply.github.com`: GitHub gives them out, so they
    name the account. A team (`@org/team`) matches no one, and the author's
    name is never compared: anyone can commit as 张三. Other forges' accounts are
    not recognised; list the clerk's commit e-mail instead."""
    account, email = _account(owner), email.strip().lower()
    if account is None:
        return owner.strip().lower() == email
    if not account or "/" in account:
        return False
    local, _, domain = email.rpartition("@")
    if domain != GITHUB_NOREPLY:
        return False
    number, plus, name = local.rpartition("+")
    return name == account and (not plus or number.isdigit())


def _account(owner: str) -> str | None:
    """The account an owner names (`@lisi`, `lisi`, `@org/team`), lower-cased;
    None for an e-mail."""
    name = owner.strip().lower().removeprefix("@")
    return None if "@" in name else name


def author_findings(git: Git, spec: str) -> list[Finding]:
    """Entries added, edited or removed in the commits of `spec` (A..B) by an
    author who is not an owner of the unit. Owners are read at A, before the
    change, so a commit cannot make its own author an owner. Moving an entry
    to another file is not a change of it. A file that cannot be read at some
    commit stops the check (exit 2) rather than be guessed at."""
    base_rev = spec.partition("..")[0] or "HEAD"
    base = load_plan_or_fail(git.ledger_root, files=git.tree(base_rev), label=base_rev)
    findings = []
    for commit, parents in commits(git, spec):
        listing = git.run(
            "diff-tree", "--no-commit-id", "--name-only", "-r", "-z", "-m", "--root", commit.hash
        )
        touched = {
            name[len(git.prefix) :]
            for name in listing.split("\0")
            if name.startswith(git.prefix) and is_progress_file(name[len(git.prefix) :])
        }
        if not touched:
            continue
        now = _entries_at(git, commit.hash, commit.short, touched)
        if len(parents) > 1:
            changes = _merge_additions(now, [_entries_at(git, p, p[:8], touched) for p in parents])
        else:
            before = _entries_at(git, parents[0], parents[0][:8], touched) if parents else []
            changes = [c for c in entry_changes(before, now) if c.change != "moved"]
        for change in changes:
            unit = base.directory.units.get(change.entry.unit)
            if unit is None or not unit.owners:
                continue  # nobody to check against; validate reports unknown units
            if any(owner_matches(o, commit.email) for o in unit.owners):
                continue
            findings.append(
                Finding(
                    change.file,
                    change.entry.line,
                    1,
                    "error",
                    "not-owner",
                    t("owners.not_owner", req=change.entry.req, author=commit.author,
                      email=commit.email, commit=commit.short, unit=unit.name,
                      verb=t(f"owners.verb_{change.change}")),
                    t("owners.not_owner_hint", owners="、".join(unit.owners), unit=unit.name)
                    + (t("owners.account_hint") if any(_account(o) for o in unit.owners) else ""),
                )
            )  # fmt: skip
    return findings


def signature_findings(git: Git, spec: str) -> list[Finding]:
    """`--require-signed`: every commit of `spec` (A..B) whose signature is
    missing or does not check out on this machine, as an error on the commit."""
    findings = []
    for commit, verdict in signatures(git, spec):
        if verdict == "good":
            continue
        about = {"commit": commit.short, "author": commit.author, "email": commit.email,
                 "subject": commit.subject}  # fmt: skip
        if verdict == "unsigned":
            code = "unsigned-commit"
            message, hint = t("owners.unsigned", **about), t("owners.unsigned_hint")
        else:
            code = "bad-signature"
            reason = t(f"owners.sig_{verdict}")
            message = t("owners.bad_signature", reason=reason, **about)
            hint = t("owners.bad_signature_hint")
        findings.append(Finding(commit.short, 0, 0, "error", code, message, hint))
    return findings


def _entries_at(git: Git, rev: str, label: str, touched: set[str]) -> list[Entry]:
    """The entries of the touched progress files at `rev`; a file that does not
    read cleanly there is an error naming the revision."""
    files = git.tree(rev)
    ledger = load_ledger(git.ledger_root, files=files, only_progress=touched, every_year=True)
    shown = {files.shown(rel) for rel in touched}
    errors = [f for f in ledger.findings if f.level == "error" and f.path in shown]
    if errors:
        raise unreadable(errors, label, files.shown(ledger.plan_path))
    return ledger.entries


def _merge_additions(merged: list[Entry], parents: list[list[Entry]]) -> list[EntryChange]:
    """Entries a merge commit holds that none of its parents had: those written
    while resolving it. What came from either side was checked in its own commit."""
    counts = [Counter(entry_key(e) for e in side) for side in parents]
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for entry in merged:
        key = entry_key(entry)
        seen[key] += 1
        if seen[key] > max(c[key] for c in counts):
            out.append(EntryChange("added", rel_path(entry), entry))
    return out
