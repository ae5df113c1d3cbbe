"""certificates: the findings of an application's record checks, and the signed documents issued

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'application_finding',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('source', sa.String(length=40), nullable=False),
        sa.Column('hit', sa.Boolean(), nullable=False),
        sa.Column('text_en', sa.Text(), nullable=False),
        sa.Column('text_ur', sa.Text(), nullable=False),
        sa.Column('record_uid', sa.String(length=80), nullable=False),
        sa.Column('check_uid', sa.String(length=36), nullable=False),
        sa.Column('at', sa.String(length=20), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['counter_application.id']),
        sa.ForeignKeyConstraint(['by_id'], ['app_user.id']),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_application_finding_application_id', 'application_finding', ['application_id'],
                    unique=False)
    op.create_table(
        'issued_document',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('application_id', sa.Integer(), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=40), nullable=False),
        sa.Column('number', sa.String(length=40), nullable=False),
        sa.Column('year', sa.Integer(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('issued_at', sa.String(length=20), nullable=False),
        sa.Column('payload', sa.Text(), nullable=False),
        sa.Column('lines', sa.JSON(), nullable=False),
        sa.Column('by_id', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['application_id'], ['counter_application.id']),
        sa.ForeignKeyConstraint(['by_id'], ['app_user.id']),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('application_id'),
        sa.UniqueConstraint('number'),
        sa.UniqueConstraint('station_id', 'year', 'seq'),
        sa.UniqueConstraint('uid'),
    )


def downgrade() -> None:
    op.drop_table('issued_document')
    op.drop_index('ix_application_finding_application_id', table_name='application_finding')
    op.drop_table('application_finding')
