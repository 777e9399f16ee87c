"""findings: source ("rule" / "model") and score (the semantic model's score)

Message-level findings carry where they come from and, for the model's, its score; stored so that
a stored finding reads back exactly as the audit returned it.  Findings stored before this revision
were all rule findings: they get source "rule" and no score.

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source', sa.String(length=16), nullable=False, server_default='rule'))
        batch_op.add_column(sa.Column('score', sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('findings', schema=None) as batch_op:
        batch_op.drop_column('score')
        batch_op.drop_column('source')
