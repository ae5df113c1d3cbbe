"""the stolen-vehicle list the district/national system sends, for vehicle verification at the counter

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'stolen_vehicle',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('registration', sa.String(length=16), nullable=False),
        sa.Column('plate_base', sa.String(length=16), nullable=False),
        sa.Column('chassis', sa.String(length=25), nullable=False),
        sa.Column('engine', sa.String(length=25), nullable=False),
        sa.Column('description', sa.String(length=120), nullable=False),
        sa.Column('reference', sa.String(length=60), nullable=False),
        sa.Column('reported_on', sa.Date(), nullable=False),
        sa.Column('station', sa.String(length=80), nullable=False),
        sa.Column('list_date', sa.Date(), nullable=False),
        sa.Column('is_demo', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    for column in ('registration', 'plate_base', 'chassis', 'engine'):
        op.create_index(f'ix_stolen_vehicle_{column}', 'stolen_vehicle', [column], unique=False)


def downgrade() -> None:
    op.drop_table('stolen_vehicle')
