"""``addressing.direct_name`` (seed 004: 不得直呼顾客姓名，应称先生/女士)."""

from zhijian.audit.checks.addressing import direct_name

NAME = "欧阳春晓"


def test_bare_full_name_in_an_agent_turn_fires_on_that_turn(findings):
    (f,) = findings(direct_name, ("customer", 0, "查一下订单"), ("agent", 5, f"{NAME}，您的订单已发出"),
                    customer_name=NAME)
    assert (f.category, f.turn) == ("direct_name", 1) and NAME in f.message


def test_name_with_an_honorific_is_fine(run):
    for polite in (f"{NAME}女士，您的订单已发出", f"{NAME}小姐您好", f"{NAME}同学，已经帮您改好了"):
        assert run(direct_name, ("agent", 0, polite), customer_name=NAME) == []


def test_surname_with_honorific_or_you_is_fine(run):
    assert run(direct_name, ("agent", 0, "欧阳女士，您的订单已发出"), customer_name=NAME) == []
    assert run(direct_name, ("agent", 0, "您的订单已发出"), customer_name=NAME) == []


def test_every_offending_agent_turn_fires(run):
    turns = [("agent", 0, f"{NAME}你好"), ("customer", 5, "嗯"), ("agent", 9, f"好的{NAME}")]
    assert run(direct_name, *turns, customer_name=NAME) == [("direct_name", 0), ("direct_name", 2)]


def test_the_customer_saying_their_own_name_is_fine(run):
    assert run(direct_name, ("customer", 0, f"我是{NAME}"), ("agent", 5, "好的"), customer_name=NAME) == []


def test_no_name_or_a_one_character_name_is_not_judged(run):
    assert run(direct_name, ("agent", 0, "您的订单已发出，祝您生活愉快")) == []
    assert run(direct_name, ("agent", 0, "丽，您的订单已发出"), customer_name="丽") == []
    assert run(direct_name, ("agent", 0, "您的订单已发出"), customer_name="  ") == []


def test_a_full_name_opening_a_sentence_is_judged_without_a_known_name(run):
    # (the name came from the order's data, not the chat: the agent still calls the customer by it, seed 004)
    assert run(direct_name, ("agent", 0, f"{NAME}，您的订单已发出")) == [("direct_name", 0)]
    assert run(direct_name, ("agent", 0, "欧阳女士，您的订单已发出")) == []


def test_honorifics_are_pack_data(run, config_with):
    only_sir = config_with(honorifics=["先生"])
    assert run(direct_name, ("agent", 0, f"{NAME}同学，已经改好了"), customer_name=NAME, config=only_sir) == [
        ("direct_name", 0)]
    assert run(direct_name, ("agent", 0, f"{NAME}先生，已经改好了"), customer_name=NAME, config=only_sir) == []


def test_empty_and_system_only_chats_are_silent(run):
    assert run(direct_name, customer_name=NAME) == []
    assert run(direct_name, ("system", 0, f"{NAME} 进入会话"), customer_name=NAME) == []
