"""The standard-script library (话术库): scenario -> standard replies, as data.

Libraries live in ``zhijian/scripts/<pack>.yaml`` and ``extends`` one another like the rule
packs (``jd`` and ``taobao`` extend ``common``).  Replies are templates: ``{shop}``, ``{hours}`` …
are filled from a context (call > shop override ``scripts.context`` > library ``defaults``);
``{opening}`` is the seed-004 greeting for the moment (早上好 / 您好 / the holiday greeting), from
the same calendar as the audit.  A shop override file may add or replace scenarios and replies::

    scripts:
      context: {shop: 某某旗舰店}
      scenarios:
        stock: {replies: ["这款现货充足，今天16点前下单当天发出。"]}
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass
from importlib import resources
from typing import Any

from zhijian.audit.calendar import opening
from zhijian.engine.cache import cached, key_of
from zhijian.engine.rules import PackError

SCENARIOS = ("product_info", "authenticity", "price_promo", "stock", "logistics", "payment", "order_modify",
             "logistics_delay", "return_exchange", "refund", "complaint", "invoice", "greeting", "thanks", "other")
_FIELD = re.compile(r"\{([a-z_]+)\}")


class ScriptError(ValueError):
    """A reply cannot be rendered (a placeholder has no value); the message names it."""


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    source: str
    replies: tuple[str, ...]


@dataclass
class Library:
    name: str
    scenarios: dict[str, Scenario]
    defaults: dict[str, str]
    cold_rewrites: dict[str, str]
    repairs: dict[str, str]
    append_emoji: str | None = None

    def placeholders(self, template: str) -> set[str]:
        return set(_FIELD.findall(template))

    def render(self, template: str, context: dict | None = None, at: dt.datetime | None = None) -> str:
        values: dict[str, Any] = dict(self.defaults)
        values.update({k: v for k, v in (context or {}).items() if v is not None})
        values.setdefault("opening", opening(at))
        missing = sorted(self.placeholders(template) - set(values))
        if missing:
            raise ScriptError(f"话术“{template}”缺少占位符的值：{', '.join('{' + m + '}' for m in missing)}")
        out = string.Formatter().vformat(template, (), {k: str(v) for k, v in values.items()})
        if self.append_emoji and not any(ord(ch) >= 0x1F000 for ch in out):
            out += self.append_emoji
        return out

    def replies(self, scenario: str, context: dict | None = None, at: dt.datetime | None = None,
                skip_missing: bool = True) -> list[str]:
        """The rendered standard replies of a scenario (those with unfilled placeholders skipped)."""
        sc = self.scenarios.get(scenario) or self.scenarios["other"]
        out = []
        for t in sc.replies:
            try:
                out.append(self.render(t, context, at))
            except ScriptError:
                if not skip_missing:
                    raise
        return out


def _read(name: str) -> dict:
    """The library file ``scripts/<name>.yaml`` parsed ({} when there is none); kept in the on-disk cache under
    the file's content, so a warm start does not load PyYAML."""
    try:
        text = resources.files("zhijian").joinpath("data", "scripts", f"{name}.yaml").read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    return cached("scripts", key_of("scripts", name, text), lambda: _parse(name, text))


def _parse(name: str, text: str) -> dict:
    import yaml

    from zhijian.engine.yaml_read import LOADER

    data = yaml.load(text, Loader=LOADER) or {}
    if not isinstance(data, dict):
        raise PackError(f"scripts/{name}.yaml: 话术库文件应为映射（键: 值）")
    return data


def _merge_scenarios(base: dict[str, Scenario], raw: Any, origin: str) -> dict[str, Scenario]:
    out = dict(base)
    if raw is None:
        return out
    if not isinstance(raw, dict):
        raise PackError(f"{origin}: 字段 scenarios 应为映射（场景 id → {{title, replies}}）")
    for sid, d in raw.items():
        if sid not in SCENARIOS:
            raise PackError(f"{origin}: 场景 {sid!r} 不存在（docs/spec/contract.md §4 可用：{'、'.join(SCENARIOS)}）")
        if not isinstance(d, dict) or not isinstance(d.get("replies"), list) or not d["replies"]:
            raise PackError(f"{origin}: 场景 {sid!r} 缺少话术列表 replies（不能为空）")
        for t in d["replies"]:
            if not isinstance(t, str) or not t.strip():
                raise PackError(f"{origin}: 场景 {sid!r} 的 replies 中有空话术或非文字项")
            try:
                list(string.Formatter().parse(t))
            except ValueError as e:
                raise PackError(f"{origin}: 场景 {sid!r} 的话术模板 {t!r} 格式有误（花括号 {{ }} 不成对或占位符写法不对）") from None
        prev = out.get(sid)
        out[sid] = Scenario(sid, str(d.get("title", prev.title if prev else sid)),
                            str(d.get("source", prev.source if prev else "")), tuple(d["replies"]))
    return out


def load_library(pack: str, overrides: dict | None = None) -> Library:
    """The script library for a pack composition (first pack that has one), plus shop overrides."""
    names = [p.strip() for p in pack.split(",") if p.strip()]
    chain: list[dict] = []
    name = next((n for n in names if _read(n)), "common")
    seen = set()
    while name and name not in seen:
        seen.add(name)
        data = _read(name)
        if not data:
            raise PackError(f"scripts/{name}.yaml: 没有这个话术库")
        chain.append(data)
        name = data.get("extends")
    lib = Library(names[0] if names else "common", {}, {}, {}, {})
    for data in reversed(chain):
        origin = f"scripts/{data.get('library')}.yaml"
        lib.scenarios = _merge_scenarios(lib.scenarios, data.get("scenarios"), origin)
        lib.defaults.update({k: str(v) for k, v in (data.get("defaults") or {}).items()})
        lib.cold_rewrites.update(data.get("cold_rewrites") or {})
        lib.repairs.update(data.get("repairs") or {})
        if "append_emoji" in data:
            lib.append_emoji = data["append_emoji"]
    missing = [s for s in SCENARIOS if s not in lib.scenarios]
    if missing:
        raise PackError(f"话术库 {pack}: 以下场景没有话术：{'、'.join(missing)}")
    shop = (overrides or {}).get("scripts") or {}
    if shop:
        origin = (overrides or {}).get("_path", "overrides")
        if not isinstance(shop, dict):
            raise PackError(f"{origin}: 字段 scripts 应为映射，含 context 和/或 scenarios")
        lib.scenarios = _merge_scenarios(lib.scenarios, shop.get("scenarios"), origin)
        lib.defaults.update({k: str(v) for k, v in (shop.get("context") or {}).items()})
    return lib
