"""Clean chats flagged by the audit (issue 12, stop 40, helper c40b), fixed by kind in the pack data.

Rules: more packing put in to keep the goods safe on the way (冰排 / 气泡膜) is no gift outside the activity; a remedy the
customer is to apply for through the after-sales process (质保内提交申请换新 / 替您走售后流程) is the policy's, not the agent's
pledge; the customer's own registered details read back for them to check (登记的是… / 请您核对) leak nobody's; the
ache a draught itself brings, kept off by how the fan is set (别对着人吹…不容易头疼), is a usage tip, no cure; the
customer's own address changed as asked (地址已改为…) leaks nothing; raising an instrument's pitch is a tuning step.
Model: the agent owning the shop's fault with an apology, or walking the customer through a check step with what to do
when it is found, or asking whether the damage was there at unpacking, questions no one (the clause is set aside:
``models.declined_clauses.questioning``);
the outdoors (外头的寒风) explaining a reading runs no shop down (``models.declined.disparage_peer``).  Every sentence
here was written for this file; faults of the same shapes stay found.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from zhijian import Inspector
from zhijian.audit import Auditor
from zhijian.audit.conversation import parse_conversation

from message_kinds import declined_cover


@lru_cache(maxsize=None)
def _auditor(pack: str) -> Auditor:
    return Auditor(pack)


@lru_cache(maxsize=None)
def _inspector(pack: str, models: bool) -> Inspector:
    return Inspector(pack, models=models)


def _chat(pack: str, turns: list[tuple[str, str]]) -> set[str]:
    """The conversation categories the audit reports on a chat of (role, text) turns, 20 s apart."""
    msgs = [{"role": r, "text": t, "ts": f"2026-05-06T15:{k // 3:02d}:{(k % 3) * 20:02d}+08:00"}
            for k, (r, t) in enumerate(turns)]
    res = _auditor(pack).audit(parse_conversation({"id": "t", "messages": msgs}, "t"))
    return {f.category for f in res.findings if f.category}


def _with(agent_line: str) -> list[tuple[str, str]]:
    return [("customer", "在吗，上礼拜下的单出了点状况"),
            ("agent", "您好呀，麻烦讲讲具体情况？"),
            ("customer", "说来话长，你看着办吧"),
            ("agent", agent_line),
            ("customer", "行，就这样"),
            ("agent", "多谢体谅，后续有事随时留言，再见～")]


# (category, pack, agent line of a clean chat, agent line of the same shape that is the fault)
KINDS = {
    "packing_to_protect_the_goods": ("arbitrary_promise", "jd",
        "实在抱歉，重新寄的那箱冻虾我们给您多放三个冰排，防止途中化冻，您看行吗",
        "实在抱歉，重新寄的那箱冻虾悄悄塞进去，再给您多放两包小零食，您看行吗"),
    "remedy_through_the_after_sales_process": ("arbitrary_promise", "jd",
        "您先把滤网拆下来洗一洗，要是洗完还不转，那就是电机坏了，整机质保两年内可申请，免费换一台，把单号给我，替您走售后",
        "您先把滤网拆下来洗一洗，要是洗完还不转，那就是电机坏了，我这边免费换新给您"),
    "own_details_read_back_to_check": ("privacy_leak", "generic",
        "系统里登记的联系人是周海涛，手机后四位5218，住址桂花园12栋603，劳驾核对下对不对",
        "您那个小区的孙女士也报修过，她住桂花园12栋603，情况差不多"),
    "own_address_changed_as_asked": ("privacy_leak", "generic",
        "好的，已改为您说的海棠湾7栋2203，其余信息不变，今天下午照常发出",
        "海棠湾7栋2203的钱女士上周也订了这款，用着挺好"),
    "raising_an_instruments_pitch": ("false_advertising", "jd",
        "老琴音偏低，师傅会先上门一次提高音高，然后再慢慢精调，大概两小时",
        "这款护发精油只用一次，发质就能立马提升"),
    "ache_from_a_draught_kept_off": ("false_advertising", "jd",
        "晚上睡觉把风扇调到摇头档，出风口往上抬一点，风别对着人吹，第二天醒来不容易头疼",
        "这台风扇晚上吹一吹，第二天醒来头疼就能好"),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_clean_chat_is_not_flagged(kind):
    category, pack, clean, _ = KINDS[kind]
    assert category not in _chat(pack, _with(clean))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_the_fault_of_the_same_shape_is_still_found(kind):
    category, pack, _, fault = KINDS[kind]
    assert category in _chat(pack, _with(fault))


# the model's questioning on an agent turn that owns the shop's fault with an apology, or walks the customer through a
# check step and what to do when it is found (pack ``models.declined_clauses.questioning``: the clause is set aside)
DECLINED = [
    "这回确实是咱们的问题，包装时没把盖子拧紧，太抱歉了",
    "看来这批货做工没做好，是咱们店的疏忽，对不住",
    "您先看一下机身背面有没有一个小拨片，有的话就往左拨过去",
    "可以先摸摸插头那里有没有发烫，如果有就先拔下来别用",
    "请问裂口在杯身哪一侧？是开箱那会儿就裂了吗",
]
# …and where the customer is doubted in the same message it is still read
STILL_READ = [
    "是咱们的责任，对不起，不过您是不是摔过它",
    "您先看一下有没有裂，有就说明是您自己弄坏的",
    "这不是咱们的责任，抱歉",
    "是不是您开箱的时候就弄坏了呢",
]


@pytest.mark.parametrize("text", DECLINED)
def test_owning_the_fault_or_a_check_step_declines_questioning(text):
    covered, _ = declined_cover("questioning", text)
    assert covered, text


@pytest.mark.parametrize("text", STILL_READ)
def test_doubting_the_customer_keeps_questioning_read(text):
    covered, clauses = declined_cover("questioning", text)
    assert covered < clauses, text  # the clause that doubts the customer is still read



# the outdoors (外头的冷风 / 室外气温) explaining a reading names no other shop (pack ``models.declined.disparage_peer``);
# other sellers spoken of in the same message keep it read
OUTDOORS = ["体温枪测得低，多半是脸被外头的寒风吹凉了，进屋歇一会儿再测", "室外气温低于零度时，电池掉电会快一些"]
OUTDOORS_STILL_READ = ["外面的冷风大是一方面，别家的体温枪本来就不准", "外面卖的几十块的货质量差，室外温度一低就失灵"]


@pytest.mark.parametrize("text", OUTDOORS)
def test_the_outdoors_declines_disparage_peer(text):
    assert _inspector("jd", True).semantic.declined["disparage_peer"].search(text), text


@pytest.mark.parametrize("text", OUTDOORS_STILL_READ)
def test_other_sellers_keep_disparage_peer_read(text):
    assert not _inspector("jd", True).semantic.declined["disparage_peer"].search(text), text
