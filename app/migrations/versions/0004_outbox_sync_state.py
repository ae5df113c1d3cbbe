"""outbox sync state: the server's answer, reason, position, receipt time and countersignature

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN (nullable): no table rebuild.
    op.add_column('outbox_op', sa.Column('sync_result', sa.String(length=12), nullable=True))
    op.add_column('outbox_op', sa.Column('sync_reason', sa.Text(), nullable=True))
    op.add_column('outbox_op', sa.Column('server_position', sa.Integer(), nullable=True))
    op.add_column('outbox_op', sa.Column('server_received_at', sa.String(length=40), nullable=True))
    op.add_column('outbox_op', sa.Column('server_signature', sa.String(length=128), nullable=True))
    op.create_index('ix_outbox_op_state', 'outbox_op', ['state', 'id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_outbox_op_state', table_name='outbox_op')
    op.drop_column('outbox_op', 'server_signature')
    op.drop_column('outbox_op', 'server_received_at')
    op.drop_column('outbox_op', 'server_position')
    op.drop_column('outbox_op', 'sync_reason')
    op.drop_column('outbox_op', 'sync_result')
