"""Disguises derived at load time (zhijian/engine/disguise.py): generators, guards, bounds, offsets."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhijian import Inspector
from zhijian.engine import disguise
from zhijian.engine.disguise_guards import LEFT, RIGHT, cuts_word, edge_words, framed, guarded_edges
from zhijian.engine.packs import compose
from zhijian.engine.rules import PackError, parse_rule
from zhijian.engine.ruleset import Ruleset


def test_initials_exact():
    assert disguise.initials("支付宝") == ("zfb",)
    assert disguise.initials("小红书") == ("xhs",)
    assert disguise.initials("淘宝") == ("tb",)
    assert disguise.initials("苏宁") == ("sn",) and disguise.ambiguous_initials("sn")  # also a serial number
    assert disguise.initials("卧槽") == ("wc",) and disguise.ambiguous_initials("wc")  # also a toilet
    assert not disguise.ambiguous_initials("zfb")
    assert disguise.initials("某宝") == ()  # 某 stands for a name already
    assert disguise.initials("亲") == ()  # one letter is no evidence
    assert disguise.initials("1号店") == ()


def test_mixed_exact():
    assert set(disguise.mixed_pinyin("淘宝")) == {"taobao", "tao宝", "淘bao"}
    assert set(disguise.mixed_initials("淘宝")) == {"t宝", "淘b"}
    assert set(disguise.mixed_initials("微信")) == {"w信", "微x"}


def test_homophones_change_two_and_skip_the_word():
    forms = disguise.homophones("傻逼")
    assert "杀比" in forms and "杀笔" in forms
    # a grammatical character as a replacement (倪没) asks for a frame where it matches
    assert all(disguise.needs_frame("你妹", f) for f in disguise.homophones("你妹") if "没" in f)
    assert "傻逼" not in forms
    assert all(len(f) == 2 and (f[0] != "傻" or f[1] != "逼") for f in forms)


def test_homophones_one_change_only_where_the_rest_carries_the_word():
    assert "傻笔" in disguise.homophones("傻逼")  # 傻 is uncommon: 傻笔 is no ordinary text
    assert "垃鸡" in disguise.homophones("垃圾")
    assert "尼妈" in disguise.homophones("你妈")
    # a kept grammatical character stands next to anything (你马上, 其他码): those forms ask for a frame;
    # a kept particle is never enough (码的 of 验证码的)
    assert "你马" in disguise.homophones("你妈") and disguise.needs_frame("你妈", "你马")
    assert all(disguise.needs_frame("他妈", f) for f in disguise.homophones("他妈") if f[0] == "他")
    assert not [f for f in disguise.homophones("妈的") if f[1] == "的"]
    assert not disguise.needs_frame("傻逼", "傻笔")
    forms = disguise.homophones("支付宝")
    assert "支父宝" in forms  # a change inside the word
    assert "支付保" in forms and "枝付宝" in forms  # a changed end: the matcher checks it cuts no word
    assert "至付堡" in forms  # two changes keep one character
    assert "弱至" in disguise.homophones("弱智") and "桃宝" in disguise.homophones("淘宝")  # a common kept character
    assert not [f for f in disguise.homophones("死不要脸") if sum(a != b for a, b in zip(f, "死不要脸")) > 2]


def test_homophones_never_a_real_word_nor_a_particle_and_grammatical_ones_framed():
    _, real = disguise._phrase_data()
    for w in ("白痴", "傻逼", "支付宝", "拼多多", "废话", "死不要脸", "他妈"):
        forms = disguise.homophones(w)
        assert forms and not [f for f in forms if f in real]
        assert not [f for f in forms if any(c in disguise.PARTICLES and c not in w for c in f)]
        grammatical = [f for f in forms if any(c in disguise.FUNCTION_CHARS and c not in w for c in f)]
        assert all(disguise.needs_frame(w, f) for f in grammatical)
    assert "都笔" in disguise.homophones("逗逼") and disguise.needs_frame("逗逼", "都笔")
    assert "百尺" not in disguise.homophones("白痴")
    assert all(disguise.everyday(c) for f in disguise.homophones("拼多多") for c in f)


def test_homophones_partial_keeps_a_character():
    for w in ("国美", "淘宝", "唯品会", "小红书"):
        for f in disguise.homophones_partial(w):
            assert any(a == b for a, b in zip(f, w)), (w, f)
    assert "果妹" in disguise.homophones("国美") and "果妹" not in disguise.homophones_partial("国美")


def test_guarded_edges():
    assert guarded_edges("他妈", "他码") == LEFT | RIGHT  # two characters: any two syllables of running text
    assert guarded_edges("支付宝", "支付保") == RIGHT  # only a changed edge
    assert guarded_edges("唯品会", "唯拼会") == 0  # a change inside: 唯拼会上 is 唯拼会 + 上
    assert guarded_edges("蘑菇街", "默孤街") == LEFT


def test_cuts_word():
    words = frozenset(["马上", "清楚", "升级", "保证", "其他"])
    assert cuts_word(words, "他马上就到", 0, 2)  # 他|马上
    assert cuts_word(words, "其他马", 1, 3)  # 其他|马
    assert cuts_word(words, "说明清楚升级", 3, 5)
    assert not cuts_word(words, "你这个楚升", 3, 5)
    assert not cuts_word(words, "支付保证金", 0, 3, LEFT)  # the end is not guarded
    assert cuts_word(words, "支付保证金", 0, 3, RIGHT)
    lexicon = edge_words()
    assert {"麻烦", "如果", "马上", "清楚"} <= lexicon  # pypinyin's phrases and COLD's word pairs
    assert "楚升" not in lexicon and "的人" not in lexicon


@pytest.mark.parametrize("text,s,e,ok", [
    ("少来这套，rh", 5, 7, True), ("RH，自己看", 0, 2, True), ("你是不是fh啊", 4, 6, True),
    ("真是F H，这都不懂", 2, 5, True), ("去sn上搜", 1, 3, True), ("在SN下单", 1, 3, True),
    ("SN码在机身背面", 0, 2, False), ("SN：12345", 0, 2, False), ("今天fh吗", 2, 4, False),
    ("卫生间WC标识", 3, 5, False), ("LG HD 显示器", 3, 5, False), ("别在这nm了", 3, 5, False),
])
def test_framed(text, s, e, ok):
    assert framed(text.lower(), s, e) is ok


def test_emoji_exact():
    table = {"狗": ("🐶",), "妈": ("🐴", "🐎")}
    assert set(disguise.emoji_forms("狗东", table)) == {"🐶东"}
    assert set(disguise.emoji_forms("你妈", table)) == {"你🐴", "你🐎"}
    assert disguise.emoji_forms("淘宝", table) == ()


@pytest.mark.parametrize("word", ["支付宝", "死不要脸", "拼多多", "傻逼", "你妈的", "蘑菇街", "长没长脑子"])
def test_no_word_explodes(word):
    for g in disguise.TEXT_GENERATORS:
        bound = disguise.HOMOPHONES_MAX_FORMS if g.startswith("homophones") else disguise.MAX_FORMS
        assert len(disguise.GENERATORS[g].func(word)) <= bound


def test_ruleset_bound():
    """The jd ruleset's literal words (the automaton's patterns) stay bounded.

    What the bound protects: the derived disguise forms (27,140 of the 34,525 words; homophones 24,275) must not run
    away, and every word is paid for by a batch process's Aho-Corasick build (``Ruleset.find``; ``zhijian check`` looks
    short texts up directly and never builds it), by the pickled ruleset each process loads and by the compile's memory.
    Measured at stop 38 (helper r38; main 34,998 words vs 35,207, alternately, three runs each, 2 cores, load ~2):
    automaton build min 34.8-36.1 vs 31.8-34.6 ms, compile 1.04-1.19 vs 1.01-1.17 s, compile tracemalloc peak 29.0 vs
    29.3 MiB, pickled ruleset 3,247 vs 3,284 KiB; 1,000 / 5,000 random extra words cost +8 / +46 ms of build and
    +0.2 us a message of scan.  Two hundred words are not measurable, so the bound is a tripwire for the generators, not
    a budget: stop 38 made room by kind instead of raising it (破系统 / 破玩意 left the disguised curse rule for a rule
    of their own without disguise: ~700 derived forms nobody writes; the fresh22 rules' words +228).

    Stop 42 split the one total into what it guards: the derived forms (the generators' growth, 27,139 at stop 42) keep
    a tight tripwire, and the lexicon's own words (trigger, exception and qualifier words written in the packs, 7,859 at
    stop 42) a budget of their own with room for a few stops of rules.  Under one total, rules written since stop 38 put
    their exception words into lookarounds and five clean readings were left undone (test_precision_r41b's
    KNOWN_OLDER) to stay under a bound that was never meant as a budget for them.
    """
    rs = Ruleset(compose("jd"))
    words = sum(rs.disguised.values())
    rules = sum(1 for r in rs.rules if r.disguise)
    assert rules >= 5
    assert words <= 60 * disguise.HOMOPHONES_MAX_FORMS * rules  # bounded per word and rule
    # ~30,200 after stop 26's two rule rounds, 32,020 after stop 30's four (new rules' own words; the derived forms are
    # bounded above): growth is the lexicon's, not the generators'
    # 33,276 after pool 34's eighteen rules (their own words again; no rule of that round opts into disguise)
    # 33,998 after stop 32's pool rounds; ~34,070 after its sweep (t11t2: platform, peer, diversion words, no disguise)
    # 34,291 after pool 39's promise, privacy, advertising and review words (t11ub, no disguise)
    # 34,666 after stop 34's fresh18 words in seven meaning categories (t11aa: six new or widened rules, no disguise)
    # 34,783 with the same stop's fresh18 kinds of abuse / impolite / questioning / shirking (t11ab, trigger words, no disguise)
    # 34,525 after stop 38 (r38): the fresh22 kinds' words (+228) and 破系统 / 破玩意 out of the disguised curse rule (-701)
    # 34,565 after r38b's fresh22 leftovers (+40: peer, platform, promise and trigger words; no disguise)
    # 34,764 after stop 39 (r39): the fresh23 kinds' words (+199: trigger, exception and vocabulary words, no disguise;
    # an orange piece of software is a regex of jd.diversion.platform_colour, not a disguised platform word)
    # 34,945 after stop 40 (r40): the fresh24 kinds (+181: trigger, exception and qualifier words of sixteen new rules
    # and a dozen widened ones, no disguise; long phrases kept in regexes, e.g. 不出(?:任何)?问题)
    # 34,983 after stop 41 (r41): the fresh25 kinds (+13: trigger, exception and qualifier words; most new rules are regexes
    # alone, gated by the words their regexes need, which are no automaton words)
    # 34,998 after r41b's precision fixes (+5 / -3: exceptions and a qualifier; the rest written as lookarounds in regexes)
    # 35,027 at stop 42 (7,888 own + 27,139 derived) with c42 (+2: 第一首曲 / 第一首歌 of adlaw's ordinal units; -1: 天花板级别, a
    # pattern holding the pattern 天花板级) and the exceptions of the five clean readings r41b had left (+28)
    # 36,131 after stop 50 (m50: 27,145 derived + 8,986 own): the fresh34 kinds' words; 屮 for 草 and 小红书 masked as 某书
    # are rules of their own without disguise (in the disguised curse and platform lists they derived ~180 forms)
    # 36,145 after stop 51 (m51: 27,145 derived + 9,000 own): the fresh35 kinds' words, most kinds written as regexes gated
    # on their own literals (no words) and exceptions as lookarounds; the cap is not raised
    assert words <= 28_000  # the generators' tripwire (27,139 at stop 42)
    # 36,172 after stop 52 (m52: 27,145 derived + 9,027 own): the fresh36 kinds' trigger, exception and qualifier words
    # (+27: 吹出声 / 笑出声 / SC调 … as insult exceptions, 就是慢 / 慢得 / 太慢了 as left_hanging's qualifiers, 市面上的 / 某某 as
    # peers, 好评后 / 写个满意 / 再寄 / 谢礼 for review rewards, 破算法 / 抽得狠 / 没活路 of the platform, 没招 / 干不了, 第一课 …; the peer judgments are
    # regex-only).  Measured (compose + Ruleset of jd, ZHIJIAN_CACHE=off, 2 cores, median of 5, two alternating runs):
    # 1.444 / 1.453 s at 9,000 own words vs 1.442 / 1.492 s at 9,023 — within run-to-run noise; the cap rises to 9,400
    # (room for a few stops of such words, ~3 ms of build by the +1,000 = 8 ms measure), the total cap is unchanged
    # 36,228 after stop 53 (m53: 27,152 derived + 9,076 own): the fresh37 kinds' trigger, exception and qualifier words (+49:
    # 先发 / 先传 … of common.questioning.sent_first, 挑好听 … of common.review.content_dictated, 打5分, 甩我v, 扣我, 售后审核,
    # 扣得狠 / 喝西北风 of the platform, 当垃圾扔 / 再滚开 as exceptions …; the peer judgments and most kinds regex-only); the
    # derived forms +7 are 殿堂级's pinyin mixes (common.false_ad.absolute already opts in); the cap is not raised
    # 36,277 after stop 54 (m54: 27,154 derived + 9,123 own): the fresh38 kinds' trigger, exception and vocabulary words
    # (+42: 漂白过 / 硼砂 / 拼凑的 / 一受潮就 … of the peer judgments, 对面直播间 / 市面上好多 as peers, 乱搞 / 打发要饭 of the
    # platform, 东家 near it, 报我名字 gating common.promise.regardless, 烧滚 / 不出声 / 根据公司规定 as exceptions, the
    # trigger words of the new rules that need an unless); most kinds are regex-only; +2 derived are emoji forms of words
    # added to lists a rule already opting in reads (no new rule opts in); the cap is not raised
    # 36,304 after stop 55 (m55: 27,154 derived + 9,150 own): the fresh39 kinds' vocabulary, trigger and exception words
    # (+27: 坑惨 / 店大欺客 / 吃相难看 / 被它坑 of the platform, 那套算法 near it, 服气 gating common.abuse.wits, 降压效果 …
    # of adlaw.medical, 单位是N·m … as insult exceptions, 被平台薅 … as common.abuse.belittled exceptions, the trigger words
    # of the new rules that need an unless: 碰不了 / 搞不懂 / 不太懂 / 范围, 不合口 / 不对味 / 不喜欢, 包票); XX店 … as
    # jd.diversion.platform exceptions were peer words already; most kinds are regex-only; no derived form added (no new
    # rule opts in, no word added to a disguised list); the cap is not raised
    # 36,333 after stop 56 (m56: 27,154 derived + 9,179 own): the fresh40 kinds' trigger and exception words (+29: the
    # trigger words of the new rules that need an unless — 保证 / 包您 … of common.promise.outcome_vouched, 网上 / 群里 … of
    # common.abuse.data_exposure_threat, 一大串 / 准话 / 一个钟头 … of common.impolite.others_waiting, 尾号 / 家住 … of
    # common.privacy.another_buyers_digits —, 出厂价是 of common.privacy.internal_price, 不可能吧 as a bare_dont_know exception,
    # tm跟你 / tm说 … as jd.diversion.platform exceptions); most kinds are regex-only; no derived form added (no new rule
    # opts in, no word added to a disguised list); the cap is not raised
    # 36,357 after stop 57 (m57: 27,154 derived + 9,203 own): the fresh41 kinds' exception, qualifier and gate words (+24:
    # 多滚 / 滚几遍 … as common.abuse.gun exceptions, 不知道您是 … as common.shirking.dont_know exceptions, 私聊 as a price-cut qualifier, 叫我们怎么 … gating
    # common.questioning.reproach, 打低了 gating common.review.score_stakes, 亲这智商, 签收 / 上门 near common.promise.assured,
    # 哪位大聪明 as a contempt exception, 补补脑子吧 … as adlaw.medical exceptions); every new rule is regex-only, its
    # exceptions written as lookarounds (no new trigger or unless entry: test_batch_core's distinct entries stay under 1,000);
    # no derived form added (no new rule opts in, no word added to a disguised list); the cap is not raised
    # 36,369 after stop 58 (m58: 27,154 derived + 9,215 own): the fresh42 kinds' trigger, qualifier and exception words (+12:
    # 不卖你了 / 不卖给您了 … as common.shirking.refuse triggers, 不拍拉倒 / 不要拉倒 of common.impolite.phrases, 天发出 / 天寄出 /
    # 天发货 near common.promise.certain_outcome, 谁知道真的 / 谁知道是真是假 / 谁知道真假 as common.shirking.dont_know exceptions);
    # every new rule is regex-only, its exceptions written as lookarounds (no new trigger or unless entry: test_batch_core's
    # distinct entries stay at 998); no derived form added (no new rule opts in, no word added to a disguised list); the cap
    # is not raised
    # 36,375 after stop 59 (m59: 27,154 derived + 9,221 own): the fresh43 kinds' exception and unless words (+6: 付，宝 …, one
    # literal once compacted, as jd.forbidden_address.nickname exceptions, 能多放 of common.promise.extra_gift, 跟您说绝对 /
    # 和您说绝对 / 给您说绝对 of common.false_ad.absolute, 脑瘫 with four insult words already in the lexicon as
    # common.impolite.scorn_sticker's unless); every new rule is regex-only or gated by params.needs (test_batch_core's
    # distinct entries 999, under 1,000); no derived form added (no new rule opts in, no word added to a disguised list);
    # the cap is not raised
    # 36,385 after stop 60 (m60: 27,154 derived + 9,231 own): the fresh44 kinds' trigger and exception words (+10: 出厂也就
    # of common.privacy.internal_price, 一眼没 / 一眼都没 / 一眼也没 / 一个字都没 / 一个字也没 / 一页都没 triggering
    # common.questioning.report_doubted, 抽奖的中奖 / 抽奖的名单 / 抽奖结果 as common.review.reward exceptions); every new
    # rule is regex-only, its exceptions written as lookarounds (test_batch_core's distinct entries stay at 999: zz / sb as
    # common.impolite.scorn_sticker's unless would have made a new latin-edged entry, 1,000, and were left out); no
    # derived form added (no new rule opts in, no word added to a disguised list); the cap is not raised
    # 36,387 after stop 61 (m61: 27,154 derived + 9,233 own): the fresh45 kinds' exception and trigger words (+2 new literals:
    # 终身免费换 / 终身包退 as adlaw.absolute exceptions beside 终身包换, a word already in the lexicon — a swap for life is the
    # promise's term —; 整套 / 全套 triggering common.privacy.internal_file were in the lexicon already); every new rule is
    # regex-only, its exceptions written as lookarounds, and the peer judgments gated by params.needs (test_batch_core's
    # distinct entries stay at 999); no derived form added (no new rule opts in, no word added to a disguised list); the
    # cap is not raised
    # 36,389 after stop 62 (m62: 27,154 derived + 9,235 own): the fresh46 kinds' exception words (+2: 本身有 / 平台规定 as
    # common.promise.if_fails_replaced's unless — a redo for the goods' own flaw after the platform's rule is cited is no
    # favour); the thirteen new rules are regex-only, their exceptions written as lookarounds (test_batch_core's distinct
    # entries stay at 999); no derived form added (no new rule opts in, no word added to a disguised list); the cap is not
    # raised
    # 36,389 after stop 63 (m63: 27,154 derived + 9,235 own, unchanged): the fresh47 kinds add no literal (差评 as
    # common.promise.private_sweetener's unless was in the lexicon already); the ten new rules are regex-only, their
    # exceptions written as lookarounds, and the words added to existing rules' params.needs are plain substring gates, no
    # automaton pattern (test_batch_core's distinct entries stay at 999); the cap is not raised
    # 36,389 after stop 64 (m64: 27,154 derived + 9,235 own, unchanged): the fresh48 kinds add no literal (只长 as an
    # exception of common.abuse.insult is a same-sound form of 智障 the automaton held already); the eleven new rules are
    # regex-only, and the words added to vocab peer_judgments are read by regexes only (test_batch_core's distinct entries
    # stay at 999); the cap is not raised
    # 36,389 after stop 65 (m65: 27,154 derived + 9,235 own, unchanged): the fresh49 kinds add no literal; the twenty-seven
    # new rules are regex-only, their exceptions written as lookarounds, and the widened rules (if_fails_replaced,
    # out_of_our_hands, try_it_yourself, sent_elsewhere, platform_by_slang, singled_out, outcome_pledged, durability)
    # were widened in their regexes only (test_batch_core's distinct entries stay at 999); the cap is not raised
    # 36,391 after stop 66 (m66: 9,237 own, 36,390 / 9,236 at its start): one exception word, 绝对星等 of
    # common.false_ad.absolute (an astronomer's term); the twenty-five new rules are regex-only, the widened rules
    # (durability, lifetime_unfailing, ask_them_instead, scroll_up, left_hanging, blame_returned, if_fails_replaced,
    # own_money, sneer_more, factory_works_cost) were widened in their regexes only, and adlaw's copy of quoted_reporters
    # feeds the quoted filter, no automaton (distinct entries stay at 999); the cap is not raised
    # 36,396 after stop 67 (m67: 9,242 own, 36,391 / 9,237 at its start): five exception words (踏实等着吧 / 安心等着吧 /
    # 放心等着吧 of common.impolite.phrases, 返xj of common.abuse.insult, 那边的价保 of common.disparage.peer_judged; 小作坊 as
    # common.shirking.dont_know's unless was in the lexicon already); the twenty-two new rules are regex-only and the
    # widened rules (wits_worrying, i_compensate, worth_the_fuss) were widened in their regexes only (distinct entries
    # stay at 999: app那边 as peer_judged's unless would have made a new latin-edged entry, 1,000, and was left out); the
    # cap is not raised
    # 36,418 after stop 68 (m68: 9,264 own, 36,396 / 9,242 at its start): exception and unless words of existing rules (她是故意 …
    # of common.abuse.mockery, 隔壁区 / 隔壁小区 … of common.disparage.peer_wide, 谁知道你要 … of common.shirking.dont_know,
    # 坑卖家 / 偏向买家 … of common.impolite.scorn_sticker, the rank words 独一份 / 国宝级 … of common.promise.durability and
    # years_no_fault, most of them in the lexicon already); 去死 left common.abuse.death's words for a regex rule of its own
    # (common.abuse.go_die, 去死皮 / 去死茧 no curse); the nineteen new rules are regex-only and the widened rules (dont_ask_me,
    # decades_unworn, offline_cheaper, absolute_outcome, masked_brand_tested, wits_worrying, story_doubted, own_doing,
    # sneer_more, proof_or_nothing, other_desk) were widened in their regexes only (distinct entries stay at 999); the cap is
    # not raised
    # 36,431 after stop 69 (m69: 9,277 own, 36,418 / 9,264 at its start): unless and exception words of existing rules (堪忧 /
    # 弱智 / 回炉重造 / 笑死我了 / 废话 of common.questioning.phrases — the insult beside it read alone —, 那家 / 别家 / 他们家 /
    # 他们的 / 小作坊 of common.impolite.scorn_sticker, 哪知道你要 … of common.shirking.dont_know, 特别处 / 分别处 of
    # common.disparage.peer, most of them in the lexicon already); the twenty-four new rules are regex-only and the widened
    # rules (dont_ask_me, report_doubted, personal_pledge, content_dictated, out_of_our_hands, qin_homophone) were widened
    # in their regexes only (distinct entries stay at 999); the cap is not raised
    assert len(rs.literals) - words <= 9_400  # the lexicon's own words (7,859 at stop 42): +1,000 cost ~8 ms of build
    assert len(rs.literals) < 37_000


@pytest.fixture(scope="module")
def jd():
    return Inspector("jd", models=False)


@pytest.mark.parametrize("text,span,rule", [
    ("去TB搜一下同款", "TB", "jd.diversion.platform"),
    ("加我Z.F.B转账", "Z.F.B", "jd.diversion.platform"),
    ("t宝上搜店名", "t宝", "jd.diversion.platform"),
    ("某🐱旗舰店有券", "某🐱", "jd.diversion.platform"),
    ("🐶东又改规则了", "🐶东", "jd.disparage_platform.jd"),
    ("你真是个杀笔", "杀笔", "common.abuse.insult"),
    ("蠢🐷一个", "蠢🐷", "common.abuse.insult"),
    ("今年最🔥的款", "最🔥", "common.false_ad.absolute"),
    ("你就是个傻bi", "傻bi", "common.abuse.insult"),
    ("尼妈，爱买不买", "尼妈", "common.abuse.insult"),
    ("废hua少说", "废hua", "common.abuse.nonsense"),
    ("至付堡扫码付款也行", "至付堡", "jd.diversion.platform"),
    ("聚化算有活动", "聚化算", "jd.diversion.platform"),
    ("你真是弱至", "弱至", "common.abuse.insult"),  # one change next to a common kept character
    ("在桃宝下单", "桃宝", "jd.diversion.platform"),
    ("在恬帽下单也行", "恬帽", "jd.diversion.platform"),  # a name with both characters changed
    ("少来这套，fh", "fh", "common.abuse.nonsense"),  # ambiguous initials in a frame
    ("你是不是NM啊", "NM", "common.abuse.insult"),
    ("去SN上搜一下同款", "SN", "jd.diversion.platform"),
    ("WC，系统又卡了", "WC", "common.uncivil.curse"),
    ("说了多少遍了，他马", "他马", "common.abuse.insult"),  # a kept grammatical character, in a frame
    ("你是不是都笔啊", "都笔", "common.uncivil.curse"),  # a grammatical replacement, in a frame
])
def test_disguises_found(jd, text, span, rule):
    fs = [f for f in jd.check(text) if f.rule == rule]
    assert [f.match for f in fs] == [span]


@pytest.mark.parametrize("text", ["2TB固态硬盘", "这款移动硬盘是2 TB的", "5G手机", "3M胶带", "RZ-2000型号",
                                  "USB-C接口", "SN码在机身背面", "马上给您发货🐴", "这款很🔥",
                                  "支付保证金会原路退回", "支付包括银行卡和余额", "其他码数都有货", "你马上就能收到",
                                  "您麻烦提供一下单号", "如果妹子有空会回您", "FH编号的配件已发出",
                                  # same-sound forms that cut an ordinary word; ambiguous initials outside a frame
                                  "说明清楚升级给专员", "他马上就到", "请提供验证码的截图", "请提供SN码", "SN：请看机身背面",
                                  "今天fh吗", "亲，rh退货呢", "这款DB值很低", "4 NM工艺",
                                  # grammatical same-sound forms outside a frame; a kept particle
                                  "这个他马上处理", "价格都比别家低", "您可以选大一个码的", "是他吗？"])
def test_guards(jd, text):
    assert not [f for f in jd.check(text) if f.category in ("diversion", "abuse", "uncivil", "false_advertising")]


def test_same_sound_forms_count_only_written_together(jd):
    # 楚升 reads as 畜生; 楚，升 is two words across a comma; the listed word itself still bridges separators
    assert [f.match for f in jd.check("你这个楚升") if f.category == "abuse"] == ["楚升"]
    assert not [f for f in jd.check("楚，升的东西到了") if f.category == "abuse"]
    assert [f.match for f in jd.check("你这个畜，生") if f.category == "abuse"] == ["畜，生"]
    assert not [f for f in jd.check("支，父，宝扫码") if f.category == "diversion"]
    assert [f.match for f in jd.check("支，付，宝扫码") if f.category == "diversion"] == ["支，付，宝"]


def test_unknown_generator_refused():
    raw = {"id": "x.y", "category": "abuse", "severity": "critical", "message": "m", "suggestion": "s",
           "patterns": ["傻逼"], "disguise": ["soundex"]}
    with pytest.raises(PackError, match="disguise"):
        parse_rule(raw, "packs/x.yaml")


def test_active_switch_turns_generators_off():
    disguise.ACTIVE = frozenset()
    try:
        rs = Ruleset(compose("jd"))
    finally:
        disguise.ACTIVE = None
    assert set(rs.disguised) <= {"mixed_pinyin"}  # pinyin: true stays on (the older spelling)


_FORMS = ["🐶东", "TB", "杀笔", "蠢🐷", "t宝", "最🔥"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_FORMS), st.text(alphabet="，。 好的您\u200b🐴2-", max_size=4)), max_size=8))
def test_offsets_exact(parts):
    insp = Inspector("jd", models=False)
    text = "".join(parts)
    for f in insp.check(text):
        assert text[f.start:f.end] == f.match
        assert 0 <= f.start < f.end <= len(text)
    assert insp.check_many([text])[0] == insp.check(text)
