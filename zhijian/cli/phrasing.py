"""``zhijian suggest`` (customer message -> scenario and standard replies) and ``zhijian rewrite``
(a problematic agent draft -> a compliant version)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from zhijian.batch.messages import Message
from zhijian.cli import output
from zhijian.cli.exits import fail
from zhijian.cli.inputs import (JsonlWriter, build_inspector, check_format, library_for, open_input, pack_spec,
                                per_message)
from zhijian.engine.rules import PackError


def _parse_at(at: Optional[str]):
    if at is None:
        return None
    from zhijian.audit.conversation import LogError, parse_ts

    try:
        return parse_ts(at, "--at")
    except LogError as e:
        fail(str(e))


SUGGEST_HELP = ("顾客消息 → 场景与标准话术（spec/contract.md §4）。每条建议回复都已通过同一规则包的 check。\n\n"
                "INPUT 同 check：文件（每行纯文本或 {\"id\",\"text\"}）、- 或文字本身。\n\n"
                "退出码：0 完成；2 用法错误；3 部分输入行无效；4 内部错误。")


def suggest(
    input: Annotated[Optional[str], typer.Argument(metavar="INPUT", show_default=False, help="文件、- 或顾客消息文字。")] = None,
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False, help="规则包（默认 jd）。")] = None,
    overrides: Annotated[Optional[str], typer.Option("--overrides", "-o", metavar="FILE", show_default=False, help="店铺覆盖文件（可含 scripts）。")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|jsonl", help="输出格式。")] = "text",
    at: Annotated[Optional[str], typer.Option("--at", metavar="ISO时间", show_default=False, help="按这个时间生成开头语（默认现在）。")] = None,
    text: Annotated[Optional[str], typer.Option("--text", "-t", metavar="TEXT", show_default=False, help="把这段文字作为一条消息。")] = None,
) -> None:
    from zhijian.phrasing.scenario import classify

    check_format(fmt)
    when = _parse_at(at)
    packs = pack_spec(pack)
    inspector = build_inspector(packs, overrides)
    lib = library_for(packs, overrides)
    single, path, stream = open_input(input, text)
    cache: dict[str, list[str]] = {}

    def replies(scenario: str) -> list[str]:
        if scenario not in cache:  # every reply is checked on the same pack; a failing one is withheld
            cache[scenario] = [r for r in lib.replies(scenario, at=when) if not inspector.check(r)]
        return cache[scenario]

    def handle(m: Message, writer: Optional[JsonlWriter]) -> None:
        p = classify(m.text)
        if writer:
            writer.write({"id": m.id, "scenario": p.scenario, "replies": replies(p.scenario),
                          "confidence": round(p.confidence, 3)})
            return
        output.show_suggestion(m, lib.scenarios[p.scenario].title, p.scenario, p.confidence,
                               replies(p.scenario), single is not None)

    per_message(single, stream, fmt, handle, lambda m: {"id": m.id, "scenario": "other", "replies": [], "error": m.error})


REWRITE_HELP = ("把有问题的客服草稿改写为合规版本（改写结果本身通过同一规则包的 check）。\n\n"
                "退出码：0 完成；2 用法错误；3 部分输入行无效；4 内部错误。")


def rewrite(
    input: Annotated[Optional[str], typer.Argument(metavar="INPUT", show_default=False, help="文件、- 或草稿文字。")] = None,
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False, help="规则包（默认 jd）。")] = None,
    overrides: Annotated[Optional[str], typer.Option("--overrides", "-o", metavar="FILE", show_default=False, help="店铺覆盖文件。")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="text|jsonl", help="输出格式。")] = "text",
    text: Annotated[Optional[str], typer.Option("--text", "-t", metavar="TEXT", show_default=False, help="把这段文字作为一条草稿。")] = None,
) -> None:
    from zhijian.phrasing.rewrite import rewrite as do_rewrite

    check_format(fmt)
    packs = pack_spec(pack)
    inspector = build_inspector(packs, overrides)
    lib = library_for(packs, overrides)
    single, path, stream = open_input(input, text)

    def handle(m: Message, writer: Optional[JsonlWriter]) -> None:
        rw = do_rewrite(inspector, lib, m.text)
        if writer:
            writer.write({"id": m.id, "text": m.text, "rewrite": rw.text, "changed": rw.changed,
                          "findings": [f.to_dict() for f in rw.before],
                          "remaining": [f.to_dict() for f in rw.after]})
            return
        output.show_rewrite(m, rw, single is not None)

    per_message(single, stream, fmt, handle, lambda m: {"id": m.id, "text": m.text, "rewrite": None, "error": m.error})


def register(app: typer.Typer) -> None:
    app.command(help=SUGGEST_HELP)(suggest)
    app.command(help=REWRITE_HELP)(rewrite)
