"""human review: verdicts on findings, final vs machine score, key scopes, shop review settings,
review queue, appeals, review history, alert delivery log, the uploader of a job

Chats stored before this revision have not been reviewed: their machine score is their score.

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as b:
        b.add_column(sa.Column('machine_score', sa.Float(), nullable=True))
        b.add_column(sa.Column('bonuses', sa.JSON(), nullable=True))
        b.add_column(sa.Column('score_override', sa.Float(), nullable=True))
        b.add_column(sa.Column('override_note', sa.Text(), nullable=True))
        b.add_column(sa.Column('reviewed_by', sa.String(length=200), nullable=True))
        b.add_column(sa.Column('reviewed_at', TS, nullable=True))
    op.execute("UPDATE conversations SET machine_score = score")
    with op.batch_alter_table('findings', schema=None) as b:
        b.add_column(sa.Column('verdict', sa.String(length=16), nullable=True))
        b.add_column(sa.Column('verdict_reason', sa.Text(), nullable=True))
        b.add_column(sa.Column('verdict_by', sa.String(length=200), nullable=True))
        b.add_column(sa.Column('verdict_at', TS, nullable=True))
        b.add_column(sa.Column('void', sa.Boolean(), nullable=False, server_default=sa.false()))
        b.create_index('ix_findings_verdict', ['verdict'])
        b.create_index('ix_findings_void', ['void'])
    with op.batch_alter_table('api_keys', schema=None) as b:
        b.add_column(sa.Column('shops', sa.JSON(), nullable=True))
        b.add_column(sa.Column('agent_id', sa.String(length=200), nullable=True))
    with op.batch_alter_table('jobs', schema=None) as b:  # who uploaded, within which shops
        b.add_column(sa.Column('key_id', sa.Integer(), nullable=True))
        b.add_column(sa.Column('shops', sa.JSON(), nullable=True))
    op.create_table(
        'shop_settings',
        sa.Column('shop', sa.String(length=200), primary_key=True),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('updated_by', sa.String(length=200), nullable=False),
        sa.Column('updated_at', TS, nullable=False))
    op.create_table(
        'review_queue',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column('conversation_id', sa.String(length=200),
                  sa.ForeignKey('conversations.id', ondelete='CASCADE'), nullable=False, unique=True),
        sa.Column('shop', sa.String(length=200), nullable=True, index=True),
        sa.Column('agent', sa.String(length=200), nullable=True),
        sa.Column('reason', sa.String(length=32), nullable=False),
        sa.Column('detail', sa.Text(), nullable=True),
        sa.Column('status', sa.String(length=16), nullable=False, index=True),
        sa.Column('created_at', TS, nullable=False),
        sa.Column('done_by', sa.String(length=200), nullable=True),
        sa.Column('done_at', TS, nullable=True))
    op.create_table(
        'appeals',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column('conversation_id', sa.String(length=200),
                  sa.ForeignKey('conversations.id', ondelete='CASCADE'), nullable=False, index=True),
        sa.Column('finding_id', sa.Integer(), sa.ForeignKey('findings.id', ondelete='SET NULL'),
                  nullable=True, index=True),
        sa.Column('shop', sa.String(length=200), nullable=True, index=True),
        sa.Column('agent', sa.String(length=200), nullable=True, index=True),
        sa.Column('rule', sa.String(length=200), nullable=False),
        sa.Column('category', sa.String(length=64), nullable=False),
        sa.Column('turn', sa.Integer(), nullable=False),
        sa.Column('match', sa.Text(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False, index=True),
        sa.Column('created_by', sa.String(length=200), nullable=False),
        sa.Column('created_at', TS, nullable=False),
        sa.Column('decided_by', sa.String(length=200), nullable=True),
        sa.Column('decided_at', TS, nullable=True),
        sa.Column('decision_reason', sa.Text(), nullable=True))
    op.create_table(
        'review_history',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column('conversation_id', sa.String(length=200),
                  sa.ForeignKey('conversations.id', ondelete='CASCADE'), nullable=False, index=True),
        sa.Column('at', TS, nullable=False),
        sa.Column('actor', sa.String(length=200), nullable=False),
        sa.Column('role', sa.String(length=16), nullable=False),
        sa.Column('action', sa.String(length=32), nullable=False),
        sa.Column('detail', sa.JSON(), nullable=False))
    op.create_table(
        'alert_deliveries',
        sa.Column('id', sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column('shop', sa.String(length=200), nullable=True, index=True),
        sa.Column('conversation_id', sa.String(length=200), nullable=True),
        sa.Column('webhook', sa.String(length=200), nullable=False),
        sa.Column('format', sa.String(length=16), nullable=False),
        sa.Column('ok', sa.Boolean(), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('status', sa.Integer(), nullable=True),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('created_at', TS, nullable=False))


def downgrade() -> None:
    for t in ('alert_deliveries', 'review_history', 'appeals', 'review_queue', 'shop_settings'):
        op.drop_table(t)
    with op.batch_alter_table('jobs', schema=None) as b:
        b.drop_column('shops')
        b.drop_column('key_id')
    with op.batch_alter_table('api_keys', schema=None) as b:
        b.drop_column('agent_id')
        b.drop_column('shops')
    with op.batch_alter_table('findings', schema=None) as b:
        b.drop_index('ix_findings_void')
        b.drop_index('ix_findings_verdict')
        for c in ('void', 'verdict_at', 'verdict_by', 'verdict_reason', 'verdict'):
            b.drop_column(c)
    with op.batch_alter_table('conversations', schema=None) as b:
        for c in ('reviewed_at', 'reviewed_by', 'override_note', 'score_override', 'bonuses', 'machine_score'):
            b.drop_column(c)
