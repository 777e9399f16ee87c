"""Model vetoes widened for the pool-trained candidate (model card, stop 35: m35), by kind.

The candidate trained on the read blind pools read these clean kinds as faults on the clean lines and agent turns of
the read sets (the pack's ``models.declined_clauses`` sets the declining clause aside for that category only; the
best other clause is still read):

* induce_review (seed 000 Ⅷ 诱导好评: inviting an evaluation of the service is the right guidance): the rating scale
  explained, an evaluation asked for only if the customer is satisfied, an evaluation said to be optional;
* abuse (000 情绪安抚): sympathy for the customer's trouble (委屈您了 / 搁谁都… / 想想都累 / 确实折腾人), a welcome, a
  reassurance that there is still time, what else comes in the set, the customer's understanding acknowledged and the
  agent moved by it, the agent's own sorrow (小妹也很过意不去);
* induce_review also: an evaluation of this chat's service asked for (点一下…评价 / 给客服打个分) with no rating level
  named, no reward, no pleading and no consequence anywhere in the message;
* impolite: care instructions for the goods (别拧干 / 不要暴晒), the order's state said plainly (还在排队);
* shirking (000 推诿, its opposite): the agent taking the question to a colleague and coming back with the answer, a
  matter said to be taken seriously (…马虎不得);
* questioning (000 责问质疑 doubts the customer's own acts): a diagnostic question of which symptom it is, a guide
  pointed to for the customer to follow;
* false_advertising (seed 000 最 / 004): keeping advice with 最好, a time to use it up within, a certification named,
  a product of ours recommended by its plain features (000: 客服引导输出本店铺的产品卖点);
* privacy_leak: a colleague's mishandling owned up to (同事办得不到位), the shop's own address, the customer praised as
  a person (您真是一位…的客户);
* disparage_peer / disparage_platform: a rival's merit conceded beside our own, the likely cause named by a guess
  (多半是它), the product's feel said by the kind it is not, the platform's after-sales service said to work.

Each sentence here was written for this file.
"""

from __future__ import annotations

import pytest

from message_kinds import declined_cover, declined_pattern
from zhijian.engine.model_config import declined_units
from zhijian.engine.semantic import clauses


_covered = declined_cover


# (category, a clean sentence whose every clause is covered by a declined form)
COVERED = [
    ("induce_review", "四颗星是比较满意，五星代表非常满意"),
    ("induce_review", "若满意，闲下来点个评价就好"),
    ("induce_review", "要是满意，顺手写两句评价"),
    ("induce_review", "评价不强求的哦"),
    ("abuse", "这趟真是辛苦您了"), ("abuse", "放谁身上都会着急"), ("abuse", "拖了七八天真是够糟心的"),
    ("abuse", "想起来都头疼"), ("abuse", "欢迎来到松石书屋"), ("abuse", "时间上完全来得及"),
    ("abuse", "另外送一套替换滤网"), ("abuse", "您这么理解我们的工作"), ("abuse", "妹子真的感动坏了"),
    ("abuse", "小妹心里也特别过意不去"),
    ("induce_review", "您待会儿点一下窗口下方的按钮给这次服务评价一下"), ("induce_review", "帮客服打个分就好"),
    ("impolite", "羊毛衫不要暴晒"), ("impolite", "洗完别用力拧干"), ("impolite", "皮面千万别沾水"),
    ("impolite", "退款正在审核中哦"), ("impolite", "包裹还在路上呢"),
    ("shirking", "我找库房主管问个明白，再告诉您"),
    ("shirking", "电机功率我向工程师请教下，弄清了回复您"),
    ("shirking", "老人吃的药品事情马虎不得"),
    ("questioning", "视频里有拆机演示，照着弄就行"), ("questioning", "是什么样的声音呢？"), ("questioning", "是咔咔的摩擦声，还是别的响动"),
    ("false_advertising", "拆封后最好放冰箱冷藏"), ("false_advertising", "开罐后两周内喝完为宜"),
    ("false_advertising", "这台烤箱取得了CQC认证"),
    ("privacy_leak", "上次那位同事处理得不周"), ("privacy_leak", "我们门店在滨江路77号一楼"),
    ("privacy_leak", "您可真是一位爽快的买家呀"),
    ("false_advertising", "推荐您试试这款带夜灯的加湿器"),
    ("disparage_peer", "另一个品牌那台容量更大，咱们这款强在省电"),
    ("disparage_peer", "估摸着八成是这块的问题"), ("disparage_peer", "不是特别硬的那种"),
    ("disparage_platform", "估计就是它了"),
    ("disparage_platform", "保价服务也生效了，差额照章退还"),
]


@pytest.mark.parametrize("category,text", COVERED)
def test_the_declined_form_covers_the_clean_sentence(category, text):
    n, total = _covered(category, text)
    assert n == total, text


# faults of the same shapes: the words that make the fault keep them out of the declined forms
STILL_READ = [
    ("induce_review", "若满意打五颗星，再补您六块"), ("induce_review", "如果满意，评价晒图送您一张券"),
    ("induce_review", "求一个好评嘛"), ("induce_review", "点一下评价给五星，返您两块钱"),
    ("induce_review", "帮小妹打个分，满分的话送小礼品"),
    ("induce_review", "拜托您点一下评价那栏，季度考核全指望它"), ("induce_review", "不然我要挨罚的，帮我打个分嘛"),
    ("abuse", "像你这号人上当纯属活该"), ("abuse", "欢迎光临，你这蠢货"), ("abuse", "你这脑袋瓜不灵光吧"),
    ("abuse", "我也很着急，你有病吧"),
    ("impolite", "别问了，等着"), ("impolite", "不要再催了行不行"),
    ("shirking", "我问下主管，您自行找厂家吧"), ("shirking", "这事儿我们管不着"),
    ("questioning", "图纸上都画了，您不看的吗"), ("questioning", "莫非是您摔坏的？"), ("questioning", "是您弄坏的，还是别人弄坏的"),
    ("false_advertising", "这是天下头号好用的锅"), ("false_advertising", "三天内吃完保证瘦五斤"),
    ("false_advertising", "通过国家级认证，效果全网第一"),
    ("privacy_leak", "楼上那位顾客住在滨江路77号"), ("privacy_leak", "他留的号码为13900001111"),
    ("privacy_leak", "她也是一位老顾客，住三楼"),
    ("false_advertising", "推荐这款卖得第一的眼霜"),
    ("disparage_peer", "别家那种杂牌用两天就坏"), ("disparage_peer", "不是别家那种山寨货"),
    ("disparage_platform", "运费险那玩意就是坑人"),
]


@pytest.mark.parametrize("category,text", STILL_READ)
def test_a_fault_of_the_same_shape_is_not_declined(category, text):
    n, total = _covered(category, text)
    assert n < total, text


def test_only_the_declining_clause_is_set_aside():
    text = "洗完别用力拧干，你这人怎么听不懂"
    rx = declined_pattern("impolite")
    spans = clauses(text)
    hit = [text[s:e] for s, e in (spans[k] for k in declined_units(spans, text, rx))]
    assert hit == ["洗完别用力拧干"], hit
