"""Everyday closings (seed 001: 很高兴为您服务，感谢您关注…，再见; seed 003: 如果有什么问题请随时招呼我; seed 004: 欢迎您随时再来
咨询 / 再来电): a chat whose last agent turn closes in one of these forms has its closing, and a last agent turn that
only answers still has none.  Sentences written for this module (no evaluation-set sentence).
"""

from __future__ import annotations

import datetime

import pytest

from zhijian.audit import Auditor
from zhijian.audit.conversation import Conversation, Message

T0 = datetime.datetime(2026, 11, 18, 15, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))


@pytest.fixture(scope="module")
def aud():
    return Auditor("jd")


def cats(aud, last_agent: str) -> set[str]:
    turns = [("customer", "这个台灯有暖光档吗"), ("agent", "您好，很高兴为您服务，这款有冷光、暖光和自然光三档可以切换。"),
             ("customer", "好的我知道了"), ("agent", last_agent)]
    msgs = [Message(r, t, T0 + datetime.timedelta(seconds=20 * i)) for i, (r, t) in enumerate(turns)]
    return {f.category for f in aud.audit(Conversation(id="c", messages=msgs)).findings}


@pytest.mark.parametrize("closing", [
    "好的，欢迎再次光临小店～",
    "嗯嗯，那就不打扰您啦，有需要随时找我哈",
    "好嘞，用着有问题随时招呼我",
    "收到，谢谢您的支持，下次见！",
    "不客气，后面有问题再联系，一切顺利",
    "谢谢亲，欢迎下次再来哦",
    "时间不早了，您早点休息，晚安～",
    "好的，感谢支持，回见",
])
def test_everyday_closing_counts(aud, closing):
    assert "missing_closing" not in cats(aud, closing)


@pytest.mark.parametrize("answer", ["暖光档在开关长按三秒切换。", "灯管是可以单独换的。", "我们这边稍后再联系物流问一下"])
def test_an_answer_alone_is_no_closing(aud, answer):
    assert "missing_closing" in cats(aud, answer)
