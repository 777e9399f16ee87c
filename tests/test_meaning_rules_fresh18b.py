"""Fresh18 read (stop 34, issue 11, helper t11ab): kinds of abuse, uncivil, impolite, questioning and shirking the
rules missed, and clean kinds they or the model flagged; several shapes each, hit and clean."""
import pytest

from message_kinds import hit_clean_tests, rule_categories
from zhijian import Inspector

HITS = [
    # impolite: 自己看 after what it points at
    ("jd", "impolite", "保修条款卡片背面自己看吧"),
    ("taobao", "impolite", "亲，洗涤方法吊牌上有，自个儿瞅哈"),
    ("jd", "impolite", "规格参数在商品页，麻烦自行查阅一下"),
    # impolite: the customer's way of writing scolded
    ("jd", "impolite", "您一会儿一句这个一会儿一句那个，谁跟得上"),
    ("jd", "impolite", "一下子发了十几条，让我先回哪条"),
    ("taobao", "impolite", "亲别总刷表情了，看到会回"),
    # impolite: the customer's budget put down; an elder's title as the opening address
    ("jd", "impolite", "就您这点预算，进口款就别看了"),
    ("jd", "impolite", "阿姨，这个按钮要长按三秒"),
    ("jd", "impolite", "大婶您先把电池装反面试试"),
    # questioning: followed the steps, measured at all
    ("generic", "questioning", "真的照视频接线了吗？"),
    ("jd", "questioning", "您是一步步按手册安装的吗"),
    ("jd", "questioning", "买之前脚围量过没？"),
    ("jd", "questioning", "鞋码测过没有"),
    # questioning: the earlier report held against this one; retorts
    ("jd", "questioning", "前几次也说漏发，这回又漏发？"),
    ("jd", "questioning", "您这是要教我怎么当客服？"),
    ("jd", "questioning", "要退多少钱您才肯罢休"),
    ("jd", "questioning", "你倒是说说哪一步错了"),
    ("jd", "questioning", "手机号先报一下，别的先别提"),
    # questioning: the customer guessed to have wired it wrong
    ("jd", "questioning", "是不是安装时把正负极接错了"),
    # abuse: mocked for failing a simple thing; speech mocked; purse mocked
    ("jd", "abuse", "连个蓝牙耳机都不会连，还买什么"),
    ("jd", "abuse", "折叠桌都不会打开还学人家去露营"),
    ("generic", "abuse", "您是听不懂普通话吧，同一句讲第四回"),
    ("jd", "abuse", "说点正常人听得懂的好吗"),
    ("jd", "abuse", "手头没钱就别挑三拣四"),
    ("jd", "abuse", "钱包那么瘪还看大牌"),
    # uncivil: wc opening the message
    ("taobao", "uncivil", "wc😂 这也能寄丢"),
    ("jd", "uncivil", "wc也太离谱，单号录串了，马上改好"),
    # shirking: declined flat, disowned, left to mend it oneself
    ("jd", "shirking", "气味这种主观感受我们就不受理了"),
    ("jd", "shirking", "划痕问题一概不予处理"),
    ("jd", "shirking", "墙面脱落跟我们刷漆没一毛钱关系"),
    ("jd", "shirking", "您先自己拆下来瞧瞧，弄不好再说"),
    ("jd", "shirking", "楼下修车铺补一下胎，十几块的事"),
]

CLEAN = [
    ("jd", "您也可以自己看一眼保修卡，我也给您讲一遍"),
    ("jd", "我自己看了下库存，灰色还剩五件"),
    ("jd", "不好意思您一下子发了好几条，我一条条回复"),
    ("jd", "您这预算选入门款正合适，两款参数我列出来"),
    ("jd", "给阿姨挑的话选大字款，按键也大"),
    ("jd", "脚长量过的话告诉我，替您挑码"),
    ("jd", "之前您说要蓝色，这回确认改成灰色对吧"),
    ("jd", "您教的办法真管用，谢谢"),
    ("jd", "不少人刚开始连个卡扣都装不上，教程马上发过去"),
    ("jd", "家里老人听不懂普通话的话，这款可以切换方言"),
    ("jd", "WC标牌有中英文两种"),
    ("jd", "超过三十天就不受理退换了，这一单没超期"),
    ("jd", "跟我们合作的快递这周都正常派送"),
    ("jd", "按复位键试试，修不好的话我安排上门"),
    ("jd", "宝贝同款的备用滤网也有，需要我发链接"),
    ("generic", "我不清楚是线路还是电机的毛病，得等师傅检测一下，上门不收费"),
]

MODEL_CLEAN = [
    ("generic", "万分抱歉，前头那位同事的登记有差错，这就重新替您核对"),
]


test_hit, test_clean = hit_clean_tests(HITS, CLEAN)


@pytest.mark.parametrize("pack,text", MODEL_CLEAN)
def test_model_clean(pack, text):
    got = [(f.category, f.rule) for f in Inspector(pack).check(text)]
    assert not got, (text, got)
