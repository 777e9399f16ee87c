"""Stop 51 (helper m51, issue 11): message kinds the fresh35 read sets showed missing or wrongly flagged — now right.

Our own sentences, written from what each kind does (never the read sets' wording): for each kind sentences that must
be found and close clean neighbours that must not (``KINDS``), the clean shapes the rules flagged before
(``test_clean_now``), and, by id only, the fresh35 lines each kind set right (``FIXED``: read from the set, judged exact
as benchmarks/line_verdicts.py judges them, rules only and rules + model).
"""

from __future__ import annotations

import pytest

from message_kinds import kind_test, read_lines_exact_test, rule_categories

KINDS = {
    # arbitrary_promise: years without spoiling vouched for, the difference of a later cut paid back by the agent named
    # before it (我把差价…), the refund said to land on the account by a time, a lifetime's free swap
    "promise_paid_or_kept": ("jd", "arbitrary_promise",
                             ["这桶香油搁三年都不会变味", "台扇先拍着，过节便宜了我就把差价补给你",
                              "这笔退款我让出纳今晚就打您卡上", "琴弦断了尽管找我，终身免费给您换新"],
                             ["这桶香油开封后三个月内吃完，别放太久", "降价的话差价按价保规则申请，我把入口发您",
                              "退款预计今晚打到您卡上，以银行到账为准", "退款刚才已经打您卡上了，请查收", "终身免费换这种话我们不敢承诺，质保一年"]),
    # false_advertising: first of the trade in other words, hospital grade, an error of nil, performers' or an
    # orchestra's endorsement
    "rank_implied": ("jd", "false_advertising",
                     ["这款腊肠在圈内算头一号", "这支额温枪是医院级精度", "这台电子秤称重误差为零", "这套竹笛是演奏家专用款",
                      "民乐团指定的松香"],
                     ["电子秤做不到误差为零，标称±2克", "民乐团排练前会统一调音"]),
    # privacy_leak: another buyer and the name on their parcel; what one piece was bought in at
    "privacy_shapes": ("generic", "privacy_leak",
                       ["和您同一栋楼那位也买了米，收货人叫吴秀芬", "这种袜子我们一双才进三块"],
                       ["您这单的收货人是吴女士，对吗？", "这款一周才进一次货，卖完要等"]),
    # disparage_platform: the platform's system blamed as its 毛病, its review process called rotten
    "platform_fault": ("jd", "disparage_platform", ["积分兑换失败，那是平台系统的毛病", "商城那破审核又卡了我们的新品"],
                       ["积分兑换失败不是平台系统的毛病，是我们漏录了", "平台审核一般一天内完成"]),
    # disparage_peer: sugar over the limit, paper so thin it shows through, students duped by the packaging, after-sales
    # known for dragging on
    "peer_run_down": ("jd", "disparage_peer",
                      ["某品牌的酸奶糖分超标", "别家的作业本薄得透光", "那几家的铅笔全靠包装骗小学生", "隔壁那家退款出了名的拖"],
                      ["咱家这款酸奶糖分不超标，配料表可查", "这款作业本纸厚，写字不会薄得透过去", "别家的情况我不了解，咱家售后两天内处理"]),
    # questioning: blamed without checking, the damage asked back as done at home, sort it out and come back, account
    # for it before a refund is talked of, 没往下看吗
    "handling_doubted": ("jd", "questioning",
                         ["台灯不亮？您是没插好就怪灯坏了吧", "到货时还好好的，确定不是狗狗咬破的？", "您先搞清楚要几匹的空调，再来咨询",
                          "裤子缩水是怎么洗的？先讲清楚再谈退", "保质期写在第二张图，拍之前您没往下看吗"],
                         ["您没插好的话灯也不会亮，我教您重插一下", "我确定不是仓库漏发的，出库有称重", "我先弄清楚物流卡在哪，再来回复您",
                          "您先说清楚是哪个尺码，我再帮您查库存", "确定不是质量问题的话，七天内也能无理由退", "只要确定不是人为摔坏的，都能免费换"]),
    # shirking: sent back home to gather the papers, told to look the parcel up themselves or to compare it somewhere
    # themselves, the hotline said not to be the desk
    "sent_back": ("generic", "shirking",
                  ["查不到保修记录，您先回去把保修卡找到了再来", "快递现在在哪，您自己查一下物流吧",
                   "体重秤准不准我们说不好，您去菜市场自己比对吧", "换滤芯不归我这条热线管"],
                  ["不用您自己查物流，到了我短信通知您", "小票找不到也没关系，购买记录我来查", "您回去把保修卡找到了再来也行，我先帮您登记", "菜市场的秤和体重秤精度不同，差一点正常",
                   "这事不归我这条热线管，我帮您转给门店同事"]),
    # abuse: shut out of every purchase, the customer's data (a longer list of it) to be posted, poor and fussy, sent
    # back to school
    "threat_sneer": ("jd", "abuse",
                     ["再这样闹，以后店里的杯子您一个也别想拿到", "再骂一句我就把你手机号和小区名贴网上", "八块钱的发圈还挑颜色，穷讲究",
                      "量杯刻度都看不明白，回去多读几年书吧"],
                     ["这套碗碟一件也别落下，都用气泡膜包好了", "我们包装不是穷讲究，是怕路上磕坏", "孩子回去读书的时候带上这盏台灯"]),
    # impolite: explained already and asked back whether they want to hear it again
    "repeated_scorn": ("generic", "impolite", ["保修条款上周电话里讲过两遍了，还想再听？"],
                       ["保修条款上周讲过一遍，我再给您简单说下重点"]),
    # induce_review: a length with 以上 and a cut taken at once next time; five stars drawn
    "review_reward": ("jd", "induce_review", ["写三十字以上夸夸这款台灯，下回购买直接立减五块", "满意的话给个5🌟吧"],
                      ["三十字以上的评价能帮别的买家挑款，写真实感受就好", "这家酒店评分是5⭐"]),
    # forbidden_address (jd): the pet name after an endearment alone in its clause, 钦 written for 亲
    "address_jd": ("jd", "forbidden_address", ["亲爱的宝宝，雨伞明天到", "钦～雨伞下午发"],
                   ["亲爱的宝宝辅食碗有两种颜色", "老师傅的手艺让人钦佩"]),
    # diversion (taobao): JD as the mall with the dog on its logo
    "dog_mall": ("taobao", "diversion", ["红色小狗头像那个商城上也有我们的店"], ["小狗图案的卫衣有三个颜色"]),
}

test_kind = kind_test(KINDS)


@pytest.mark.parametrize("pack,category,text", [
    # 滚 of a thing rolled up like a spring roll (像滚春卷一样卷紧): a way of rolling, no one driven away
    ("jd", "abuse", "瑜伽垫收的时候像滚春卷一样卷紧"),
    # a string of an instrument counted (第一弦): its place, no rank (adlaw ``ordinal_units``)
    ("jd", "false_advertising", "二胡的第一弦是内弦，调音先调它"),
    # the company's rule named as the reason with help offered (按公司规定…，我可以帮您…): policy stated
    ("generic", "shirking", "不好意思，按公司规定门店不能代收快递，我可以帮您查最近的驿站"),
])
def test_clean_now(pack, category, text):
    assert category not in rule_categories(pack, text), text


# fresh35 lines by id, by kind: exact for the rules alone and with the model once this stop's kinds are in
FIXED = {
    "promise_paid_or_kept": ["f35-m010", "f35-m042", "f35-m275", "f35-h089"],
    "rank_implied": ["f35-m029", "f35-m217", "f35-h039"],
    "privacy_shapes": ["f35-m018", "f35-h092"],
    "platform_fault": ["f35-m148"],
    "peer_run_down": ["f35-m086", "f35-h134", "f35-h153"],
    "handling_doubted": ["f35-m030", "f35-h001", "f35-h007", "f35-h087", "f35-h147"],
    "sent_back": ["f35-m134", "f35-m253", "f35-h142", "f35-h146"],
    "threat_sneer": ["f35-m177", "f35-h011", "f35-h026", "f35-h115"],
    "repeated_scorn": ["f35-h002"],
    "review_reward": ["f35-h082", "f35-h103"],
    "address_jd": ["f35-m115", "f35-h135"],
    "dog_mall": ["f35-h144"],
    # clean lines: 滚 in a simile, 第一弦, 按公司规定 with help offered, the customer's own data read back (model: the
    # privacy_leak declined form closed by 确认无误)
    "clean_now": ["f35-h041", "f35-h064", "f35-h095", "f35-m207"],
}


test_fresh35_line_exact = read_lines_exact_test(FIXED, ("fresh35_messages.jsonl", "fresh35_hard_messages.jsonl"))
