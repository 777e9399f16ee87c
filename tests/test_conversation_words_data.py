"""The Chinese word lists of the conversation checks are pack data (``conversation.<key>`` of common.yaml, read through
``ConversationConfig.words_re``): each key is in the pack, a shop override that drops an entry or adds a word changes
what the checks read, a new entry with regex syntax is refused, and a pack without the keys still loads and audits.
Sentences written for this module."""

from __future__ import annotations

import datetime

import pytest

from zhijian.audit import Auditor
from zhijian.audit.config import ConversationConfig
from zhijian.audit.conversation import Conversation, Message
from zhijian.audit.lexicon import Lexicon
from zhijian.engine.overrides import apply_overrides, validate_overrides
from zhijian.engine.packs import compose
from zhijian.engine.rules import PackError
from zhijian.engine.word_lists import CONV_WORD_LISTS

# key -> (how the checks read it, an entry to drop, a text only that entry reads, a new word, a text only it reads)
PROBES = {
    "asks_for_forms": ("search", "赶紧", "那你赶紧弄吧", "速速", "速速寄出"),
    "thanks_back_clause": ("fullmatch", 0, "谢谢您啦", "感恩", "感恩"),
    "rating_words": ("search", "五星", "给个五星吧", "星星", "给颗星星"),
    "improvement_words": ("search", "以后", "以后包装好点", "日后", "日后注意"),
    "this_order_forms": ("search", "明天", "明天午后到", "周末", "周末前寄"),
    "text_on_goods": ("search", "贺卡", "贺卡写什么", "钢印", "钢印内容"),
    "layout_forms": ("search", 1, "烫成金色", "左侧", "左侧写名字"),
    "not_let_down_forms": ("search", 2, "怎么撤销差评", "不后悔", "买了不后悔"),
    "found_forms": ("search", 0, "查到了", "有结果了", "有结果了"),
    "self_lookup_forms": ("search", 0, "能通过客户端找", "自行", "自行搜索"),
    "wait_words": ("search", "稍候", "请稍候", "等等哈", "您等等哈"),
    "checking_words": ("search", "联系", "我联系仓库", "咨询", "咨询厂家"),
    "check_subject_words": ("search", "进度", "订单进度", "动态", "物流动态"),
    "yes_no_question": ("search", "好不好", "换个颜色好不好", "成不成", "这样成不成"),
    "yes_no_reply": ("fullmatch", 0, "是的哦", "妥妥的", "妥妥的"),
    "ask_lead": ("match", 0, "请问一下", "想了解", "想了解"),
    "if_any_forms": ("search", 0, "有消息通知我就好", "随时告知", "随时告知"),
    "confirm_tags": ("search", 0, "是这个对吧", "没毛病吧", "没毛病吧"),
    "asks_info": ("search", "录", "录个视频", "截图", "截图看看"),
    "asks_data": ("search", "上传", "上传一下凭证", "截屏", "截屏给我"),
    "help_offer": ("search", "想了解", "您想了解哪款", "请吩咐", "有事请吩咐"),
    "courtesy_words": ("search", "效劳", "乐意效劳", "辛苦", "辛苦啦"),
    "tells_to_do": ("search", 1, "赶紧安排", "速办", "速办"),
    "not_received": ("search", 0, "还没收到", "没到手", "货没到手"),
    "pressing_words": ("search", "究竟", "究竟行不行", "到头来", "到头来咋办"),
    "added_question": ("match", 0, "另外问下", "附带", "附带问一句"),
    "admonition_forms": ("search", 0, "往后当心些", "长点记性", "长点记性吧"),
    "proposal_forms": ("search", 1, "列个清单会清楚很多", "出个攻略", "不如出个攻略吧"),
    "later_forms": ("search", 0, "商量好了再定", "下礼拜", "下礼拜定"),
    "ask_verb_forms": ("match", 0, "问一句保修", "请教", "请教个事"),
    "guess_forms": ("match", 0, "是三年吗", "莫非", "莫非三年"),
    "confirm_yes_forms": ("match", 0, "对的", "没毛病", "没毛病"),
    "to_agent_words": ("search", "帮", "帮忙瞧瞧灯亮不亮", "劳驾", "劳驾瞧瞧灯亮不亮"),
    # the grammar of the checks (tests/test_conversation_grammar_data.py reads each through the check that uses it)
    "question_or_request": ("search", "麻烦", "麻烦寄出去", "劳驾", "劳驾寄出"),
    "wh_question_words": ("search", "多长", "线有多长", "啥时候", "啥时候发"),
    "alternative_question": ("search", 0, "选红色还是蓝色", "或者", "红的或者蓝的"),
    "condition_words": ("search", "万一", "万一坏了", "倘若", "倘若坏了"),
    "a_not_a_question": ("search", 0, "有没有货", "能否", "能否退"),
    "goods_demonstratives": ("search", 0, "这款好看", "这个", "这个好看"),
    "name_lead_words": ("fullmatch", "请问", "请问", "劳驾", "劳驾"),
    "name_after_words": ("match", "呀", "呀真好", "嘛", "嘛好的"),
    "vocative_lead_words": ("fullmatch", "嗨", "嗨", "劳驾", "劳驾"),
    "second_person": ("search", "您", "请您看", "阁下", "阁下请看"),
    "slip_words": ("search", "不对", "地址不对", "写岔", "地址写岔了"),
    "lapse_words": ("search", "不在家", "那天我人不在家", "睡过头", "早上睡过头了"),
    "service_praise_forms": ("search", 1, "店里服务蛮周到", "靠谱", "店家真靠谱"),
    "sarcasm_words": ("search", "呵呵", "呵呵今天回得挺快", "哼哼", "哼哼今天回得挺快"),
    "self_blame_words": ("search", "怪不得别人", "是我手欠怪不得别人", "活该我自己", "活该我自己手欠"),
    "request_opener_forms": ("search", 0, "不好意思麻烦您提供一下订单号", "劳驾报一下", "劳驾报一下订单号"),
    "brush_off_forms": ("search", 0, "开票要另行申请", "别的部门", "请找别的部门问"),
    "name_field_words": ("search", "署名", "卡片署名写谁", "订货人", "订货人写谁"),
    "name_ask_words": ("search", "称呼", "请问怎么称呼", "大名", "请问尊姓大名"),
    "agent_ack_words": ("match", "没问题", "没问题，今天发", "妥了", "妥了明早发"),
    "customer_ack_words": ("match", "知道", "知道了谢谢", "得嘞", "得嘞谢谢"),
    "ack_break_words": ("match", "可以", "可以", "中", "中"),
    "ack_noting_words": ("match", "哦", "哦哦", "晓得", "晓得了"),
}


def _config(overrides: dict | None = None) -> ConversationConfig:
    comp = compose("jd")
    if overrides is not None:
        validate_overrides(overrides, "测试覆盖")
        comp = apply_overrides(comp, overrides)
    return ConversationConfig.from_dict(comp.conversation)


def _reads(cfg: ConversationConfig, key: str, how: str, text: str) -> bool:
    return getattr(cfg.words_re(key), how)(text) is not None


def test_every_moved_list_is_probed():
    assert set(PROBES) == set(CONV_WORD_LISTS)


@pytest.mark.parametrize("key", sorted(CONV_WORD_LISTS))
def test_the_pack_has_the_list(key):
    cfg = _config()
    assert cfg.raw.get(key), f"common.yaml conversation.{key} is missing"
    assert cfg.patterns(key) is not None


@pytest.mark.parametrize("key", sorted(PROBES))
def test_dropping_an_entry_in_a_shop_override_changes_the_reading(key):
    how, entry, text, _, _ = PROBES[key]
    base = [str(p) for p in _config().raw[key]]
    drop = base[entry] if isinstance(entry, int) else entry
    assert drop in base
    assert _reads(_config(), key, how, text)
    assert not _reads(_config({"conversation": {key: [p for p in base if p != drop]}}), key, how, text)


@pytest.mark.parametrize("key", sorted(PROBES))
def test_adding_a_word_in_a_shop_override_changes_the_reading(key):
    how, _, _, word, text = PROBES[key]
    base = [str(p) for p in _config().raw[key]]
    assert not _reads(_config(), key, how, text)
    assert _reads(_config({"conversation": {key: base + [word]}}), key, how, text)


def test_a_new_entry_with_regex_syntax_is_refused():
    base = [str(p) for p in _config().raw["help_offer"]]
    with pytest.raises(PackError, match="conversation.help_offer"):
        _config({"conversation": {"help_offer": base + ["(a+)+b"]}})
    _config({"conversation": {"help_offer": base}})  # the pack's own entries, regexes too, restated as they are


def test_a_single_word_instead_of_a_list_is_read_as_a_list():
    cfg = _config({"conversation": {"wait_words": "等会儿"}})
    assert _reads(cfg, "wait_words", "search", "您等会儿") and not _reads(cfg, "wait_words", "search", "请稍等")


def test_a_pack_without_the_lists_loads_and_matches_nothing():
    comp = compose("jd")
    cfg = ConversationConfig.from_dict({k: v for k, v in comp.conversation.items() if k not in CONV_WORD_LISTS})
    for key, (how, _, text, _, _) in PROBES.items():
        assert cfg.patterns(key) is None and not _reads(cfg, key, how, text)


T0 = datetime.datetime(2026, 3, 9, 15, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=8)))


def _audit(aud: Auditor, turns) -> set[str]:
    msgs = [Message(r, t, T0 + datetime.timedelta(seconds=20 * i)) for i, (r, t) in enumerate(turns)]
    return {f.category for f in aud.audit(Conversation(id="w", messages=msgs)).findings}


PRAISE = [("customer", "你家的茶从来没让人失望过，这回再拿两盒"), ("agent", "好嘞，马上给您寄"),
          ("customer", "好"), ("agent", "多谢支持，再见啦")]


@pytest.fixture(scope="module")
def auditors():
    base = [str(p) for p in _config().raw["not_let_down_forms"]]
    return Auditor("jd"), Auditor("jd", overrides={"conversation": {"not_let_down_forms": base[1:]}})


def test_the_audit_reads_the_pack_list(auditors):
    plain, without = auditors
    # disappointment denied is praise (the pack's not_let_down_forms); a shop that drops the form reads a complaint
    assert "complaint_no_apology" not in _audit(plain, PRAISE)
    assert "complaint_no_apology" in _audit(without, PRAISE)


def test_an_auditor_without_the_lists_still_audits():
    aud = Auditor("jd")
    aud.config = ConversationConfig.from_dict({k: v for k, v in aud.config.raw.items() if k not in CONV_WORD_LISTS})
    # (no denial form left: the complaint word is read as it stands)
    assert "complaint_no_apology" in _audit(aud, PRAISE)


def test_the_lexicon_remembers_publicly():
    lex = Lexicon({"thanks": ["谢谢"]})
    assert lex.remembered.get("好的谢谢") is None
    got = lex.labels("好的谢谢")
    assert got == {"thanks"} and lex.remembered.get("好的谢谢") is got


# ---------------------------------------------- a check passed over for a newer need (followup_missed; 004: 查询要回复结果)
def _followup(aud: Auditor, turns) -> bool:
    return "followup_missed" in _audit(aud, turns + [("customer", "嗯"), ("agent", "多谢支持，再见啦")])


HELD = [
    [("customer", "这款挂烫机能挂在浴室门后吗"), ("agent", "您好，请问门板有多厚呢"), ("customer", "大概四公分，木门"),
     ("agent", "门挂的尺寸我得核对下，找同事问问，请稍等"), ("customer", "行，另外发什么快递"),
     ("agent", "一般发韵达快递，江浙两天左右到")],
    [("customer", "这款床垫能做一米三的吗"), ("agent", "能定做，请问要多厚的"), ("customer", "二十公分左右"),
     ("agent", "这个厚度的工期要跟工厂核实一下，请稍等"), ("customer", "行，另外包不包安装"), ("agent", "安装免费，师傅上门装")],
    [("customer", "这个沙发能送上楼吗"), ("agent", "可以的，请问几楼，有电梯吗"), ("customer", "七楼，没电梯"),
     ("agent", "没电梯的话要问下师傅，请稍等"), ("customer", "行吧，顺带问下能换灰色吗"), ("agent", "灰的仓库里有，能换")],
]


@pytest.mark.parametrize("turns", HELD)
def test_a_check_passed_over_for_a_newer_need_is_missed(auditors, turns):
    assert _followup(auditors[0], turns)


BACK = ["问过同事了，四公分的木门可以挂", "查到了，二十公分的十天左右能发出", "问过师傅了，七楼走楼梯也能送，加五十搬运费"]


@pytest.mark.parametrize("k", range(len(HELD)))
def test_a_check_that_comes_back_later_is_kept(auditors, k):
    assert not _followup(auditors[0], HELD[k] + [("customer", "好的"), ("agent", BACK[k])])


def test_a_newer_answer_that_brings_the_result_too_is_kept(auditors):
    turns = HELD[1][:-1] + [("agent", "工厂说这个厚度十天能做好；安装也是免费的")]
    assert not _followup(auditors[0], turns)
