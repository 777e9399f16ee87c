"""Conversation audit: every conversation-level category of spec/taxonomy.md, plus the
message-level findings of agent turns, scored with the pack's scorecard.

The word lists and thresholds are pack data (``conversation:`` in the pack files, see
``data/packs/common.yaml``); the logic of each check is one registered function in
``zhijian.audit.checks``.  Each finding carries the 0-based ``turn`` of the message it is
about (spec/contract.md §3).
"""

from __future__ import annotations

from typing import Iterable, Sequence

from zhijian.audit.chat import Chat, has_emoji, is_question  # noqa: F401  (re-exported)
from zhijian.audit.checks import CHECKS
from zhijian.audit.checks.closing import proper_closing
from zhijian.audit.config import ConversationConfig
from zhijian.audit.conversation import Conversation
from zhijian.audit.result import AuditFinding, AuditResult
from zhijian.audit.settle import compact
from zhijian.audit.scorecard import Scorecard
from zhijian.acts.tagger import get_tagger
from zhijian.engine.inspector import Inspector

__all__ = ["Auditor", "AuditFinding", "AuditResult", "ConversationConfig", "is_question", "has_emoji"]

CHECKED_TEXTS = 16_384  # agent texts whose message findings are remembered (template replies recur across batches)
CHECKED_TEXT_MAX = 500  # characters: longer texts are checked every time


class Auditor:
    """Audits conversations for one pack composition (plus optional shop overrides)."""

    def __init__(self, packs: str | Sequence[str] = "jd", overrides=None, inspector: Inspector | None = None,
                 acts: bool = True):
        self.inspector = inspector or Inspector(packs, overrides=overrides)
        comp = self.inspector.ruleset.composition
        self.pack = ",".join(comp.names)
        self.config = ConversationConfig.from_dict(comp.conversation, f"规则包 {self.pack}: conversation")
        self.config.self_test(f"规则包 {self.pack}: conversation")  # the word lists' examples (a failure refuses the pack)
        self.scorecard = Scorecard.from_dict(comp.scorecard, f"规则包 {self.pack}: scorecard")
        self.checks = list(CHECKS)
        self.tagger = get_tagger() if acts else None
        self._checked: dict[str, list] = {}  # agent text -> its message findings (``_message_findings``)

    def audit(self, conv: Conversation, keep_messages: bool = False) -> AuditResult:
        return self.audit_many([conv], keep_messages)[0]

    def audit_many(self, convs: Iterable[Conversation], keep_messages: bool = False,
                   keep_acts: bool = False) -> list[AuditResult]:
        """``keep_acts``: each result also carries the sentences and dialogue acts of every turn
        (``AuditResult.acts``, docs/spec/contract.md §3); the tagging is done anyway, keeping it is free."""
        convs = list(convs)
        # each distinct agent text is checked once (template replies recur; check_many gives what check gives)
        checked = self._message_findings(convs)
        per_conv: list[list[AuditFinding]] = [[] for _ in convs]
        for ci, c in enumerate(convs):
            mine = per_conv[ci]
            for ti, m in enumerate(c.messages):
                if m.role == "agent" and m.text:
                    for f in checked[m.text]:
                        mine.append(AuditFinding(f.rule, f.category, f.severity, ti, f.message, f.suggestion,
                                                 f.start, f.end, f.match, f.source, f.score))
        sentences = self._tag(convs)
        results = [self._audit_one(c, per_conv[i], keep_messages, sentences[i]) for i, c in enumerate(convs)]
        if keep_acts:
            for c, r, ss in zip(convs, results, sentences):
                r.acts = [{"turn": ti, "role": m.role,
                           "sentences": [{"start": s.start, "end": s.end, "acts": list(s.acts)} for s in ss.get(ti, ())]}
                          for ti, m in enumerate(c.messages)]
        return results

    def _message_findings(self, convs: list[Conversation]) -> dict[str, list]:
        """The message findings of every agent text of the batch: each distinct text is checked once, in one
        ``check_many`` call (which gives what ``check`` gives, text by text), and remembered across batches
        (at most ``CHECKED_TEXTS`` texts, then forgotten all at once, so memory stays flat)."""
        memo = self._checked
        out: dict[str, list] = {}
        todo: list[str] = []
        for c in convs:
            for m in c.messages:
                t = m.text
                if m.role == "agent" and t and t not in out:
                    got = memo.get(t)
                    out[t] = got
                    if got is None:
                        todo.append(t)
        if todo:
            if len(memo) + len(todo) > CHECKED_TEXTS:
                memo.clear()
            for t, fs in zip(todo, self.inspector.check_many(todo)):
                out[t] = fs
                if len(t) <= CHECKED_TEXT_MAX and len(memo) < CHECKED_TEXTS:
                    memo[t] = fs
        return out

    def _tag(self, convs: list[Conversation]) -> list[dict]:
        """The dialogue acts of every customer and agent turn of the batch, in one tagger call."""
        out: list[dict] = [{} for _ in convs]
        if self.tagger is None:
            return out
        turns, where = [], []
        for ci, c in enumerate(convs):
            for ti, m in enumerate(c.messages):
                if m.role in ("customer", "agent"):
                    turns.append((m.role, m.text))
                    where.append((ci, ti))
        if turns:
            for (ci, ti), ss in zip(where, self.tagger.tag_turns(turns)):
                out[ci][ti] = ss
        return out

    def _audit_one(self, conv: Conversation, msg_findings: list[AuditFinding], keep: bool,
                   sentences: dict | None = None) -> AuditResult:
        chat = Chat(conv, self.config, sentences)
        out: list[AuditFinding] = []
        for c in self.checks:
            out.extend(c.fn(chat))  # (``Check.run`` without its list: the findings go straight into ``out``)
        res = AuditResult(conv.id, self.pack, 100.0, out, conv.shop, conv.agent, conv.started)
        res.waits = [w.seconds for w in chat.waits]
        if chat.waits and chat.waits[0].first:
            res.first_response = chat.waits[0].seconds
            res.first_response_counted = chat.waits[0].counted
        res.unanswered = any(f.category == "unanswered" for f in out)
        cut = set(chat.forced_ending[1]) if chat.forced_ending else set()
        res.open_needs = [it.text for it in chat.items
                          if it.act != "more" and (it.closed_by is None or it.turn in cut)][:5]
        if proper_closing(chat):
            res.bonuses.append("proper_closing")
        ended = {f.turn for f in out if f.category == "forced_end"}
        out.extend(f for f in msg_findings if not _own_data_read_back(chat, f) and not _sent_off_in_ending(chat, f, ended))
        out.sort(key=lambda f: (f.turn, f.start if f.start is not None else -1, f.category))
        res.score, res.fatal = self.scorecard.score(out, res.bonuses)
        if keep:
            res.messages = list(conv.messages)
        return res


def _own_data_read_back(chat: Chat, f: AuditFinding) -> bool:
    """A ``privacy_leak`` finding whose matched words (a block and room number, a name and address) the customer wrote
    themselves in an earlier turn of the chat: the agent reads the customer's own data back to them (联系人…，地址…7栋1204，
    信息对吗), which discloses no other customer's data (taxonomy ``privacy_leak``: 另一位顾客的个人信息; seed 000 客户联系方式
    泄露给其他客户)."""
    if f.category != "privacy_leak" or not f.match or f.turn is None:
        return False
    said = compact(f.match)
    return len(said) >= 4 and any(m.role == "customer" and said in compact(m.text) for i, m in chat.turns if i < f.turn)


def _sent_off_in_ending(chat: Chat, f: AuditFinding, ended: set[int]) -> bool:
    """A ``shirking`` finding whose matched words only send the customer to come back and ask later (the pack's
    ``come_back_forms``: 明天白天再来问 / 其他问题明天再来咨询), in the agent turn the audit reports as ``forced_end``: the agent
    ending the chat while the customer still needs help, with a time to return, is the forced ending itself (000 / 004
    强制结束对话, taxonomy ``forced_end``: ends or pushes the customer out of the chat), reported once; words that refuse or
    evade the matter beside it (处理不了 / 找快递去) are findings of their own."""
    if f.category != "shirking" or not f.match or not (f.turn in ended or _ending_again(chat, f.turn, ended)):
        return False
    return bool(chat.config.words_re("come_back_forms").fullmatch(compact(f.match)))


def _ending_again(chat: Chat, turn: int, ended: set[int]) -> bool:
    """Agent turn ``turn`` is the agent's next turn after the one the audit reports as ``forced_end`` and their last word
    in the chat: the customer objected to the ending (可我还没挑好呀) and the agent sent them away once more (改天您再过来咨询
    吧，今儿就这样) — the same forced ending pursued, reported once (c42; 000 / 004 强制结束对话)."""
    if not ended or turn <= min(ended):
        return False
    agent = chat.agent_turns
    return agent[-1] == turn and not any(min(ended) < j < turn for j in agent)
