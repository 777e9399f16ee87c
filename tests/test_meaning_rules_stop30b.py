"""General forms of kinds fresh14 still missed without the model (issue 11, stop 30b, helper t11v), one kind each.

Every sentence here was written for this file: none is taken from a frozen set, a dev case or the blind lines (no
six-character stretch of them), and each kind has several shapes.  The rules alone are checked (``models=False``).
Each ``hit`` line must report its category; each ``clean`` line must not (hard negatives with the same words: a cat
or an ant of the goods, a QR code on the product, the customer's own phone, the word 爬 in a product, a colour list).
"""

import pytest

from message_kinds import kind_test

# kind -> (pack, category, hit sentences, clean sentences)
KINDS = {
    # another platform by a part of its name, an emoji for a character, its mascot, its own game or grocery service
    "platform_by_part_jd": ("jd", "diversion", [
        "同款台灯某🍑也能搜到，价钱低一点",
        "某淘那家旗舰店赠品多",
        "咱家猫里也有家旗舰店，去那里领券",
        "这套碗多多上买要便宜不少",
        "差价您走蚂蚁那个付给我就好",
        "多多买菜上也能下这个单",
    ], [
        "猫上火的时候少喂干粮",
        "小猫上楼梯的时候扶一下猫爬架",
        "厨房有蚂蚁的话，蚂蚁药放在灶台边",
        "这款猫砂盆里外都好洗",
        "麻烦您多多上心，尺码量准再拍",
    ]),
    "platform_by_part_taobao": ("taobao", "diversion", [
        "亲，多多里也有咱家小店，那头有券",
        "同款多多上拼更划算哦",
    ], [
        "亲，多多上新，记得收藏店铺哦",
        "亲，有问题多多沟通哈",
    ]),
    # the agent's own WeChat by its letter, the agent's own phone, money sent to the agent, a code of the agent's
    "own_channel": ("jd", "diversion", [
        "尺码的事您加我个人V，实拍图那头给",
        "晚上有急事就打我私人电话",
        "记一下我的个人手机号，出状况直接打",
        "这单钱直接转我，能省下平台的扣点",
        "尾款先付给我，平台上不用再拍",
        "扫下我给的码转账就好",
    ], [
        "您的个人手机号已经加密，别人看不到",
        "客服不方便给私人电话，窗口留言我都能看到",
        "您直接转我们售后组，付款的事他们熟",
        "扫一下吊牌上的码就能查到真伪",
        "个人VIP积分在会员页能查",
    ]),
    # the customer mocked without a swear word
    "mockery_no_swear": ("jd", "abuse", [
        "爬！少来烦我",
        "又来问，赶紧爬吧",
        "这种智商税交得还挺乐呵",
        "您这是缴了智商税还不自知",
        "脑壳里空空的吧，字都不认得",
        "就这点本事，别再来丢人了",
    ], [
        "这款爬行垫是加厚的",
        "我们这款不是智商税，成分表都写着",
        "骑车要戴头盔，保护脑袋最要紧",
        "慢慢练就会了，刚开始学不丢人",
    ]),
    # the platform, its system or a service of it called a sham, its rules 破规则, the blame put on its side
    "platform_contempt": ("jd", "disparage_platform", [
        "商城的客服系统就这德行，您将就一下",
        "京东的运费险纯属幌子",
        "平台的价保基本形同虚设",
        "这种破政策我们也头疼",
        "发票开不出来是平台那头的锅",
    ], [
        "价保并不是噱头，降价了随时能申请",
        "运动员打破规则会被罚，这本书讲得很清楚",
        "这回真不是商城那头的锅，库房少装了一件，马上补",
        "价保要在订单页自己点一下申请",
    ]),
    # a review of a given shape bought with something said later in the sentence
    "review_reward_later": ("jd", "induce_review", [
        "评价写个一百字再配上照片，弄好了截图，给您送只收纳袋",
        "打五个⭐的话，延保多延一年给你",
        "晒图的时候顺带夸夸客服，回头给你返10块",
    ], [
        "评价照实写就好，配件少了给您补寄",
        "不管您怎么评价，坏的都给您补发新的",
        "好评送礼这种我们是不做的，您如实写就行",
    ]),
    # an internal paper of another name sent whole
    "inside_paper_sent": ("jd", "privacy_leak", [
        "仓库内部的盘货台账我整份发您",
        "公司内部的会议纪要我转您一份看看",
    ], [
        "质检报告放在商品页最下面",
        "内部纪要不方便外发，结论我跟您说一下",
    ]),
    # a character sounding like 亲 standing alone as the address, on jd
    "qin_sound_address": ("jd", "forbidden_address", [
        "青，您的快递已经到驿站了",
        "芹芹，订单这边帮您改好了",
        "收到了哈勤～",
    ], [
        "青、灰两个颜色都有现货",
        "这套茶具是天青釉的",
        "钢琴防尘罩有三个尺寸",
        "芹菜榨汁的话选慢速档",
    ]),
}

test_kind = kind_test(KINDS)  # every hit text must report its category, every clean text must not


@pytest.mark.parametrize("pack,text", [
    ("jd", "拼多多里那家旗舰店也是咱们开的"),
    ("jd", "天猫上也开了家店，您搜一搜"),
    ("taobao", "亲，拼多多上买更便宜哦"),
])
def test_full_name_read_once(pack, text):
    """A platform named in full (拼多多上 / 天猫上) is read once, by its name, not again by a part of it."""
    from message_kinds import _rules_only

    rules = [f.rule for f in _rules_only(pack).check(text) if f.category == "diversion"]
    assert len(rules) == 1 and not rules[0].endswith("platform_by_part"), rules
