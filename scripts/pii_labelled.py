#!/usr/bin/env python3
"""Build tests/fixtures/pii-labelled.tsv: lines labelled with the personal data
they hold, to measure zwgk's detector (zwgk/engine/privacy.py) both ways.

    python3 scripts/pii_labelled.py            # rewrite the fixture
    python3 scripts/pii_labelled.py --check    # exit 1 if the fixture differs

Columns: `expect` (the kinds of personal data in the line, in text order,
comma-separated; `-` for none), `group` (what kind of line it is) and `text`.

Positives are synthetic and deterministic (a fixed random seed): resident IDs
with real area codes, existing birth dates and correct check characters,
15-digit first-generation IDs, mobile numbers with allocated prefixes, card
numbers under real issuer prefixes that pass Luhn, typed the ways people type
them. The persons are fake (张某某 and the like); no number is taken from
anywhere. Negatives are what government-openness texts hold that looks
numeric: every line of the 2018 Huantai plan that holds a digit
(tests/fixtures/seed-2018-huantai.txt), and lines written after such texts —
amounts, 文号, dates, office and service telephone numbers, URLs with long
numeric ids, statistics, postcodes, 统一社会信用代码, 组织机构代码, tax numbers,
信息公开索引号, organisations' bank accounts, procurement numbers, numbers
already masked.

The check characters are computed here independently of zwgk, so the fixture
also checks zwgk's own arithmetic.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "pii-labelled.tsv"
SEED_TEXT = REPO / "tests" / "fixtures" / "seed-2018-huantai.txt"

ID, MOBILE, CARD = "id-number", "mobile", "bank-card"

# Real county-level area codes (GB/T 2260): Zibo's districts and counties first.
AREAS = ["370321", "370302", "370303", "370304", "370305", "370306", "370322", "370323",
         "370102", "370211", "110105", "310104", "320106", "330106", "340104", "410105",
         "440305", "510107", "130102", "530102", "220102", "610113"]  # fmt: skip
# Mobile prefixes as allocated by MIIT (operators, data-only, virtual operators).
MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                   "145", "147", "150", "151", "152", "153", "155", "156", "157", "158",
                   "159", "162", "165", "166", "167", "170", "171", "173", "175", "176",
                   "177", "178", "180", "181", "182", "183", "184", "185", "186", "187",
                   "188", "189", "191", "193", "195", "196", "197", "198", "199"]  # fmt: skip
# Issuer prefixes of cards in use in China, with their lengths.
CARD_BINS = [("622202", 19), ("622848", 19), ("621700", 19), ("622588", 16),
             ("622700", 19), ("623668", 19), ("621226", 19), ("622908", 18),
             ("625965", 16), ("621483", 16), ("438088", 16), ("524047", 16),
             ("552599", 16), ("356833", 16), ("810001", 19), ("955880", 19),
             ("955998", 19), ("628288", 16), ("374738", 15), ("377677", 15),
             ("340987", 15)]  # fmt: skip
NAMES = ["张某某", "李某", "王某某", "刘某", "陈某某", "赵某", "孙某某", "周某"]
CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
FULL_WIDTH = str.maketrans("0123456789Xx-", "０１２３４５６７８９ＸＸ－")


def id_check(first17: str) -> str:
    weights = [2 ** (17 - i) % 11 for i in range(17)]  # ISO 7064 MOD 11-2
    return "10X98765432"[sum(int(d) * w for d, w in zip(first17, weights, strict=True)) % 11]


def luhn_complete(partial: str) -> str:
    """`partial` with the digit that makes it pass Luhn appended."""
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return partial + str((10 - total % 10) % 10)


def credit_code(first17: str) -> str:
    weights = [3**i % 31 for i in range(17)]  # GB 32100-2015
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(first17, weights, strict=True))
    return first17 + CODE_CHARS[(31 - total % 31) % 31]


def org_code(first8: str) -> str:
    """A 组织机构代码 (GB 11714): 8 characters and a check character."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(CODE_CHARS.index(c) * w for c, w in zip(first8, weights, strict=True))
    check = 11 - total % 11
    return first8 + ("X" if check == 10 else "0" if check == 11 else str(check))


def group(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i : i + size])
        i += size
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(out)


def card_group(digits: str, sep: str) -> str:
    """As printed on the card: 4-6-5 for American Express, else fours."""
    return group(digits, (4, 6) if len(digits) == 15 else (4, 4, 4, 4), sep)


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(20181014)
        self.rows: list[tuple[str, str, str]] = []

    def add(self, expect: list[str], grp: str, text: str) -> None:
        assert "\t" not in text and "\n" not in text
        self.rows.append((",".join(expect) or "-", grp, text))

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def name(self) -> str:
        return self.rng.choice(NAMES)

    def birth(self, first: int, last: int) -> dt.date:
        start = dt.date(first, 1, 1).toordinal()
        return dt.date.fromordinal(self.rng.randint(start, dt.date(last, 12, 31).toordinal()))

    def id18(self) -> str:
        first17 = self.rng.choice(AREAS) + self.birth(1935, 2012).strftime("%Y%m%d")
        first17 += self.digits(3)
        return first17 + id_check(first17)

    def id15(self) -> str:
        return self.rng.choice(AREAS) + self.birth(1930, 1999).strftime("%y%m%d") + self.digits(3)

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + self.digits(8)

    def card(self) -> str:
        prefix, length = self.rng.choice(CARD_BINS)
        return luhn_complete(prefix + self.digits(length - len(prefix) - 1))

    def luhn_number(self, first: str, length: int) -> str:
        return luhn_complete(first + self.digits(length - len(first) - 1))


def positives(b: Builder) -> None:
    id18_forms: list[Callable[[str], str]] = [
        lambda n: f"申请人{b.name()}，身份证号{n}，已电话告知办理结果",
        lambda n: f"公民身份号码：{n}",
        lambda n: f"ID{n}",
        lambda n: f"身份证号{n}户主{b.name()}，保障人数3人",
        lambda n: f"身份证 {group(n, (4, 4, 4, 4), ' ')}",
        lambda n: f"证件号码 {group(n, (6, 8), '-')}",
        lambda n: f"证件号码：{group(n, (6, 8), ' ')}",
        lambda n: f"身份证号码 {group(n, (6, 4, 4), ' ')}",
        lambda n: f"身份证号{n.translate(FULL_WIDTH)}",
        lambda n: f"扫描件/{n}.pdf",
        lambda n: f"附件/低保申请表-{b.name()}-{n}.docx",
        lambda n: f"https://www.huantai.gov.cn/module/query?sfzh={n}",
        lambda n: f"经核实，{b.name()}（{n}）符合条件",
        lambda n: f"{n.lower()}",
        lambda n: f"IDcard:{n}；2018年7月20日办结",
    ]
    for i in range(75):
        b.add([ID], "id-18", id18_forms[i % len(id18_forms)](b.id18()))
    id15_forms: list[Callable[[str], str]] = [
        lambda n: f"原身份证号{n}",
        lambda n: f"老身份证：{n}，已换领",
        lambda n: f"{b.name()} {n}",
        lambda n: f"身份证号码 {group(n, (6, 6), ' ')}",
        lambda n: f"证件号{n.translate(FULL_WIDTH)}",
    ]
    for i in range(25):
        b.add([ID], "id-15", id15_forms[i % len(id15_forms)](b.id15()))
    mobile_forms: list[Callable[[str], str]] = [
        lambda n: f"联系电话：{n}",
        lambda n: f"手机 {group(n, (3, 4), ' ')}",
        lambda n: f"手机号{group(n, (3, 4), '-')}",
        lambda n: f"+86 {n}",
        lambda n: f"+86-{group(n, (3, 4), '-')}",
        lambda n: f"0086 {group(n, (3, 4), ' ')}",
        lambda n: f"86 {n}",
        lambda n: f"(+86){n}",
        lambda n: f"Tel:{n}",
        lambda n: f"tel{n}",
        lambda n: f"联系人{b.name()}（{n}）",
        lambda n: f"电话0533-8181234、{n}",
        lambda n: f"{n}@163.com",
        lambda n: f"手机：{n.translate(FULL_WIDTH)}",
        lambda n: f"已回访申请人{b.name()}{n}，对答复满意",
        lambda n: f"监督电话：0533-8212345，联系人手机{n}",
        lambda n: f"＋８６ {group(n, (3, 4), ' ').translate(FULL_WIDTH)}",
        lambda n: f"电话 0533 8181234 {n}",
    ]
    for i in range(72):
        b.add([MOBILE], "mobile", mobile_forms[i % len(mobile_forms)](b.mobile()))
    card_forms: list[Callable[[str], str]] = [
        lambda n: f"退款至 {n}",
        lambda n: f"银行卡号：{card_group(n, ' ')}",
        lambda n: f"卡号{card_group(n, '-')}",
        lambda n: f"补贴已打入{b.name()}的社保卡{n}",
        lambda n: f"开户行：中国农业银行桓台支行，账号 {n}",
        lambda n: f"账号：{n.translate(FULL_WIDTH)}",
        lambda n: f"附件/银行卡{n}.jpg",
        lambda n: f"{b.name()}，{card_group(n, ' ')}，发放救助金1500元",
    ]
    for i in range(64):
        b.add([CARD], "card", card_forms[i % len(card_forms)](b.card()))
    for _ in range(6):  # American Express's own grouping
        n = b.luhn_number(b.rng.choice(["34", "37"]), 15)
        b.add([CARD], "card", f"信用卡 {group(n, (4, 6), ' ')}")
    for _ in range(6):
        n = b.id18()
        m = b.mobile()
        b.add([ID, MOBILE], "mixed", f"{b.name()}，身份证{n}，电话{m}")
        c = b.card()
        b.add([MOBILE, CARD], "mixed", f"联系方式{m}；收款账号{c}；金额3000元")


def negatives(b: Builder) -> None:
    for line in SEED_TEXT.read_text(encoding="utf-8").splitlines():
        if any(ch.isdigit() for ch in line):
            b.add([], "seed", line.strip())
    amount_forms: list[Callable[[str], str]] = [
        lambda n: f"项目总投资{n}元",
        lambda n: f"全年完成固定资产投资 {n} 元",
        lambda n: f"拨付资金{n}元，已全部到位",
        lambda n: f"¥{n}",
        lambda n: f"人民币{n}元",
        lambda n: f"合同金额：{n}.00元",
        lambda n: f"下达补助资金{n}",
        lambda n: f"一般公共预算收入{n}万元",
        lambda n: f"各项存款余额达{n}元",
        lambda n: f"总投资{n}",
        lambda n: f"共发放{n}元",
        lambda n: f"实现营业收入 {n} 元，同比增长12.5%",
    ]
    for i in range(48):
        n = b.mobile()
        if i % 3 == 0:
            n = n[:3] + "0" * 8
        elif i % 3 == 1:
            n = n[:5] + "0" * 6
        b.add([], "amount", amount_forms[i % len(amount_forms)](n))
    for doc in [
        "桓政办发〔2018〕12号",
        "鲁政字〔2018〕125 号",
        "淄政办字〔2018〕45号",
        "桓发〔2018〕3号",
        "国办发〔2018〕22号",
        "桓政发〔2018〕7号",
        "依据《桓台县人民政府办公室关于印发2018年政务公开工作要点的通知》（桓政办字〔2018〕31号）",
        "鲁政办字〔2018〕91号文件要求",
        "国发〔2016〕55号",
        "桓财预〔2018〕15号",
    ]:
        b.add([], "doc-number", doc)
    for text in ["20180720", "2018年7月20日", "2018-07-20 15:30", "201807201530",
                 "发布时间：20180720153012", "流水号2018072015301234", "2018.07.20",
                 "时间戳 1532071812", "（2018—2022 年）", "2018年1月1日至12月31日"]:  # fmt: skip
        b.add([], "date", text)
    for text in ["联系电话：0533-8181234", "咨询电话（0533）8212345", "电话 0533 8181234",
                 "05338181234", "政务服务热线12345", "投诉举报电话：12315",
                 "客服电话400-123-4567", "4001234567", "95588", "0533-8181234转8001",
                 "监督举报电话：0533-8181234、12345", "传真：0533-8212346",
                 "县长公开电话 0533-8181234", "0533－8181234", "010-65123456",
                 "（0533）8181234、8212345", "电话：8181234", "0533-81812345",
                 "+86 533 8181234", "0086-533-8181234"]:  # fmt: skip
        b.add([], "landline", text)
    for _ in range(10):
        x = b.luhn_number("622202", 19)
        b.add([], "url", f"https://www.huantai.gov.cn/art/2018/7/20/art_{x}.html")
    b.add([], "url", "https://www.huantai.gov.cn/art/2018/7/20/art_6222021234567890123.html")
    for _ in range(6):
        b.add([], "url", f"http://www.huantai.gov.cn/art/2018/7/20/art_1229_{b.mobile()}.html")
    for _ in range(6):
        x = b.luhn_number("4", 16)
        b.add([], "url", f"www.zibo.gov.cn/col/col_{x}/index.html")
    for _ in range(6):
        x = b.luhn_number("6", 18)
        b.add([], "url", f"http://www.zibo.gov.cn/module/download/downfile.jsp?filename={x}.pdf")
    for _ in range(4):
        b.add([], "url", f"huantai.gov.cn/art/{b.id15()}.html")
    for text in [
        "全县共有低保对象3218户5012人",
        "地区生产总值 386.5 亿元",
        "全年受理政府信息公开申请 126 件",
        "网站访问量 13812345 次",
        "累计发布信息 15234 条",
        "粮食总产量 13800138 吨",
        "2018年，全县共主动公开政府信息12345条，其中政策文件236件",
        "收到政府信息公开申请36件，行政复议0件，行政诉讼0件",
        "年末户籍人口 503218 人，城镇化率 58.6%",
        "指标 2015 2016 2017 2018 2019",
        "3218 5012 4687 1290 6621 3345",
        "4521 5012 6687 1290 3345 7781",
        "6500 7200 8100 9300 10200 11500",
        "一季度 1386 二季度 1521 三季度 1733 四季度 1902",
        "全县 15 个部门、9 个镇（街道）",
        "占比 13.8%，较上年提高 0.5 个百分点",
        "完成率 100%",
        "共计 1380013800 人次",
        "面积 1380013 平方米",
        "GDP 增长 7.2%",
    ]:
        b.add([], "statistics", text)
    for text in [
        "邮编 256400",
        "邮政编码：256400",
        "地址：桓台县城区建设街 256400",
        "山东省淄博市桓台县索镇街道 邮编256400",
        "通讯地址：桓台县政府办公室（256400）",
    ]:
        b.add([], "postcode", text)
    credit_forms: list[Callable[[str], str]] = [
        lambda c: f"统一社会信用代码：{c}",
        lambda c: f"桓台县某某建材有限公司（统一社会信用代码 {c}）",
        lambda c: f"桓台县某某合作社 {c}",
        lambda c: f"社会信用代码{c}",
        lambda c: f"纳税人识别号：{c}",
        lambda c: f"{c}",
    ]
    kinds = ["11", "12", "51", "52", "53", "91", "92", "93", "Y1"]
    for i in range(36):
        org = "MA3C" + "".join(b.rng.choice(CODE_CHARS) for _ in range(4)) if i % 2 else b.digits(8)
        body = b.rng.choice(kinds) + b.rng.choice(AREAS[:8]) + org_code(org)
        c = credit_code(body[:17])
        b.add([], "credit-code", credit_forms[i % len(credit_forms)](c))
    for _ in range(8):
        b.add([], "org-code", f"组织机构代码：{group(org_code(b.digits(8)), (8,), '-')}")
    tax_forms: list[Callable[[str], str]] = [
        lambda n: f"纳税人识别号：{n}",
        lambda n: f"税号 {n}",
        lambda n: f"税务登记号{n}",
        lambda n: f"注册号：{n}",
        lambda n: f"营业执照注册号 {n}",
    ]
    for i in range(20):
        n = b.rng.choice(AREAS[:8]) + org_code(b.digits(8))
        if i % 4 == 3:  # a 15-digit business registration number
            n = n[:6] + b.rng.choice("0123") + b.digits(7) + "1"
        b.add([], "tax-number", tax_forms[i % len(tax_forms)](n))
    for _ in range(8):
        c = credit_code("11" + b.rng.choice(AREAS[:8]) + org_code(b.digits(8)))
        b.add([], "index-number", f"索引号：{c}/2018-{b.digits(5)}")
    for text in ["索引号 004263853/2018-00123", "索引号：11370321004263853X/2018-00012"]:
        b.add([], "index-number", text)
    for text in [
        "账号：1603 0012 0920 0012 345",
        "开户行：建设银行桓台支行，账号 3705 0164 6108 0000 0123",
        "账号 15-311101040001234",
        "非税收入汇缴结算户 1603001209200012345",
        "户名：桓台县财政局 账号：37001646108050001234",
    ]:
        b.add([], "org-account", text)
    for text in ["SDGP370321201802000123", "项目编号：HTCG2018-0123", "合同编号 HT-2018-0012",
                 "采购编号 SDGP3703212018000456-1", "批准文号 国药准字Z20053456",
                 "ISBN 978-7-5097-1234-5", "鲁ICP备05012345号", "证书编号 No.37032120180012",
                 "不动产权第0012345号", "车牌 鲁C12345"]:  # fmt: skip
        b.add([], "code", text)
    for text in ["身份证号码已作去标识化处理（370321********1237）", "联系电话 138****8000",
                 "卡号 6222 **** **** 0123", "已核验申请人身份证件", "身份证号：略"]:  # fmt: skip
        b.add([], "masked", text)
    for _ in range(6):  # 18 digits shaped like an ID whose check character is wrong
        n = b.id18()
        wrong = next(c for c in "0123456789" if c != n[-1])
        b.add([], "not-an-id", f"编号{n[:-1]}{wrong}")


def render() -> str:
    b = Builder()
    positives(b)
    negatives(b)
    lines = ["expect\tgroup\ttext"] + ["\t".join(row) for row in b.rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = render()
    if args.check:
        same = FIXTURE.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{FIXTURE} differs: rerun without --check")
        return 0 if same else 1
    FIXTURE.write_text(text, encoding="utf-8")
    print(f"wrote {FIXTURE} ({text.count(chr(10)) - 1} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
