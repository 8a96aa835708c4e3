"""Who may record for a unit: CODEOWNERS generated from units.yaml `owners:`,
and `validate --authors`, which flags entries added by someone who is not an
owner of the unit whose file they went into."""

from __future__ import annotations

from zwgk.calendar import CALENDAR
from zwgk.diff import entry_changes
from zwgk.findings import Finding
from zwgk.git import Git, commits
from zwgk.i18n import t
from zwgk.ledger import TASKS, UNITS, load_ledger
from zwgk.units import Directory


def owner_handle(owner: str) -> str:
    """As CODEOWNERS wants it: an email as is, an account as @name."""
    owner = owner.strip()
    return owner if "@" in owner else f"@{owner}"


def codeowners_text(directory: Directory, office: list[str], prefix: str) -> str:
    """CODEOWNERS lines: the plan files to the office; each unit's progress files
    to its owners (to the office when it names none). Later lines win, so the
    general rules come first."""
    office_handles = " ".join(owner_handle(o) for o in office)
    lines = [
        "# " + t("owners.generated"),
        f"/{prefix}{TASKS.as_posix()} {office_handles}",
        f"/{prefix}{UNITS.as_posix()} {office_handles}",
        f"/{prefix}{CALENDAR.as_posix()} {office_handles}",
        f"/{prefix}templates/ {office_handles}",
        f"/{prefix}data/progress/ {office_handles}",
    ]
    for unit in directory.units.values():
        handles = " ".join(owner_handle(o) for o in unit.owners)
        if not handles:
            lines.append(f"# {t('owners.none', unit=unit.name)}")
            continue
        lines.append(f"/{prefix}data/progress/*/{unit.id}.yaml {handles}")
    return "\n".join(lines) + "\n"


def _matches(owner: str, name: str, email: str) -> bool:
    """An owner is an email or an account name; a commit has a name and an email
    (for GitHub's noreply addresses, `123+account@users.noreply.github.com`)."""
    owner = owner.strip().lstrip("@").lower()
    email = email.lower()
    local = email.split("@", 1)[0].split("+")[-1]
    return owner in (email, name.lower(), local)


def author_findings(git: Git, spec: str) -> list[Finding]:
    """Entries added in the commits of `spec` (A..B) by an author who is not an
    owner of the unit. Owners are read at A, before the change, so a commit
    cannot make its own author an owner."""
    base_rev = spec.partition("..")[0] or "HEAD"
    base = load_ledger(git.ledger_root, files=git.tree(base_rev), with_progress=False)
    findings = []
    for commit, parent in commits(git, spec):
        touched = [
            name[len(git.prefix) :]
            for name in git.run(
                "diff-tree", "--no-commit-id", "--name-only", "-r", "-z", "--root", commit.hash
            ).split("\0")
            if name.startswith(git.prefix + "data/progress/") and name.endswith(".yaml")
        ]
        if not touched:
            continue
        wanted = set(touched)
        after = load_ledger(git.ledger_root, files=git.tree(commit.hash), only_progress=wanted)
        before_entries = []
        if parent is not None:
            before_entries = load_ledger(
                git.ledger_root, files=git.tree(parent), only_progress=wanted
            ).entries
        for change in entry_changes(before_entries, after.entries):
            if change.change == "removed":
                continue
            unit = base.directory.units.get(change.entry.unit)
            if unit is None or not unit.owners:
                continue  # nobody to check against; validate reports unknown units
            if any(_matches(o, commit.author, commit.email) for o in unit.owners):
                continue
            findings.append(
                Finding(
                    change.file,
                    change.entry.line,
                    1,
                    "error",
                    "not-owner",
                    t("owners.not_owner", req=change.entry.req, author=commit.author,
                      email=commit.email, commit=commit.short, unit=unit.name),
                    t("owners.not_owner_hint", owners="、".join(unit.owners), unit=unit.name),
                )
            )  # fmt: skip
    return findings
