"""export log: one row per Excel export (who, when, profile, rows, masked or not, file)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:30:00.000000
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('export_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('profile', sa.String(length=100), nullable=False),
    sa.Column('file_name', sa.String(length=1000), nullable=False),
    sa.Column('rows', sa.Integer(), nullable=False),
    sa.Column('masked', sa.Boolean(), nullable=False),
    sa.Column('grid', sa.String(length=60), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_export_log'))
    )
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_export_log_at'), ['at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('export_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_export_log_at'))

    op.drop_table('export_log')
