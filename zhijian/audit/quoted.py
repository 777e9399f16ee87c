"""Words said only inside quotation marks (贺卡上写“辛苦了” / 我要来“投诉”一下): what is to be written on the goods, or a word
in play, not the customer doing the act to the agent (``checks.acknowledgement``, ``checks.complaint``)."""

from __future__ import annotations

from zhijian.audit.parts import QUOTED
from zhijian.audit.settle import compact
from zhijian.audit.thanked import cue_phrases


def quoted_only(chat, i: int, act: str, label: str, around=None) -> bool:
    """The turn does ``act`` only inside quotation marks (贺卡上写“辛苦了” / 备注写‘对不起我来晚了’): outside them
    neither the pack's ``label`` words nor the act's cue phrases, and every sentence the tagger gave the act
    overlaps a quotation.  ``around`` (compact text -> bool), when given, reads the act in the turn with each quotation
    put as one word (某项): a suggestion whose wording is outside the quotes and its content inside them (详情页可以加个
    “尺码对照”的表格) is made by the customer (stop 53)."""
    text = chat.messages[i].text
    quotes = [(q.start(), q.end()) for q in QUOTED.finditer(text)]
    if not quotes:
        return False
    bare = QUOTED.sub("，", text)
    if label in chat.text_labels(bare) or any(p in compact(bare) for p in cue_phrases(act)):
        return False
    if around is not None and around(compact(QUOTED.sub("某项", text))):
        return False
    return all(any(a < s.end and s.start < b for a, b in quotes)
               for s in chat.sentences.get(i, ()) if act in s.acts)
