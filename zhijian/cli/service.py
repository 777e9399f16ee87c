"""``zhijian serve`` (the REST service) and ``zhijian keys`` (API keys, straight in the service's database).

Everything under ``zhijian.service`` (FastAPI, SQLAlchemy, uvicorn) is imported inside the commands,
so that the other commands never pay for it."""

from __future__ import annotations

import os
from typing import Annotated, Optional

import typer

from zhijian.cli import output
from zhijian.cli.exits import fail

keys_app = typer.Typer(help="管理 API key（直接操作服务的数据库）。", no_args_is_help=True, rich_markup_mode=None)
_DB_HELP = "数据库：postgresql://… ；默认是数据目录下的 SQLite 文件 zhijian.db。"
DATA_DIR_ENV = "ZHIJIAN_DATA_DIR"
_DATA_DIR_HELP = f"数据目录（SQLite 文件、上传文件）；默认取环境变量 {DATA_DIR_ENV}，没有时为 ./data。serve 与 keys 用同一个默认值。"


def default_data_dir() -> str:
    """The one data-dir default of ``serve`` and ``keys``: $ZHIJIAN_DATA_DIR, else ./data."""
    return os.environ.get(DATA_DIR_ENV) or "data"


def _data_dir(data_dir: Optional[str]) -> str:
    return data_dir if data_dir else default_data_dir()


def _db_url(db: Optional[str], data_dir: Optional[str]) -> str:
    from zhijian.service.db import default_url

    return db or default_url(_data_dir(data_dir))


SERVE_HELP = ("启动质检服务（REST API，OpenAPI 文档在 /docs）。首次启动自动建库、迁移，并在没有任何 key 时创建一个管理员 key。\n\n"
              "--demo 载入示例会话（examples/chats.jsonl 同款数据），便于立即浏览。")


def serve(
    host: Annotated[str, typer.Option(help="监听地址。")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="端口。")] = 8000,
    db: Annotated[Optional[str], typer.Option(metavar="URL", show_default=False, help=_DB_HELP)] = None,
    data_dir: Annotated[Optional[str], typer.Option("--data-dir", show_default=False, help=_DATA_DIR_HELP)] = None,
    pack: Annotated[str, typer.Option("--pack", help="默认规则包。")] = "jd",
    demo: Annotated[bool, typer.Option("--demo", help="载入示例会话数据。")] = False,
    mask_pii: Annotated[bool, typer.Option("--mask-pii", help="保存会话时遮盖手机号和身份证号。")] = False,
    rate: Annotated[float, typer.Option("--rate", help="每个 key 每秒最多请求数（0 为不限）。")] = 200.0,
) -> None:
    import uvicorn

    from zhijian.service.app import Settings, create_app
    from zhijian.service.bootstrap import bootstrap

    data_dir = _data_dir(data_dir)
    url = _db_url(db, data_dir)
    settings = Settings(db_url=url, data_dir=data_dir, default_pack=pack, mask_pii=mask_pii, rate=rate)
    try:
        application = create_app(settings)
    except Exception as e:  # a database that cannot be reached or migrated
        fail(f"无法打开数据库 {url}：{type(e).__name__}: {e}")
    output.serve_notes(bootstrap(application, demo=demo), host, port, url)
    uvicorn.run(application, host=host, port=port, log_level="warning")


def _key_session(db: Optional[str], data_dir: Optional[str], create: bool = False):
    """Sessions on the service's database, after saying which one it is.  A SQLite database that does
    not exist yet is created only by ``keys create`` (``list``/``revoke`` on a wrong folder fail)."""
    from zhijian.service.db import make_engine, migrate, sessions

    if db is None:
        path = os.path.abspath(os.path.join(_data_dir(data_dir), "zhijian.db"))
        if not create and not os.path.exists(path):
            fail(f"数据库 {path} 不存在（数据目录：--data-dir、环境变量 {DATA_DIR_ENV}，默认 ./data；"
                 "请在启动 zhijian serve 的目录运行，或指定同一个数据目录）")
    url = _db_url(db, data_dir)
    output.using_database(url)
    try:
        engine = make_engine(url)
        migrate(engine)
    except Exception as e:  # a database that cannot be reached or migrated
        fail(f"无法打开数据库 {output.db_name(url)}：{type(e).__name__}: {e}")
    return sessions(engine)


@keys_app.command("create", help="创建 API key（只显示一次）。角色：agent（检查、话术）、qa（+审计、浏览）、admin（+店铺设置、key）。")
def keys_create(
    role: Annotated[str, typer.Option("--role", help="agent / qa / admin")],
    name: Annotated[str, typer.Option("--name", help="key 的名字（谁在用）。")],
    shop: Annotated[Optional[list[str]], typer.Option("--shop", show_default=False,
                                                      help="只能看、只能写这些店铺（可重复）；不给则不限店铺。")] = None,
    agent_id: Annotated[Optional[str], typer.Option("--agent-id", show_default=False,
                                                    help="agent 角色：绑定的客服（只看自己的会话、只能申诉自己的问题）。")] = None,
    db: Annotated[Optional[str], typer.Option(metavar="URL", show_default=False, help=_DB_HELP)] = None,
    data_dir: Annotated[Optional[str], typer.Option("--data-dir", show_default=False, help=_DATA_DIR_HELP)] = None,
) -> None:
    from zhijian.service.security import ROLES, create_key

    if role not in ROLES:
        fail(f"--role 必须是 {', '.join(ROLES)} 之一")
    with _key_session(db, data_dir, create=True).begin() as s:
        try:
            row, key = create_key(s, name, role, shops=shop or None, agent_id=agent_id)
        except ValueError as e:
            fail(str(e))
    output.show_new_key(key, row.id, name, role)


@keys_app.command("list", help="列出 API key（不显示 key 本身）。")
def keys_list(
    db: Annotated[Optional[str], typer.Option(metavar="URL", show_default=False, help=_DB_HELP)] = None,
    data_dir: Annotated[Optional[str], typer.Option("--data-dir", show_default=False, help=_DATA_DIR_HELP)] = None,
) -> None:
    from sqlalchemy import select

    from zhijian.service.db import ApiKeyRow

    with _key_session(db, data_dir)() as s:
        output.show_keys(s.scalars(select(ApiKeyRow).order_by(ApiKeyRow.id)))


@keys_app.command("revoke", help="吊销 API key。")
def keys_revoke(
    key_id: Annotated[int, typer.Argument(metavar="ID")],
    db: Annotated[Optional[str], typer.Option(metavar="URL", show_default=False, help=_DB_HELP)] = None,
    data_dir: Annotated[Optional[str], typer.Option("--data-dir", show_default=False, help=_DATA_DIR_HELP)] = None,
) -> None:
    from zhijian.service.security import revoke_key

    with _key_session(db, data_dir).begin() as s:
        if not revoke_key(s, key_id):
            fail(f"没有可吊销的 key #{key_id}")
    output.key_revoked(key_id)


def register(app: typer.Typer) -> None:
    app.command(help=SERVE_HELP)(serve)
    app.add_typer(keys_app, name="keys")
