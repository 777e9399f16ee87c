"""Fresh22 leftovers after stop 38 (issue 11, helper r38b): kinds the rules still missed on the read message sets,
and one model over-read.  Every sentence here was written for this file.

Hits, by kind:

* diversion: the WeChat letter cut from its word by an emoji or a symbol (v❤信 / V🌟搜); another platform by its
  colour with a word between (黄色那个网购app);
* uncivil: 卧槽's initials set off by a space before the exclamation (wc 怎么…);
* disparage_platform: the platform loving to mess people about, sucking the sellers' blood; JD's own-run side "over
  there" run down;
* disparage_peer: a big name's price as a brand tax, a rival's repair or return rate, a smell likened to a factory;
  a masked brand's feature "only nice on the poster" or working "as if it were off";
* privacy_leak: the price at the factory gate told as a plain figure; the shop's internal rule book sent whole;
* arbitrary_promise: pests gone for years after one treatment;
* abuse: harm to come passed off as an accident in scare quotes;
* false_advertising: an ordinary food said to lift a child's memory or eyesight.

Clean, by kind: a V-neck or a TV before an emoji; the goods' own colour (橙色那个款); a toilet sign (WC 标识); the
platform's compensation after "sorry to mess you about"; our own low repair rate; what was checked at the factory;
the internal process only named; the pest count said as usual; the customer's own slip in scare quotes; eating
while watching a screen.

Model over-read: the customer sent to read the listing themselves is impolite (the rules'), not shirking.
"""
import pytest

from message_kinds import declined_cover, rule_categories

HITS = [
    ("jd", "diversion", "v🌸信里搜小铺名字"),
    ("jd", "diversion", "老客福利在那边，V⭐搜‘木木小铺’就有"),
    ("jd", "diversion", "红色那个电商软件里有咱家分店"),
    ("jd", "uncivil", "wc 又卡了，等我下哈"),
    ("jd", "disparage_platform", "这个平台总爱折腾人呐"),
    ("jd", "disparage_platform", "说到底是平台在吸卖家的血"),
    ("jd", "disparage_peer", "那些大牌的剃须刀贵出来的全是品牌税"),
    ("jd", "disparage_peer", "别家那款热水壶故障率很高，售后都被问烦了"),
    ("jd", "disparage_peer", "隔壁的凉席拆开臭得跟化工厂似的"),
    ("jd", "disparage_peer", "某为那个风扇也就广告上好看"),
    ("jd", "disparage_peer", "X美的电饭煲保温跟没插一样"),
    ("jd", "privacy_leak", "说句心里话出厂那阵子一套才五十来块"),
    ("jd", "privacy_leak", "店里的售后操作流程拍你一份对照着看"),
    ("jd", "arbitrary_promise", "这次喷完，四年以内也不会再见到白蚁"),
    ("jd", "abuse", "再这么折腾，下次安装师傅“不小心”碰坏点什么我可管不着"),
    ("jd", "false_advertising", "娃天天喝这个奶，成绩跟智力很快就提高了"),
]

CLEAN = [
    ("jd", "这件V领🌟很显瘦"),
    ("jd", "橙色那个款购物车里还能加"),
    ("jd", "WC 标识贴在门上就行"),
    ("jd", "折腾您来回跑过意不去啊，平台补偿我已申请"),
    ("jd", "我们家这款返修率很低，您放心"),
    ("jd", "出厂的时候每台都做过跌落测试"),
    ("jd", "内部流程走完就给您退款"),
    ("jd", "投药后一般半个月内不会再看到蟑螂，还有的话联系我们"),
    ("jd", "您下次再“不小心”拍错颜色也没关系，找我改就行"),
    ("jd", "吃饭时总看手机对视力不好"),
    ("jd", "这批货两年内不会有新款替换"),
    ("jd", "隔壁仓库那批货下午发走"),
]


@pytest.mark.parametrize("pack,category,text", HITS)
def test_hit(pack, category, text):
    got = rule_categories(pack, text)
    assert category in got, (text, got)


@pytest.mark.parametrize("pack,text", CLEAN)
def test_clean(pack, text):
    got = rule_categories(pack, text)
    assert not got, (text, got)


@pytest.mark.parametrize("text", ["商品页都有写，自己看看吧", "说明书上印着呢，自己翻翻呗"])
def test_sent_to_read_the_listing_is_not_shirking_for_the_model(text):
    covered, _ = declined_cover("shirking", text)
    assert covered, text


@pytest.mark.parametrize("text", ["售后件请您自己去找厂家吧", "物流的事您自己查吧"])
def test_shirking_to_someone_else_stays_read(text):
    covered, _ = declined_cover("shirking", text)
    assert not covered, text
