"""volunteers: teams, membership history, service records, certificates

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 18:40:00.000000
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('volunteer_sequence',
    sa.Column('kind', sa.String(length=2), nullable=False),
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'year', name=op.f('pk_volunteer_sequence'))
    )
    op.create_table('volunteer_team',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_team')),
    sa.UniqueConstraint('name', name=op.f('uq_volunteer_team_name'))
    )
    op.create_table('volunteer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('id_type', sa.String(length=20), nullable=False),
    sa.Column('id_number', sa.String(length=40), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('political_status', sa.String(length=2), nullable=False),
    sa.Column('skills', sa.String(length=200), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_volunteer_resident_id_resident'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer')),
    sa.UniqueConstraint('number', name=op.f('uq_volunteer_number'))
    )
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_active'), ['active'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_resident_id'), ['resident_id'], unique=False)

    op.create_table('volunteer_certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('responsible', sa.String(length=50), nullable=False),
    sa.Column('handler', sa.String(length=50), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('print_count', sa.Integer(), nullable=False),
    sa.Column('last_printed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_certificate_volunteer_id_volunteer'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_certificate')),
    sa.UniqueConstraint('number', name=op.f('uq_volunteer_certificate_number')),
    sa.UniqueConstraint('volunteer_id', 'period_from', 'period_to', name=op.f('uq_volunteer_certificate_volunteer_id_period_from_period_to')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_volunteer_certificate_year_seq'))
    )
    with op.batch_alter_table('volunteer_certificate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_certificate_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('volunteer_service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('start', sa.DateTime(), nullable=False),
    sa.Column('end', sa.DateTime(), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('organiser', sa.String(length=60), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('confirmed_by', sa.String(length=50), nullable=False),
    sa.Column('event_occurrence_key', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('"end" > start', name=op.f('ck_volunteer_service_end_after_start')),
    sa.ForeignKeyConstraint(['team_id'], ['volunteer_team.id'], name=op.f('fk_volunteer_service_team_id_volunteer_team'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_service_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_service'))
    )
    with op.batch_alter_table('volunteer_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_service_category'), ['category'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_service_event_occurrence_key'), ['event_occurrence_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_service_start'), ['start'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_service_team_id'), ['team_id'], unique=False)
        batch_op.create_index('ix_volunteer_service_volunteer_start', ['volunteer_id', 'start'], unique=False)

    op.create_table('volunteer_team_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['team_id'], ['volunteer_team.id'], name=op.f('fk_volunteer_team_member_team_id_volunteer_team'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_team_member_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_team_member'))
    )
    with op.batch_alter_table('volunteer_team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_team_member_team_id'), ['team_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_team_member_volunteer_id'), ['volunteer_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('volunteer_team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_team_member_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_team_member_team_id'))

    op.drop_table('volunteer_team_member')
    with op.batch_alter_table('volunteer_service', schema=None) as batch_op:
        batch_op.drop_index('ix_volunteer_service_volunteer_start')
        batch_op.drop_index(batch_op.f('ix_volunteer_service_team_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_service_start'))
        batch_op.drop_index(batch_op.f('ix_volunteer_service_event_occurrence_key'))
        batch_op.drop_index(batch_op.f('ix_volunteer_service_category'))

    op.drop_table('volunteer_service')
    with op.batch_alter_table('volunteer_certificate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_certificate_volunteer_id'))

    op.drop_table('volunteer_certificate')
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_resident_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_active'))

    op.drop_table('volunteer')
    op.drop_table('volunteer_team')
    op.drop_table('volunteer_sequence')
