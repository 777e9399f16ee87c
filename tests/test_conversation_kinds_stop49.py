"""Issue 12, stop 49 (c49): the kinds behind the chat misses of fresh33_chats (read from this stop), fixed by kind.

* complaints without a complaint word (004: 客户抱怨, owed an apology): a price rise deplored (涨成这样 / 涨得也太狠了), the shop
  called a rip-off (感觉有点坑) or said to set whatever price it likes (反正你们说多少就是多少) — pack ``complaint_forms``; a
  worry that the price may rise, or a hole in the road, stay out;
* a fee waived (服务费给您减免30元) or another worker sent (已经改派了) is a remedy (aftersales_flow; pack ``words.as_solution``);
* 好，我去拍 after the agent names the link to order is the customer going to buy, no fetching that keeps the chat waiting:
  the goodbye after it cuts nothing off (forced_end; pack ``customer_hold``: 拍 only with a photo named);
* the customer's own past they cannot recall (我也记不清上次是什么时候换的) asks the agent nothing (pack ``ongoing_forms``);
* a question asking the price is answered by a clause telling a sum (标准间240元), even in a clause about what the customer
  told beside it (``settle``: the pack's ``price_question`` / ``money_words``; seed 000 漏回复);
* a question asking the price answered only by what the work includes, with no sum and no word of the price (换屏多少钱 →
  用的是原厂配件，换完免费除尘), stays open (``beside.no_price``; 000 漏回复);
* the one a booking is made in the name of (预约人李春华) is the customer's full name: called by it bare, the customer is
  addressed by full name (004: 不得直呼顾客姓名; pack ``name_field_words``);
* a check promised in the turn that also offers help (请问有什么可以帮您？周五下午的档期我帮您查一下，请稍等) is a check owed:
  the greeting's offer of help is no wait for the customer's data (``followup.hold_returns``; 004: 需要查询的问题要回复结果).

* a check taken up in the words before the hold (您的订单走哪个仓 | 我去跟仓库同事确认一下) is held; the reply to the customer's
  thanks (不麻烦的，这是我们应该做的) brings no result, nor does 还在核对中 after a chase; a check handed to the stock room or a
  colleague (我让仓库同事看一眼 / 我需要跟库房核对一下) is a hold (followup_missed; 004 需要查询的问题要回复结果);
* a change asked of the order (帮我把颜色换成军绿色) answered only with when it ships stays open (unanswered; pack
  ``change_question`` / ``change_words``).

* from the after-sales pool (pool49_aftersales_n54a): a worry asked as a supposition (会不会解不了锁) and the floor mopped (拖了
  一遍) are no complaint; a no-reason return of the customer's taste (不太喜欢，能退吗) and a trouble the customer cleared by
  their own hand (吹干净就好了) are no after-sales case; the customer's handling blamed before anything is asked is out of order;
  a service bought and not rendered (老师都没上线) opens a case, a remedy only hinted at (后面会看情况给您妥善安排) is none; the
  agent's words echoed in surprise and accepted in the same turn (直接换？行吧) ask nothing.

Every chat and sentence is written for this test from the seeds; none is a sentence of a read set or a dev case.
Each kind has a faulty chat and its clean twin."""

from __future__ import annotations

import pytest

from chat_fixtures import assert_read_chats_exact, conv_categories


def _cats(auditors, *turns, pack="jd"):
    return conv_categories(auditors[pack], turns, start="2026-08-14T10:00:00")


_PLAIN = "您好，这款加湿器的水箱是4升的，静音档30分贝，您看需要白色还是灰色？"
_SORRY = "非常理解您的心情，给您带来不好的感受实在抱歉。这款加湿器的水箱是4升的，静音档30分贝，您看需要白色还是灰色？"


@pytest.mark.parametrize("said,reply,flagged", [
    ("上个月还是199，这个月涨成这样，我想问下加湿器水箱多大", _PLAIN, True),
    ("上个月还是199，这个月涨成这样，我想问下加湿器水箱多大", _SORRY, False),
    ("加湿器涨得也太狠了吧，水箱多大的", _PLAIN, True),
    ("别家都送滤芯，你家不送，感觉有点坑。水箱多大", _PLAIN, True),
    ("别家都送滤芯，你家不送，感觉有点坑。水箱多大", _SORRY, False),
    ("行吧，反正你们说多少就是多少。水箱多大的", _PLAIN, True),
    ("过两天价格会不会涨啊，我想问下加湿器水箱多大", _PLAIN, False),
    ("小区门口路上有个坑，快递放门卫就行，水箱多大的", _PLAIN, False),
    ("这价格涨了没有？我想问下加湿器水箱多大", _PLAIN, False)])
def test_a_price_rise_or_a_rip_off_deplored_is_owed_an_apology(auditors, said, reply, flagged):
    chat = [("customer", said),
            ("agent", reply),
            ("customer", "白色吧"),
            ("agent", "好的，白色今天下单明天发出，预计两到三天送达，以物流为准。"),
            ("customer", "行"),
            ("agent", "感谢您的支持，祝您生活愉快，下次见～")]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("remedy,flagged", [
    ("您先别着急，我已经联系了附近的刘师傅，预计11点前到。这次的服务费给您减免30元，您看这样行吗？", False),
    ("您先别着急，调度已经改派了附近的刘师傅，预计11点前到。", False),
    ("您先别着急，我让调度再催一催。", True)])
def test_a_fee_waived_or_a_worker_sent_instead_is_a_remedy(auditors, remedy, flagged):
    chat = [("customer", "你们这修洗衣机的怎么回事，约的九点，十点半了人还没来，打电话也不接"),
            ("agent", "您好，这边是快修家客服。白等这么久，换谁都着急。麻烦发一下订单号，我马上查一下师傅的情况。"),
            ("customer", "XY0825-1130"),
            ("agent", "查到了，原定的师傅前一单拖了时间，调度没及时通知您，这是我们的疏忽，真的很抱歉，耽误您的安排了。"),
            ("customer", "那现在怎么弄"),
            ("agent", remedy),
            ("customer", "行吧"),
            ("agent", "理解您的心情，师傅出发时会先给您打电话。有任何问题随时找我，祝您生活愉快，下次见。")]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("好，我去拍", False), ("行，那我现在去拍了", False),
                                          ("等一下，我去拍张照片发你", True)])
def test_going_off_to_order_keeps_no_chat_waiting(auditors, said, flagged):
    chat = [("customer", "你好，周六下午能约一次宠物美容吗，泰迪，八斤左右"),
            ("agent", "您好，周六下午两点和四点还有空位，八斤左右的泰迪洗护加修剪是158元。"),
            ("customer", "四点吧，要先交定金吗"),
            ("agent", "需要先付50元定金锁定时段，可以在店铺首页拍“美容定金”链接，麻烦再拍张狗狗毛发的照片给我看看打结情况。"),
            ("customer", said),
            ("agent", "好的，付款后我帮您登记，感谢您的支持，祝您生活愉快，下次见！")]
    assert ("forced_end" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("净水器滤芯要不要换，我也记不清上次是什么时候换的", False),
                                          ("净水器滤芯要不要换，另外保修期还剩多久？", True)])
def test_the_customers_own_past_not_recalled_asks_nothing(auditors, said, flagged):
    chat = [("customer", "你好，在吗"),
            ("agent", "您好，在的，请问有什么可以帮您？"),
            ("customer", said),
            ("agent", "如果出水变慢或者有异味就需要换了，原装滤芯单换是89元。"),
            ("customer", "好的"),
            ("agent", "感谢您的咨询，祝您生活愉快，再见～")]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [
    ("三天寄养按房型分两档：标准间240元、独立间360元，都含每天喂食和铲屎。", False),
    ("三天寄养按房型分两档，都含每天喂食和铲屎，房间都有监控。", True)])
def test_a_price_asked_is_answered_by_a_sum_told(auditors, answer, flagged):
    chat = [("customer", "你好，想咨询猫咪寄养，十月一号送过去，住在杭州西湖区"),
            ("agent", "您好，欢迎咨询萌宠之家～十月一号西湖店还有空房，请问您想寄养几天呢？"),
            ("customer", "三天，价格区间多少"),
            ("agent", answer),
            ("customer", "能每天发个视频吗"),
            ("agent", "可以的，每天晚上会给您发一段猫咪的视频。"),
            ("customer", "好的我先订上"),
            ("agent", "好的，感谢您的信任，祝您假期愉快～")]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("answer,flagged", [
    ("我们用的是原厂配件，换完还会免费给您做一次整机除尘。", True),
    ("换一块原厂屏幕是460元，换完还会免费给您做一次整机除尘。", False),
    ("屏幕在保修期内的话换屏是免费的。", False),
    ("换一块原厂屏幕大概四五百块，具体看型号。", False)])
def test_a_price_asked_and_answered_by_praise_alone_stays_open(auditors, answer, flagged):
    """(kind: 换屏多少钱 answered by what the work includes, no sum and no word of the price — beside the point, 000 漏回复;
    ``beside.no_price``)"""
    chat = [("customer", "你好，平板屏幕摔裂了，换个屏多少钱"),
            ("agent", "您好，欢迎光临数码快修～" + answer),
            ("customer", "修要几天"),
            ("agent", "一般当天就能修好，急用的话可以到店等。"),
            ("customer", "好的"),
            ("agent", "感谢您的咨询，祝您生活愉快，下次见～")]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("called,flagged", [("李春华，周六上午十点师傅可以上门，您看行吗？", True),
                                            ("李女士，周六上午十点师傅可以上门，您看行吗？", False)])
def test_the_name_a_booking_is_made_in_is_the_customers(auditors, called, flagged):
    chat = [("customer", "你好，约周六上午的钢琴调音，预约人李春华，电话尾号2288"),
            ("agent", "您好，欢迎预约琴韵调音服务～请问您家是立式琴还是三角琴？"),
            ("customer", "立式的"),
            ("agent", called),
            ("customer", "行"),
            ("agent", "已为您约好周六上午十点，师傅出发前会电话联系您，感谢您的预约，再见～")]
    assert ("direct_name" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("back,flagged", [(None, True), ("让您久等了，周五下午两点到四点还有空档，给您约这个时间可以吗？", False)])
def test_a_check_promised_beside_the_offer_of_help_is_owed(auditors, back, flagged):
    chat = [("customer", "你好，想约周五下午的上门除螨，两个卧室"),
            ("agent", "下午好，这里是净眠除螨，请问有什么可以帮您？周五下午的档期我帮您查一下，请您稍等。"),
            ("customer", "另外床垫也能一起做吗"),
            ("agent", "可以的，床垫、枕头和沙发都能一起除螨，按件另算。")]
    if back is not None:
        chat += [("customer", "好的"), ("agent", back), ("customer", "可以")]
    else:
        chat += [("customer", "好的")]
    chat += [("agent", "感谢您的来电，祝您生活愉快，下次见！")]
    assert ("followup_missed" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("不麻烦的，这是我们应该做的～顺便问下，您一般几个人用呢？", True),
    ("让您久等了，问到了：西南仓发，成都一般次日就到。顺便问下，您一般几个人用呢？", False)])
def test_a_check_taken_up_is_not_settled_by_courtesy(auditors, reply, flagged):
    """(kind: the check named by the sentence before the hold, 您的订单走哪个仓 | 我去跟仓库同事确认一下, and the reply to the
    customer's thanks, 不麻烦的，这是我们应该做的, brings no result: followup_missed; 004 需要查询的问题要回复结果)"""
    chat = [("customer", "你好，这款折叠椅从哪个仓发货？我在成都"),
            ("agent", "您好，欢迎光临山野户外～这款椅子华东和西南两个仓都有货，您的订单具体走哪个仓，我去跟仓库同事确认一下哈"),
            ("customer", "行，麻烦了"),
            ("agent", reply),
            ("customer", "两个人，露营用"),
            ("agent", "两个人用的话一对椅子刚好，收起来也不占地方。"),
            ("customer", "好的我先加购"),
            ("agent", "感谢您的光临，祝您露营愉快，下次见～")]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("second,flagged", [
    ("非常抱歉耽误您了，财务那边还在核对中，还请您再耐心等一等", True),
    ("让您久等了，财务确认过了，专票可以开，下单时备注税号就行", False)])
def test_still_checking_after_a_chase_is_no_result(auditors, second, flagged):
    """(kind: the check chased, answered 还在核对中, and the chat closed: the result never came, even when the customer gives
    up waiting; followup_missed)"""
    chat = [("customer", "你好，这款碳粉盒能开专票吗，公司报销用"),
            ("agent", "您好，专票这块要财务那边确认开票资质，我帮您问一下，麻烦您稍候片刻"),
            ("customer", "问到了吗？我这边急着报"),
            ("agent", second),
            ("customer", "那行，我先去开会了"),
            ("agent", "感谢您的理解，祝您工作顺利，下次见～")]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("hold,flagged", [("白色款的库存我让仓库同事看一眼。", True), ("白色款的库存是有的。", False),
                                          ("有没有原装配件，我需要跟库房核对一下。", True)])
def test_a_check_handed_to_a_colleague_is_a_hold(auditors, hold, flagged):
    """(kind: the check handed to the stock room or a colleague, 我让仓库同事看一眼 / 我需要跟库房核对一下, in the middle of an
    answer, and the chat closed with no result: followup_missed; pack cue ``agent.hold``)"""
    chat = [("customer", "你好，想买个落地灯，放客厅沙发边上，有白色吗"),
            ("agent", "您好，欢迎光临～沙发边推荐这款落地灯，高1.6米，三档调光。" + hold),
            ("customer", "亮度够看书吗"),
            ("agent", "最高档500流明，看书完全够用，灯头还能转向。"),
            ("customer", "好的，我再看看"),
            ("agent", "好的，感谢您的咨询，祝您生活愉快，下次见～")]
    assert ("followup_missed" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("reply,flagged", [
    ("您的订单目前待出库，一般付款后24小时内发出，预计3天送达。", True),
    ("好的，已经帮您把颜色改成军绿色了，一般付款后24小时内发出。", False),
    ("抱歉，订单已经出库了，改不了颜色，收到后可以申请换货。", False)])
def test_a_change_asked_of_the_order_needs_a_word_on_it(auditors, reply, flagged):
    """(kind: 帮我把颜色从橙色换成军绿色 answered only with when it ships: the change neither done nor refused, unanswered;
    pack ``change_question`` / ``change_words``)"""
    chat = [("customer", "你好，我刚拍了一个保温壶，订单尾号0912"),
            ("agent", "您好，欢迎光临～跟您核对一下，尾号0912的是500毫升保温壶，对吗？"),
            ("customer", "对，麻烦帮我把颜色从橙色换成军绿色"),
            ("agent", reply),
            ("customer", "ok"),
            ("agent", "感谢您的支持，祝您生活愉快，下次见～")]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("冬天手上干的话会不会解不了锁", False), ("冬天手上干就解不了锁，你们这锁也太不靠谱了", True),
                                          ("地板拖了一遍，干净多了，没水印了", False), ("退款拖了三天还没到账", True)])
def test_a_worry_asked_or_a_floor_mopped_is_no_complaint(auditors, said, flagged):
    """(kind: a worry asked as a supposition before buying, 会不会解不了锁, and the floor mopped, 拖了一遍, are no complaint;
    a delay dragged out, 拖了三天, is: ``complaint._supposed``, pack ``service_failure``)"""
    chat = [("customer", "你好，想问下这款指纹锁"),
            ("agent", "您好，欢迎光临～请问想了解哪方面呢？"),
            ("customer", said),
            ("agent", "这款支持指纹、密码和门卡三种开锁方式，电池一般能用8个月左右。"),
            ("customer", "好的"),
            ("agent", "感谢您的咨询，祝您生活愉快，下次见～")]
    assert ("complaint_no_apology" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("收到的花瓶颜色跟图片有点差别，不太喜欢，能退吗", False),
                                          ("收到的花瓶瓶口有道裂纹，能退吗", True)])
def test_a_return_of_taste_is_no_after_sales_case(auditors, said, flagged):
    """(kind: a no-reason return of the customer's taste, 不太喜欢，能退吗, handled by policy: no goods found faulty, no
    after-sales order owed; a fault told still is one; pack ``changed_mind_forms``)"""
    chat = [("customer", said),
            ("agent", "您好，可以退的，签收还没满7天，在订单里点退货退款，提交后系统会给出退货地址。"),
            ("customer", "好的，运费呢"),
            ("agent", "有运费险的话会按运费险理赔。"),
            ("customer", "行"),
            ("agent", "感谢您的支持，祝您生活愉快，下次见～")]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("said,flagged", [("不响了，后面的进风口塞了一团毛絮，我吹干净就好了", False),
                                          ("还是响，风扇那里一直咔咔的", True)])
def test_a_trouble_cleared_by_the_customers_own_hand_owes_no_apology(auditors, said, flagged):
    """(kind: the customer reports a noise and says they cleared it themselves, 吹干净就好了: no fault of the goods, no
    after-sales order owed; pack ``own_fix_forms``)"""
    chat = [("customer", "你好，跟你们说一下，上个月买的取暖器前两天声音特别大"),
            ("agent", "您好，收到您的反馈，请问现在还响吗？"),
            ("customer", said),
            ("agent", "取暖器放在地上容易吸进毛絮，平时可以一两个月用软毛刷扫一下进风口。"),
            ("customer", "嗯好"),
            ("agent", "感谢您的反馈，祝您生活愉快，下次见～")]
    assert ("aftersales_flow" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("first,flagged", [
    ("您好，这种情况多半是洗完还没晾干就收进柜子里了，潮气闷着才会有味道。", True),
    ("您好，请问洗完之后是晾了多久才收起来的呢？", False)])
def test_the_customers_handling_guessed_before_asking_is_out_of_order(auditors, first, flagged):
    """(kind: the customer's handling blamed before anything is asked, 多半是还没晾干就收进柜子里了: 003 §售后 查明原因 first;
    pack ``blame_customer_forms``)"""
    chat = [("customer", "你好，前天你们上门洗的窗帘，今天闻着有股霉味"),
            ("agent", first),
            ("customer", "我是按师傅说的晾了一整天才收的"),
            ("agent", "明白了，那应该是清洗后甩干没做充分，非常抱歉给您带来困扰，请您不用担心，这个能处理好。"),
            ("customer", "那现在怎么办"),
            ("agent", "我们安排师傅明天再上门，免费重新清洗一次并烘干，您看上午还是下午方便？"),
            ("customer", "下午吧"),
            ("agent", "已为您预约明天下午，师傅出发前会电话联系您，祝您生活愉快，下次见。")]
    assert ("aftersales_flow" in _cats(auditors, *chat, pack="generic")) is flagged


@pytest.mark.parametrize("said,flagged", [("啊 直接换？行吧，那旧的怎么寄回去", False), ("直接换？那旧的怎么寄回去", True)])
def test_the_agents_words_echoed_then_accepted_ask_nothing(auditors, said, flagged):
    """(kind: 直接换？ echoing the agent's offer, then 行吧 in the same turn: surprise taken in, no question left; without the
    acceptance it still asks; ``turns._echo_accepted``)"""
    chat = [("customer", "你好，昨天收到的电水壶今天就不加热了"),
            ("agent", "您好，很抱歉给您添麻烦了，请问指示灯还亮吗？"),
            ("customer", "灯不亮了，插别的插座也一样"),
            ("agent", "明白了，应该是温控元件坏了，非常抱歉，您别着急，这台直接给您换一台新的吧。"),
            ("customer", said),
            ("agent", "旧壶装回原包装，新壶送到时快递员会顺便把旧壶取走，不用您另外寄。"),
            ("customer", "好"),
            ("agent", "感谢您的理解，祝您生活愉快，下次见～")]
    assert ("unanswered" in _cats(auditors, *chat)) is flagged


@pytest.mark.parametrize("remedy,flagged", [
    ("这个后面我们会看情况给您妥善安排一下的，您放心。", True),
    ("这两节课给您安排在本周六、周日上午各补一节，课表里已经能看到了。", False)])
def test_a_service_missed_is_a_case_and_a_hinted_remedy_none(auditors, remedy, flagged):
    """(kind: a service bought and not rendered, 这周两节课老师都没上线, opens an after-sales case; a remedy only hinted at,
    后面会看情况给您妥善安排, is none, and no check promised either; packs ``service_missed_forms``, ``vague_remedy_forms``)"""
    chat = [("customer", "你好，孩子报的钢琴网课，这周两节课老师都没上线"),
            ("agent", "您好，麻烦发一下孩子的学员账号和没上成的两节课的时间，我来核对一下。"),
            ("customer", "账号pn2231，周三周五晚上7点"),
            ("agent", "核对到了，是老师临时调班，系统没给孩子重新分配老师，两节课都落空了，真的很抱歉，您别着急。"),
            ("customer", "那这两节课怎么算"),
            ("agent", remedy),
            ("customer", "好吧"),
            ("agent", "感谢您的理解，有问题随时找我，祝您生活愉快，下次见～")]
    cats = _cats(auditors, *chat)
    assert ("aftersales_flow" in cats) is flagged and "followup_missed" not in cats


# the read chats these kinds set right (exact on the conversation categories), by id
_FIXED = {"fresh33_chats": ("f33-c011", "f33-c017", "f33-c019", "f33-c027", "f33-c028", "f33-c036", "f33-c040", "f33-c046"),
          "fresh21_chats": ("f21-c016",), "pool32_chats_n35a": ("n35a-c021",),
          "pool49_followup_n55a": ("n55a-c001", "n55a-c011", "n55a-c019"),
          "pool49_aftersales_n54a": ("n54a-c001", "n54a-c005", "n54a-c007", "n54a-c010", "n54a-c014", "n54a-c017",
                                     "n54a-c021", "n54a-c023")}


@pytest.mark.parametrize("name", sorted(_FIXED))
def test_the_read_chats_of_these_kinds_come_out_exact(auditors, name):
    assert_read_chats_exact(auditors, name, _FIXED[name])
