"""counter token events: each change of a queue token, hash-chained

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'counter_token_event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('token_id', sa.Integer(), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('action', sa.String(length=10), nullable=False),
        sa.Column('status', sa.String(length=10), nullable=False),
        sa.Column('counter_no', sa.Integer(), nullable=True),
        sa.Column('at', sa.String(length=20), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['by_id'], ['app_user.id']),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.ForeignKeyConstraint(['token_id'], ['counter_token.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_counter_token_event_token_id', 'counter_token_event', ['token_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_counter_token_event_token_id', table_name='counter_token_event')
    op.drop_table('counter_token_event')
