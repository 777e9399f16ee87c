"""Follow-up after a hold (seeds 000, 004: 让顾客稍等后要及时回复；需要查询的问题要回复结果; 001: 请您稍等2分钟)."""

from __future__ import annotations

from zhijian.audit.checks import check
from zhijian.audit.state import ASKS_INFO


def hold_returns(chat) -> list[tuple[int, int | None]]:
    """Every agent hold said in so many words (the hold cue: 稍等 / 请稍候 / 正在为您查询; not while
    waiting for the customer's order number) that no open
    item was tied to — the customer's need was phrased so the tagger saw none (想查一下退款进度) — with
    the agent turn that came back with an answer or a solution (None if none did)."""
    tied = {it.held_by for it in chat.items if it.held_by is not None}
    out: list[tuple[int, int | None]] = []
    agent = chat.agent_turns
    for n, j in enumerate(agent):
        sents = chat.sentences.get(j, ())
        if j in tied or not any("agent.hold" in s.cues for s in sents):
            continue  # the hold cue's phrases (稍等 / 请稍候 / 正在为您查询) only: a promise to come back
        if any("cause_check" in s.acts and ASKS_INFO.search(s.text) for s in sents):
            continue
        if any({"answer", "solution"} & set(s.acts) for s in sents):
            continue  # 我帮您查了一下，… : the check and its result in one turn
        back = next((x for x in agent[n + 1:] if any({"answer", "solution"} & set(s.acts)
                                                      for s in chat.sentences.get(x, ()))), None)
        out.append((j, back))
    return out


@check("followup_missed")
def followup_missed(chat):
    """The agent said they would check (act ``hold``: 稍等/我查一下/我帮您问一下) and did not come back
    with an answer within ``conversation.followup_limit`` seconds, or not at all before the chat ended.
    A hold tied to a customer need (``Chat.items``) waits for the answer to that need; a hold the
    tagger tied to none waits for the agent's next answer or solution."""
    limit = float(chat.config.raw.get("followup_limit", 120))

    def late(held: int, done: int) -> float | None:
        a, b = chat.messages[held].ts, chat.messages[done].ts
        if a is None or b is None:
            return None
        gap = (b - a).total_seconds()
        return gap if gap > limit else None

    for it in chat.items:
        if it.held_by is None and it.promised is not None and it.open and any(
                m.role == "customer" for i, m in chat.turns if i > it.promised):
            # 麻烦提供订单号，我帮您查一下 → the customer sent it → the agent never came back
            yield chat.finding("followup_missed", it.promised, detail="之后没有回复查询结果")
            return
        if it.held_by is None or it.superseded:
            continue  # a superseded "more" (我还有个问题) lives on in the question that made it concrete
        if it.open:
            yield chat.finding("followup_missed", it.held_by, detail="之后没有回复查询结果")
            return
        gap = late(it.held_by, it.closed_by)
        if gap is not None:
            yield chat.finding("followup_missed", it.held_by,
                               detail=f"{round(gap)} 秒后才回复，超过 {round(limit)} 秒")
            return
    for held, back in hold_returns(chat):
        gap = late(held, back) if back is not None else None
        if gap is not None:
            yield chat.finding("followup_missed", held, detail=f"{round(gap)} 秒后才回复，超过 {round(limit)} 秒")
            return
