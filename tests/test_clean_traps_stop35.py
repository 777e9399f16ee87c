"""Clean trap wordings of a blind pool (stop 35, p35), fixed by kind; each kind with faults of the same shape kept.

Rules (zhijian/data/packs/common.yaml):

* the customer's harsh word said back inside quotation marks with a reporter of their words before it (您形容…“…” /
  您在评价里写…『…』): accepting a criticism names it (000 服务基本原则: 虚心接受用户的建议和批评); agreement (您说得对)
  or no reporter keeps the word the agent's (common.uncivil.trash, common.abuse.nonsense; engine: clause_context.QuotedFilter);
* 滚 opening the name of a roller part (滚芯 / 滚棒 / 滚杠 / 滚架) drives no one away (000 辱骂: 滚);
* 知道了 taking an object (知道了具体… / 知道了这些…) is the agent using what it learnt, not the bare curt 知道了 (000);
* a contact app named in a warning that turns the very act down (…叫您加…，千万别添加) sends nobody off the platform
  (000 引流 / 002 三、1; vocab refusal_warnings);
* a review reward said not to be the shop's (…并非本店的活动 / 跟本店无关) induces no review (000 Ⅷ; rewards_disowned);
* the customer's own upload said to show their data (您刚发的截图里…) leaks nobody's (000 泄密 is other people's data);
* the customer's own mood (看您的心情) leaves a free choice to them, no outcome to a whim (000 推诿).

Model vetoes (models.declined_clauses): a diagnostic question opened by its purpose (为了确定…); the shop claiming from
the carrier or maker itself; the customer's not knowing forgiven; a limit of the agent's say with what the agent does
instead; the customer invited to take their time.

Each sentence here was written for this file.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

from zhijian import Inspector
from zhijian.engine.model_config import declined_units
from zhijian.engine.semantic import clauses


@lru_cache(maxsize=None)
def _inspector(pack: str = "jd", models: bool = False) -> Inspector:
    return Inspector(pack, models=models)


def _categories(text: str, pack: str = "jd") -> set[str]:
    return {f.category for f in _inspector(pack).check(text)}


# (pack, category, clean sentence of the kind)
CLEAN = [
    # quoted back
    ("jd", "uncivil", "您形容这回寄来的收纳盒是“垃圾”，这份批评我们认，明早重新发一个"),
    ("jd", "uncivil", "您吐槽赠品做工「垃圾」，确实是品控没把好关，给您换一份"),
    ("taobao", "uncivil", "亲留言讲拉杆箱轮子\"垃圾\"，非常抱歉，新轮组明早寄出"),
    ("jd", "abuse", "您觉得说明书写得像“废话”，这个意见很实在，新版会改得简明些"),
    ("jd", "abuse", "您在评价里写客服回答全是『废话』，抱歉没讲明白，这次我一条条列给您"),
    ("jd", "abuse", "您反馈上次的答复是\"废话\"，是我们没答到点上，我重新核对一遍"),
    # roller parts
    ("jd", "abuse", "粘毛器用久了，滚芯可以单独换"),
    ("jd", "abuse", "按摩器的滚棒拆下来能水洗"),
    ("jd", "abuse", "搬运柜子时在底下垫两根滚杠会省力"),
    ("jd", "abuse", "晾衣的滚架先对准卡槽再推进去"),
    # 知道了 with an object
    ("jd", "impolite", "知道了具体型号以后，我就能帮您查配套的滤芯"),
    ("jd", "impolite", "知道了您家的门宽，我们推荐这款窄边冰箱"),
    ("jd", "impolite", "知道了这些情况，换货单我先替您提交"),
    # a contact app in a warning
    ("jd", "diversion", "陌生号码自称售后，要您加钉钉退差价，千万别添加，有事在此对话框留言即可"),
    ("jd", "diversion", "最近常有电话冒名售后，说要加钉钉退差价，千万别添加"),
    ("jd", "diversion", "短信里说加微信办退款，请勿加，退款只走订单页面"),
    # a review reward disowned
    ("jd", "induce_review", "有人私信说晒图送红包，那不是本店发起的，请别理会"),
    ("jd", "induce_review", "所谓五星返券并非本店的活动，评价如实写就行"),
    ("jd", "induce_review", "外面流传的追评领现金，跟本店无关"),
    # the customer's own upload
    ("jd", "privacy_leak", "您刚发的截图里露出了证件号，先撤回一下，退换用不到它"),
    ("taobao", "privacy_leak", "亲上传的照片里带着家庭住址，为了安全可以删掉"),
    ("jd", "privacy_leak", "您发过来的表里姓名和手机都在，建议删掉，重新发一张只含订单号的"),
    # the customer's own mood
    ("jd", "shirking", "要不要写评价全看您的心情，售后都一样"),
    ("taobao", "shirking", "选哪个颜色看亲心情哈，都有现货"),
    ("jd", "shirking", "晒不晒单看您心情，保修照常"),
]


@pytest.mark.parametrize("pack,category,text", CLEAN)
def test_the_clean_kind_is_not_flagged(pack, category, text):
    assert category not in _categories(text, pack), text


# faults of the same shapes: still flagged by the rules
STILL_FLAGGED = [
    ("jd", "uncivil", "您说得对，这种货就是“垃圾”"),
    ("jd", "uncivil", "您说的没错，那家的东西就是「垃圾」"),
    ("jd", "uncivil", "这“垃圾”快递又拖了三天"),
    ("jd", "abuse", "别再讲“废话”了，退或换选一个"),
    ("jd", "abuse", "您说得对，少说点『废话』行吗"),
    ("jd", "abuse", "再问就滚"),
    ("jd", "abuse", "拿了退款赶紧滚"),
    ("jd", "impolite", "知道了，别催了"),
    ("jd", "impolite", "知道了您别再发了"),
    ("jd", "diversion", "加我微信，千万别加别人的"),
    ("jd", "diversion", "有事加我QQ细聊"),
    ("jd", "induce_review", "打满分送您一个小样"),
    ("jd", "induce_review", "晒图返红包，本店独家"),
    ("jd", "privacy_leak", "给您发张别的买家身份证的照片做参考"),
    ("jd", "privacy_leak", "报名表转给您，大家的证件号都在上面"),
    ("jd", "shirking", "什么时候派送得看快递员的心情"),
    ("jd", "shirking", "退款快慢就看银行的心情"),
]


@pytest.mark.parametrize("pack,category,text", STILL_FLAGGED)
def test_a_fault_of_the_same_shape_is_still_flagged(pack, category, text):
    assert category in _categories(text, pack), text


def _covered(category: str, text: str) -> tuple[int, int]:
    rx = _inspector("jd", True).semantic.declined_clauses[category]
    spans = clauses(text)
    return len(declined_units(spans, text, rx)), len(spans)


# (category, a clean sentence whose every clause is covered by a declined form)
COVERED = [
    ("questioning", "为了确定是哪根线松了"), ("questioning", "为了排查是否插座供电不稳"),
    ("questioning", "为了区分是软件还是硬件故障"),
    ("shirking", "这个照片是给咱们向物流公司索赔用的"), ("shirking", "留着单号方便我们跟厂家那边追责"),
    ("shirking", "破损的部分店里会找承运商理赔"),
    ("shirking", "不会操作也没关系"), ("shirking", "型号记不清也不要紧"), ("shirking", "找不到发票也没事"),
    ("impolite", "您慢慢说"), ("impolite", "慢慢挑就好"), ("impolite", "您可以慢慢考虑哦"),
]


@pytest.mark.parametrize("category,text", COVERED)
def test_the_declined_form_covers_the_clean_sentence(category, text):
    n, total = _covered(category, text)
    assert n == total, text


STILL_READ = [
    ("questioning", "为了搞清楚您是不是摔过它"), ("questioning", "为了确认您是不是故意弄坏的"),
    ("shirking", "您自己找快递那边索赔"), ("shirking", "这种您得去跟厂家交涉"),
    ("shirking", "这事我不清楚也没关系吧"),
    ("impolite", "你自己慢慢看吧"), ("impolite", "慢慢等吧"),
]


@pytest.mark.parametrize("category,text", STILL_READ)
def test_a_fault_of_the_same_shape_is_not_declined(category, text):
    n, total = _covered(category, text)
    assert n < total, text


# a limit of the agent's say: set aside when the sentence goes on to what the agent does instead (002 超出服务范围…
# 坦诚告知，并提供替代解决方案), read when it stops there or sends the customer off
LIMIT_WITH_ALTERNATIVE = ["运费减免我说了不算，我替您申请一下", "这个价我没有权限改，这边帮您问问店长",
                          "赠品加送我做不了主，我给您留意下次活动"]
LIMIT_ALONE = ["退差价我做不了主，您自己找厂家吧", "我没有权限，就这样", "加送赠品我说了不算"]


def _first_clause_declined(text: str) -> bool:
    rx = _inspector("jd", True).semantic.declined_clauses["shirking"]
    return 0 in declined_units(clauses(text), text, rx)


@pytest.mark.parametrize("text", LIMIT_WITH_ALTERNATIVE)
def test_a_limit_with_the_agents_alternative_is_set_aside(text):
    assert _first_clause_declined(text), text


@pytest.mark.parametrize("text", LIMIT_ALONE)
def test_a_limit_alone_is_still_read(text):
    assert not _first_clause_declined(text), text
