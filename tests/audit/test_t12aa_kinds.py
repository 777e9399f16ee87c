"""Kinds fixed in task t12aa: the after-sales order read sentence by sentence, goods received said as time since buying,
advice that worked after a remedy offered first, doorstep delivery that is no remedy, the customer's own slip in
typing, a check promised after an answer, a wait thanked for with the result, a named check never reported back, and
a goodbye that looks forward to the visit (seeds 000, 003, 004).  The sentences are written for these tests."""

from zhijian.audit.checks.aftersales import aftersales_flow
from zhijian.audit.checks.closing import closing
from zhijian.audit.checks.followup import followup_missed

HI = "您好呀，这里是晴川小铺～"
BYE = "多谢光顾晴川小铺，祝您万事顺遂，再见！"


# -- aftersales_flow: a remedy named before the cause is looked into, in the same agent turn --------------------------

def test_remedy_sentence_before_the_question_back_in_one_turn_fires(run):
    turns = [("customer", 0, "电动牙刷到手才两天，充满电也开不了机"),
             ("agent", 20, HI + "抱歉抱歉，碰上这事真闹心，别急，新的一支马上给您换。劳驾录段开机的视频过来瞧瞧。"),
             ("customer", 60, "好的"), ("agent", 80, BYE)]
    assert run(aftersales_flow, *turns) == [("aftersales_flow", 1)]


def test_question_back_before_the_remedy_in_one_turn_is_fine(run):
    turns = [("customer", 0, "电动牙刷到手才两天，充满电也开不了机"),
             ("agent", 20, "抱歉抱歉，碰上这事真闹心，别急。充电那会儿底座小灯亮不亮呢？确认后新的一支马上给您换。"),
             ("customer", 60, "灯不亮"), ("agent", 80, BYE)]
    assert run(aftersales_flow, *turns) == []


def test_a_question_of_choice_after_the_remedies_is_no_cause_check(run):
    turns = [("customer", 0, "台灯底座摔裂了"), ("agent", 10, "劳驾拍张底座裂处的图发我"), ("customer", 40, "[图片]"),
             ("agent", 50, "真对不住，害您白费心思，您放心。新底座可以给您再寄一只，也可以给您退款。您觉得哪个好些？"),
             ("customer", 80, "补寄吧"), ("agent", 90, BYE)]
    assert run(aftersales_flow, *turns) == []


# -- aftersales_flow: goods received said as the time since they came or were bought ---------------------------------

def test_time_since_buying_or_receiving_makes_a_fault_a_case(run):
    for said in ("吹风筒买了俩礼拜，今早忽然不出热风了", "吹风筒收到才五天，今早忽然不出热风了", "吹风筒买回来才三天，今早忽然不出热风了"):
        turns = [("customer", 0, said), ("agent", 20, "麻烦自行在售后页点退货，库房验收后退款给您。"), ("agent", 30, BYE)]
        assert run(aftersales_flow, *turns) == [("aftersales_flow", 1)], said


def test_a_price_drop_after_buying_is_no_case(run):
    turns = [("customer", 0, "吹风筒买了俩礼拜就便宜了五十，气人"),
             ("agent", 20, "懂您的不痛快，这笔没出价保期，我替您提价保，差额原路退回"), ("agent", 30, BYE)]
    assert run(aftersales_flow, *turns) == []


# -- aftersales_flow: advice on use that worked, after a return offered first ----------------------------------------

def test_return_offered_before_the_advice_that_worked_fires(run):
    turns = [("customer", 0, "冷风扇买了一周多，今早忽然不出凉风了"),
             ("agent", 20, "您好，麻烦自行在订单页点退货，审过后会派快递取件。"),
             ("customer", 50, "不想退呀，莫非我哪步没弄对"),
             ("agent", 70, "对不住，害您折腾了。底座电源那颗小灯亮着吗？"), ("customer", 90, "亮着"),
             ("agent", 110, "那是水箱的安全开关没扣好，劳驾把水箱推紧听到咔的一声就有凉风了。"),
             ("customer", 150, "推紧了，好了"), ("agent", 160, BYE)]
    assert run(aftersales_flow, *turns) == [("aftersales_flow", 1)]


def test_advice_that_worked_with_no_remedy_first_is_fine(run):
    turns = [("customer", 0, "冷风扇买了一周多，今早忽然不出凉风了"),
             ("agent", 20, "您好，请问底座的电源指示灯亮着吗？"), ("customer", 50, "亮着"),
             ("agent", 70, "那是水箱的安全开关没扣好，劳驾把水箱推紧听到咔的一声就有凉风了。"),
             ("customer", 100, "推紧了，好了"), ("agent", 110, BYE)]
    assert run(aftersales_flow, *turns) == []


# -- aftersales_flow: goods delivered to the door is no remedy; a visit to repair is one -----------------------------

def test_doorstep_delivery_promised_for_next_time_is_no_remedy(findings):
    turns = [("customer", 0, "冻虾刚收到，拆箱一瞧软塌塌的"), ("agent", 10, "劳驾拍张冰袋和虾的图发我"),
             ("customer", 40, "[图片]"), ("agent", 50, "图收到，冰袋确实没冷气了"),
             ("agent", 55, "真对不住，害您空欢喜，别急，下回我们跟快递讲好一定送货上门"),
             ("customer", 90, "哦"), ("agent", 100, BYE)]
    (f,) = findings(aftersales_flow, *turns)
    assert "没有提供任何解决方案" in f.message


def test_a_technician_sent_to_the_home_is_a_remedy(run):
    turns = [("customer", 0, "热水器刚收到，装好后接口老滴水"), ("agent", 10, "劳驾拍张滴水处的图发我"),
             ("customer", 40, "[图片]"),
             ("agent", 50, "真对不住，害您空欢喜，别急，明早派人上门修"), ("customer", 90, "好"), ("agent", 100, BYE)]
    assert run(aftersales_flow, *turns) == []


# -- aftersales_flow: the customer's own slip in typing is no fault of the goods --------------------------------------

def test_the_customers_own_typing_slip_is_no_case(run):
    turns = [("customer", 0, "门牌号能改一下吗"), ("agent", 10, "能改，新门牌号发我就行"),
             ("customer", 30, "3单元"), ("customer", 40, "哎哟对不住，刚刚又发错了，应为4单元"),
             ("agent", 60, "没事儿，门牌已改为4单元"), ("agent", 70, BYE)]
    assert run(aftersales_flow, *turns) == []


def test_the_shop_sending_the_wrong_goods_is_a_case(run):
    for said in ("店家发错了吧，我拍黑的寄来白的", "雨伞给我发错花色了"):
        turns = [("customer", 0, said), ("agent", 10, "给您补寄黑色的"), ("agent", 20, BYE)]
        assert run(aftersales_flow, *turns) == [("aftersales_flow", 1)], said


# -- followup_missed: a check promised after an answer in the same turn -----------------------------------------------

def test_check_promised_after_an_answer_then_forgotten_fires(run):
    turns = [("customer", 0, "这把椅子灰色还有吗"),
             ("agent", 20, HI + "灰款眼下断货，我去问问库房下周能否补上，稍等哈。"),
             ("customer", 50, "行，另外靠背可调倾角吗"), ("agent", 70, "靠背可在三个角度之间调整。"),
             ("customer", 130, "好，那我再逛逛"), ("agent", 140, BYE)]
    assert run(followup_missed, *turns) == [("followup_missed", 1)]


def test_check_promised_after_an_answer_and_reported_back_is_fine(run):
    turns = [("customer", 0, "这把椅子灰色还有吗"),
             ("agent", 20, HI + "灰款眼下断货，我去问问库房下周能否补上，稍等哈。"),
             ("agent", 60, "库房说灰款下周三补上，那会儿下单即可。"), ("customer", 90, "好的"), ("agent", 100, BYE)]
    assert run(followup_missed, *turns) == []


# -- followup_missed: the wait thanked for, with the result beside it, is the return ---------------------------------

def test_result_beside_thanks_for_waiting_in_time_is_fine(run):
    turns = [("customer", 0, "周六上午能安排师傅来装空调吗？安装费多少"),
             ("agent", 20, HI + "安装费一百五；周六师傅的档期我翻下排班表，请稍候。"),
             ("agent", 80, "久等啦～周六全天师傅都空着，您定个钟点？"),
             ("customer", 140, "上午十点"), ("agent", 170, "妥了，周六十点的单已约上，出发前师傅会致电。"),
             ("customer", 200, "好"), ("agent", 210, BYE)]
    assert run(followup_missed, *turns) == []


def test_result_beside_thanks_for_waiting_too_late_fires(run):
    turns = [("customer", 0, "周六上午能安排师傅来装空调吗？安装费多少"),
             ("agent", 20, HI + "安装费一百五；周六师傅的档期我翻下排班表，请稍候。"),
             ("agent", 400, "久等啦～周六全天师傅都空着，您定个钟点？"),
             ("customer", 430, "上午十点"), ("agent", 450, "妥了，周六十点的单已约上，出发前师傅会致电。"),
             ("agent", 460, BYE)]
    assert run(followup_missed, *turns) == [("followup_missed", 1)]


# -- followup_missed: a check that names what it looks into, answered by other advice only ---------------------------

def test_named_check_followed_by_unrelated_advice_fires(run):
    turns = [("customer", 0, "以旧换新时旧机隔多久来收走？"),
             ("agent", 20, "旧机来收的时间我去问下物流那边的排期，晚点答复。"),
             ("customer", 50, "好的谢谢"), ("agent", 70, "品牌型号填进留言栏就行，师傅会核对。"),
             ("customer", 100, "嗯"), ("agent", 110, BYE)]
    assert run(followup_missed, *turns) == [("followup_missed", 1)]


def test_named_check_reported_back_is_fine(run):
    turns = [("customer", 0, "以旧换新时旧机隔多久来收走？"),
             ("agent", 20, "旧机来收的时间我去问下物流那边的排期，晚点答复。"),
             ("customer", 50, "好的谢谢"), ("agent", 70, "物流那边说旧机在新机送达当天顺道收走。"),
             ("customer", 100, "嗯"), ("agent", 110, BYE)]
    assert run(followup_missed, *turns) == []


# -- missing_closing: looking forward to the visit is a goodbye --------------------------------------------------------

def test_looking_forward_to_the_visit_is_a_closing(run):
    for last in ("嗯嗯，周五两点给您留好了，期待见到您和小狗", "登记妥啦，期待您光临小铺"):
        turns = [("customer", 0, "周五午后能约洗牙吗"), ("agent", 10, HI + "周五两点还空着"),
                 ("customer", 30, "那就两点"), ("agent", 40, last)]
        assert run(closing, *turns) == [], last


def test_ending_on_the_booking_alone_has_no_closing(run):
    turns = [("customer", 0, "周五午后能约洗牙吗"), ("agent", 10, HI + "周五两点还空着"),
             ("customer", 30, "那就两点"), ("agent", 40, "嗯嗯，周五两点给您留好了")]
    assert run(closing, *turns) == [("missing_closing", 3)]


# -- aftersales_flow: a report the agent cut off by ending the chat is forced_end's, not a case out of order ------------

def test_report_cut_off_by_the_agents_goodbye_is_left_to_forced_end(run):
    turns = [("customer", 0, "烤箱预热得多长时间"), ("agent", 10, HI + "预热十来分钟即可。"),
             ("customer", 40, "哦。还有，烤箱门玻璃今早裂了一道缝，怎么处理？"),
             ("agent", 60, "嗯，那今儿就到此为止，祝您顺遂，再见！")]
    assert run(aftersales_flow, *turns) == []


def test_report_answered_with_other_matters_only_still_fires(run):
    turns = [("customer", 0, "烤箱预热得多长时间"), ("agent", 10, HI + "预热十来分钟即可。"),
             ("customer", 40, "哦。还有，烤箱门玻璃今早裂了一道缝，怎么处理？"),
             ("agent", 60, "烤盘能进洗碗机洗。"), ("customer", 90, "哦"), ("agent", 100, BYE)]
    assert run(aftersales_flow, *turns) == [("aftersales_flow", 2)]
