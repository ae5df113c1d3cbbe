"""cms: front-desk complaints with e-tags and their chained history

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'complaint',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('etag_no', sa.String(length=48), nullable=False),
        sa.Column('day_seq', sa.Integer(), nullable=False),
        sa.Column('channel', sa.String(length=12), nullable=False),
        sa.Column('category', sa.String(length=40), nullable=False),
        sa.Column('complainant_id', sa.Integer(), nullable=False),
        sa.Column('description', sa.Text(), nullable=False),
        sa.Column('place', sa.String(length=200), nullable=False),
        sa.Column('occurred_on', sa.Date(), nullable=True),
        sa.Column('mobile', sa.String(length=12), nullable=False),
        sa.Column('language', sa.String(length=2), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=True),
        sa.Column('received_at', sa.String(length=20), nullable=False),
        sa.Column('due_at', sa.String(length=20), nullable=False),
        sa.Column('received_by_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('assigned_to_id', sa.Integer(), nullable=True),
        sa.Column('level', sa.Integer(), nullable=False),
        sa.Column('fir_id', sa.Integer(), nullable=True),
        sa.Column('is_demo', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['counter_application.id']),
        sa.ForeignKeyConstraint(['assigned_to_id'], ['app_user.id']),
        sa.ForeignKeyConstraint(['complainant_id'], ['person.id']),
        sa.ForeignKeyConstraint(['fir_id'], ['fir.id']),
        sa.ForeignKeyConstraint(['received_by_id'], ['app_user.id']),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('application_id'),
        sa.UniqueConstraint('etag_no'),
        sa.UniqueConstraint('fir_id'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_complaint_complainant_id', 'complaint', ['complainant_id'], unique=False)
    op.create_index('ix_complaint_open', 'complaint', ['station_id', 'status', 'due_at'], unique=False)
    op.create_table(
        'complaint_event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('complaint_id', sa.Integer(), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('at', sa.String(length=20), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('assignee_id', sa.Integer(), nullable=True),
        sa.Column('level', sa.Integer(), nullable=True),
        sa.Column('fir_uid', sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(['assignee_id'], ['app_user.id']),
        sa.ForeignKeyConstraint(['by_id'], ['app_user.id']),
        sa.ForeignKeyConstraint(['complaint_id'], ['complaint.id']),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_complaint_event_complaint_id', 'complaint_event', ['complaint_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_complaint_event_complaint_id', table_name='complaint_event')
    op.drop_table('complaint_event')
    op.drop_index('ix_complaint_open', table_name='complaint')
    op.drop_index('ix_complaint_complainant_id', table_name='complaint')
    op.drop_table('complaint')
