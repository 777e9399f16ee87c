"""Issue 12 item 4: the conversation detail carries each turn's dialogue acts for the page's tags."""

from __future__ import annotations

from zhijian.service.store import turn_acts


def test_turn_acts_of_a_chat():
    msgs = [{"role": "customer", "text": "请问这款有货吗？"}, {"role": "system", "text": "转接"},
            {"role": "agent", "text": "您好，有货的，下单后48小时内发出。"},
            {"role": "agent", "text": "感谢您的咨询，祝您生活愉快，再见！"}]
    acts = turn_acts(msgs)
    assert [a["turn"] for a in acts] == [0, 2, 3]
    assert "question" in acts[0]["acts"] and acts[0]["role"] == "customer"
    assert "closing" in acts[2]["acts"]
    assert all("other" not in a["acts"] for a in acts)


def test_turn_acts_tolerates_odd_rows():
    assert turn_acts([]) == []
    assert turn_acts([{"role": "customer"}, "x", {"role": "agent", "text": ""}]) == [
        {"turn": 2, "role": "agent", "acts": []}]
