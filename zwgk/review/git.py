"""Reading a ledger's history from git, without touching the working tree.

Everything goes through the `git` command (it is what the office already has):
a revision's files come from `git ls-tree` and one `git cat-file --batch`, an
entry's commit from `git blame --line-porcelain`. Git's own failures — not a
repository, an unknown revision, no git at all — become messages (exit 2).
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path

from zwgk.errors import EXIT_USAGE, ZwgkError
from zwgk.i18n import t
from zwgk.ledger.gitenv import git_command
from zwgk.ledger.layout import DATA, PLANS, TEMPLATES, is_progress_file, plan_years
from zwgk.ledger.load import Files

WORKTREE = None
"""The `rev` of the working tree (files on disk, uncommitted changes included)."""


class Git:
    """A git repository holding a ledger at `prefix` (a subfolder, or '')."""

    git_dir: Path | None = None
    """A repository not the user's own, named explicitly and read isolated
    from the caller's environment (`ledger/gitenv.py`); None: the ledger's
    own, found from its folder."""

    def __init__(self, ledger_root: Path) -> None:
        self.ledger_root = ledger_root
        top = self.run("rev-parse", "--show-toplevel", cwd=ledger_root).strip()
        self.top = Path(top)
        prefix = self.run("rev-parse", "--show-prefix", cwd=ledger_root).strip()
        self.prefix = prefix if not prefix or prefix.endswith("/") else prefix + "/"

    @classmethod
    def bare(cls, git_dir: Path, prefix: str) -> Git:
        """A bare repository with no working tree (a county's copy fetched by
        `zwgk rollup`, `ledger/remote.py`) holding a ledger at `prefix`."""
        git = cls.__new__(cls)
        git.ledger_root = git.top = git_dir
        git.git_dir = git_dir
        git.prefix = prefix if not prefix or prefix.endswith("/") else prefix + "/"
        return git

    def run(self, *args: str, cwd: Path | None = None, input: bytes | None = None) -> str:
        return self.run_bytes(*args, cwd=cwd, input=input).decode("utf-8", "replace")

    def run_bytes(self, *args: str, cwd: Path | None = None, input: bytes | None = None) -> bytes:
        return self._call(*args, cwd=cwd, input=input).stdout

    def run_with_stderr(self, *args: str) -> tuple[str, str]:
        """Output and git's messages of a command that succeeds: some commands
        (`log --format=%G?`) report trouble only there."""
        done = self._call(*args)
        return done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")

    def _call(
        self, *args: str, cwd: Path | None = None, input: bytes | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        # Git's own messages in English, so they can be recognised whatever the
        # clerk's locale; file names and commit texts are bytes either way.
        command, env = git_command(args, git_dir=self.git_dir, isolated=self.git_dir is not None)
        try:
            done = subprocess.run(
                command,
                cwd=str(cwd or getattr(self, "top", self.ledger_root)),
                input=input,
                capture_output=True,
                check=False,
                env=env,
            )
        except FileNotFoundError:
            raise ZwgkError(t("git.missing"), hint=t("git.missing_hint")) from None
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            first = message[0] if message else f"git {args[0]} failed"
            if "not a git repository" in first:
                raise ZwgkError(
                    t("git.not_repo", path=self.ledger_root), hint=t("git.not_repo_hint")
                )
            raise ZwgkError(t("git.failed", command=" ".join(args[:2]), error=first))
        return done

    def commit(self, rev: str) -> str:
        """The full hash of `rev`; an unknown revision is a message naming it."""
        unknown = ZwgkError(
            t("git.unknown_rev", rev=rev), hint=t("git.unknown_rev_hint"), exit_code=EXIT_USAGE
        )
        if not rev or rev.startswith("-"):
            raise unknown
        try:
            # Resolved first, then peeled: `:/message` and tags work too.
            found = self.run("rev-parse", "--verify", "--quiet", rev).strip()
            return self.run("rev-parse", "--verify", "--quiet", f"{found}^{{commit}}").strip()
        except ZwgkError:
            raise unknown from None

    def has_commits(self) -> bool:
        """False in a repository whose first commit is still to be made."""
        return bool(self.run("rev-list", "-n", "1", "--all").strip())

    def merge_base(self, a: str, b: str) -> str:
        """Where `b` branched from `a`: what `A...B` compares from."""
        first, second = self.commit(a), self.commit(b)
        try:
            return self.run("merge-base", first, second).strip()
        except ZwgkError:
            raise ZwgkError(
                t("git.no_merge_base", a=a, b=b), hint=t("git.unknown_rev_hint")
            ) from None

    def top_path(self, rel: str) -> str:
        """A ledger-relative path (or "." for the whole ledger) as a pathspec
        from the repository's top."""
        path = self.prefix + ("" if rel == "." else rel)
        return ":(top)" + path if path else ":/"

    def tree(self, rev: str) -> GitFiles:
        return GitFiles(self, rev, self.commit(rev))

    def differing(self, commit: str, other: str | None) -> set[str]:
        """Ledger-relative paths whose content or mode differs between `commit`
        and `other` (a commit; None: the working tree), by git's own record.
        Files git does not track are not among them; nor does git look at
        those it was told to assume unchanged or to skip (sparse checkouts),
        so for the working tree these are counted as differing."""
        spec = self.top_path(".")
        # --no-renames: a renamed file must name both of its paths.
        args = ["diff", "--no-renames", "--no-ext-diff", "--name-only", "-z", commit]
        names = self.run(*args, *([other] if other else []), "--", spec).split("\0")
        if other is None:
            for record in self.run("ls-files", "-v", "-z", "--full-name", "--", spec).split("\0"):
                tag, _, name = record.partition(" ")
                if tag.islower() or tag == "S":  # assume-unchanged, skip-worktree
                    names.append(name)
        return {n[len(self.prefix) :] for n in names if n and n.startswith(self.prefix)}

    def changed_files(self, rev: str) -> list[str]:
        """Ledger-relative paths that differ between `rev` and the working tree,
        untracked files included."""
        commit = self.commit(rev)
        changed = self.run("diff", "--name-only", "-z", commit, "--", self.top_path("."))
        untracked = self.run(
            "ls-files", "--others", "--exclude-standard", "-z", "--full-name", "--",
            self.top_path("."),
        )  # fmt: skip
        out = []
        for name in [*changed.split("\0"), *untracked.split("\0")]:
            if name and name.startswith(self.prefix):
                out.append(name[len(self.prefix) :])
        return sorted(set(out))


class GitFiles(Files):
    """A ledger as it was at one commit, read straight from git's objects."""

    def __init__(self, git: Git, rev: str, commit: str) -> None:
        self.git = git
        self.rev = rev
        self.commit = commit
        # data/, and templates/: `zwgk diff` renders with the base's templates.
        listing = git.run("ls-tree", "-r", "-z", "--full-tree", commit, "--",
                          git.prefix + DATA, git.prefix + TEMPLATES)  # fmt: skip
        self._blobs: dict[str, str] = {}
        for record in listing.split("\0"):
            if not record:
                continue
            meta, _, name = record.partition("\t")
            kind, blob = meta.split()[1:3]
            if kind == "blob" and name.startswith(git.prefix):
                self._blobs[name[len(git.prefix) :]] = blob
        self._cache: dict[str, bytes] = {}

    def fetch(self, rels: list[str]) -> None:
        """Read these files' blobs in one `git cat-file --batch`, for `read`."""
        self._fetch(rels)

    def forget(self, rels: list[str]) -> None:
        """Drop fetched bytes that are read already."""
        for rel in rels:
            self._cache.pop(rel, None)

    def _fetch(self, rels: list[str]) -> None:
        """Read many blobs in one `git cat-file --batch`."""
        wanted = [rel for rel in rels if rel in self._blobs and rel not in self._cache]
        if not wanted:
            return
        request = "".join(f"{self._blobs[rel]}\n" for rel in wanted).encode()
        raw = self.git.run_bytes("cat-file", "--batch", input=request)
        at = 0
        for rel in wanted:
            header_end = raw.index(b"\n", at)
            header = raw[at:header_end].split()
            if len(header) < 3 or header[1] == b"missing":
                # A partial clone without its remote, or a damaged repository.
                raise ZwgkError(
                    t("git.missing_object", rev=self.rev, path=rel),
                    hint=t("git.missing_object_hint"),
                )
            size = int(header[2])
            start = header_end + 1
            self._cache[rel] = raw[start : start + size]
            at = start + size + 1  # the blob is followed by a newline

    def blob(self, rel: str) -> str | None:
        """The hash of the file's blob (None: no such file)."""
        return self._blobs.get(rel)

    def read(self, rel: str) -> bytes | None:
        if rel not in self._blobs:
            return None
        self._fetch([rel])
        return self._cache[rel]

    def progress(self) -> list[str]:
        rels = self.progress_files()
        self._fetch(rels)
        return rels

    def progress_files(self) -> list[str]:
        """`progress()` without fetching a single blob."""
        return sorted(rel for rel in self._blobs if is_progress_file(rel))

    def plan_years(self) -> list[int]:
        return plan_years(
            name
            for folder, _, name in (rel.rpartition("/") for rel in self._blobs)
            if folder == PLANS
        )

    def shown(self, rel: str) -> str:
        return f"{self.rev}:{rel}"


@dataclass(frozen=True)
class Commit:
    hash: str
    author: str
    email: str
    date: dt.datetime | None
    """When it was authored; None when git's record is no date Python can hold."""
    raw_date: str
    """Git's own record of that moment, `SECONDS ±HHMM` (`1538100000 +0800`)."""
    subject: str

    @property
    def short(self) -> str:
        return self.hash[:8]


UNCOMMITTED = "0" * 40


def commit_date(raw: str) -> dt.datetime | None:
    """Git's record of a moment, `SECONDS ±HHMM`, as a datetime in its zone; None
    when it is none Python can hold. Git accepts `@253402300800` (the year 10000)
    and offsets up to `+9959`, and a hand-made commit may hold anything: a date
    that does not fit is shown as git has it rather than stop a command."""
    seconds, _, offset = raw.strip().partition(" ")
    if len(offset) != 5 or offset[0] not in "+-" or not offset[1:].isdigit():
        return None
    sign = -1 if offset[0] == "-" else 1
    try:
        zone = dt.timezone(sign * dt.timedelta(hours=int(offset[1:3]), minutes=int(offset[3:])))
        return dt.datetime.fromtimestamp(int(seconds), zone)
    except (ValueError, OverflowError, OSError):
        return None


def blame(git: Git, rel: str) -> dict[int, Commit | None]:
    """For each line of the working-tree file, the commit that wrote it (None,
    or absent: not committed yet)."""
    path = git.prefix + rel
    if not git.run("ls-files", "--", path).strip():
        return {}  # a file git does not track yet: nothing of it is committed
    # -w: a CRLF or whitespace clean-up does not take authorship; -M -C: nor
    # does moving entries within the file or from another file of the commit.
    raw = git.run("blame", "-w", "-M", "-C", "--line-porcelain", "--", path)
    lines: dict[int, Commit | None] = {}
    info: dict[str, str] = {}
    current: tuple[str, int] | None = None
    for line in raw.split("\n"):  # not splitlines(): a note may hold U+2028
        if not line and current is None:
            continue
        if current is None:
            parts = line.split()
            current = (parts[0], int(parts[2]))
            info = {}
        elif line.startswith("\t"):
            commit_hash, number = current
            if commit_hash == UNCOMMITTED:
                lines[number] = None
            else:
                when = f"{info.get('author-time', '')} {info.get('author-tz', '')}".strip()
                lines[number] = Commit(
                    commit_hash,
                    info.get("author", ""),
                    info.get("author-mail", "").strip("<>"),
                    commit_date(when),
                    when,
                    info.get("summary", ""),
                )
            current = None
        else:
            key, _, value = line.partition(" ")
            info[key] = value
    return lines


def _span(git: Git, spec: str) -> str:
    """A range `A..B` as `BASE..TIP` commit hashes; anything else is a message."""
    if ".." not in spec or "..." in spec:
        raise ZwgkError(t("git.bad_range", spec=spec), hint=t("git.bad_range_hint"))
    start, _, end = spec.partition("..")
    return f"{git.commit(start or 'HEAD')}..{git.commit(end or 'HEAD')}"


def commits(git: Git, spec: str) -> list[tuple[Commit, list[str]]]:
    """The commits of a range `A..B` (oldest first) with their parents."""
    return _commits_of(git, _span(git, spec))


def _commits_of(git: Git, span: str) -> list[tuple[Commit, list[str]]]:
    """`commits` of a range already resolved to `BASE..TIP` hashes."""
    # --no-show-signature: log.showSignature would mix gpg's report into the records.
    out = git.run(
        "log", "--reverse", "--no-show-signature", "--date=raw",
        "--format=%H%x00%P%x00%an%x00%ae%x00%ad%x00%s%x1e", span,
    )  # fmt: skip
    result = []
    for record in out.split("\x1e"):
        record = record.strip("\n")
        if not record:
            continue
        commit_hash, parents, name, email, when, subject = record.split("\0", 5)
        commit = Commit(commit_hash, name, email, commit_date(when), when, subject)
        result.append((commit, parents.split()))
    return result


_VERDICTS = {
    "G": "good",
    "U": "good",  # a good signature by a key of unknown trust: `git verify-commit` accepts it
    "B": "bad",
    "X": "expired",
    "Y": "expired_key",
    "R": "revoked_key",
    "E": "unknown_key",
}


def signatures(git: Git, spec: str) -> list[tuple[Commit, str]]:
    """Each commit of a range `A..B` (oldest first) with what git's own check
    (`%G?`, the check of `git verify-commit`) makes of its signature: "good",
    "unsigned", "bad", "expired", "expired_key", "revoked_key" or "unknown_key"
    (signed with a key this machine does not know). Keys are those this machine
    trusts: its GnuPG keyring, or gpg.ssh.allowedSignersFile for SSH signatures.

    A signature this machine cannot check at all (no gpg or ssh-keygen, SSH
    signatures without an allowed-signers file) stops the check, exit 2: git
    then calls a signed commit unsigned or bad, and neither would be true."""
    span = _span(git, spec)
    listed = [commit for commit, _ in _commits_of(git, span)]
    if not listed:
        return []
    signed = set()
    current = ""
    # Whether a commit carries a signature at all, from its raw headers (a
    # header is never indented; the message always is): when git cannot check
    # a signature it reports the commit as unsigned.
    for line in git.run("log", "--no-show-signature", "--format=raw", span).split("\n"):
        if line.startswith("commit "):
            current = line.split()[1]
        elif line.startswith(("gpgsig ", "gpgsig-sha256 ")):
            signed.add(current)
    out, err = git.run_with_stderr("log", "--no-show-signature", "--format=%H %G?", span)
    verdict = dict(line.split(" ", 1) for line in out.splitlines() if " " in line)
    trouble = [line.strip() for line in err.splitlines() if line.strip()]
    cannot_run = next((line for line in trouble if "cannot run" in line), None)
    result = []
    for commit in listed:
        if commit.hash not in signed:
            result.append((commit, "unsigned"))
            continue
        code = verdict.get(commit.hash, "N").strip()
        if cannot_run is not None or code == "N":
            reason = cannot_run or (trouble[0] if trouble else t("git.no_verdict"))
            raise ZwgkError(
                t("git.cannot_verify", commit=commit.short, reason=reason),
                hint=t("git.cannot_verify_hint"),
            )
        result.append((commit, _VERDICTS.get(code, "bad")))
    return result
