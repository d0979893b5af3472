"""mediation (敞心阁): 恳谈/来访登记, 调解员, 人民调解 cases with parties, sessions, investigations, extensions,
escalations, 回访 and status history; a per-year 卷号 sequence that never goes back

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 09:00:00.000000
"""
from collections.abc import Sequence

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('mediation_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.Column('dispute_type', sa.String(length=20), nullable=False),
    sa.Column('subtype', sa.String(length=30), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=10), nullable=False),
    sa.Column('routes_told', sa.String(length=30), nullable=False),
    sa.Column('termination_reason', sa.Text(), nullable=False),
    sa.Column('agreed_on', sa.Date(), nullable=True),
    sa.Column('agreement_content', sa.Text(), nullable=False),
    sa.Column('performance_method', sa.Text(), nullable=False),
    sa.Column('performance_due', sa.Date(), nullable=True),
    sa.Column('followup_due', sa.Date(), nullable=True),
    sa.Column('amount_fen', sa.Integer(), nullable=False),
    sa.Column('prevented_cases', sa.Integer(), nullable=False),
    sa.Column('prevented_people', sa.Integer(), nullable=False),
    sa.Column('prevented_petition', sa.Boolean(), nullable=False),
    sa.Column('escalation_level', sa.String(length=10), nullable=False),
    sa.Column('joint_meeting_notes', sa.Text(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('retention', sa.String(length=10), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_case')),
    sa.UniqueConstraint('number', name=op.f('uq_mediation_case_number')),
    sa.UniqueConstraint('year', 'seq', name=op.f('uq_mediation_case_year_seq'))
    )
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_case_accepted_on'), ['accepted_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_case_dispute_type'), ['dispute_type'], unique=False)
        batch_op.create_index('ix_mediation_case_status_deadline', ['status', 'deadline'], unique=False)

    op.create_table('mediation_case_sequence',
    sa.Column('year', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('year', name=op.f('pk_mediation_case_sequence'))
    )
    op.create_table('mediation_escalation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('from_level', sa.String(length=10), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('moved_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_escalation_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_escalation'))
    )
    with op.batch_alter_table('mediation_escalation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_escalation_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_extension',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('agreed_on', sa.Date(), nullable=False),
    sa.Column('new_deadline', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_extension_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_extension'))
    )
    with op.batch_alter_table('mediation_extension', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_extension_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_investigation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('investigator', sa.String(length=100), nullable=False),
    sa.Column('subject', sa.String(length=100), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_investigation_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_investigation'))
    )
    with op.batch_alter_table('mediation_investigation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_investigation_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('age', sa.Integer(), nullable=True),
    sa.Column('id_number', sa.String(length=40), nullable=False),
    sa.Column('ethnicity', sa.String(length=2), nullable=False),
    sa.Column('occupation', sa.String(length=100), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_party_case_id_mediation_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_mediation_party_resident_id_resident'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_party'))
    )
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_party_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_party_resident_id'), ['resident_id'], unique=False)

    op.create_table('mediation_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=False),
    sa.Column('attendees', sa.String(length=300), nullable=False),
    sa.Column('mediators', sa.String(length=200), nullable=False),
    sa.Column('statements', sa.Text(), nullable=False),
    sa.Column('process', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_session_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_session'))
    )
    with op.batch_alter_table('mediation_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_session_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('from_status', sa.String(length=10), nullable=False),
    sa.Column('to_status', sa.String(length=10), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_status_change_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_status_change'))
    )
    with op.batch_alter_table('mediation_status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_status_change_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_talk',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('talked_at', sa.DateTime(), nullable=False),
    sa.Column('visitor_name', sa.String(length=50), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('contact', sa.String(length=60), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('reply', sa.Text(), nullable=False),
    sa.Column('needs_followup', sa.Boolean(), nullable=False),
    sa.Column('followup_by', sa.String(length=50), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('followup_done', sa.Boolean(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_mediation_talk_resident_id_resident'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_talk'))
    )
    with op.batch_alter_table('mediation_talk', schema=None) as batch_op:
        batch_op.create_index('ix_mediation_talk_followup', ['needs_followup', 'followup_done'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_talk_resident_id'), ['resident_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_talk_talked_at'), ['talked_at'], unique=False)

    op.create_table('mediation_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('visitor', sa.String(length=100), nullable=False),
    sa.Column('performance', sa.Text(), nullable=False),
    sa.Column('opinion', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_visit_case_id_mediation_case'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_visit'))
    )
    with op.batch_alter_table('mediation_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_visit_case_id'), ['case_id'], unique=False)

    op.create_table('mediator',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=500), nullable=False),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_mediator_resident_id_resident'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediator'))
    )
    with op.batch_alter_table('mediator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediator_resident_id'), ['resident_id'], unique=False)

    op.create_table('mediation_case_mediator',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('mediator_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_case_mediator_case_id_mediation_case'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mediator_id'], ['mediator.id'], name=op.f('fk_mediation_case_mediator_mediator_id_mediator'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('case_id', 'mediator_id', name=op.f('pk_mediation_case_mediator'))
    )


def downgrade() -> None:
    op.drop_table('mediation_case_mediator')
    with op.batch_alter_table('mediator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediator_resident_id'))

    op.drop_table('mediator')
    with op.batch_alter_table('mediation_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_visit_case_id'))

    op.drop_table('mediation_visit')
    with op.batch_alter_table('mediation_talk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_talk_talked_at'))
        batch_op.drop_index(batch_op.f('ix_mediation_talk_resident_id'))
        batch_op.drop_index('ix_mediation_talk_followup')

    op.drop_table('mediation_talk')
    with op.batch_alter_table('mediation_status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_status_change_case_id'))

    op.drop_table('mediation_status_change')
    with op.batch_alter_table('mediation_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_session_case_id'))

    op.drop_table('mediation_session')
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_party_resident_id'))
        batch_op.drop_index(batch_op.f('ix_mediation_party_case_id'))

    op.drop_table('mediation_party')
    with op.batch_alter_table('mediation_investigation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_investigation_case_id'))

    op.drop_table('mediation_investigation')
    with op.batch_alter_table('mediation_extension', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_extension_case_id'))

    op.drop_table('mediation_extension')
    with op.batch_alter_table('mediation_escalation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_escalation_case_id'))

    op.drop_table('mediation_escalation')
    op.drop_table('mediation_case_sequence')
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_case_status_deadline')
        batch_op.drop_index(batch_op.f('ix_mediation_case_dispute_type'))
        batch_op.drop_index(batch_op.f('ix_mediation_case_accepted_on'))

    op.drop_table('mediation_case')
