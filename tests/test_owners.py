"""Ownership: CODEOWNERS from units.yaml, and `validate --authors`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import write, zwgk
from gitkit import HBJ_EVENT, JTJ_DONE, LISI, ZHANG, commit, git, ledger_repo
from zwgk.review.owners import owner_matches


def test_authors_flags_a_non_owner_and_passes_an_owner(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    commit(repo, "县教体局进展", author=ZHANG)  # 张三 owns 县教体局
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "代录县环保局", author=ZHANG)  # ...but not 县环保局
    run = zwgk(repo, "validate", "--authors", "HEAD~2..HEAD", "--format", "json")
    assert run.exit_code == 1
    doc = json.loads(run.stdout)
    assert [(f["path"], f["line"], f["code"]) for f in doc["findings"]] == [
        ("data/progress/2018/hbj.yaml", 1, "not-owner")
    ]
    assert "张三" in doc["findings"][0]["message"] and "lisi" in doc["findings"][0]["hint"]
    # The owner's own commit passes; an account name matches its GitHub noreply e-mail.
    assert zwgk(repo, "validate", "--authors", "HEAD~2..HEAD~1").exit_code == 0
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT + HBJ_EVENT.replace("09-28", "10-08"))
    commit(repo, "县环保局进展", author=LISI)
    assert zwgk(repo, "validate", "--authors", "HEAD~1..HEAD").exit_code == 0


def test_a_commit_cannot_make_its_author_an_owner(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    units = (repo / "data/units.yaml").read_text("utf-8")
    write(repo, "data/units.yaml", units.replace("owners: [lisi]", "owners: [lisi, zhangsan]"))
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "顺手把自己加为 owner", author=ZHANG)
    run = zwgk(repo, "validate", "--authors", "HEAD~1..HEAD")
    assert run.exit_code == 1 and "not-owner" in run.stdout


def test_bad_ranges(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    for spec in ("HEAD", "nosuch..HEAD"):
        run = zwgk(repo, "validate", "--authors", spec)
        assert run.exit_code == 2 and spec.split("..")[0] in run.stderr


def test_codeowners(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    run = zwgk(repo, "codeowners", "--office", "@zwgk-office", "--office", "office@example.org")
    assert run.exit_code == 0, run.output
    lines = (repo / "CODEOWNERS").read_text("utf-8").splitlines()
    assert "/data/tasks.yaml @zwgk-office office@example.org" in lines
    assert "/data/progress/*/jtj.yaml zhangsan@example.org" in lines
    assert "/data/progress/*/hbj.yaml @lisi" in lines
    assert any(line.startswith("# 索镇街道") for line in lines)  # no owners: the office reviews
    # Later rules win in CODEOWNERS: the units' lines come after the office's.
    assert lines.index("/data/progress/ @zwgk-office office@example.org") < lines.index(
        "/data/progress/*/jtj.yaml zhangsan@example.org"
    )
    again = zwgk(repo, "codeowners", "--office", "@zwgk-office")
    assert again.exit_code == 2 and "--force" in again.stderr
    assert zwgk(repo, "codeowners", "--office", "@x", "--force").exit_code == 0
    assert zwgk(repo, "codeowners").exit_code == 2  # who reviews the plan?


@pytest.mark.parametrize(
    "owner",
    [
        '"lisi\\n/data/ @mallory"',  # a line break: a rule of its own in CODEOWNERS
        '"lisi mallory"',  # a space: a second owner nobody sees in units.yaml
        '"li si@example.org"',
        '"lisi\\u200b"',
        '"lisi@example.org #x"',
        '""',
        '"@"',
        "李四",  # a person's name, not an account
    ],
)
def test_an_owner_that_is_no_email_or_account_is_refused(tmp_path: Path, owner: str) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    units = (repo / "data/units.yaml").read_text("utf-8")
    write(repo, "data/units.yaml", units.replace("owners: [lisi]", f"owners: [{owner}]"))
    run = zwgk(repo, "validate", "--format", "json")
    assert run.exit_code == 1
    found = [(f["path"], f["line"], f["level"]) for f in json.loads(run.stdout)["findings"]
             if f["code"] == "bad-owner"]  # fmt: skip
    assert found == [("data/units.yaml", 3, "error")]
    for output in ("-", "CODEOWNERS"):
        refused = zwgk(repo, "codeowners", "--office", "@zwgk-office", "-o", output)
        assert refused.exit_code == 2 and "data/units.yaml:3" in refused.stderr
        assert "mallory" not in refused.stdout
    assert not (repo / "CODEOWNERS").exists()


@pytest.mark.parametrize(
    "owner",
    ["lisi", "@lisi", "@zwgk/office", "li.si_2-x", "10086+lisi@users.noreply.github.com",
     "李四@example.cn"],
)  # fmt: skip
def test_emails_accounts_and_teams_are_owners(tmp_path: Path, owner: str) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    units = (repo / "data/units.yaml").read_text("utf-8")
    write(repo, "data/units.yaml", units.replace("owners: [lisi]", f"owners: [{owner!r}]"))
    run = zwgk(repo, "codeowners", "--office", "@zwgk-office", "-o", "-")
    assert run.exit_code == 0, run.output
    handle = owner if "@" in owner else f"@{owner}"
    assert f"/data/progress/*/hbj.yaml {handle}\n" in run.stdout


@pytest.mark.parametrize("office", ["@office\n/data/ @mallory", "office mallory", "办公室"])
def test_codeowners_refuses_an_office_that_is_no_email_or_account(
    tmp_path: Path, office: str
) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    run = zwgk(repo, "codeowners", "--office", office, "-o", "-")
    assert run.exit_code == 2 and "--office" in run.output
    assert "/data/" not in run.stdout


def test_a_unit_name_cannot_break_out_of_its_codeowners_comment(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    units = (repo / "data/units.yaml").read_text("utf-8")
    name = '"索镇街道\\n/data/ @mallory\\e]0;x\\a"'
    write(repo, "data/units.yaml", units.replace("name: 索镇街道", f"name: {name}"))
    run = zwgk(repo, "codeowners", "--office", "@zwgk-office", "-o", "-")
    assert run.exit_code == 0, run.output
    assert not any(line.startswith("/data/ @mallory") for line in run.stdout.splitlines())
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout  # inert on a terminal


def test_codeowners_for_a_ledger_in_a_subfolder(tmp_path: Path) -> None:
    top = tmp_path / "repo"
    top.mkdir()
    git(top, "init", "-q")
    inner = ledger_repo(tmp_path / "plain")
    for rel in ("data/units.yaml", "data/tasks.yaml"):
        write(top, f"huantai/{rel}", (inner / rel).read_text("utf-8"))
    commit(top, "台账")
    repo = top / "huantai"
    run = zwgk(repo, "codeowners", "--office", "@office", "-o", "-")
    assert "/huantai/data/progress/*/jtj.yaml zhangsan@example.org" in run.stdout


def test_a_merge_that_writes_an_entry_is_checked(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    git(repo, "checkout", "-q", "-b", "side")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    commit(repo, "县教体局进展", author=ZHANG)
    git(repo, "checkout", "-q", "main")
    write(
        repo,
        "data/progress/2018/suozhen.yaml",
        '- req: "2.1"\n  date: 2018-10-11\n  status: done\n',
    )
    commit(repo, "索镇进展")
    git(repo, "merge", "-q", "--no-ff", "--no-commit", "side", author=ZHANG)
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)  # slipped into the merge
    commit(repo, "合并", author=ZHANG)
    run = zwgk(repo, "validate", "--authors", "HEAD~2..HEAD", "--format", "json")
    assert [(f["path"], f["code"]) for f in json.loads(run.stdout)["findings"]] == [
        ("data/progress/2018/hbj.yaml", "not-owner")
    ]


def test_moving_a_file_is_not_adding_its_entries(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2019/hbj.yaml", HBJ_EVENT)
    commit(repo, "县环保局进展", author=LISI)
    (repo / "data/progress/2018").mkdir(parents=True, exist_ok=True)
    (repo / "data/progress/2019/hbj.yaml").rename(repo / "data/progress/2018/hbj.yaml")
    commit(repo, "按年份归档")  # by the office
    assert zwgk(repo, "validate", "--authors", "HEAD~2..HEAD").exit_code == 0


def test_unreadable_files_in_the_range_stop_the_check(tmp_path: Path) -> None:
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT + "- req: [\n")
    commit(repo, "写坏了", author=ZHANG)
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "修好", author=LISI)
    run = zwgk(repo, "validate", "--authors", "HEAD~2..HEAD")
    assert run.exit_code == 2 and "data/progress/2018/hbj.yaml" in run.stderr
    units = (repo / "data/units.yaml").read_text("utf-8")
    write(repo, "data/units.yaml", units + "  bad: [\n")
    commit(repo, "单位文件写坏")
    run = zwgk(repo, "validate", "--authors", "HEAD..HEAD")
    assert run.exit_code == 2 and "HEAD:data/units.yaml" in run.stderr


def test_codeowners_escapes_spaces(tmp_path: Path) -> None:
    top = tmp_path / "repo"
    top.mkdir()
    git(top, "init", "-q")
    plain = ledger_repo(tmp_path / "plain")
    for rel in ("data/units.yaml", "data/tasks.yaml"):
        write(top, f"县 台账/{rel}", (plain / rel).read_text("utf-8"))
    commit(top, "台账")
    run = zwgk(top / "县 台账", "codeowners", "--office", "@office", "-o", "-")
    assert "/县\\ 台账/data/tasks.yaml @office" in run.stdout


@pytest.mark.parametrize(
    ("owner", "email", "matches"),
    [
        ("zhangsan@example.org", "ZhangSan@Example.org", True),
        ("zhangsan@example.org", "zhangsan@example.org.evil", False),
        ("lisi", "10086+lisi@users.noreply.github.com", True),
        ("@LiSi", "lisi@users.noreply.github.com", True),  # the older noreply form
        ("lisi", "lisi@example.org", False),  # anyone may own lisi@ somewhere
        ("lisi", "x+lisi@users.noreply.github.com", False),
        ("lisi", "10086+lisi@users.noreply.gitlab.com", False),
        ("@org/team", "10086+org@users.noreply.github.com", False),
        ("张三", "zhangsan@example.org", False),  # a name is not an address
    ],
)
def test_owners_match_author_emails_only(owner: str, email: str, matches: bool) -> None:
    assert owner_matches(owner, email) is matches


def test_an_author_name_proves_nothing(tmp_path: Path) -> None:
    # Anyone can commit as "lisi" or as an address with lisi@ in front.
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT)
    commit(repo, "冒名", author=("lisi", "someone@example.org"))
    write(repo, "data/progress/2018/hbj.yaml", HBJ_EVENT + HBJ_EVENT.replace("09-28", "10-08"))
    commit(repo, "冒名", author=("李四", "lisi@example.org"))
    run = zwgk(repo, "validate", "--authors", "HEAD~2..HEAD", "--format", "json")
    assert run.exit_code == 1
    findings = json.loads(run.stdout)["findings"]
    assert [f["code"] for f in findings] == ["not-owner"] * 2
    assert "users.noreply.github.com" in findings[0]["hint"]  # how an account owner matches
    # Saying so: a passing check is no proof either.
    run = zwgk(repo, "validate", "--authors", "HEAD..HEAD")
    assert run.exit_code == 0 and "自己填写" in run.stderr and "--require-signed" in run.stderr


@pytest.fixture
def gpg_key(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A throwaway OpenPGP key in its own GNUPGHOME: (home, fingerprint)."""
    if shutil.which("gpg") is None:
        pytest.skip("gpg is not installed")
    home = tmp_path / "gnupg"
    home.mkdir(mode=0o700)
    env = {**os.environ, "GNUPGHOME": str(home)}
    subprocess.run(
        ["gpg", "--batch", "--passphrase", "", "--quick-gen-key",
         "张三 <zhangsan@example.org>", "ed25519", "sign", "never"],
        env=env, capture_output=True, check=True,
    )  # fmt: skip
    listing = subprocess.run(
        ["gpg", "--list-keys", "--with-colons"], env=env, capture_output=True, text=True, check=True
    ).stdout
    fingerprint = next(line.split(":")[9] for line in listing.splitlines() if line[:4] == "fpr:")
    yield home, fingerprint
    subprocess.run(["gpgconf", "--kill", "gpg-agent"], env=env, capture_output=True, check=False)


def _isolated(gnupg: Path) -> dict[str, str]:
    """The environment zwgk checks signatures in: this key store, no user git config."""
    return {"GNUPGHOME": str(gnupg), "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def _signed_commit(repo: Path, key: str, gnupg: Path) -> str:
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    git(repo, "add", "-A")
    git(repo, "-c", f"user.signingkey={key}", "commit", "-q", "-S", "-m", "县教体局进展",
        author=ZHANG, env={"GNUPGHOME": str(gnupg)})  # fmt: skip
    return git(repo, "rev-parse", "HEAD").strip()


def test_require_signed_passes_signed_commits_and_fails_the_rest(
    tmp_path: Path, gpg_key: tuple[Path, str]
) -> None:
    home, key = gpg_key
    repo = ledger_repo(tmp_path / "ledger")
    _signed_commit(repo, key, home)
    git(repo, "config", "log.showSignature", "true")  # a clerk's taste must change nothing
    env = _isolated(home)
    run = zwgk(repo, "validate", "--authors", "HEAD~1..HEAD", "--require-signed", env=env)
    assert run.exit_code == 0, run.output
    assert "自己填写" not in run.stderr
    # The same commit on a machine that does not know the key does not pass.
    other = tmp_path / "other-gnupg"
    other.mkdir(mode=0o700)
    run = zwgk(repo, "validate", "--authors", "HEAD~1..HEAD", "--require-signed",
               "--format", "json", env=_isolated(other))  # fmt: skip
    assert run.exit_code == 1
    [finding] = json.loads(run.stdout)["findings"]
    assert finding["code"] == "bad-signature" and "不认识" in finding["message"]
    # An unsigned commit fails, named by its hash, whoever its author claims to be.
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE + JTJ_DONE.replace("10-09", "10-12"))
    unsigned = commit(repo, "未签名", author=ZHANG)
    run = zwgk(repo, "validate", "--authors", "HEAD~2..HEAD", "--require-signed", env=env)
    assert run.exit_code == 1
    assert f"{unsigned[:8]}:0:0: 错误 unsigned-commit" in run.stdout and "没有签名" in run.stdout


def test_a_signature_that_does_not_match_its_commit_fails(
    tmp_path: Path, gpg_key: tuple[Path, str]
) -> None:
    home, key = gpg_key
    repo = ledger_repo(tmp_path / "ledger")
    _signed_commit(repo, key, home)
    # Rewrite the signed commit's message and keep its signature.
    raw = git(repo, "cat-file", "commit", "HEAD").replace("县教体局进展", "县教体局进展（改）")
    (tmp_path / "forged").write_text(raw, "utf-8")
    forged = git(repo, "hash-object", "-t", "commit", "-w", str(tmp_path / "forged")).strip()
    git(repo, "update-ref", "HEAD", forged)
    run = zwgk(repo, "validate", "--authors", "HEAD~1..HEAD", "--require-signed",
               "--format", "json", env=_isolated(home))  # fmt: skip
    assert run.exit_code == 1
    [finding] = json.loads(run.stdout)["findings"]
    assert (finding["path"], finding["code"]) == (forged[:8], "bad-signature")
    assert "不符" in finding["message"]


def test_require_signed_says_when_this_machine_cannot_check(
    tmp_path: Path, gpg_key: tuple[Path, str]
) -> None:
    home, key = gpg_key
    repo = ledger_repo(tmp_path / "ledger")
    _signed_commit(repo, key, home)
    # No gpg here: git would call the signed commit unsigned.
    git(repo, "config", "gpg.program", str(tmp_path / "no-gpg"))
    run = zwgk(repo, "validate", "--authors", "HEAD~1..HEAD", "--require-signed",
               env=_isolated(home))  # fmt: skip
    assert run.exit_code == 2 and "无法在本机核验" in run.stderr and "GnuPG" in run.stderr
    assert "unsigned-commit" not in run.stdout
    # And the option only makes sense with a range.
    run = zwgk(repo, "validate", "--require-signed")
    assert run.exit_code == 2 and "--authors" in run.stderr


def test_ssh_signatures_need_an_allowed_signers_file(tmp_path: Path) -> None:
    if shutil.which("ssh-keygen") is None:
        pytest.skip("ssh-keygen is not installed")
    key = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    repo = ledger_repo(tmp_path / "ledger")
    write(repo, "data/progress/2018/jtj.yaml", JTJ_DONE)
    git(repo, "add", "-A")
    git(repo, "-c", "gpg.format=ssh", "-c", f"user.signingkey={key}.pub", "commit", "-q", "-S",
        "-m", "县教体局进展", author=ZHANG)  # fmt: skip
    env = _isolated(tmp_path / "unused-gnupg")
    args = ("validate", "--authors", "HEAD~1..HEAD", "--require-signed")
    run = zwgk(repo, *args, env=env)
    assert run.exit_code == 2 and "allowedSignersFile" in run.stderr
    signers = tmp_path / "allowed_signers"
    signers.write_text(f"zhangsan@example.org {(tmp_path / 'id_ed25519.pub').read_text()}")
    git(repo, "config", "gpg.ssh.allowedSignersFile", str(signers))
    assert zwgk(repo, *args, env=env).exit_code == 0
