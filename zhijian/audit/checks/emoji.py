"""Emoji in every reply (seed 003 house rule: 每句聊天都要有表情; packs set ``emoji_required``)."""

from __future__ import annotations

from zhijian.audit.chat import has_emoji
from zhijian.audit.checks import check


@check("missing_emoji")
def missing_emoji(chat):
    """Every agent reply needs an emoji or a sticker code when the pack demands it."""
    if not chat.config.emoji_required:
        return
    for i in chat.agent_turns:
        if not has_emoji(chat.messages[i].text):
            yield chat.finding("missing_emoji", i)
