"""password history, account source

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch rebuild would drop app_user, which the registers reference.
    op.add_column('app_user', sa.Column('source', sa.String(length=8), nullable=False, server_default='local'))
    op.add_column('app_user', sa.Column('password_changed_at', sa.String(length=20), nullable=True))
    op.create_table('password_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('set_at', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_password_history_user_id', 'password_history', ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_password_history_user_id', table_name='password_history')
    op.drop_table('password_history')
    op.drop_column('app_user', 'password_changed_at')
    op.drop_column('app_user', 'source')
