"""counter: queue tokens, applications and their status timeline

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'counter_token',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('service_code', sa.String(length=40), nullable=False),
        sa.Column('number', sa.Integer(), nullable=False),
        sa.Column('label', sa.String(length=12), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('counter_no', sa.Integer(), nullable=True),
        sa.Column('issued_at', sa.String(length=20), nullable=False),
        sa.Column('called_at', sa.String(length=20), nullable=True),
        sa.Column('calls', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('station_id', 'day', 'service_code', 'number'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_counter_token_queue', 'counter_token', ['station_id', 'day', 'status'], unique=False)
    op.create_table(
        'counter_application',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('tracking_no', sa.String(length=48), nullable=False),
        sa.Column('day_seq', sa.Integer(), nullable=False),
        sa.Column('service_code', sa.String(length=40), nullable=False),
        sa.Column('applicant_id', sa.Integer(), nullable=False),
        sa.Column('agent_name', sa.String(length=100), nullable=False),
        sa.Column('agent_cnic', sa.String(length=15), nullable=False),
        sa.Column('agent_relation', sa.String(length=16), nullable=False),
        sa.Column('values', sa.JSON(), nullable=False),
        sa.Column('documents', sa.JSON(), nullable=False),
        sa.Column('fee_pkr', sa.Integer(), nullable=False),
        sa.Column('language', sa.String(length=2), nullable=False),
        sa.Column('mobile', sa.String(length=12), nullable=False),
        sa.Column('token_id', sa.Integer(), nullable=True),
        sa.Column('received_at', sa.String(length=20), nullable=False),
        sa.Column('due_at', sa.String(length=20), nullable=False),
        sa.Column('received_by_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('is_demo', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['applicant_id'], ['person.id']),
        sa.ForeignKeyConstraint(['received_by_id'], ['app_user.id']),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.ForeignKeyConstraint(['token_id'], ['counter_token.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('tracking_no'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_counter_application_applicant_id', 'counter_application', ['applicant_id'], unique=False)
    op.create_index('ix_counter_application_status', 'counter_application', ['station_id', 'status', 'due_at'],
                    unique=False)
    op.create_table(
        'application_event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('at', sa.String(length=20), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.Column('rating', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['application_id'], ['counter_application.id']),
        sa.ForeignKeyConstraint(['by_id'], ['app_user.id']),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_application_event_application_id', 'application_event', ['application_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_application_event_application_id', table_name='application_event')
    op.drop_table('application_event')
    op.drop_index('ix_counter_application_status', table_name='counter_application')
    op.drop_index('ix_counter_application_applicant_id', table_name='counter_application')
    op.drop_table('counter_application')
    op.drop_index('ix_counter_token_queue', table_name='counter_token')
    op.drop_table('counter_token')
