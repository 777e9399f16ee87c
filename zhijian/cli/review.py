"""``zhijian review export``: the human review's judged findings as training data (JSON Lines),
straight from the service's database."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from zhijian.cli.exits import fail
from zhijian.cli.service import _DATA_DIR_HELP, _DB_HELP, _key_session

review_app = typer.Typer(help="人工复核的数据（直接读服务的数据库）。", no_args_is_help=True, rich_markup_mode=None)


@review_app.command("export", help="导出复核过的问题作训练数据（JSON Lines，每行一条）：确认、申诉维持和质检补充的问题是"
                                   "该类别的正例（label=类别），驳回和申诉撤销的是难负例（label=null）。")
def review_export(
    shop: Annotated[Optional[str], typer.Option("--shop", show_default=False, help="只导出这个店铺。")] = None,
    out: Annotated[Optional[str], typer.Option("--out", "-o", show_default=False, help="输出文件；不给则写到标准输出。")] = None,
    db: Annotated[Optional[str], typer.Option(metavar="URL", show_default=False, help=_DB_HELP)] = None,
    data_dir: Annotated[Optional[str], typer.Option("--data-dir", show_default=False, help=_DATA_DIR_HELP)] = None,
) -> None:
    from zhijian.service import review_store

    try:
        fh = open(out, "w", encoding="utf-8") if out else sys.stdout
    except OSError as e:
        fail(f"无法写入 {out}：{e.strerror}")
    n = 0
    with _key_session(db, data_dir)() as s:
        for row in review_store.training_rows(s, shop=shop):
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    if out:
        fh.close()
    print(f"已导出 {n} 条复核过的问题" + (f"到 {out}" if out else ""), file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
