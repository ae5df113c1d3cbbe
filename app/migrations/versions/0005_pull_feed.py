"""pull feed: a cursor per scope, the district watchlist's FIRs, this station's ops as its scope gives them

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('outbox_op', sa.Column('feed_position', sa.Integer(), nullable=True))
    op.create_table(
        'sync_cursor',
        sa.Column('scope', sa.String(length=64), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('pulled_at', sa.String(length=20), nullable=True),
        sa.Column('drift', sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint('scope'),
    )
    op.create_table(
        'watchlist_fir',
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('op_uid', sa.String(length=36), nullable=False),
        sa.Column('station_code', sa.String(length=24), nullable=False),
        sa.Column('record_uid', sa.String(length=80), nullable=False),
        sa.Column('number', sa.String(length=24), nullable=False),
        sa.Column('year', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('reported_at', sa.String(length=40), nullable=True),
        sa.Column('sections', sa.Text(), nullable=False),
        sa.Column('complainant', sa.Text(), nullable=False),
        sa.Column('accused', sa.Text(), nullable=False),
        sa.Column('search_text', sa.Text(), nullable=False),
        sa.Column('entry_hash', sa.String(length=64), nullable=False),
        sa.Column('received_at', sa.String(length=40), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('position'),
        sa.UniqueConstraint('op_uid'),
    )
    op.create_index('ix_watchlist_fir_record_uid', 'watchlist_fir', ['record_uid'], unique=False)
    op.create_index('ix_watchlist_fir_number', 'watchlist_fir', ['station_code', 'year', 'number'], unique=False)
    op.create_table(
        'station_feed_op',
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('op_uid', sa.String(length=36), nullable=False),
        sa.Column('entity', sa.String(length=24), nullable=False),
        sa.Column('entity_uid', sa.String(length=80), nullable=False),
        sa.Column('entry_hash', sa.String(length=64), nullable=False),
        sa.Column('received_at', sa.String(length=40), nullable=False),
        sa.Column('body', sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint('position'),
        sa.UniqueConstraint('op_uid'),
    )


def downgrade() -> None:
    op.drop_table('station_feed_op')
    op.drop_index('ix_watchlist_fir_number', table_name='watchlist_fir')
    op.drop_index('ix_watchlist_fir_record_uid', table_name='watchlist_fir')
    op.drop_table('watchlist_fir')
    op.drop_table('sync_cursor')
    op.drop_column('outbox_op', 'feed_position')
