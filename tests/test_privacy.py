"""The privacy check: personal data recognised by structure, not by digits."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import MINI_TASKS, zwgk
from zwgk.privacy import find, id_check_char, is_resident_id, luhn_ok, mask

Build = Callable[..., Path]


def resident_id(first17: str) -> str:
    return first17 + id_check_char(first17)


VALID_ID = resident_id("11010519491231002")  # the standard's own example: ...002X
CARD = "6222021234567890"
CARD = CARD[:-1] + next(d for d in "0123456789" if luhn_ok(CARD[:-1] + d))


def test_check_digits() -> None:
    assert VALID_ID == "11010519491231002X"  # GB 11643-1999's worked example
    assert is_resident_id(VALID_ID) and is_resident_id(VALID_ID.lower())
    wrong = VALID_ID[:-1] + "3"
    assert not is_resident_id(wrong)
    assert not is_resident_id(resident_id("11010519491331002"))  # month 13
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (f"申请人身份证号{VALID_ID}已核实", ["id-number"]),
        (f"编号{VALID_ID[:-1]}3", []),  # 18 digits, wrong check digit: not an ID
        ("联系电话 13812345678", ["mobile"]),
        ("联系电话 +86 138-1234-5678", ["mobile"]),
        ("座机 0533-8212345，文号 2018123456789", []),
        (f"退款至 {CARD}", ["bank-card"]),
        (f"退款至 {CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:]}", ["bank-card"]),
        (f"流水号 {CARD[:-1]}{(int(CARD[-1]) + 1) % 10}", []),  # fails Luhn
        ("https://www.huantai.gov.cn/art/2018/7/20/art_1229_5712345.html", []),
    ],
)
def test_find(text: str, kinds: list[str]) -> None:
    assert [hit.kind for hit in find(text)] == kinds


def test_messages_never_repeat_the_number() -> None:
    assert mask(VALID_ID) == "1101**********002X"
    [hit] = find(f"身份证{VALID_ID}")
    assert VALID_ID not in hit.text


def test_validate_warns_and_strict_fails(mini: Build) -> None:
    entry = (
        f'- req: "1.1"\n  date: 2018-07-20\n  status: progress\n'
        f"  note: 已联系申请人（身份证 {VALID_ID}，电话 13812345678）\n"
    )
    root = mini(progress={"2018/jtj.yaml": entry})
    run = zwgk(root, "validate", "--format", "json")
    assert run.exit_code == 0
    doc = json.loads(run.stdout)
    assert [(f["path"], f["line"], f["level"], f["code"]) for f in doc["findings"]] == [
        ("data/progress/2018/jtj.yaml", 1, "warning", "personal-data"),
        ("data/progress/2018/jtj.yaml", 1, "warning", "personal-data"),
    ]
    assert "居民身份证号码" in doc["findings"][0]["message"] + doc["findings"][1]["message"]
    assert VALID_ID not in run.stdout and "pii_ok" in doc["findings"][0]["hint"]
    assert zwgk(root, "validate", "--strict").exit_code == 1
    acknowledged = entry + "  pii_ok: 内部登记表，不公开\n"
    root = mini(progress={"2018/jtj.yaml": acknowledged})
    assert json.loads(zwgk(root, "validate", "--format", "json").stdout)["findings"] == []


def test_evidence_and_plan_text_are_checked(mini: Build) -> None:
    entry = (f'- req: "1.1"\n  date: 2018-07-20\n  status: progress\n'
             f"  evidence: [扫描件/{VALID_ID}.pdf]\n")  # fmt: skip
    tasks = MINI_TASKS.replace("text: 要求一", "text: 要求一，联系人电话13912345678")
    root = mini(tasks=tasks, progress={"2018/jtj.yaml": entry})
    doc = json.loads(zwgk(root, "validate", "--format", "json").stdout)
    assert sorted((f["path"], f["code"]) for f in doc["findings"]) == [
        ("data/progress/2018/jtj.yaml", "personal-data"),
        ("data/tasks.yaml", "personal-data"),
    ]


def test_shipped_plan_has_no_personal_data() -> None:
    from conftest import REPO

    doc = json.loads(zwgk(REPO, "validate", "--format", "json").stdout)
    assert [f for f in doc["findings"] if f["code"] == "personal-data"] == []
