"""``zhijian packs`` (list rule packs and their rules) and ``zhijian rules test`` (run the rule examples)."""

from __future__ import annotations

from typing import Annotated, Iterator, Optional

import typer

from zhijian.cli import output, output_packs
from zhijian.cli.exits import EXIT_FINDINGS, EXIT_USAGE, fail
from zhijian.engine.rules import PackError

rules_app = typer.Typer(help="规则包自检。", no_args_is_help=True, rich_markup_mode=None)

PACKS_HELP = ("列出规则包；给出 PACK 时列出该包（含继承）的全部规则。\n\n"
              "退出码：0 正常；2 未知或无效的规则包。")


def packs(
    name: Annotated[Optional[str], typer.Argument(metavar="PACK", show_default=False,
                                                  help="规则包名，可用逗号组合，如 jd,adlaw。")] = None,
) -> None:
    from zhijian.engine.packs import available_packs, compose, load_pack_file

    if name is not None:
        try:
            comp = compose(name)
        except PackError as e:
            fail(f"规则包无效：{e}")
        titles = [f"{n}（{load_pack_file(n).title}）" for n in comp.names]
        output_packs.show_pack_rules(titles, comp.rules, comp.conversation, comp.scorecard)
        return

    broken = False

    def entries() -> Iterator[tuple]:
        """(name, pack file, composed rule count), or (name, None, error) for a pack that does not load."""
        nonlocal broken
        for n in available_packs():
            try:
                pf = load_pack_file(n)
                total = len(compose(n).rules)
            except PackError as e:
                broken = True
                yield n, None, str(e)
                continue
            yield n, pf, total

    output.show_pack_list(entries())
    if broken:
        raise SystemExit(EXIT_USAGE)


@rules_app.command("test", help="运行规则包中的全部示例（examples），逐条报告失败。\n\n"
                                "退出码：0 全部通过；1 有示例失败或规则包无法加载；2 未知规则包。")
def rules_test(
    pack: Annotated[Optional[list[str]], typer.Option("--pack", "-p", metavar="P", show_default=False,
                                                      help="只测这些规则包（可重复；逗号连接表示组合，如 jd,adlaw）。默认全部。")] = None,
) -> None:
    from zhijian.engine.matcher import scan
    from zhijian.engine.normalize import normalise
    from zhijian.engine.packs import available_packs, compose, parse_pack_names
    from zhijian.engine.ruleset import Ruleset
    from zhijian.audit.config import ConversationConfig
    from zhijian.audit.word_examples import run_word_examples
    from zhijian.engine.selftest import run_examples

    known = available_packs()
    specs = list(pack) if pack else known
    for spec in specs:
        try:
            names = parse_pack_names(spec)
        except PackError as e:
            fail(str(e))
        unknown = [n for n in names if n not in known]
        if unknown:
            fail(f"未知规则包 {'、'.join(unknown)}；可用：{'、'.join(known)}")

    rows: list[tuple] = []  # (pack, rules or None when it does not load, examples, failures)
    problems: list[tuple[str, list[str]]] = []
    for spec in specs:
        try:
            comp = compose(spec)
            rs = Ruleset(comp)
            total, failures = run_examples(rs.rules, lambda t, rs=rs: scan(rs, normalise(t)))
            # the conversation word lists' examples (zhijian/audit/word_examples.py)
            conv = ConversationConfig.from_dict(comp.conversation, f"规则包 {spec}: conversation")
            n, more = run_word_examples(conv.raw, conv.patterns, f"规则包 {spec}: conversation")
            total, failures = total + n, failures + more
        except PackError as e:
            rows.append((spec, None, None, None))
            problems.append((spec, [f"无法加载：{e}"]))
            continue
        rows.append((spec, len(rs.rules), total, len(failures)))
        if failures:
            problems.append((spec, [str(f) for f in failures]))
    output.show_selftest(rows, problems)
    if problems:
        raise SystemExit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    app.command(help=PACKS_HELP)(packs)
    app.add_typer(rules_app, name="rules")
