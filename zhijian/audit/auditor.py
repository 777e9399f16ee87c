"""Conversation audit: every conversation-level category of spec/taxonomy.md, plus the
message-level findings of agent turns, scored with the pack's scorecard.

The word lists and thresholds are pack data (``conversation:`` in the pack files, see
``common.yaml``); this module holds only the logic of each check.  Each finding carries the
0-based ``turn`` of the message it is about (spec/contract.md §3).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from zhijian.audit.calendar import FESTIVALS, festival_on, is_morning, local
from zhijian.audit.conversation import Conversation, Message
from zhijian.engine.inspector import Inspector
from zhijian.audit.lexicon import Lexicon
from zhijian.engine.normalize import compact
from zhijian.engine.rules import PackError
from zhijian.audit.scorecard import Scorecard

_QUESTION_RE = re.compile(
    r"[?？]|吗|呢|么|什么|怎么|怎样|多少|多久|几[天点个号时次件]|哪|能不能|可不可以|可以.{0,6}吗|是否|有没有|要不要|会不会|咋|为什么|为啥"
    r"|帮我|麻烦|请你|请您|给我"
)
_SENTENCE_SPLIT = re.compile(r"[。！？!?；;\n]+")
_EMOJI_CODE = re.compile(r"\[[^\[\]]{1,6}\]|#E-[a-z]")


def _similar(a: str, b: str, ratio: float) -> bool:
    """Near-identical sentences (cheap upper bounds first: most pairs are ruled out by length)."""
    if min(len(a), len(b)) * 2 < ratio * (len(a) + len(b)):
        return False
    sm = difflib.SequenceMatcher(None, a, b)
    return sm.real_quick_ratio() >= ratio and sm.quick_ratio() >= ratio and sm.ratio() >= ratio


def is_question(text: str) -> bool:
    """A customer question or request (so it needs an answer)."""
    return bool(_QUESTION_RE.search(text))


def has_emoji(text: str) -> bool:
    return any(unicodedata.category(ch) == "So" for ch in text) or bool(_EMOJI_CODE.search(text))


@dataclass(frozen=True)
class AuditFinding:
    rule: str
    category: str
    severity: str
    turn: int
    message: str
    suggestion: str
    start: int | None = None
    end: int | None = None
    match: str | None = None

    def to_dict(self) -> dict:
        d = {"rule": self.rule, "category": self.category, "severity": self.severity, "turn": self.turn}
        if self.start is not None:
            d.update(start=self.start, end=self.end, match=self.match)
        d.update(message=self.message, suggestion=self.suggestion)
        return d


@dataclass
class AuditResult:
    id: str
    pack: str
    score: float
    findings: list[AuditFinding]
    shop: str | None = None
    agent: str | None = None
    started: dt.datetime | None = None
    first_response: float | None = None  # seconds, when measured
    first_response_counted: bool = False  # inside business hours (for the platform's rates)
    waits: list[float] = field(default_factory=list)  # every agent response time, seconds
    unanswered: bool = False
    fatal: bool = False
    bonuses: list[str] = field(default_factory=list)
    messages: list[Message] | None = None  # kept when a report needs the text

    def to_dict(self) -> dict:
        """The JSON form of spec/contract.md §3."""
        return {"id": self.id, "score": self.score, "findings": [f.to_dict() for f in self.findings]}


def _hhmm(value: str, where: str) -> dt.time:
    try:
        h, m = str(value).split(":")
        return dt.time(int(h), int(m))
    except (ValueError, TypeError):
        raise PackError(f"{where}: 时间 {value!r} 必须写成 HH:MM") from None


@dataclass
class ConversationConfig:
    """The ``conversation:`` section of a composed pack."""

    response_limit: float
    business_hours: tuple[dt.time, dt.time] | None
    holiday_greeting: bool
    emoji_required: bool
    repeat_min_chars: int
    near_repeat_ratio: float
    severities: dict[str, str]
    messages: dict[str, str]
    suggestions: dict[str, str]
    honorifics: tuple[str, ...]
    lexicon: Lexicon

    @classmethod
    def from_dict(cls, d: dict, where: str = "conversation") -> "ConversationConfig":
        words = d.get("words") or {}
        lists: dict[str, list[str]] = {k: list(v) for k, v in words.items()}
        for key, ws in (d.get("holiday_greetings") or {}).items():
            if key not in FESTIVALS:
                raise PackError(f"{where}: unknown festival {key!r} (known: {sorted(FESTIVALS)})")
            lists[f"holiday:{key}"] = list(ws)
        bh = d.get("business_hours")
        hours = (_hhmm(bh[0], where), _hhmm(bh[1], where)) if bh else None
        return cls(
            response_limit=float(d.get("response_limit", 60)),
            business_hours=hours,
            holiday_greeting=bool(d.get("holiday_greeting", True)),
            emoji_required=bool(d.get("emoji_required", False)),
            repeat_min_chars=int(d.get("repeat_min_chars", 6)),
            near_repeat_ratio=float(d.get("near_repeat_ratio", 0.9)),
            severities=dict(d.get("severity") or {}),
            messages=dict(d.get("messages") or {}),
            suggestions=dict(d.get("suggestions") or {}),
            honorifics=tuple(d.get("honorifics") or ("先生", "女士", "小姐")),
            lexicon=Lexicon(lists),
        )

    def in_hours(self, ts: dt.datetime | None) -> bool:
        if self.business_hours is None or ts is None:
            return True
        t = local(ts).time()
        lo, hi = self.business_hours
        return lo <= t < hi if lo <= hi else (t >= lo or t < hi)


class Auditor:
    """Audits conversations for one pack composition (plus optional shop overrides)."""

    def __init__(self, packs: str | Sequence[str] = "jd", overrides=None, inspector: Inspector | None = None):
        self.inspector = inspector or Inspector(packs, overrides=overrides)
        comp = self.inspector.ruleset.composition
        self.pack = ",".join(comp.names)
        self.config = ConversationConfig.from_dict(comp.conversation, f"packs {self.pack}: conversation")
        self.scorecard = Scorecard.from_dict(comp.scorecard, f"packs {self.pack}: scorecard")

    # ----------------------------------------------------------------------------------
    def _f(self, category: str, turn: int, **fmt) -> AuditFinding:
        cfg = self.config
        msg = cfg.messages.get(category, category)
        for k, v in fmt.items():
            msg = msg.replace("{" + k + "}", str(v))
        return AuditFinding(f"conv.{category}", category, cfg.severities.get(category, "minor"), turn, msg,
                            cfg.suggestions.get(category, ""))

    def audit(self, conv: Conversation, keep_messages: bool = False) -> AuditResult:
        return self.audit_many([conv], keep_messages)[0]

    def audit_many(self, convs: Iterable[Conversation], keep_messages: bool = False) -> list[AuditResult]:
        convs = list(convs)
        texts: list[str] = []
        where: list[tuple[int, int]] = []
        for ci, c in enumerate(convs):
            for ti, m in enumerate(c.messages):
                if m.role == "agent" and m.text:
                    texts.append(m.text)
                    where.append((ci, ti))
        checked = self.inspector.check_many(texts) if texts else []
        per_conv: list[list[AuditFinding]] = [[] for _ in convs]
        for (ci, ti), fs in zip(where, checked):
            for f in fs:
                per_conv[ci].append(AuditFinding(f.rule, f.category, f.severity, ti, f.message, f.suggestion,
                                                 f.start, f.end, f.match))
        return [self._audit_one(c, per_conv[i], keep_messages) for i, c in enumerate(convs)]

    def _audit_one(self, conv: Conversation, msg_findings: list[AuditFinding], keep: bool) -> AuditResult:
        cfg = self.config
        lex = cfg.lexicon
        msgs = conv.messages
        turns = [(i, m) for i, m in enumerate(msgs) if m.role != "system"]
        labels = {i: lex.labels(m.text) for i, m in turns}
        out: list[AuditFinding] = []
        res = AuditResult(conv.id, self.pack, 100.0, out, conv.shop, conv.agent, conv.started)
        agent_turns = [i for i, m in turns if m.role == "agent"]

        # -- response times ---------------------------------------------------------------
        pending: dt.datetime | None = None
        first = True
        counted = cfg.in_hours(conv.started)
        for i, m in turns:
            if m.role == "customer":
                if pending is None:
                    pending = m.ts
                    if pending is None:
                        pending = dt.datetime.min.replace(tzinfo=dt.timezone.utc)  # no timestamp: no timing
            elif pending is not None:
                if m.ts is not None and pending.year > 1:
                    wait = (m.ts - pending).total_seconds()
                    res.waits.append(wait)
                    if first:
                        res.first_response = wait
                        res.first_response_counted = counted
                    if wait > cfg.response_limit and (counted or not first):
                        cat = "slow_first_response" if first else "slow_response"
                        out.append(self._f(cat, i, seconds=round(wait), limit=round(cfg.response_limit)))
                pending = None
                first = False

        # -- unanswered (customer questions after the agent's last word) -------------------
        last_agent = agent_turns[-1] if agent_turns else -1
        for i, m in turns:
            if m.role == "customer" and i > last_agent and is_question(m.text):
                out.append(self._f("unanswered", i))
                res.unanswered = True
                break

        # -- greeting --------------------------------------------------------------------
        if agent_turns:
            gi = agent_turns[0]
            g = msgs[gi]
            lab = labels[gi]
            holiday_labels = {x for x in lab if x.startswith("holiday:")}
            if "greeting" not in lab and not holiday_labels:
                out.append(self._f("missing_greeting", gi))
            elif g.ts is not None:
                ts = local(g.ts)
                fest = festival_on(ts.date())
                if "morning" in lab and not is_morning(ts):
                    out.append(self._f("greeting_mismatch", gi, detail=f"{ts:%H:%M} 不是早上，不宜说“早上好”"))
                elif cfg.holiday_greeting and fest is not None and fest.is_day and f"holiday:{fest.key}" not in lab:
                    out.append(self._f("greeting_mismatch", gi, detail=f"今天是{fest.name}，开头语应为“{fest.greeting}！”"))
                elif holiday_labels and (fest is None or f"holiday:{fest.key}" not in holiday_labels):
                    names = "、".join(FESTIVALS[x.split(':')[1]][0] for x in sorted(holiday_labels))
                    out.append(self._f("greeting_mismatch", gi, detail=f"今天不是{names}，节日问候用错了"))

        # -- closing ---------------------------------------------------------------------
        if turns:
            li, lm = turns[-1]
            if lm.role != "agent" or "closing" not in labels[li]:
                out.append(self._f("missing_closing", li))
            else:
                res.bonuses.append("proper_closing")

        # -- repeated replies ------------------------------------------------------------
        seen: list[str] = []
        seen_sentences: set[str] = set()
        for i in agent_turns:
            key = compact(msgs[i].text)
            sentences = {s for s in (compact(x) for x in _SENTENCE_SPLIT.split(msgs[i].text)) if len(s) >= 8}
            repeated = len(key) >= cfg.repeat_min_chars and (
                key in seen
                or any(len(p) >= 10 and _similar(p, key, cfg.near_repeat_ratio) for p in seen)
            )
            if repeated or (sentences & seen_sentences):
                out.append(self._f("repeated_reply", i))
            seen.append(key)
            seen_sentences |= sentences

        # -- thanks / apology / suggestion need an answer in the agent's next block ---------
        for label, reply, cat in (("customer_thanks", "thanks_reply", "thanks_unacknowledged"),
                                  ("customer_apology", "apology_reply", "apology_unacknowledged"),
                                  ("customer_suggestion", "suggestion_reply", "suggestion_unacknowledged")):
            for k, (i, m) in enumerate(turns):
                lab = labels[i]
                if m.role != "customer" or label not in lab:
                    continue
                if label == "customer_apology" and "polite_opener" in lab:
                    continue
                block = []
                for j, n in turns[k + 1:]:
                    if n.role == "customer":
                        if block:
                            break
                        continue
                    block.append(j)
                if not any(reply in labels[j] for j in block):
                    out.append(self._f(cat, i))
                    break

        # -- complaints need an apology or empathy somewhere after them ---------------------
        for k, (i, m) in enumerate(turns):
            if m.role == "customer" and "complaint" in labels[i]:
                if not any(n.role == "agent" and "empathy" in labels[j] for j, n in turns[k + 1:]):
                    out.append(self._f("complaint_no_apology", i))
                break

        # -- after-sales order: 查明原因 -> 道歉 -> 安抚 -> 提供解决方案 ----------------------
        for k, (i, m) in enumerate(turns):
            if m.role != "customer" or "aftersales" not in labels[i] or "hypothetical" in labels[i]:
                continue  # a report of a problem, not a question about one that might happen
            after = [j for j, n in turns[k + 1:] if n.role == "agent"]
            first_of = {}
            for step in ("cause", "apology", "solution"):
                hit = [j for j in after if f"as_{step}" in labels[j]]
                first_of[step] = hit[0] if hit else None
            c, a, s = first_of["cause"], first_of["apology"], first_of["solution"]
            if s is None:
                out.append(self._f("aftersales_flow", i, detail="没有提供任何解决方案"))
            elif c is None or s < c:
                out.append(self._f("aftersales_flow", s, detail="未查明原因就先给出方案"))
            elif a is None:
                out.append(self._f("aftersales_flow", i, detail="没有向顾客道歉"))
            elif a > s:
                out.append(self._f("aftersales_flow", a, detail="先给方案后道歉"))
            break

        # -- forced end ------------------------------------------------------------------
        for k, (i, m) in enumerate(turns):
            if m.role == "agent" and "forced_end" in labels[i]:
                prev_customer = next((n for _, n in reversed(turns[:k]) if n.role == "customer"), None)
                if prev_customer is not None and is_question(prev_customer.text):
                    out.append(self._f("forced_end", i))
                    break
        else:
            # a system line that closes the chat right after an open customer question
            if turns and turns[-1][1].role == "customer" and is_question(turns[-1][1].text):
                tail = [(i, m) for i, m in enumerate(msgs) if i > turns[-1][0] and m.role == "system"]
                if any("forced_end" in lex.labels(m.text) for _, m in tail):
                    out.append(self._f("forced_end", tail[0][0]))

        # -- addressing the customer by bare full name -------------------------------------
        name = (conv.customer_name or "").strip()
        if len(name) >= 2:
            pat = re.compile(re.escape(name) + r"(?!" + "|".join(map(re.escape, cfg.honorifics)) + ")")
            for i in agent_turns:
                if pat.search(msgs[i].text):
                    out.append(self._f("direct_name", i, name=name))

        # -- every reply needs an emoji (seed 003 house rule) -------------------------------
        if cfg.emoji_required:
            for i in agent_turns:
                if not has_emoji(msgs[i].text):
                    out.append(self._f("missing_emoji", i))

        out.extend(msg_findings)
        out.sort(key=lambda f: (f.turn, f.start if f.start is not None else -1, f.category))
        res.score, res.fatal = self.scorecard.score(out, res.bonuses)
        if keep:
            res.messages = list(msgs)
        return res
