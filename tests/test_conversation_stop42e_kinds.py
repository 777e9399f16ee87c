"""Stop 42 (c42e, issue 12): precision of thanks_unacknowledged and unanswered on real chats, by kind.

Own wording; each kind has a fault and a clean variant (seed 004 §遇到客户致谢时; seed 000 漏回复)."""

from __future__ import annotations

from chat_fixtures import conv_categories

ASK = [("customer", "我那个包裹周五之前能送到吗"), ("agent", "您好，帮您看了下，周四下午就能送到"),
       ("customer", "好嘞，谢谢")]


def _thanks(auditor, reply: str) -> bool:
    return "thanks_unacknowledged" in conv_categories(auditor, ASK + [("agent", reply)])


# ---------------------------------------------------------------- thanks answered in humble courtesy (004: 谦虚致谢)
def test_thanks_answered_by_acknowledging_the_customers_trouble(auditor):
    assert not _thanks(auditor, "这几天辛苦您了，请问还有别的要问的吗？")


def test_thanks_answered_by_owning_the_trouble_caused(auditor):
    assert not _thanks(auditor, "这次让您多跑了几趟，给您添麻烦了，还有其他需要吗")


def test_thanks_answered_by_asking_to_excuse_shortcomings(auditor):
    assert not _thanks(auditor, "哪里照顾不周的地方请您多多包涵，还有别的可以帮您吗")
    assert not _thanks(auditor, "招待不周之处还请见谅哦，有问题随时来找我们")


def test_thanks_answered_only_by_the_stock_offer_of_more_help_stays_a_fault(auditor):
    assert _thanks(auditor, "请问还有别的可以帮您吗？")


def test_asking_the_customer_to_do_something_is_no_courtesy_for_thanks(auditor):
    assert _thanks(auditor, "辛苦您提供一下收件人的手机号")
    assert _thanks(auditor, "辛苦您再稍等一下")


# ---------------------------------------------------------------- unanswered: the customer's guess confirmed (000 漏回复)
def _unanswered(auditor, reply: str) -> bool:
    return "unanswered" in conv_categories(auditor, [
        ("customer", "这款保温杯能放进洗碗机吗"), ("agent", "可以放进洗碗机清洗"),
        ("customer", "保温时长有多久 是十二个小时吗"), ("agent", reply), ("customer", "嗯"),
        ("agent", "还有别的需要吗")])


def test_a_bare_yes_confirming_the_customers_guess_answers_the_question(auditor):
    assert not _unanswered(auditor, "是的")
    assert not _unanswered(auditor, "对的亲")


def test_a_bare_no_to_the_guess_leaves_the_question_word_unanswered(auditor):
    assert _unanswered(auditor, "不是的")
