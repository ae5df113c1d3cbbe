"""shared scopes: operations of other devices held whole, the national wanted list, person amendments

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'shared_op',
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('op_uid', sa.String(length=36), nullable=False),
        sa.Column('scope', sa.String(length=64), nullable=False),
        sa.Column('entity', sa.String(length=24), nullable=False),
        sa.Column('entity_uid', sa.String(length=80), nullable=False),
        sa.Column('entry_hash', sa.String(length=64), nullable=False),
        sa.Column('received_at', sa.String(length=40), nullable=False),
        sa.Column('body', sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint('position'),
        sa.UniqueConstraint('op_uid'),
    )
    op.create_index('ix_shared_op_scope', 'shared_op', ['scope'], unique=False)
    op.create_table(
        'wanted_person',
        sa.Column('uid', sa.String(length=80), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=24), nullable=False),
        sa.Column('category', sa.String(length=24), nullable=False),
        sa.Column('name_en', sa.String(length=100), nullable=False),
        sa.Column('name_ur', sa.String(length=100), nullable=False),
        sa.Column('relative_name_en', sa.String(length=100), nullable=False),
        sa.Column('cnic', sa.String(length=15), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('photo_sha256', sa.String(length=64), nullable=True),
        sa.Column('fingers', sa.JSON(), nullable=False),
        sa.Column('search_text', sa.Text(), nullable=False),
        sa.Column('withdrawn', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('uid'),
    )
    op.create_index('ix_wanted_person_cnic', 'wanted_person', ['cnic'], unique=False)
    op.create_table(
        'person_amendment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('person_uid', sa.String(length=80), nullable=False),
        sa.Column('station_code', sa.String(length=24), nullable=False),
        sa.Column('base', sa.String(length=36), nullable=True),
        sa.Column('changes', sa.JSON(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('refers', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_person_amendment_person_uid', 'person_amendment', ['person_uid'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_person_amendment_person_uid', table_name='person_amendment')
    op.drop_table('person_amendment')
    op.drop_index('ix_wanted_person_cnic', table_name='wanted_person')
    op.drop_table('wanted_person')
    op.drop_index('ix_shared_op_scope', table_name='shared_op')
    op.drop_table('shared_op')
