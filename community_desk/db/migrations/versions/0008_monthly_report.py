"""monthly report (月度工作报告): drafts' text and finalised reports' frozen figures

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 08:15:00.000000
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('monthly_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=4), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=4), nullable=False),
    sa.Column('plan', sa.Text(), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.Column('compiled_by', sa.String(length=50), nullable=False),
    sa.Column('compiled_on', sa.Date(), nullable=True),
    sa.Column('figures_json', sa.Text(), nullable=True),
    sa.Column('months_json', sa.Text(), nullable=True),
    sa.Column('community', sa.String(length=100), nullable=False),
    sa.Column('finalised_at', sa.DateTime(), nullable=True),
    sa.Column('finalised_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monthly_report')),
    sa.UniqueConstraint('kind', 'year', 'number', name=op.f('uq_monthly_report_kind_year_number'))
    )


def downgrade() -> None:
    op.drop_table('monthly_report')
