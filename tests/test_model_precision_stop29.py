"""The model layer's false readings on clean text, by cause (t11q, issue 11 precision).

* a clause that only names the shop's own platform (京东 on a JD shop, masked as 平台) is read for no category;
* the customer's own record read back to be checked declines privacy_leak and diversion (``models.declined``);
* disparage_platform's human-text threshold (the own platform's services named plainly are no complaint).
"""

from __future__ import annotations

import pytest

from conftest import model_categories as _model
from zhijian.engine import semantic


def _model_many(insp, texts):
    return [[f.category for f in fs if f.source == "model"] for fs in insp.check_many(texts)]


# -- a clause that only names the own platform --------------------------------------------------------------

NAMED_ONLY = ["早上好，京东，欢迎咨询", "官方质保，京东，安心选购", "谢谢惠顾，京东！再会",
              "进口直供，京东，多道质检，请安心"]


@pytest.mark.parametrize("text", NAMED_ONLY)
def test_a_clause_only_naming_the_own_platform_is_not_read(jd, text):
    assert "disparage_platform" not in _model(jd, text)


def test_the_batch_path_agrees(jd):
    assert all("disparage_platform" not in c for c in _model_many(jd, NAMED_ONLY + ["好的"]))


def test_name_units_are_only_the_mask_words(jd):
    layer = jd.semantic
    text = "早安，京东，京东那边售后真坑"
    spans = [(0, 2), (3, 5), (6, len(text))]
    assert semantic.name_units(spans, text, layer) == [1]  # the clause with a complaint is still read
    assert layer.unscored_units(spans, text) == [1]


def test_another_platform_is_no_own_name(taobao):
    # on a Taobao shop 京东 is another platform: not masked, so not set aside
    text = "早上好，京东，欢迎咨询"
    assert semantic.name_units([(0, 3), (4, 6), (7, len(text))], text, taobao.semantic) == []


def test_a_complaint_about_the_own_platform_still_fires(jd):
    for text in ["这平台审核动不动卡人，咱们也很无奈", "京东那套条条框框纯属坑商家"]:
        cats = {f.category for f in jd.check(text)}
        assert "disparage_platform" in cats, text


# -- the customer's own record read back to be checked ------------------------------------------------------

OWN_RECORD = [
    "同您核实下：收件人陈先生，尾号7710，鼓楼中山路，对不对？",
    "您的订单留的是星湖街那个地址，手机138****0021，要更改就讲一声",
    "您预留手机为139****8845，这是本人手机吗？",
    "帮您确认下：收货人赵女士，尾号0932，送货地点是否正确？",
    "请您再核实一遍收货资料：南城区，尾号5507，有误我来改",
]
NOT_OWN = [
    "隔壁那位买家号码139****8845，麻烦您跟他联络",
    "上一位顾客住星湖街，尾号0021，我告诉您了",
    "加我私人号138****0021，往后直接找我",
    "其余客户收货资料我已整理好发您",
]


@pytest.mark.parametrize("text", OWN_RECORD)
def test_the_own_record_read_back_declines_leak_and_diversion(jd, text):
    for cat in ("privacy_leak", "diversion"):
        assert jd.semantic.yields(cat, 0, len(text), [], text), (cat, text)


@pytest.mark.parametrize("text", NOT_OWN)
def test_someone_elses_data_or_a_contact_is_not_declined(jd, text):
    for cat in ("privacy_leak", "diversion"):
        assert not jd.semantic.yields(cat, 0, len(text), [], text), (cat, text)


def test_a_refusal_still_declines_a_leak(jd):
    text = "别的顾客资料不方便对外透露哈"
    assert jd.semantic.yields("privacy_leak", 0, len(text), [], text)
    assert not jd.semantic.yields("diversion", 0, len(text), [], text)


# -- disparage_platform's threshold on human text -----------------------------------------------------------

@pytest.mark.parametrize("pack", ["jd", "taobao", "generic"])
def test_disparage_platform_bar_is_the_human_text_one(inspector, pack):
    layer = inspector(pack).semantic
    k = [c.category for c in layer.config.categories].index("disparage_platform")
    assert layer.thresholds[k] == pytest.approx(0.65)
