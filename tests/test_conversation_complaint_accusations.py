"""A complaint without 投诉 that accuses the shop of deceiving or of breaking its word (seed 004: 客户抱怨) needs an
apology (complaint_no_apology); the same chat with an apology is fine.  Sentences written for this module."""

from __future__ import annotations

import datetime

import pytest

from zhijian.audit import Auditor
from zhijian.audit.conversation import Conversation, Message

T0 = datetime.datetime(2026, 11, 18, 15, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))
CLOSE = "感谢您的光顾，有需要随时找我们，再见！"


@pytest.fixture(scope="module")
def aud():
    return Auditor("jd")


def cats(aud, customer: str, agent: str) -> set[str]:
    turns = [("customer", customer), ("agent", agent), ("customer", "行吧"), ("agent", CLOSE)]
    msgs = [Message(r, t, T0 + datetime.timedelta(seconds=20 * i)) for i, (r, t) in enumerate(turns)]
    return {f.category for f in aud.audit(Conversation(id="c", messages=msgs)).findings}


ACCUSATIONS = ["详情页写的纯棉，到手是化纤的，这不是骗人吗", "下单前说包邮，现在又要补运费，说话不算数啊",
               "活动价说保留三天，结果第二天就没了，真没诚信", "页面写着赠送收纳袋，什么都没有，纯属虚假宣传"]


@pytest.mark.parametrize("customer", ACCUSATIONS)
def test_an_accusation_needs_an_apology(aud, customer):
    assert "complaint_no_apology" in cats(aud, customer, "您好，页面信息以最新说明为准。")


@pytest.mark.parametrize("customer", ACCUSATIONS)
def test_an_accusation_met_with_an_apology(aud, customer):
    assert "complaint_no_apology" not in cats(aud, customer, "真抱歉这次让您体验这么差，我马上帮您核实处理。")
