"""Conversation checks at their edges (seeds 000-004), scorecards and the contract shape."""

import datetime as dt

import pytest

from zhijian.audit.auditor import Auditor, is_question
from zhijian.audit.calendar import festival_on, opening
from zhijian.audit.conversation import parse_conversation


@pytest.fixture(scope="module")
def jd():
    return Auditor("jd")


@pytest.fixture(scope="module")
def generic():
    return Auditor("generic")


@pytest.fixture(scope="module")
def taobao():
    return Auditor("taobao")


def chat(*turns, day="2025-03-04", start="10:00:00", **extra):
    """turns: (role, seconds after start, text)."""
    t0 = dt.datetime.fromisoformat(f"{day}T{start}+08:00")
    msgs = [{"role": r, "text": x, "ts": (t0 + dt.timedelta(seconds=s)).isoformat()} for r, s, x in turns]
    return parse_conversation({"id": "c", "messages": msgs, **extra})


CLOSE = "谢谢您的耐心咨询，祝您购物顺利，再见！"


def cats(auditor, conv):
    return {f.category for f in auditor.audit(conv).findings}


def test_exactly_sixty_seconds_is_not_late(jd):
    ok = chat(("customer", 0, "你好，有货吗"), ("agent", 60, "您好，有货的"), ("agent", 70, CLOSE))
    late = chat(("customer", 0, "你好，有货吗"), ("agent", 61, "您好，有货的"), ("agent", 70, CLOSE))
    assert "slow_first_response" not in cats(jd, ok)
    r = jd.audit(late)
    f = [f for f in r.findings if f.category == "slow_first_response"]
    assert f and f[0].turn == 1 and "61 秒" in f[0].message


def test_waiting_counts_from_the_earliest_unanswered_message(jd):
    conv = chat(("customer", 0, "你好"), ("customer", 30, "这个有货吗"), ("agent", 70, "您好，有货的"), ("agent", 80, CLOSE))
    assert "slow_first_response" in cats(jd, conv)  # 70 s after the first message, not 40 s
    later = chat(("customer", 0, "你好"), ("agent", 10, "您好，欢迎光临"), ("customer", 20, "有货吗"),
                 ("agent", 95, "有货的"), ("agent", 100, CLOSE))
    assert {"slow_response"} <= cats(jd, later) and "slow_first_response" not in cats(jd, later)


def test_jd_business_hours_apply_to_first_response_only(jd, generic):
    night = chat(("customer", 0, "你好，有货吗"), ("agent", 100, "您好，有货的"), ("agent", 110, CLOSE), start="23:30:00")
    assert "slow_first_response" not in cats(jd, night)
    assert "slow_first_response" in cats(generic, night)
    r = jd.audit(night)
    assert r.first_response == 100 and r.first_response_counted is False


@pytest.mark.parametrize("start, mismatch", [
    ("11:59:49", False),  # greeting at 11:59:59
    ("11:59:50", True),   # greeting at 12:00:00: no longer morning
    ("23:59:55", False),  # greeting at 00:00:05 the next day
    ("21:40:00", True),
])
def test_good_morning_only_before_noon(jd, start, mismatch):
    conv = chat(("customer", 0, "你好"), ("agent", 10, "早上好！欢迎光临"), ("agent", 20, CLOSE), start=start)
    assert ("greeting_mismatch" in cats(jd, conv)) is mismatch


def test_holidays_follow_the_lunar_calendar(jd, generic):
    assert festival_on(dt.date(2025, 10, 6)).name == "中秋节"
    assert festival_on(dt.date(2026, 9, 25)).name == "中秋节"  # moves with the lunar calendar
    assert festival_on(dt.date(2026, 10, 6)) is None or festival_on(dt.date(2026, 10, 6)).name != "中秋节"
    assert festival_on(dt.date(2026, 2, 17)).name == "春节"
    assert opening(dt.datetime(2026, 9, 25, 15, 0)) == "中秋节快乐"
    plain = chat(("customer", 0, "你好"), ("agent", 10, "您好，请问有什么可以帮您？"), ("agent", 20, CLOSE), day="2026-09-25")
    right = chat(("customer", 0, "你好"), ("agent", 10, "中秋节快乐！请问有什么可以帮您？"), ("agent", 20, CLOSE), day="2026-09-25")
    wrong_day = chat(("customer", 0, "你好"), ("agent", 10, "中秋节快乐！请问有什么可以帮您？"), ("agent", 20, CLOSE), day="2025-09-25")
    spring = chat(("customer", 0, "你好"), ("agent", 10, "新年好！请问有什么可以帮您！"), ("agent", 20, CLOSE), day="2026-02-17")
    for a in (jd, generic):
        assert "greeting_mismatch" in cats(a, plain)
        assert "greeting_mismatch" not in cats(a, right)
        assert "greeting_mismatch" in cats(a, wrong_day)
        assert "greeting_mismatch" not in cats(a, spring)


def test_taobao_has_no_holiday_rule_but_needs_emoji(taobao):
    conv = chat(("customer", 0, "亲在吗"), ("agent", 10, "亲，您好，欢迎光临😊"), ("customer", 20, "有货吗"),
                ("agent", 30, "有的哦"), ("agent", 40, "感谢亲的支持，祝您天天开心，再见👋"), day="2025-10-01")
    r = taobao.audit(conv)
    assert [f.turn for f in r.findings if f.category == "missing_emoji"] == [3]
    assert "greeting_mismatch" not in {f.category for f in r.findings}


def test_system_line_at_the_end_does_not_take_the_last_word(jd):
    conv = chat(("customer", 0, "你好"), ("agent", 10, "您好，欢迎光临"), ("agent", 20, CLOSE), ("system", 25, "对话结束"))
    assert cats(jd, conv) == set()


def test_missing_closing_and_unanswered(jd):
    q = chat(("customer", 0, "你好"), ("agent", 10, "您好，欢迎光临"), ("customer", 20, "能开专票吗？"))
    r = jd.audit(q)
    assert {(f.category, f.turn) for f in r.findings} >= {("unanswered", 2), ("missing_closing", 2)}
    assert r.unanswered
    leave = chat(("customer", 0, "你好"), ("agent", 10, "您好，欢迎光临"), ("customer", 20, "我再看看"))
    assert cats(jd, leave) == {"missing_closing"}
    no_close = chat(("customer", 0, "你好"), ("agent", 10, "您好，已经帮您改好了"))
    assert cats(jd, no_close) == {"missing_closing"}


def test_repeated_reply_ignores_punctuation(jd):
    conv = chat(("customer", 0, "你好"), ("agent", 10, "您好，订单正在配送途中，请您耐心等待"), ("customer", 20, "今天能到吗"),
                ("agent", 30, "您好，订单正在配送途中，请您耐心等待。"), ("agent", 40, CLOSE))
    assert [f.turn for f in jd.audit(conv).findings if f.category == "repeated_reply"] == [3]


def test_thanks_needs_an_answer_in_the_next_agent_block(jd):
    ignored = chat(("customer", 0, "你好"), ("agent", 10, "您好，欢迎光临"), ("customer", 20, "太好了，谢谢你"),
                   ("agent", 30, "请问您还有别的问题需要咨询吗？"), ("customer", 40, "没有了"), ("agent", 50, "祝您万事顺意，再见！"))
    answered = chat(("customer", 0, "你好"), ("agent", 10, "您好，欢迎光临"), ("customer", 20, "好的谢谢"),
                    ("agent", 30, "已为您备注"), ("agent", 35, "不用谢，能帮到您是我们的荣幸"), ("agent", 50, CLOSE))
    assert "thanks_unacknowledged" in cats(jd, ignored)
    assert "thanks_unacknowledged" not in cats(jd, answered)


def test_apology_and_polite_opener(jd):
    sorry = chat(("customer", 0, "你好，刚才发错订单号了，不好意思"), ("agent", 10, "您好，请您重新发一下"), ("agent", 20, CLOSE))
    opener = chat(("customer", 0, "不好意思请问一下，这个有货吗"), ("agent", 10, "您好，有货的"), ("agent", 20, CLOSE))
    assert "apology_unacknowledged" in cats(jd, sorry)
    assert "apology_unacknowledged" not in cats(jd, opener)


def test_suggestion(generic):
    ignored = chat(("customer", 0, "你好"), ("agent", 10, "您好，请问有什么可以帮您！"),
                   ("customer", 20, "建议你们APP加个夜间模式"), ("agent", 30, "目前暂时没有"), ("agent", 40, CLOSE))
    thanked = chat(("customer", 0, "你好"), ("agent", 10, "您好，请问有什么可以帮您！"),
                   ("customer", 20, "建议你们APP加个夜间模式"), ("agent", 30, "非常感谢您提出的宝贵建议，我已记录下来"), ("agent", 40, CLOSE))
    assert "suggestion_unacknowledged" in cats(generic, ignored)
    assert "suggestion_unacknowledged" not in cats(generic, thanked)


def test_complaint_needs_apology_or_empathy(jd):
    cold = chat(("customer", 0, "你们怎么回事，服务太差了！"), ("agent", 10, "您好，请提供订单号"), ("agent", 20, CLOSE))
    warm = chat(("customer", 0, "你们怎么回事，服务太差了！"), ("agent", 10, "您好，实在抱歉让您碰上这种糟心事"), ("agent", 20, CLOSE))
    assert "complaint_no_apology" in cats(jd, cold)
    assert "complaint_no_apology" not in cats(jd, warm)


@pytest.mark.parametrize("agent_turns, bad", [
    (["您好，麻烦拍一下破损的照片，我帮您核实原因", "非常抱歉给您添麻烦了", "您别担心", "已为您登记补发"], False),
    (["您好，麻烦拍一下破损的照片，我帮您核实原因", "非常抱歉给您添麻烦了", "您别担心，情况我记下了"], True),  # no solution
    (["您好，您直接在订单详情里提交退货申请就行", "给您带来不便很抱歉"], True),  # solution first, no cause
    (["您好，麻烦拍一下照片，我帮您核实", "已为您登记补发", "给您带来不便很抱歉"], True),  # apology after solution
    (["您好，请问是哪个位置坏了？非常抱歉给您添麻烦了", "已为您登记维修"], False),  # early apology with the cause check is fine
    (["您好，请问是哪个位置坏了？非常抱歉", "已为您登记维修"], True),  # a bare apology soothes no one (003: 道歉——安抚)
])
def test_aftersales_order(jd, agent_turns, bad):
    turns = [("customer", 0, "你好，到货的花瓶有一个碎了")]
    turns += [("agent", 10 * (k + 1), t) for k, t in enumerate(agent_turns)]
    turns.append(("agent", 100, CLOSE))
    assert ("aftersales_flow" in cats(jd, chat(*turns))) is bad


def test_a_question_about_a_possible_problem_is_not_aftersales(jd):
    conv = chat(("customer", 0, "这件会掉色吗"), ("agent", 10, "您好，正常洗涤不会掉色的"), ("agent", 20, CLOSE))
    assert "aftersales_flow" not in cats(jd, conv)


def test_forced_end(jd):
    forced = chat(("customer", 0, "你好，退款还没到"), ("agent", 10, "您好，非常抱歉，已经在处理"),
                  ("customer", 20, "几天能到？"), ("agent", 30, "我马上要交班了，今天就先到这里，再见"))
    polite = chat(("customer", 0, "你好"), ("agent", 10, "您好，欢迎光临"), ("customer", 20, "好的谢谢"),
                  ("agent", 30, "不客气，先这样吧，祝您生活愉快，再见"))
    assert [f.turn for f in jd.audit(forced).findings if f.category == "forced_end"] == [3]
    assert "forced_end" not in cats(jd, polite)


def test_direct_name(jd):
    bare = chat(("customer", 0, "你好"), ("agent", 10, "王建国，您好，订单已发出"), ("agent", 20, CLOSE), customer_name="王建国")
    polite = chat(("customer", 0, "你好"), ("agent", 10, "王建国先生您好，订单已发出"), ("agent", 20, CLOSE), customer_name="王建国")
    assert "direct_name" in cats(jd, bare)
    assert "direct_name" not in cats(jd, polite)


def test_message_level_findings_carry_their_turn(jd):
    conv = chat(("customer", 0, "你好"), ("agent", 10, "亲，您好，欢迎光临"), ("agent", 20, CLOSE))
    r = jd.audit(conv)
    f = [f for f in r.findings if f.category == "forbidden_address"][0]
    assert (f.turn, f.start, f.end, f.match) == (1, 0, 1, "亲")
    d = r.to_dict()
    assert list(d) == ["id", "score", "findings"]
    assert list(d["findings"][0])[:4] == ["rule", "category", "severity", "turn"]


def test_long_message_is_reported_with_its_turn(jd):
    conv = chat(("customer", 0, "你好"), ("agent", 10, "您好，" + "这款产品的参数说明如下。" * 20), ("agent", 20, CLOSE))
    assert [f.turn for f in jd.audit(conv).findings if f.category == "long_message"] == [1]


def test_scorecard(jd):
    clean = chat(("customer", 0, "你好"), ("agent", 10, "您好，欢迎光临"), ("agent", 20, CLOSE))
    assert jd.audit(clean).score == 100.0
    fatal = chat(("customer", 0, "你好"), ("agent", 10, "您好，加我微信私聊"), ("agent", 20, CLOSE))
    r = jd.audit(fatal)
    assert r.score == 0.0 and r.fatal
    minor = chat(("customer", 0, "你好"), ("agent", 10, "好的，已经帮您改好了"))
    r = jd.audit(minor)
    assert r.score == 100 - 3 - 3  # missing greeting, missing closing


def test_is_question(jd):
    cfg = jd.config  # (the pack's question_or_request forms)
    assert is_question(cfg, "能开专票吗") and is_question(cfg, "几天能到？") and is_question(cfg, "帮我查一下物流")
    assert not is_question(cfg, "我再看看") and not is_question(cfg, "行，就拍小号的")
