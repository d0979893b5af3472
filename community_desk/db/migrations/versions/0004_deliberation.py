"""deliberation (群议厅): topics, timeline, meetings, bodies and members

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 18:00:00.000000
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('deliberation_body',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_body')),
    sa.UniqueConstraint('name', name=op.f('uq_deliberation_body_name'))
    )
    op.create_table('deliberation_topic',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('signers', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('threshold', sa.String(length=10), nullable=False),
    sa.Column('current_step', sa.String(length=10), nullable=False),
    sa.Column('vote_passed', sa.Boolean(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('last_date', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('signers IS NULL OR signers >= 0', name=op.f('ck_deliberation_topic_signers_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_topic')),
    sa.UniqueConstraint('number', name=op.f('uq_deliberation_topic_number')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_deliberation_topic_year_seq'))
    )
    with op.batch_alter_table('deliberation_topic', schema=None) as batch_op:
        batch_op.create_index('ix_deliberation_topic_filters', ['year', 'current_step', 'category'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliberation_topic_last_date'), ['last_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliberation_topic_status'), ['status'], unique=False)

    op.create_table('deliberation_body_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('since', sa.Date(), nullable=False),
    sa.Column('until', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['body_id'], ['deliberation_body.id'], name=op.f('fk_deliberation_body_member_body_id_deliberation_body'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_deliberation_body_member_resident_id_resident'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_body_member'))
    )
    with op.batch_alter_table('deliberation_body_member', schema=None) as batch_op:
        batch_op.create_index('ix_deliberation_body_member_body', ['body_id', 'until'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliberation_body_member_resident_id'), ['resident_id'], unique=False)

    op.create_table('deliberation_meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('body_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('host', sa.String(length=50), nullable=False),
    sa.Column('attendance', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.CheckConstraint('attendance >= 0', name=op.f('ck_deliberation_meeting_attendance_not_negative')),
    sa.ForeignKeyConstraint(['body_id'], ['deliberation_body.id'], name=op.f('fk_deliberation_meeting_body_id_deliberation_body'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_meeting'))
    )
    with op.batch_alter_table('deliberation_meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliberation_meeting_body_id'), ['body_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliberation_meeting_held_on'), ['held_on'], unique=False)

    op.create_table('deliberation_proposer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_deliberation_proposer_resident_id_resident'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['topic_id'], ['deliberation_topic.id'], name=op.f('fk_deliberation_proposer_topic_id_deliberation_topic'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_proposer'))
    )
    with op.batch_alter_table('deliberation_proposer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliberation_proposer_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliberation_proposer_topic_id'), ['topic_id'], unique=False)

    op.create_table('deliberation_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('present', sa.Integer(), nullable=True),
    sa.Column('votes_for', sa.Integer(), nullable=True),
    sa.Column('votes_against', sa.Integer(), nullable=True),
    sa.Column('abstentions', sa.Integer(), nullable=True),
    sa.Column('passed', sa.Boolean(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('responsible', sa.String(length=100), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('satisfied', sa.Integer(), nullable=True),
    sa.Column('fairly_satisfied', sa.Integer(), nullable=True),
    sa.Column('dissatisfied', sa.Integer(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.CheckConstraint('min(coalesce(present, 0), coalesce(votes_for, 0), coalesce(votes_against, 0), coalesce(abstentions, 0)) >= 0', name=op.f('ck_deliberation_entry_votes_not_negative')),
    sa.CheckConstraint('min(coalesce(satisfied, 0), coalesce(fairly_satisfied, 0), coalesce(dissatisfied, 0)) >= 0', name=op.f('ck_deliberation_entry_satisfaction_not_negative')),
    sa.ForeignKeyConstraint(['meeting_id'], ['deliberation_meeting.id'], name=op.f('fk_deliberation_entry_meeting_id_deliberation_meeting'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['topic_id'], ['deliberation_topic.id'], name=op.f('fk_deliberation_entry_topic_id_deliberation_topic'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_entry'))
    )
    with op.batch_alter_table('deliberation_entry', schema=None) as batch_op:
        batch_op.create_index('ix_deliberation_entry_kind_date', ['kind', 'on_date'], unique=False)
        batch_op.create_index('ix_deliberation_entry_topic', ['topic_id', 'on_date'], unique=False)

    op.create_table('deliberation_meeting_topic',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('topic_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['deliberation_meeting.id'], name=op.f('fk_deliberation_meeting_topic_meeting_id_deliberation_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['topic_id'], ['deliberation_topic.id'], name=op.f('fk_deliberation_meeting_topic_topic_id_deliberation_topic'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('meeting_id', 'topic_id', name=op.f('pk_deliberation_meeting_topic'))
    )
    with op.batch_alter_table('deliberation_meeting_topic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliberation_meeting_topic_topic_id'), ['topic_id'], unique=False)

    op.create_table('deliberation_participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['deliberation_meeting.id'], name=op.f('fk_deliberation_participant_meeting_id_deliberation_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_deliberation_participant_resident_id_resident'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_participant'))
    )
    with op.batch_alter_table('deliberation_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliberation_participant_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_deliberation_participant_resident_id'), ['resident_id'], unique=False)

    op.create_table('deliberation_view',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=20), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['deliberation_entry.id'], name=op.f('fk_deliberation_view_entry_id_deliberation_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliberation_view'))
    )
    with op.batch_alter_table('deliberation_view', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deliberation_view_entry_id'), ['entry_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('deliberation_view', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliberation_view_entry_id'))

    op.drop_table('deliberation_view')
    with op.batch_alter_table('deliberation_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliberation_participant_resident_id'))
        batch_op.drop_index(batch_op.f('ix_deliberation_participant_meeting_id'))

    op.drop_table('deliberation_participant')
    with op.batch_alter_table('deliberation_meeting_topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliberation_meeting_topic_topic_id'))

    op.drop_table('deliberation_meeting_topic')
    with op.batch_alter_table('deliberation_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_deliberation_entry_topic')
        batch_op.drop_index('ix_deliberation_entry_kind_date')

    op.drop_table('deliberation_entry')
    with op.batch_alter_table('deliberation_proposer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliberation_proposer_topic_id'))
        batch_op.drop_index(batch_op.f('ix_deliberation_proposer_resident_id'))

    op.drop_table('deliberation_proposer')
    with op.batch_alter_table('deliberation_meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliberation_meeting_held_on'))
        batch_op.drop_index(batch_op.f('ix_deliberation_meeting_body_id'))

    op.drop_table('deliberation_meeting')
    with op.batch_alter_table('deliberation_body_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliberation_body_member_resident_id'))
        batch_op.drop_index('ix_deliberation_body_member_body')

    op.drop_table('deliberation_body_member')
    with op.batch_alter_table('deliberation_topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deliberation_topic_status'))
        batch_op.drop_index(batch_op.f('ix_deliberation_topic_last_date'))
        batch_op.drop_index('ix_deliberation_topic_filters')

    op.drop_table('deliberation_topic')
    op.drop_table('deliberation_body')
