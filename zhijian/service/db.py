"""Storage: SQLAlchemy 2 models, the same on SQLite (default) and PostgreSQL.

The schema is created and upgraded by the Alembic migrations in ``migrations/`` (run on start).
"""

from __future__ import annotations

import datetime as dt
import os
from importlib import resources

from sqlalchemy import (JSON, Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, TypeDecorator,
                        create_engine, event)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """Aware datetimes stored as UTC and read back aware (SQLite has no time zones of its own)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.timezone.utc)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=dt.timezone.utc) if value.tzinfo is None else value.astimezone(dt.timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dt.datetime: UTCDateTime}


class ConversationRow(Base):
    __tablename__ = "conversations"
    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    pack: Mapped[str] = mapped_column(String(100))
    shop: Mapped[str | None] = mapped_column(String(200), index=True)
    agent: Mapped[str | None] = mapped_column(String(200), index=True)
    customer_name: Mapped[str | None] = mapped_column(String(200))
    started: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), index=True)
    day: Mapped[str | None] = mapped_column(String(10), index=True)  # local date, for trends and filters
    score: Mapped[float] = mapped_column(Float)
    fatal: Mapped[bool] = mapped_column(Boolean, default=False)
    first_response: Mapped[float | None] = mapped_column(Float)
    first_response_counted: Mapped[bool] = mapped_column(Boolean, default=False)
    wait_sum: Mapped[float] = mapped_column(Float, default=0.0)
    wait_n: Mapped[int] = mapped_column(Integer, default=0)
    unanswered: Mapped[bool] = mapped_column(Boolean, default=False)
    n_findings: Mapped[int] = mapped_column(Integer, default=0)
    messages: Mapped[list] = mapped_column(JSON)  # [{role, text, ts}] (masked if the server masks PII)
    audited_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # human review (issue 13): ``score``/``fatal``/``n_findings`` are the FINAL state (what every list,
    # dashboard and export reads); ``machine_score`` is what the audit gave, ``bonuses`` lets the
    # scorecard be re-run when a reviewer rejects or adds a finding
    machine_score: Mapped[float | None] = mapped_column(Float)
    bonuses: Mapped[list | None] = mapped_column(JSON)
    score_override: Mapped[float | None] = mapped_column(Float)  # a reviewer's score, wins over the scorecard
    override_note: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    findings: Mapped[list["FindingRow"]] = relationship(back_populates="conversation", cascade="all, delete-orphan",
                                                        order_by="FindingRow.id")


class FindingRow(Base):
    __tablename__ = "findings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    turn: Mapped[int] = mapped_column(Integer)
    rule: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(64), index=True)
    severity: Mapped[str] = mapped_column(String(16), index=True)
    start: Mapped[int | None] = mapped_column(Integer)
    end: Mapped[int | None] = mapped_column(Integer)
    match: Mapped[str | None] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    suggestion: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(16), default="rule", server_default="rule")  # "rule" / "model"
    score: Mapped[float | None] = mapped_column(Float)  # the model's score, for model findings
    # human review: confirmed / rejected (by a reviewer), upheld / overturned (by an appeal's decision);
    # ``void`` findings (rejected, overturned) are kept for the record but no longer count anywhere
    verdict: Mapped[str | None] = mapped_column(String(16), index=True)
    verdict_reason: Mapped[str | None] = mapped_column(Text)
    verdict_by: Mapped[str | None] = mapped_column(String(200))
    verdict_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    void: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0", index=True)
    conversation: Mapped[ConversationRow] = relationship(back_populates="findings")


class ApiKeyRow(Base):
    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    prefix: Mapped[str] = mapped_column(String(16), index=True)  # shown in lists; the key itself is never stored
    digest: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    shops: Mapped[list | None] = mapped_column(JSON)  # the shops the key may see (None: every shop)
    agent_id: Mapped[str | None] = mapped_column(String(200))  # an agent key sees this agent's chats only


class OverrideRow(Base):
    """Every saved version of a shop's override file (the newest is in force)."""

    __tablename__ = "overrides"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    shop: Mapped[str] = mapped_column(String(200), index=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class JobRow(Base):
    __tablename__ = "jobs"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # queued / running / done / failed
    filename: Mapped[str] = mapped_column(String(400))
    pack: Mapped[str | None] = mapped_column(String(100))
    done: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[list] = mapped_column(JSON, default=list)
    summary: Mapped[dict | None] = mapped_column(JSON)
    author: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    key_id: Mapped[int | None] = mapped_column(Integer)  # the uploader's key
    shops: Mapped[list | None] = mapped_column(JSON)  # the uploader key's shops (None: every shop)


class ShopSettingsRow(Base):
    """A shop's review settings (sampling policies, appeal window, precision bar, alerts): one JSON
    document, validated by :class:`zhijian.review.settings.ShopSettings`."""

    __tablename__ = "shop_settings"
    shop: Mapped[str] = mapped_column(String(200), primary_key=True)
    data: Mapped[dict] = mapped_column(JSON)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ReviewItemRow(Base):
    """A chat in the review queue (one item per chat), with the sampling policy that put it there."""

    __tablename__ = "review_queue"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), unique=True)
    shop: Mapped[str | None] = mapped_column(String(200), index=True)
    agent: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(String(32))  # the policy kind
    detail: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open / done
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    done_by: Mapped[str | None] = mapped_column(String(200))
    done_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())


class AppealRow(Base):
    """An agent's appeal (申诉) against one finding, and QA's decision.  The finding's identity is
    copied (rule, category, turn, match), so the appeal reads the same after a re-audit."""

    __tablename__ = "appeals"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    finding_id: Mapped[int | None] = mapped_column(ForeignKey("findings.id", ondelete="SET NULL"), index=True)
    shop: Mapped[str | None] = mapped_column(String(200), index=True)
    agent: Mapped[str | None] = mapped_column(String(200), index=True)
    rule: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(64))
    turn: Mapped[int] = mapped_column(Integer)
    match: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open / upheld / overturned
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    decision_reason: Mapped[str | None] = mapped_column(Text)


class HistoryRow(Base):
    """Every review step of a chat (sampled, verdict, added finding, score override, appeal, decision,
    re-audit), oldest first."""

    __tablename__ = "review_history"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[dict] = mapped_column(JSON)


class AlertDeliveryRow(Base):
    """One alert sent (or not) to one webhook: the delivery log."""

    __tablename__ = "alert_deliveries"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    shop: Mapped[str | None] = mapped_column(String(200), index=True)
    conversation_id: Mapped[str | None] = mapped_column(String(200))
    webhook: Mapped[str] = mapped_column(String(200))  # its name, or its host
    format: Mapped[str] = mapped_column(String(16))
    ok: Mapped[bool] = mapped_column(Boolean)
    attempts: Mapped[int] = mapped_column(Integer)
    status: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


Index("ix_override_shop_version", OverrideRow.shop, OverrideRow.version, unique=True)


def default_url(data_dir: str) -> str:
    os.makedirs(data_dir, exist_ok=True)
    return "sqlite:///" + os.path.abspath(os.path.join(data_dir, "zhijian.db"))


def make_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(conn, _record):  # pragma: no cover - trivial
            cur = conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
    else:
        engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    return engine


def migrate(engine: Engine) -> None:
    """Create or upgrade the schema to the newest Alembic revision."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("zhijian.service").joinpath("migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def sessions(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)
