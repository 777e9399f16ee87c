"""The memos of ``zhijian.audit.memo``: a reading remembered across chats is the one computing it again gives.

The wrappers are the compiled ones (``zhijian/audit/_memo_core.pyx``), the only implementation: a tree without the
extension does not import memo.py (it names ``pip install -e .``), so these tests fail there, never skip.
The chats are written for these tests (none from the dev cases or the benchmark sets).
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from zhijian.audit import _memo_core, memo
from zhijian.audit.auditor import Auditor
from zhijian.audit.chat import Chat
from zhijian.audit.memo import per_sentence, per_text, per_turn

from .conftest import build_conv, tag

TURNS = (("customer", 0, "你好，我买的水壶烧水有异味，怎么处理？"),
         ("agent", 20, "您好，非常抱歉给您带来不便，请问是第一次使用就有味道吗？"),
         ("customer", 40, "对，刚收到就这样"),
         ("agent", 60, "新壶建议先加水煮沸两三次再倒掉，如果还有味道可以给您换一个"),
         ("customer", 80, "好的谢谢"),
         ("agent", 100, "不客气，祝您一切顺心，再见！"))


def _counting(deco, calls: list):
    def fn(chat, x, *args):
        calls.append(x)
        return (len(calls), args)

    fn.__qualname__ = f"counting_{deco.__name__}_{id(calls)}"  # (one memo key per test)
    return deco(fn)


def test_a_sentence_is_read_once_per_config_and_again_for_another(jd, config_with):
    conv = build_conv(*TURNS)
    sentences = tag(conv)
    calls: list = []
    f = _counting(per_sentence, calls)
    s = sentences[0][0]
    one, two = Chat(conv, jd, sentences), Chat(conv, jd, sentences)
    assert f(one, s) == f(two, s) and len(calls) == 1  # the same sentence object in another chat: remembered
    other = Chat(conv, config_with(response_limit=30), sentences)
    f(other, s)
    assert len(calls) == 2  # another config: read again
    copy = dataclasses.replace(s)  # an equal sentence, but not the same object: read again (keyed by identity)
    f(one, copy)
    assert len(calls) == 3


def test_a_turn_with_other_sentences_is_read_again(jd):
    """The same text and labels with other acts (a hand-made tagging) must not get the first reading."""
    conv = build_conv(*TURNS)
    sentences = tag(conv)
    calls: list = []
    f = _counting(per_turn, calls)
    first = f(Chat(conv, jd, sentences), 0)
    assert f(Chat(conv, jd, tag(conv)), 0) == first and len(calls) == 1  # equal sentences: remembered
    changed = dict(sentences)
    changed[0] = [dataclasses.replace(s, acts=("other",)) for s in sentences[0]]
    assert f(Chat(conv, jd, changed), 0) != first and len(calls) == 2
    assert f(Chat(conv, jd, sentences), 0, "x") != first and len(calls) == 3  # other arguments: another reading


def test_the_memos_are_bounded(jd, config_with, monkeypatch):
    monkeypatch.setattr(memo, "MEMO_TEXTS", 3)
    config = config_with(response_limit=31)
    chat = Chat(build_conv(*TURNS), config, {})
    calls: list = []
    f = _counting(per_text, calls)
    for k in range(10):
        f(chat, f"第{k}句")
    assert len(config.__dict__["_text_memo"]) <= 3
    f(chat, "第0句")  # forgotten when the memo was cleared: read again
    assert calls.count("第0句") == 2


def test_a_stand_in_chat_without_config_is_read_every_time():
    class Bare:
        pass

    calls: list = []
    f = _counting(per_sentence, calls)
    f(Bare(), "s")
    f(Bare(), "s")
    assert len(calls) == 2


def test_warm_memos_give_the_results_of_a_fresh_auditor():
    """Chats audited after others (memos full of their turns) get exactly what a fresh auditor gives them."""
    chats = [build_conv(*TURNS, cid="a"),
             build_conv(("customer", 0, "在吗？这个水壶能开发票吗"), ("agent", 90, "可以的，下单时选择开具发票即可"),
                        ("customer", 100, "谢谢"), cid="b"),
             build_conv(("customer", 0, "你们怎么回事，水壶到现在还没发货"), ("agent", 30, "您好，我帮您查一下"),
                        ("customer", 40, "快点"), cid="c")]
    warm = Auditor("jd")
    warm.audit_many(chats[::-1] + chats)
    got = [r.to_dict() for r in warm.audit_many(chats)]
    assert got == [r.to_dict() for r in Auditor("jd").audit_many(chats)]
    assert warm.config.__dict__.get("_turn_memo")  # (the memo was used)


def test_the_decorators_give_the_compiled_wrappers():
    calls: list = []
    for deco, kind in ((per_sentence, _memo_core.PerSentence), (per_text, _memo_core.PerText),
                       (per_turn, _memo_core.PerTurn)):
        f = _counting(deco, calls)
        assert isinstance(f, kind) and f.uncached.__qualname__ == f.__qualname__


def test_the_sentence_and_turn_bounds_are_read_at_each_call(jd, config_with, monkeypatch):
    """The compiled wrappers read memo.py's bounds when called: a test (or a caller) may lower them."""
    conv = build_conv(*TURNS)
    sentences = tag(conv)
    config = config_with(response_limit=32)
    monkeypatch.setattr(memo, "MEMO_SENTENCES", 2)
    monkeypatch.setattr(memo, "MEMO_TURNS", 2)
    chat = Chat(conv, config, sentences)
    calls: list = []
    by_sentence, by_turn = _counting(per_sentence, calls), _counting(per_turn, calls)
    for i in range(len(TURNS)):
        for s in sentences.get(i) or []:
            by_sentence(chat, s)
        by_turn(Chat(conv, config, sentences), i)  # a new chat each time: the config's memo is asked
    assert len(config.__dict__["_sentence_memo"]) <= 2 and len(config.__dict__["_turn_memo"]) <= 2


def test_a_long_turn_is_remembered_for_its_chat_only(jd, monkeypatch):
    monkeypatch.setattr(memo, "MEMO_TEXT_MAX", 5)
    conv = build_conv(*TURNS)
    sentences = tag(conv)
    calls: list = []
    f = _counting(per_turn, calls)
    one = Chat(conv, jd, sentences)
    f(one, 1)
    f(one, 1)
    assert len(calls) == 1  # remembered in its chat
    f(Chat(conv, jd, sentences), 1)
    assert len(calls) == 2  # another chat: read again (longer than MEMO_TEXT_MAX: not kept on the config)


def test_a_tree_without_the_extension_does_not_import_and_says_how_to_build_it():
    """No fallback: memo.py without ``_memo_core`` raises an ImportError naming ``pip install -e .``."""
    code = ("import sys\nsys.modules['zhijian.audit._memo_core'] = None  # as if the extension were not built\n"
            "import zhijian.audit.memo\n")
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=root)
    assert run.returncode != 0
    assert "ImportError" in run.stderr and "pip install -e ." in run.stderr and "_memo_core" in run.stderr
