"""events (活动): events with weekly recurrence, exceptions, sign-ups and sign-ins

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 18:45:00.000000
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f'{target}.id'], name=op.f(f'fk_{table}_{column}_{target}'),
                                   ondelete=ondelete)


def upgrade() -> None:
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('place', sa.String(length=40), nullable=False),
    sa.Column('start', sa.DateTime(), nullable=False),
    sa.Column('end', sa.DateTime(), nullable=False),
    sa.Column('weekdays', sa.String(length=20), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('organiser', sa.String(length=60), nullable=False),
    sa.Column('audience', sa.String(length=60), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('press_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_span', ['start', 'last_day'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_place'), ['place'], unique=False)

    op.create_table('event_exception',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('occurrence_date', sa.Date(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('new_start', sa.DateTime(), nullable=True),
    sa.Column('new_end', sa.DateTime(), nullable=True),
    _fk('event_exception', 'event_id', 'event', 'CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_exception')),
    sa.UniqueConstraint('event_id', 'occurrence_date', name=op.f('uq_event_exception_event_id_occurrence_date'))
    )
    with op.batch_alter_table('event_exception', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_exception_new_start'), ['new_start'], unique=False)

    op.create_table('event_signup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('occurrence_date', sa.Date(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('signed_up_at', sa.DateTime(), nullable=False),
    _fk('event_signup', 'event_id', 'event', 'CASCADE'),
    _fk('event_signup', 'resident_id', 'resident', 'SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_signup'))
    )
    with op.batch_alter_table('event_signup', schema=None) as batch_op:
        batch_op.create_index('ix_event_signup_occurrence', ['event_id', 'occurrence_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_signup_resident_id'), ['resident_id'], unique=False)

    op.create_table('event_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('occurrence_date', sa.Date(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('volunteer_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('signed_in_at', sa.DateTime(), nullable=False),
    sa.Column('service_record_id', sa.Integer(), nullable=True),
    _fk('event_attendance', 'event_id', 'event', 'CASCADE'),
    _fk('event_attendance', 'resident_id', 'resident', 'SET NULL'),
    _fk('event_attendance', 'volunteer_id', 'volunteer', 'SET NULL'),
    _fk('event_attendance', 'service_record_id', 'volunteer_service', 'SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_attendance'))
    )
    with op.batch_alter_table('event_attendance', schema=None) as batch_op:
        batch_op.create_index('ix_event_attendance_occurrence', ['event_id', 'occurrence_date'], unique=False)
        for column in ('resident_id', 'volunteer_id', 'service_record_id'):
            batch_op.create_index(batch_op.f(f'ix_event_attendance_{column}'), [column], unique=False)


def downgrade() -> None:
    op.drop_table('event_attendance')
    op.drop_table('event_signup')
    op.drop_table('event_exception')
    op.drop_table('event')
