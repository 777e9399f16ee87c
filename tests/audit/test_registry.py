"""The check registry: one check per conversation category, pure checks, documented modules."""

from __future__ import annotations

import ast
import copy
import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import zhijian.audit.checks as checks_pkg
from zhijian.audit.chat import Chat
from zhijian.audit.checks import CHECKS
from zhijian.taxonomy import CONVERSATION_CATEGORIES, SEVERITIES

from .conftest import CLOSING, build_conv, tag

MESSAGE_LEVEL_LENGTH_RULE = "long_message"  # a message-level length rule, not a registered check
SPEC = Path(__file__).resolve().parents[2] / "docs" / "spec" / "taxonomy.md"  # our extended copy
SEED_RE = re.compile(r"\b00[0-4]\b")
CHECK_MODULES = sorted(m.name for m in pkgutil.iter_modules(checks_pkg.__path__))

# Chats that together make every check fire at least once, and stay silent somewhere.
CHATS = [
    dict(turns=[("customer", 0, "你好，订单能改地址吗"), ("agent", 20, "您好，我帮您查一下，您稍等"),
                ("customer", 400, "我刚才不是说了吗，订单号已经发过了"), ("agent", 420, "感谢您的耐心，祝您生活愉快，再见")]),
    dict(turns=[("customer", 0, "在吗，我买的台灯坏了"), ("customer", 20, "到底怎么回事，我要投诉"),
                ("agent", 95, "我马上给您安排换货"), ("agent", 100, "我马上给您安排换货"),
                ("customer", 110, "谢谢你，不好意思刚才急了"), ("agent", 200, "李文静，还有别的问题吗"),
                ("customer", 210, "建议你们包装结实一点"), ("agent", 215, "我要下班了"),
                ("customer", 220, "那什么时候能收到？"), ("system", 300, "坐席已结束会话")],
         customer_name="李文静", day="2025-10-01", start="15:00:00"),
    dict(turns=[("customer", 0, "你好"), ("agent", 10, "早上好😊"), ("customer", 20, "这个杯子能装热水吗"),
                ("agent", 25, "可以的，耐高温🙂"), ("agent", 30, CLOSING)],
         start="14:00:00"),
    dict(turns=[("customer", 0, "在吗"), ("agent", 5, "您好，欢迎光临"), ("agent", 9, CLOSING)]),
    dict(turns=[]),
    dict(turns=[("system", 0, "会话已创建"), ("system", 5, "会话已关闭")]),
    dict(turns=[("customer", "有货吗"), ("agent", "有的"), ("customer", "好的谢谢")]),
    # a question passed over and never held (a held one is followup_missed since stop 29, not unanswered)
    dict(turns=[("customer", 0, "这款水杯有蓝色吗"), ("agent", 10, "您好，蓝色有现货"), ("customer", 20, "那寄到新疆运费多少？"),
                ("agent", 30, CLOSING)]),
]


@pytest.fixture(params=["jd", "taobao", "generic"])
def config(request):
    return request.getfixturevalue(request.param)


def chats(config):
    for spec in CHATS:
        kw = {k: v for k, v in spec.items() if k != "turns"}
        conv = build_conv(*spec["turns"], **kw)
        yield Chat(conv, config, tag(conv))


def snapshot(chat: Chat):
    return (list(chat.turns), copy.deepcopy(chat.labels), list(chat.messages), list(chat.agent_turns),
            list(chat.conv.messages), chat.conv.customer_name, copy.deepcopy(chat.config.raw))


def test_every_conversation_category_has_exactly_one_check():
    declared = [c for chk in CHECKS for c in chk.categories]
    expected = set(CONVERSATION_CATEGORIES) - {MESSAGE_LEVEL_LENGTH_RULE}
    for cat in sorted(expected):
        owners = [chk.name for chk in CHECKS if cat in chk.categories]
        assert len(owners) == 1, f"{cat}: declared by {owners}"
    assert len(declared) == len(set(declared))
    assert set(declared) == expected, f"unknown categories: {set(declared) - expected}"


def test_taxonomy_module_matches_the_spec_table():
    assert SPEC.exists(), f"{SPEC} is shipped in the repository (docs/spec/taxonomy.md)"
    text = SPEC.read_text(encoding="utf-8")
    section = text.split("## Conversation level", 1)[1].split("\n## ", 1)[0]
    ids = set(re.findall(r"^\| `([a-z_]+)` \|", section, re.M))
    assert ids == set(CONVERSATION_CATEGORIES)


def test_check_names_are_unique_and_every_module_registers_one():
    assert len({c.name for c in CHECKS}) == len(CHECKS)
    modules = {c.fn.__module__.rsplit(".", 1)[1] for c in CHECKS}
    assert modules == set(CHECK_MODULES)


def test_every_declared_category_has_wording_and_a_known_severity(jd, taobao, generic):
    for cfg in (jd, taobao, generic):
        for chk in CHECKS:
            for cat in chk.categories:
                assert cfg.messages.get(cat), f"{cat}: no message"
                assert cfg.severities.get(cat) in SEVERITIES, f"{cat}: severity {cfg.severities.get(cat)!r}"


def test_checks_report_only_their_declared_categories(config):
    for chat in chats(config):
        for chk in CHECKS:
            for f in chk.run(chat):
                assert f.category in chk.categories, (chk.name, f.category)
                assert f.rule == f"conv.{f.category}"
                assert 0 <= f.turn < len(chat.messages)


def test_the_sample_chats_make_every_category_fire(jd, taobao):
    """So that the purity tests below exercise every check on a chat where it reports something."""
    fired = set()
    for cfg in (jd, taobao):
        for chat in chats(cfg):
            for chk in CHECKS:
                fired |= {f.category for f in chk.run(chat)}
    assert fired == {c for chk in CHECKS for c in chk.categories}


def test_checks_are_pure_and_do_not_mutate_the_chat(config):
    for chat in chats(config):
        before = snapshot(chat)
        first = [chk.run(chat) for chk in CHECKS]
        second = [chk.run(chat) for chk in CHECKS]
        backwards = [chk.run(chat) for chk in reversed(CHECKS)][::-1]
        assert first == second == backwards
        assert snapshot(chat) == before


def test_a_used_chat_and_a_fresh_chat_give_the_same_findings(config):
    for used, fresh in zip(chats(config), chats(config)):
        for chk in CHECKS:
            chk.run(used)
        assert [chk.run(used) for chk in CHECKS] == [chk.run(fresh) for chk in CHECKS]


def test_every_check_function_has_a_docstring():
    for chk in CHECKS:
        assert (chk.fn.__doc__ or "").strip(), f"{chk.name} has no docstring"


@pytest.mark.parametrize("name", CHECK_MODULES)
def test_every_check_module_docstring_cites_a_seed(name):
    mod = importlib.import_module(f"zhijian.audit.checks.{name}")
    doc = ast.get_docstring(ast.parse(Path(mod.__file__).read_text(encoding="utf-8"))) or ""
    assert SEED_RE.search(doc), f"checks/{name}.py: module docstring cites no seed 000-004"


def test_the_snapshot_notices_a_mutation(jd):
    """The no-mutation test above would catch a check that edits labels or turns."""
    chat = next(chats(jd))
    before = snapshot(chat)
    first = chat.turns[0][0]
    with pytest.raises(AttributeError):  # a turn's labels are frozen (shared by the lexicon's cache)
        chat.labels[first].add("closing")
    chat.labels[first] = chat.labels[first] | {"closing"}
    assert snapshot(chat) != before
    chat = next(chats(jd))
    chat.turns.pop()
    assert snapshot(chat) != before
