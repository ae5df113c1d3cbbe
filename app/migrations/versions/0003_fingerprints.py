"""CRO fingerprint records, the 1:N index rows, identification checks

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

INSTANT = sa.String(length=20)  # UTCDateTime: ISO text in UTC


def upgrade() -> None:
    op.create_table(
        'cro_record',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=16), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('photo', sa.LargeBinary(), nullable=True),
        sa.Column('photo_sha256', sa.String(length=64), nullable=True),
        sa.Column('enrolled_by_id', sa.Integer(), nullable=False),
        sa.Column('is_demo', sa.Boolean(), nullable=False),
        sa.Column('created_at', INSTANT, nullable=False),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.ForeignKeyConstraint(['person_id'], ['person.id']),
        sa.ForeignKeyConstraint(['enrolled_by_id'], ['app_user.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_cro_record_person_id', 'cro_record', ['person_id'])
    op.create_table(
        'finger_impression',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('finger', sa.Integer(), nullable=False),
        sa.Column('impression', sa.Integer(), nullable=False),
        sa.Column('quality', sa.Integer(), nullable=False),
        sa.Column('image', sa.LargeBinary(), nullable=False),
        sa.Column('image_sha256', sa.String(length=64), nullable=False),
        sa.Column('template', sa.LargeBinary(), nullable=False),
        sa.Column('template_sha256', sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(['record_id'], ['cro_record.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('record_id', 'finger', 'impression'),
    )
    op.create_table(
        'finger_template',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('impression_id', sa.Integer(), nullable=False),
        sa.Column('packed', sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(['record_id'], ['cro_record.id']),
        sa.ForeignKeyConstraint(['impression_id'], ['finger_impression.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_finger_template_record_id', 'finger_template', ['record_id'])
    op.create_table(
        'cro_withdrawal',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('withdrawn_by_id', sa.Integer(), nullable=False),
        sa.Column('withdrawn_at', INSTANT, nullable=False),
        sa.ForeignKeyConstraint(['record_id'], ['cro_record.id']),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.ForeignKeyConstraint(['withdrawn_by_id'], ['app_user.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('uid'),
        sa.UniqueConstraint('record_id'),
    )
    op.create_table(
        'identification_check',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('uid', sa.String(length=36), nullable=False),
        sa.Column('station_id', sa.Integer(), nullable=False),
        sa.Column('officer_id', sa.Integer(), nullable=False),
        sa.Column('at', INSTANT, nullable=False),
        sa.Column('place', sa.String(length=120), nullable=False),
        sa.Column('purpose', sa.String(length=16), nullable=False),
        sa.Column('outcome', sa.String(length=8), nullable=False),
        sa.Column('probe_quality', sa.Integer(), nullable=False),
        sa.Column('candidates', sa.JSON(), nullable=False),
        sa.Column('is_demo', sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(['station_id'], ['police_station.id']),
        sa.ForeignKeyConstraint(['officer_id'], ['app_user.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('uid'),
    )
    op.create_index('ix_identification_check_at', 'identification_check', ['at'])


def downgrade() -> None:
    op.drop_index('ix_identification_check_at', table_name='identification_check')
    op.drop_table('identification_check')
    op.drop_table('cro_withdrawal')
    op.drop_index('ix_finger_template_record_id', table_name='finger_template')
    op.drop_table('finger_template')
    op.drop_table('finger_impression')
    op.drop_index('ix_cro_record_person_id', table_name='cro_record')
    op.drop_table('cro_record')
