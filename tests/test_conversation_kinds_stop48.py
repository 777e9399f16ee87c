"""Issue 12, stop 48 (c48): the kinds behind the chat misses of fresh32_chats (read from this stop), fixed by kind.

* complaints without a complaint word (004: 客户抱怨, owed an apology): how the shop does business reproached with 就 alone
  (你们就这么做生意的？), the shop's own phone line rung and never picked up (打你们客服电话三次都没人接 / 热线一直打不通), the
  shop mocked as gone out of business (还以为你家倒闭了), vexation with a degree word (这流程太闹心了), the one sent not even
  seen (人影都没有), the work scorned as done (这也叫修好了？), the shop's way leaving the customer stuck (你们这样叫我怎么安排),
  the price mocked as a ride (跟坐过山车似的), regret at not waiting (早知道晚几天再买), a wait with no end (遥遥无期) or the
  shop short of its name (完全不像大品牌的作风) — pack
  ``complaint_forms``; the courier ringing the customer's home, 别闹心 / 不糟心, or a neutral question on shipping stay out,
  and so does a thing that keeps not happening said plainly (一直没发货是怎么回事 / 发票一直没收到: an inquiry into the delay,
  001 §物流延迟; pack ``plain_wait_forms``, ``complaint._failure_told``), unless a failure word or anger comes with it;
* a reply that is a stretch of an earlier, longer reply sent again on its own (…，已为您提交核查，结果24小时内短信通知您 →
  已为您提交核查，结果24小时内短信通知您): the same content sent twice (000: 重复发送相同内容; ``repetition._within``);
* a check named with its subject (200克的库存我帮您问一下仓库，请稍等), other questions answered after it and the chat closed
  with no word of the result (``followup._never_spoken_of``), and a held need passed over for newer questions whose
  answers only share the goods' general word with it (镜片) — one shared bigram is no word of the result unless the customer
  carried it on after the hold (修改收货地址 → 修改不成功 → 没修改成功…), two are (``followup._forgotten``); a result said
  before the turn that settled the need (查到了，…) still counts (004: 需要查询的问题要回复结果).  The subject of a named check
  is what the customer asked about before the hold: a bare 稍等，正在为您查询 names nothing;
* an added question where a part can be bought (另外配件在哪个链接买) stays open until a place is named (unanswered; 000 漏回复);
* the option offered named after 那 with no 的 (那黑色吧) is a choice made, no need left open (pack ``decision_forms``);
* a lesson for next time (以后寄回时多加一层防护) is no remedy for the case (aftersales_flow; pack ``next_time_forms``);
* a home service booked in so many words (想约个上门换龙头的服务) is a service bought, no after-sales case (pack
  ``service_booking_forms``).

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.
Each kind has a faulty chat and its clean twin."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-07-02T14:00:00")


_PLAIN = "您好，这款折叠桌的桌腿是碳钢的，承重50公斤，您看看需要哪个尺寸？"
_SORRY = "非常抱歉让您有这样的感受，给您添麻烦了。这款折叠桌的桌腿是碳钢的，承重50公斤，您看看需要哪个尺寸？"


@pytest.mark.parametrize("said,reply,flagged", [
    ("上次买的桌子桌面一压就晃，你们就这么做生意的？", _PLAIN, True),
    ("上次买的桌子桌面一压就晃，你们就这么做生意的？", _SORRY, False),
    ("昨天打你们客服电话打了三次都没人接，还是在线问吧", _PLAIN, True),
    ("昨天打你们客服电话打了三次都没人接，还是在线问吧", _SORRY, False),
    ("你家售后热线一上午都打不通", _PLAIN, True),
    ("前两天找不到你们，我还以为你家倒闭了", _PLAIN, True),
    ("领券领了半天也用不上，这活动规则太闹心了", _PLAIN, True),
    ("领券领了半天也用不上，这活动规则太闹心了", _SORRY, False),
    ("快递员说打我电话没人接，我想问下折叠桌有没有大号的", _PLAIN, False),
    ("你们也这样发顺丰吗，我想问下折叠桌有没有大号的", _PLAIN, False),
    ("朋友说买你家的不糟心，想问下折叠桌有没有大号的", _PLAIN, False),
    ("约好十点来装桌子的师傅到现在人影都没有，我请了假在家等着", _PLAIN, True),
    ("上周换过桌腿今天又晃了，这也叫修好了？", _PLAIN, True),
    ("上周换过桌腿今天又晃了，这也叫修好了？", _SORRY, False),
    ("早知道晚几天再买，这价格跟坐过山车似的", _PLAIN, True),
    ("你们这样叫我怎么安排，我下午还要上班", _PLAIN, True),
    ("价格跟上个月一样吗，我想问下折叠桌有没有大号的", _PLAIN, False),
    ("早知道是这样就好了，我想问下折叠桌有没有大号的", _PLAIN, False),
    ("上周下单的折叠桌一直没发货是怎么回事，订单尾号2231", _PLAIN, False),
    ("上周买的折叠桌，发票一直没收到，订单尾号2231", _PLAIN, False),
    ("上周下单的折叠桌一直没发货，说好的三天内发呢", _PLAIN, True),
    ("上周下单的折叠桌一直没人管，订单尾号2231", _PLAIN, True),
    ("折叠桌补货遥遥无期，完全不像大品牌的作风", _PLAIN, True)])
def test_a_complaint_without_a_complaint_word_is_owed_an_apology(auditors, said, reply, flagged):
    chat = [("customer", said),
            ("agent", reply),
            ("customer", "要大号的，什么时候能发"),
            ("agent", "大号今天下单明天发出，预计两到三天送达，以物流为准。"),
            ("customer", "行"),
            ("agent", "感谢您的支持，祝您周末愉快，下次见～")]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


_LONG = "核对后收货手机号和您说的不一致，这边已经为您提交了物流异常核查，核查结果会在两个工作日内短信通知您。"


@pytest.mark.parametrize("again,flagged", [
    ("这边已经为您提交了物流异常核查，核查结果会在两个工作日内短信通知您。", True),
    ("亲，已经为您提交了物流异常核查，核查结果会在两个工作日内短信通知您。", True),
    ("核查期间包裹如果送到了，您正常签收就可以，我们会同步撤销核查。", False),
    ("短信通知您。", False)])
def test_the_tail_of_an_earlier_reply_sent_again_is_a_repeat(auditors, again, flagged):
    chat = [("customer", "我的包裹显示签收了但我没收到，尾号3305"),
            ("agent", "您好，很抱歉给您带来不便，我马上帮您核对一下。"),
            ("customer", "好"),
            ("agent", _LONG),
            ("customer", "那我的包裹是不是被人冒领了"),
            ("agent", again),
            ("customer", "行吧，那我等短信"),
            ("agent", "给您添麻烦了，有进展我们会第一时间联系您，祝您一切顺利，下次见～")]
    assert ("repeated_reply" in _cats(auditors, *chat)) is flagged


_TEA = "这款是2019年春茶的料，布朗山毛料压的哦🍃 200克的库存我帮您问一下仓库哈，请稍等～"


@pytest.mark.parametrize("later,flagged", [
    ("是熟茶哦亲🌿 现在喝口感偏醇厚，放几年会越来越顺滑～", True),
    ("是熟茶哦亲🌿 200克的仓库说还有库存，现在喝口感偏醇厚～", False)])
def test_a_named_check_never_spoken_of_again(auditors, later, flagged):
    chat = [("customer", "亲，这个饼是哪年的料？200克那款现在有货吗"),
            ("agent", "亲，您好～欢迎光临😊"),
            ("agent", _TEA),
            ("customer", "好的，这个是生茶还是熟茶"),
            ("agent", later),
            ("customer", "行，我晚点再来看看"),
            ("agent", "好的亲，欢迎随时再来，祝您生活愉快💐")]
    assert ("followup_missed" in _cats(auditors, *chat, pack="taobao")) is flagged


@pytest.mark.parametrize("later,flagged", [
    ("双层镜片中间有隔热层，内层还做了防雾涂层，一般不容易起雾哦☔", True),
    ("灰色镜片M码仓库说有现货哦～双层镜片中间有隔热层，一般不容易起雾☔", False)])
def test_a_held_need_passed_over_for_newer_questions(auditors, later, flagged):
    chat = [("customer", "亲 这个骑行风镜有没有灰色镜片的 M码"),
            ("agent", "亲，您好呀～欢迎光临🚴 灰色镜片M码我去仓库帮您看一眼库存哈🙏"),
            ("customer", "好。另外近视能戴吗，我戴框架眼镜的"),
            ("agent", "可以戴的亲😊"),
            ("agent", "这款是内插设计，框架眼镜宽度在14cm以内都能套进去～"),
            ("customer", "那不错，下雨天会不会起雾啊"),
            ("agent", later),
            ("customer", "行 我再看看"),
            ("agent", "好哒亲，有想法随时戳我，祝您骑得开心呀🚲")]
    assert ("followup_missed" in _cats(auditors, *chat, pack="taobao")) is flagged


_ASKED = "好的。我家有地毯，吸得干净吗？另外替换滤芯在店里哪个链接买，有没有两只装？"
_FIRST = "您好，欢迎光临。尘盒建议每次用完就清，滤芯两个月洗一次。"


@pytest.mark.parametrize("opening,first,asked,reply,flagged", [
    ("你好，这款吸尘器的尘盒多久清一次？", _FIRST, _ASKED,
     "可以的，地毯模式吸力会自动加大，长毛短毛地毯都能吸干净。", True),
    ("你好，这款吸尘器的尘盒多久清一次？", _FIRST, _ASKED,
     "可以的，地毯模式吸力会自动加大，长毛短毛地毯都能吸干净。替换滤芯在店铺首页搜“滤芯”就能找到，有两只装的。", False),
    ("你好，我家吸尘器的滤芯用坏了，这个型号的滤芯在哪买", "您好，欢迎光临，请问是哪个型号的吸尘器呢？机身底部有标注。",
     "底部写的是VC-20", "VC-20对应的是店里的通用滤芯，两只装，店铺首页就能看到。", False)])
def test_where_to_buy_asked_as_a_need_of_its_own(auditors, opening, first, asked, reply, flagged):
    """(kind: an added question where a part can be bought, 另外配件在哪个链接买, stays open until a place is named: pack
    ``where_buy_question`` / ``where_buy_words``, ``suits.words_unmet`` for added needs; the same question opening the
    chat, asked back about first, is settled by the place named later)."""
    chat = [("customer", opening),
            ("agent", first),
            ("customer", asked),
            ("agent", reply),
            ("customer", "行吧"),
            ("agent", "感谢您的咨询，祝您周末愉快，下次见～")]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("那黑色吧 我去拍", False), ("行，那大号吧", False), ("那黑色还有货吗", True)])
def test_the_option_named_after_na_is_a_choice_made(auditors, said, flagged):
    """(kind: the option the agent offered named after 那 with no 的, 那黑色吧: a choice made, nothing left open for the
    goodbye to cut off; pack ``decision_forms``)"""
    chat = [("customer", "你好，这款保温杯有几种颜色"),
            ("agent", "您好，欢迎光临。这款有黑色和白色两种，容量都是500毫升。"),
            ("customer", said),
            ("agent", "感谢您的支持，祝您生活愉快，有问题随时联系我们！")]
    cats = _cats(auditors, *chat)
    assert bool({"forced_end", "unanswered"} & cats) is flagged


@pytest.mark.parametrize("last,flagged", [
    ("情况我们已经记下来了，会跟打包的同事反馈，以后维修件寄回时都多加一层防护。", True),
    ("情况我们已经记下来了，这就给您补发一个新的杯盖，以后维修件寄回时都多加一层防护。", False)])
def test_a_lesson_for_next_time_is_no_remedy(auditors, last, flagged):
    """(kind: what the shop will do better from now on, 以后寄出时多加一层防护, names no remedy for this case: pack
    ``next_time_forms``, ``aftersales.NOT_A_REMEDY``; 003 §售后 提供解决方案)"""
    chat = [("customer", "修好寄回来的保温杯，杯盖多了一道裂缝，之前没有的"),
            ("agent", "您好，欢迎光临。方便拍张裂缝的照片给我看看吗？"),
            ("customer", "[图片] 就这"),
            ("agent", "看到了，像是运输时压到的，给您添麻烦了，真的很抱歉。"),
            ("customer", "新买的就这样，心疼"),
            ("agent", "特别理解您的心情。" + last),
            ("customer", "嗯"),
            ("agent", "再次跟您说声抱歉，祝您生活愉快！")]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("asked,flagged", [
    ("你好，卫生间龙头漏水了，想约个上门换龙头的服务", False),
    ("你好，上周在你们家买的龙头收到就漏水，想约个上门换龙头的服务", True)])
def test_a_home_service_booked_in_so_many_words(auditors, asked, flagged):
    """(kind: a home service booked in so many words, 想约个上门换龙头的服务, is a service bought, no after-sales case of goods
    sold, priced or not: pack ``service_booking_forms``, ``services.service_booked``; goods received from the shop keep it)"""
    chat = [("customer", asked),
            ("agent", "您好，这里是安心到家服务中心。麻烦告诉我您的小区地址和方便上门的时间。"),
            ("customer", "幸福里3栋，明天上午行吗"),
            ("agent", "明天上午9点到11点可以安排，师傅出发前会电话联系您。"),
            ("customer", "好的"),
            ("agent", "已为您预约好，感谢您的咨询，祝您一切顺利，下次见～")]
    assert ("aftersales_flow" in _cats(auditors, *chat, pack="generic")) is flagged


# the read chats these kinds were found on (ids only; the sets are frozen): each comes out exact
_FIXED = {"fresh32_chats": ("f32-c009", "f32-c017", "f32-c022", "f32-c023", "f32-c047", "f32-c050"),
          "fresh14_chats": ("f14-c024",), "fresh15_chats": ("f15-c003", "f15-c047"), "fresh16_chats": ("f16-c004",),
          "fresh19_chats": ("f19-c010",), "fresh21_chats": ("f21-c003",), "fresh29_chats": ("f29-c052",),
          "pool32_chats_n35a": ("n35a-c022",), "pool33_chats_n38b": ("n38b-c015",), "pool34_chats_n43b": ("n43b-c003",)}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_of_these_kinds_come_out_exact(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
