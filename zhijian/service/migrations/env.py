"""Alembic environment: run against the connection handed over by zhijian.service.db.migrate."""

from alembic import context

from zhijian.service.db import Base

config = context.config
target_metadata = Base.metadata

connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when alembic is run by hand with a URL
    from zhijian.service.db import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
