"""The words of the direct_name readings are pack data (``name_field_words``, ``name_ask_words``, ``place_name_ends``):
a shop that changes them changes which name counts as the customer's given as data or asked for.  Own chats."""

from __future__ import annotations

from zhijian.audit.checks.addressing import direct_name

ASKED = (("customer", 0, "您好，我想给台灯开发票"),
         ("agent", 20, "您好，请问发票抬头和订货人怎么填？"),
         ("customer", 60, "韩立新，个人抬头"),
         ("agent", 80, "韩立新，发票已经为您开好了，请查收。"))
ADDRESS = (("customer", 0, "您好，地址要改一下"),
           ("agent", 20, "您好，请提供一下收货人姓名和新地址。"),
           ("customer", 60, "黄山湾，门牌18号"),
           ("agent", 80, "黄山湾，地址已经改好了。"))


def _flags(make_chat, turns, config) -> bool:
    return any(True for _ in direct_name(make_chat(*turns, config=config)))


def test_a_name_given_after_an_asking_word_the_shop_adds_is_the_customers(make_chat, jd, config_with):
    # 订货人 is neither a field nor an asking word of the pack: the name the reply opens on is not known as the customer's
    assert not _flags(make_chat, ASKED, jd)
    more = config_with(name_ask_words=list(jd.raw["name_ask_words"]) + ["订货人"])
    assert _flags(make_chat, ASKED, more)
    fields = config_with(name_field_words=list(jd.raw["name_field_words"]) + ["订货人"])
    assert _flags(make_chat, ASKED, fields)


def test_a_place_end_the_shop_adds_keeps_an_address_from_being_a_name(make_chat, jd, config_with):
    assert _flags(make_chat, ADDRESS, jd)
    assert not _flags(make_chat, ADDRESS, config_with(place_name_ends=str(jd.raw["place_name_ends"]) + "湾"))


def test_a_field_the_shop_adds_makes_the_name_after_it_data(make_chat, jd, config_with):
    turns = (("customer", 0, "您好，卡片上写谁的名字？"),
             ("agent", 20, "您好，贺卡落款孟庆华，请您确认。"))
    conv_config = config_with(name_field_words=list(jd.raw["name_field_words"]) + ["落款"])
    chat = make_chat(*turns, config=conv_config, customer_name="孟庆华")
    plain = make_chat(*turns, config=jd, customer_name="孟庆华")
    assert any(True for _ in direct_name(plain))
    assert not any(True for _ in direct_name(chat))
