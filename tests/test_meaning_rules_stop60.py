"""Stop 60 (helper m60, issue 11): message kinds the fresh44 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), and, by id only, the fresh44 lines each kind set right (``FIXED``: read from the set, judged exact
as benchmarks/line_verdicts.py judges them, rules only and rules + model).
On the start code (c8b7974) 101 of this file's 167 cases fail.
"""

from __future__ import annotations

import pytest

from message_kinds import kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # arbitrary_promise: the refund vouched to land in the customer's account, a trap's catch vouched after one night,
    # the whole price back for the least flaw, a rate off on the side or for a word in the note, money per day late
    "refund_landing_vouched": ("generic", "arbitrary_promise",
                               ["我保证雨衣的钱周五前退到您银行卡", "这笔货款一定明早就转到你的账户"],
                               ["雨衣的钱一般周五前退到您银行卡，以银行为准", "没法保证哪天退到您账户，我帮您盯着"]),
    "catch_vouched": ("generic", "arbitrary_promise",
                      ["捕蟑屋摆一夜，保证能逮住", "蚊香点一晚上准保灭光", "这包鼠药撒一次肯定死光"],
                      ["捕蟑屋摆一夜，一般能逮到一些", "蚊香点一晚上效果因房间而异"]),
    "flaw_full_refund": ("jd", "arbitrary_promise", ["灯串坏一个灯泡，整套都给您退款", "碗边裂一丝，整箱赔"],
                         ["灯串坏了一个灯泡的话拍照发我，按售后流程来办", "整套退款要走平台流程"]),
    "private_markdown": ("jd", "arbitrary_promise",
                         ["您拍完跟我说，我私下帮您少算二十", "付款前跟我说，我私下帮您改个价", "下单留言写“暗号”，我就帮您包邮"],
                         ["店铺满三件打八五折，活动页写着呢", "下单留言写上尺码，我们按留言发货"]),
    "late_paid_wider": ("jd", "arbitrary_promise", ["迟发一天我就返你十块", "晚送半天，我们就赔您一张券"],
                        ["迟发一天的话我帮您按平台规定申请补偿"]),
    # false_advertising: a body effect vouched after weeks, a trouble gone for life, no one can tell it apart, a grade the
    # highest, germs that cannot stick
    "body_effect_vouched": ("jd", "false_advertising", ["拉力绳练满四周，保准练出胸肌", "哑铃坚持练三周，包你练出肌肉"],
                            ["跳绳配合饮食，一个月能看到变化，效果因人而异", "练出肌肉要看训练强度和饮食"]),
    "never_again": ("jd", "false_advertising", ["敷了这款足膜，脚底永远不会再起皮", "泡过这个药包，下半辈子也不再长茧"],
                    ["起皮严重的话建议停用，先咨询医生", "这款足膜一周用一次就够了"]),
    "no_telling_apart": ("jd", "false_advertising", ["这盆假绿萝做得逼真，谁都认不出来", "这副仿真葡萄挂上去，任何人都辨认不出"],
                         ["两种绿色您分不清的话我拍对比图给您", "近看能看出是塑料的叶子，远看很逼真"]),
    "top_grade": ("taobao", "false_advertising", ["亲，这款头盔的防护级别目前最高哦", "亲，这款雨衣防水性能同类中最强哦"],
                  ["亲，防护级别最高能到欧标二级", "亲，这个保险柜防盗等级是B级"]),
    "germs_cannot_stick": ("jd", "false_advertising", ["这块砧板细菌连待都待不住", "这条毛巾病菌都附不上"],
                           ["砧板用完晾干，细菌会少很多", "毛巾勤换勤晒更卫生"]),
    # disparage_peer: frozen goods thawed and sold fresh, recycled stuff, breaking at a drop, masked brands relabelled
    "peer_cheat_more": ("jd", "disparage_peer",
                        ["别人家的鲜虾好些是冻过再解冻的", "市面上卖饭盒的不少是废料压的", "市面上做发夹的摔一下就断",
                         "某米、某为家的充电头用两周就坏"],
                        ["我们的鲜虾是当天捞的，没冻过", "这款杯子掉地上一般不会碎", "某些型号需要单独配充电器"]),
    # disparage_platform: the delay laid on the platform holding it up, its rules cheating both sides
    "platform_blamed_more": ("jd", "disparage_platform", ["钱迟迟没退，都是京东那边扣着", "这平台的政策纯属两头坑"],
                             ["退款还在京东那边审核，我帮您跟进", "平台的政策我发您，买卖双方都适用"]),
    # privacy_leak: the cost as what the factory charges us or what goods leave the works at; another buyer's details sent
    "factory_cost": ("jd", "privacy_leak", ["厂子卖给咱们店的拖鞋是四块一双", "这批伞出厂也就八块"],
                     ["厂子寄给咱们的样品您可以看看", "出厂的日期在包装底部"]),
    "other_buyer_shown": ("jd", "privacy_leak", ["上一位客人的电话截给您，您找他聊聊", "上个买家的手机号截图给你，你自己问他"],
                          ["其他买家用得怎么样，评价区能看到", "别的客人的资料我们不外发"]),
    # induce_review: every star filled for more goods
    "full_stars_gift": ("jd", "induce_review", ["星星全给满，我再多塞您一包纸巾", "五星全点亮，回头给你多发两块抹布"],
                        ["小星星打几颗都随您心意", "五颗星是大家的鼓劲，谢谢"]),
    # questioning: not read at all, true or never done, a fault doubted against the others, the force blamed, whether a
    # small sum is worth the dispute, told to hold their account
    "not_read_or_done": ("jd", "questioning", ["插头图标得很大，你是一眼没瞧吧", "您是真插上电了还是根本没插"],
                         ["说明书挺厚的，没看也没关系，我直接告诉您", "您插上电了吗？指示灯亮的话就是通了"]),
    "only_yours": ("jd", "questioning", ["几千台卖出去，偏偏您这台卡住了？", "十有八九是您太使劲了"],
                   ["偏偏赶上周末，仓库晚了一天，抱歉", "多半是运输时磕到了，我给您补发"]),
    "worth_the_fuss": ("jd", "questioning", ["几块钱的差价，至于反复扯皮吗", "就一个运费，真的有必要这么计较？"],
                       ["差价我帮您走申请，不用担心", "运费这块我来跟快递核对"]),
    "hold_your_words": ("jd", "questioning", ["您别急着描述了，先把录像发我再说"], ["您别急，视频发我，我帮您看"]),
    # abuse: the knack mocked, a class in common sense, the goods weeping at the customer
    "ability_mocked_more": ("jd", "abuse", ["就你这协调感还是别学滑板了", "您先去补个常识课吧", "您这脚型，鞋子见了都得哭"],
                            ["就您这个身高，建议挑大半码", "这款鞋子防滑，雨天穿也放心"]),
    # impolite: told to stop asking or pressing, sent off for other calls
    "stop_asking": ("taobao", "impolite", ["亲，能不能别老催了", "亲，别催啦，轮到你自然就发"],
                    ["亲，想问啥尽管开口，我都在", "亲，别着急，我这就去催仓库"]),
    "other_calls": ("generic", "impolite", ["我这有好多来电在等，你自己研究下"], ["我这有别的来电在等，稍后给您打回去"]),
    # shirking: left to sort it out alone, told to hang up and dial again
    "sort_it_yourself": ("generic", "shirking", ["这是人为弄坏的，你就自行想办法吧", "您挂断再重新拨一次热线"],
                         ["您也可以自行送修，发票留好我给您报", "您别挂断，我给您转过去"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # a past review draw named by its result is no invitation to review
    ("jd", "induce_review", "上个月晒单抽奖结果在店铺首页能看到"),
    # the agent going to argue it out with a third party sends nobody away
    ("jd", "shirking", "少寄的那件我去找仓库理论去，您等我消息"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


# fresh44 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "refund_landing_vouched": ["f44-m168"],
    "catch_vouched": ["f44-m004"],
    "flaw_full_refund": ["f44-h105"],
    "private_markdown": ["f44-m191", "f44-h085"],
    "late_paid_wider": ["f44-h025"],
    "body_effect_vouched": ["f44-m294"],
    "never_again": ["f44-h136"],
    "no_telling_apart": ["f44-m080"],
    "top_grade": ["f44-m100"],
    "germs_cannot_stick": ["f44-h089"],
    "peer_cheat_more": ["f44-m137", "f44-h041", "f44-h024"],
    "platform_blamed_more": ["f44-m190", "f44-m225"],
    "factory_cost": ["f44-m154", "f44-m206"],
    "other_buyer_shown": ["f44-m171"],
    "full_stars_gift": ["f44-m158"],
    "not_read_or_done": ["f44-m145", "f44-h026"],
    "only_yours": ["f44-h056", "f44-h102"],
    "worth_the_fuss": ["f44-h051"],
    "hold_your_words": ["f44-h145"],
    "ability_mocked_more": ["f44-m232", "f44-h022", "f44-h052"],
    "stop_asking": ["f44-m238", "f44-h094"],
    "other_calls": ["f44-h080"],
    "sort_it_yourself": ["f44-h111", "f44-h137"],
    "clean_now": ["f44-m141", "f44-h014"],
}


test_fresh44_line_exact = read_lines_exact_test(FIXED, ("fresh44_messages.jsonl", "fresh44_hard_messages.jsonl"))
