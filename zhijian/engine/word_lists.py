"""The conversation checks' word lists in a shop override.

Each is the pack's ``conversation.<key>`` (zhijian/data/packs/common.yaml), read as one regular expression by
``ConversationConfig.words_re``.  A shop restates a list to drop an entry or add a word.  A new entry must be a plain
word: regexes a tenant writes run on RE2 only, and these lists run on Python's ``re``; the pack's own entries may be
restated as they are.
"""

from __future__ import annotations

from typing import Any

from zhijian.engine.rules import PackError

CONV_WORD_LISTS = frozenset((
    "asks_for_forms", "thanks_back_clause", "rating_words", "improvement_words", "this_order_forms", "text_on_goods",
    "layout_forms", "not_let_down_forms", "found_forms", "self_lookup_forms", "wait_words", "checking_words", "check_subject_words", "yes_no_question", "yes_no_reply",
    "ask_lead", "if_any_forms", "confirm_tags", "asks_info", "asks_data", "help_offer", "courtesy_words", "tells_to_do",
    "not_received", "pressing_words", "added_question", "admonition_forms", "proposal_forms",
    # (stop 43) a choice left for later, the verb of asking after 顺便 / 另外, the customer's guess put for a yes and the yes
    "later_forms", "ask_verb_forms", "guess_forms", "confirm_yes_forms",
    # (j44) the words that put a customer's sentence to the agent (你 / 您 / 帮: a check so put is no check of their own)
    "to_agent_words",
    # the grammar of the checks (questions, the verb-not-verb form, goods named, the head of a clause around a name)
    "question_or_request", "wh_question_words", "alternative_question", "condition_words", "a_not_a_question",
    "goods_demonstratives", "name_lead_words", "name_after_words", "vocative_lead_words", "second_person", "slip_words",
    "lapse_words", "service_praise_forms", "sarcasm_words", "self_blame_words", "request_opener_forms", "brush_off_forms", "name_field_words", "name_ask_words",
    # a short acknowledgement at the head of a text (好的 / 嗯 / 收到), and which reads leave which of the customer's out
    "agent_ack_words", "customer_ack_words", "ack_break_words", "ack_noting_words"))
_REGEX_CHARS = frozenset("\\.^$*+?{}[]|()")


def _entries(v: Any) -> list[str]:
    return [] if v is None else [str(v)] if isinstance(v, (str, int)) else [str(w) for w in v]


def check_word_lists(pack: dict, shop: dict, origin: str) -> None:
    """Every entry the shop's ``conversation`` section (``shop``) gives a word list of ``CONV_WORD_LISTS`` is one of the
    pack's own entries (the composed ``pack`` section) or a plain word."""
    for key, ws in shop.items():
        if key not in CONV_WORD_LISTS:
            continue
        own = set(_entries(pack.get(key)))
        for w in _entries(ws):
            if w not in own and _REGEX_CHARS & set(w):
                raise PackError(f"{origin}: 字段 conversation.{key} 的新词 {w!r} 不能含正则表达式符号"
                                f"（只能增加普通词语，或原样保留规则包中已有的项）")


def without_examples_of(conv: dict, shop: dict) -> dict:
    """The merged ``conversation`` section without the shipped ``examples`` of the word lists the shop's override sets:
    those examples describe the pack's list, not the shop's (zhijian/audit/word_examples.py)."""
    examples = conv.get("examples")
    if not examples or not set(shop) & set(examples):
        return conv
    return {**conv, "examples": {k: v for k, v in examples.items() if k not in shop}}
