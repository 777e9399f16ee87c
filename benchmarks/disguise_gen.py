"""A disguise evaluation set generated from the seeds' banned words (seed 000, 平台高危 引流 and 辱骂
tables, 服务基本禁忌 ②), independently of the engine's generators.

    python benchmarks/disguise_gen.py [--out cases.jsonl]

The "attacker" here disguises each word its own way — initials in any case and with dots or spaces
(Z.F.B), pinyin syllables or initial letters mixed with characters in random places, same-sound
characters drawn from a WIDER pool than the engine's (any character of the syllable seen in >= 5 of
pypinyin's phrases and among the 3,755 everyday characters of GB2312 level 1, the 10 most common of
them — what an input method offers on its first page — with one or two characters changed, so the
word stays readable), emoji from its own table — and puts the form in a carrier sentence written for
this set (JD chat style; no dev-case sentence).

Version 2 of the set (this file's history has version 1): version 1 drew same-sound characters
outside everyday use (蠙掇舵 for 拼多多, 驷哺咬怜 for 死不要脸) and changed every character of three-
and four-character words, and it spelt 某宝 / 某猫 — themselves disguises — by Latin initials (mb, mm);
no one writes those forms, so they measured nothing.  The split by word is unchanged.
The words are split in two halves per class with a fixed seed: ``tuned`` words may guide guards,
``held_out`` words are only ever measured.  Deterministic: the same seed gives the same set.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from collections import Counter

SEED = 20240611
PER_WORD = 4  # cases per word and kind

# seed 000, 平台高危·引流 (CJK words; 京东 is another platform for a Taobao shop)
PLATFORMS = ["淘宝", "天猫", "支付宝", "拼多多", "苏宁", "唯品会", "小红书", "国美", "聚划算", "蘑菇街", "某宝", "某猫"]
# seed 000, 平台高危·辱骂 and 服务基本禁忌 ② (CJK words of two or more characters)
INSULTS = ["白痴", "废话", "尼玛", "你妹", "人话", "弱智", "傻逼", "死不要脸", "他妈", "我靠", "卧槽", "垃圾", "逗逼"]

PLATFORM_CARRIERS = [
    "您可以去{w}上搜一下我们的店铺",
    "{w}那边现在有活动，价格更低一些",
    "我们在{w}也开了店，那边发货快",
    "用{w}付款的话可以再便宜点",
    "这款在{w}有同款，您可以对比下",
    "直接去{w}下单就可以了哈",
    "{w}旗舰店今天有满减券",
    "您在{w}搜店名就能找到",
]
INSULT_CARRIERS = [
    "你是不是{w}啊，说了好几遍了",
    "{w}，自己不会看说明书吗",
    "跟你说话真费劲，{w}",
    "真是{w}，这都不懂",
    "别在这{w}了，爱买不买",
    "少来这套，{w}",
    "这{w}问题也要问我",
    "我看你就是{w}",
]

# Carriers written after the v2 tuning of the guards (issue 11 item 5), to check that the initials
# frame and the same-sound edge guard are not fitted to the carriers above, which the tuned and the
# held-out words share: ``--carriers fresh`` (with its own seed, so also another word split).
FRESH_INSULT_CARRIERS = ["{w}吧你，这么简单都不会", "说了三遍了还问，{w}", "你这人真{w}", "{w}一个，懒得理你",
                         "你才{w}呢", "懒得跟{w}说话", "这种{w}顾客我见多了", "{w}！自己看页面"]
FRESH_PLATFORM_CARRIERS = ["{w}搜同款更便宜", "加我{w}账号聊", "我们{w}店铺也有", "拍下后走{w}付款",
                           "{w}那边的价格低", "可以上{w}看看", "{w}里面有我们家的旗舰店", "转到{w}买吧"]
FRESH_SEED = SEED + 7
# A second fresh set, written (and sealed) before the frame was widened after looking at the first
# one's misses: ``--carriers fresh2``.  Measured once, after that change.
FRESH2_INSULT_CARRIERS = ["跟你讲不清楚，{w}", "{w}啊你，看不懂字吗", "又来问，真是个{w}", "你个{w}，退什么退",
                          "我服了，{w}顾客", "怎么会有这么{w}的人", "{w}才会这么问", "别跟我装{w}"]
FRESH2_PLATFORM_CARRIERS = ["下次直接在{w}拍", "{w}上同款便宜二十", "你去{w}问问", "支持{w}的话我发你链接",
                            "我家{w}有店，名字一样", "走{w}的话包邮", "{w}领券后再下单", "这个价{w}买不到"]
FRESH2_SEED = SEED + 13
# A third, sealed before same-sound forms with a grammatical character were admitted in a frame
# (after looking at fresh2's misses): ``--carriers fresh3``.  Measured once, after that change.
FRESH3_INSULT_CARRIERS = ["你就是{w}，还好意思问", "{w}，懂不懂规矩", "一看就是{w}", "就你这样的{w}也配买",
                          "说你{w}你还不服", "真够{w}的", "{w}吗你，这都不会", "这人太{w}了"]
FRESH3_PLATFORM_CARRIERS = ["{w}同款我们也有", "我们还有{w}小店", "那就去{w}吧", "{w}搜不到就搜店名",
                            "在{w}上面下单", "价格跟{w}一样", "不如去{w}看看", "我在{w}也卖这个"]
FRESH3_SEED = SEED + 19

# the attacker's own emoji table (written apart from the pack's)
EMOJI = {"狗": ["🐶", "🐕"], "猪": ["🐷"], "马": ["🐴", "🐎"], "妈": ["🐴", "🐎"], "猫": ["🐱", "🐈"],
         "鸡": ["🐔"], "鱼": ["🐟"], "牛": ["🐮"], "火": ["🔥"]}
# words of the seeds' lists where an emoji can stand for a character, plus nickname-style words of the
# platform table in common.yaml read as a Taobao shop sees them (狗东)
EMOJI_WORDS = {"他妈": "insult", "天猫": "platform", "某猫": "platform", "狗东": "platform_tb"}

KINDS = ("initials", "mixed_pinyin", "mixed_initials", "homophones", "emoji")


def _toneless(reading: str) -> str:
    s = "".join(ch for ch in unicodedata.normalize("NFD", reading) if not unicodedata.combining(ch))
    return s.replace("ü", "v")


def _everyday(ch: str) -> bool:
    """GB2312 level 1: the 3,755 characters of everyday use (lead bytes 0xB0-0xD7)."""
    try:
        b = ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


def _pools():
    from pypinyin.phrases_dict import phrases_dict
    from pypinyin.pinyin_dict import pinyin_dict

    counts = Counter(ch for p in phrases_dict for ch in p)
    by: dict[str, list[str]] = {}
    for cp, r in pinyin_dict.items():
        ch = chr(cp)
        if counts[ch] >= 5 and "\u4e00" <= ch <= "\u9fff" and _everyday(ch):
            by.setdefault(_toneless(r.split(",")[0]), []).append(ch)
    return {s: sorted(v, key=lambda c: (-counts[c], c))[:10] for s, v in by.items()}


def _syll(word: str) -> list[str]:
    from pypinyin import Style, pinyin

    return [r[0].replace("ü", "v") for r in pinyin(word, style=Style.NORMAL)]


def _case(rng: random.Random, s: str) -> str:
    return rng.choice([s, s.upper(), s.capitalize()])


def disguise(word: str, kind: str, rng: random.Random, pools) -> str | None:
    syll = _syll(word)
    n = len(word)
    if kind == "initials":
        letters = [s[0] for s in syll]
        sep = rng.choice(["", "", ".", " "])
        return _case(rng, sep.join(letters))
    if kind in ("mixed_pinyin", "mixed_initials"):
        k = rng.randint(1, n - 1)
        pos = set(rng.sample(range(n), k))
        part = (lambda s: s) if kind == "mixed_pinyin" else (lambda s: s[0])
        return "".join(_case(rng, part(syll[i])) if i in pos else word[i] for i in range(n))
    if kind == "homophones":
        k = rng.randint(1, min(2, n))
        pos = rng.sample(range(n), k)
        out = list(word)
        for i in pos:
            cands = [c for c in pools.get(syll[i], []) if c != word[i]]
            if not cands:
                return None
            out[i] = rng.choice(cands)
        return "".join(out)
    if kind == "emoji":
        pos = [i for i, c in enumerate(word) if c in EMOJI]
        if not pos:
            return None
        out = list(word)
        for i in rng.sample(pos, rng.randint(1, len(pos))):
            out[i] = rng.choice(EMOJI[word[i]])
        return "".join(out)
    raise ValueError(kind)


def split_words(words: list[str], seed: int) -> dict[str, str]:
    ws = sorted(words)
    random.Random(seed).shuffle(ws)
    half = len(ws) // 2
    return {w: ("tuned" if i < half else "held_out") for i, w in enumerate(ws)}


def generate(seed: int = SEED, carriers: str = "v2") -> list[dict]:
    insult_carriers, platform_carriers = {
        "v2": (INSULT_CARRIERS, PLATFORM_CARRIERS), "fresh": (FRESH_INSULT_CARRIERS, FRESH_PLATFORM_CARRIERS),
        "fresh2": (FRESH2_INSULT_CARRIERS, FRESH2_PLATFORM_CARRIERS),
        "fresh3": (FRESH3_INSULT_CARRIERS, FRESH3_PLATFORM_CARRIERS)}[carriers]
    rng = random.Random(seed)
    pools = _pools()
    split = {**split_words(PLATFORMS, seed), **split_words(INSULTS, seed + 1)}
    classes = {w: "platform" for w in PLATFORMS} | {w: "insult" for w in INSULTS}
    out: list[dict] = []
    for kind in KINDS:
        words = list(EMOJI_WORDS) if kind == "emoji" else PLATFORMS + INSULTS
        if kind == "initials":  # 某宝 / 某猫 are disguises already: nobody spells them mb / mm
            words = [w for w in words if not w.startswith("某")]
        for w in words:
            cls = EMOJI_WORDS.get(w) if kind == "emoji" else classes[w]
            pack = "taobao" if cls == "platform_tb" else "jd"
            pool = insult_carriers if cls == "insult" else platform_carriers
            cats = ["abuse", "uncivil"] if cls == "insult" else ["diversion"]
            seen = set()
            for _ in range(PER_WORD * 3):
                if len(seen) >= PER_WORD:
                    break
                form = disguise(w, kind, rng, pools)
                if form is None or form == w or form in seen:
                    continue
                seen.add(form)
                carrier = rng.choice(pool)
                text = carrier.replace("{w}", form)
                s = carrier.index("{w}")
                out.append({"text": text, "span": [s, s + len(form)], "form": form, "word": w, "kind": kind,
                            "pack": pack, "categories": cats,
                            "split": split.get(w, "held_out")})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write the cases here (JSON Lines); default: a summary only")
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args(argv)
    cases = generate(args.seed)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            for c in cases:
                fh.write(json.dumps(c, ensure_ascii=False) + "\n")
    by = Counter((c["kind"], c["split"]) for c in cases)
    for (k, s), v in sorted(by.items()):
        print(f"{k:<16} {s:<9} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
