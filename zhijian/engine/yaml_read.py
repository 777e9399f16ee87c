"""Reading rule packs and shop overrides as YAML: the C loader when there is one, errors in Chinese
with line and column, and for untrusted text (shop overrides) a size bound, a nesting bound and no
anchors/aliases (refused from the event stream, before anything is built)."""

from __future__ import annotations

from typing import Any

import yaml

from zhijian.engine.rules import PackError

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader parses ~10x faster; shipped data uses it too


class DuplicateKey(yaml.YAMLError):
    """A mapping names one key twice (PyYAML keeps the last silently: a list written twice in a pack, or a shop override
    that repeats a field, would lose the first without a word)."""

    def __init__(self, key, first, again):
        super().__init__(f"duplicate key {key!r}")
        self.key, self.first, self.again = key, first, again


class _StrictLoader(_Base):
    """The loader with duplicate keys refused (``DuplicateKey``), the rest as the safe loader builds it."""


def _mapping(loader, node, deep=False):
    seen = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            first = seen.setdefault(key, key_node.start_mark)
        except TypeError:
            continue  # (an unhashable key: the safe constructor says so itself)
        if first is not key_node.start_mark:
            raise DuplicateKey(key, first, key_node.start_mark)
    return yaml.SafeLoader.construct_yaml_map(loader, node)


_StrictLoader.add_constructor("tag:yaml.org,2002:map", _mapping)
LOADER = _Loader = _StrictLoader

MAX_OVERRIDE_BYTES = 2 << 20  # one shop override (file or API body)
MAX_YAML_DEPTH = 12  # nesting of mappings/lists; packs and overrides need 6 at most


def _guard_yaml(text: str, origin: str, max_depth: int) -> None:
    """Refuse anchors/aliases (alias expansion is how "billion laughs" bombs work) and deep nesting,
    from the event stream, before anything is built."""
    depth = 0
    try:
        for ev in yaml.parse(text, Loader=_Loader):
            if isinstance(ev, yaml.AliasEvent) or getattr(ev, "anchor", None):
                mark = ev.start_mark
                raise PackError(f"{origin}: 第 {mark.line + 1} 行第 {mark.column + 1} 列：不允许使用 YAML 锚点/别名（& 和 *）")
            if isinstance(ev, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > max_depth:
                    mark = ev.start_mark
                    raise PackError(f"{origin}: 第 {mark.line + 1} 行：嵌套超过 {max_depth} 层")
            elif isinstance(ev, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError as e:
        if "nesting depth" in str(getattr(e, "problem", "")):
            raise PackError(f"{origin}: 嵌套超过 {max_depth} 层") from None
        return  # the loader below reports the syntax error with its position


# PyYAML/libyaml problems, said in Chinese (first matching fragment wins); anything else: 语法有误
_YAML_PROBLEMS = (
    ("',' or ']'", "列表缺少 , 或 ]"),
    ("',' or '}'", "映射缺少 , 或 }"),
    ("mapping values are not allowed", "此处不能出现“键: 值”（可能是冒号后缺空格或缩进不对）"),
    ("expected ':'", "缺少冒号 :"),
    ("expected key", "缩进不对或缺少键"),
    ("expected node content", "缺少内容（可能是括号或引号没有闭合）"),
    ("'-' indicator", "列表项缺少 -"),
    ("block sequence entries are not allowed", "此处不能出现列表项“- ”（缩进不对）"),
    ("tab", "含有制表符（请用空格缩进）"),
    ("cannot start any token", "有不能用作开头的字符（如制表符、@、`）"),
    ("undefined alias", "引用了未定义的别名"),
    ("end of stream", "文件意外结束（引号或括号没有闭合）"),
    ("escape", "引号内有无法识别的转义字符"),
    ("control characters", "含有控制字符"),
    ("UTF-8", "含有非 UTF-8 字符"),
    ("unacceptable character", "含有不允许的字符"),
    ("<block end>", "缩进不对"),
    ("<document start>", "缩进不对或有多余内容"),
    ("duplicate", "重复定义"),
)


def _yaml_problem(problem: Any) -> str:
    text = str(problem or "")
    return next((zh for en, zh in _YAML_PROBLEMS if en in text), "语法有误")


def _read_yaml(text: str, origin: str, *, untrusted: bool = False) -> Any:
    """Parse YAML; ``untrusted`` (shop overrides) also bounds size, depth and refuses aliases."""
    if untrusted:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_OVERRIDE_BYTES:
            raise PackError(f"{origin}: 文件大小 {size} 字节，超过上限 {MAX_OVERRIDE_BYTES} 字节")
        _guard_yaml(text, origin, MAX_YAML_DEPTH)
    try:
        return yaml.load(text, Loader=_Loader)
    except DuplicateKey as e:
        raise PackError(f"{origin}: 第 {e.again.line + 1} 行第 {e.again.column + 1} 列 YAML 格式错误：键“{e.key}”重复定义"
                        f"（第 {e.first.line + 1} 行已定义过；重复的键会让前一个被悄悄覆盖）") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" 第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else ""
        raise PackError(f"{origin}:{at} YAML 格式错误：{_yaml_problem(getattr(e, 'problem', None))}") from None
    except RecursionError:
        raise PackError(f"{origin}: 嵌套过深") from None
