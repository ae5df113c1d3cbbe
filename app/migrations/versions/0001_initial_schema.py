"""initial schema

Revision ID: 0001
Revises: 
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.String(length=20), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('workstation', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('target', sa.String(length=80), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('chain_link',
    sa.Column('register', sa.String(length=16), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('record_id', sa.Integer(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('register', 'station_id', 'seq')
    )
    op.create_table('law',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name_en', sa.String(length=160), nullable=False),
    sa.Column('name_ur', sa.String(length=160), nullable=False),
    sa.Column('short_en', sa.String(length=24), nullable=False),
    sa.Column('short_ur', sa.String(length=24), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('outbox_op',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.String(length=20), nullable=False),
    sa.Column('entity', sa.String(length=24), nullable=False),
    sa.Column('entity_uid', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=16), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('cnic', sa.String(length=15), nullable=True),
    sa.Column('nicop', sa.String(length=15), nullable=True),
    sa.Column('passport', sa.String(length=20), nullable=True),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('name_ur', sa.String(length=100), nullable=False),
    sa.Column('relation', sa.String(length=3), nullable=False),
    sa.Column('relative_name_en', sa.String(length=100), nullable=False),
    sa.Column('relative_name_ur', sa.String(length=100), nullable=False),
    sa.Column('caste', sa.String(length=40), nullable=False),
    sa.Column('gender', sa.String(length=1), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('age_years', sa.Integer(), nullable=True),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phones', sa.JSON(), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_cnic', ['cnic'], unique=True, sqlite_where=sa.text('cnic IS NOT NULL'))
        batch_op.create_index('ix_person_names', ['name_en', 'relative_name_en'], unique=False)

    op.create_table('province',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('cnic_digit', sa.Integer(), nullable=True),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.Column('name_ur', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('district',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('province_id', sa.Integer(), nullable=False),
    sa.Column('division_en', sa.String(length=80), nullable=False),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.Column('name_ur', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['province_id'], ['province.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('offence_section',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('law_id', sa.Integer(), nullable=False),
    sa.Column('section', sa.String(length=24), nullable=False),
    sa.Column('title_en', sa.String(length=200), nullable=False),
    sa.Column('title_ur', sa.String(length=200), nullable=False),
    sa.Column('cognizable', sa.Boolean(), nullable=False),
    sa.Column('bailable', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['law_id'], ['law.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('law_id', 'section')
    )
    op.create_table('police_station',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=24), nullable=False),
    sa.Column('district_id', sa.Integer(), nullable=False),
    sa.Column('name_en', sa.String(length=80), nullable=False),
    sa.Column('name_ur', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['district_id'], ['district.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('code')
    )
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('full_name_ur', sa.String(length=100), nullable=False),
    sa.Column('rank', sa.String(length=40), nullable=False),
    sa.Column('role', sa.String(length=24), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.String(length=20), nullable=True),
    sa.Column('created_at', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['police_station.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid'),
    sa.UniqueConstraint('username')
    )
    op.create_table('diary_day_close',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('diary_date', sa.Date(), nullable=False),
    sa.Column('entry_count', sa.Integer(), nullable=False),
    sa.Column('head_hash', sa.String(length=64), nullable=False),
    sa.Column('closed_by_id', sa.Integer(), nullable=False),
    sa.Column('closed_at', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['closed_by_id'], ['app_user.id'], ),
    sa.ForeignKeyConstraint(['station_id'], ['police_station.id'], ),
    sa.PrimaryKeyConstraint('station_id', 'diary_date')
    )
    op.create_table('fir',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('root_id', sa.Integer(), nullable=True),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('occurred_from', sa.String(length=20), nullable=False),
    sa.Column('occurred_to', sa.String(length=20), nullable=True),
    sa.Column('reported_at', sa.String(length=20), nullable=False),
    sa.Column('place', sa.Text(), nullable=False),
    sa.Column('distance_km', sa.Float(), nullable=True),
    sa.Column('direction', sa.String(length=4), nullable=False),
    sa.Column('complainant_id', sa.Integer(), nullable=False),
    sa.Column('property_taken', sa.Text(), nullable=False),
    sa.Column('first_information', sa.Text(), nullable=False),
    sa.Column('delay_explanation', sa.Text(), nullable=False),
    sa.Column('despatched_at', sa.String(length=20), nullable=True),
    sa.Column('recording_officer_id', sa.Integer(), nullable=False),
    sa.Column('investigating_officer_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('diary_ref', sa.String(length=40), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['complainant_id'], ['person.id'], ),
    sa.ForeignKeyConstraint(['corrects_id'], ['fir.id'], ),
    sa.ForeignKeyConstraint(['investigating_officer_id'], ['app_user.id'], ),
    sa.ForeignKeyConstraint(['recording_officer_id'], ['app_user.id'], ),
    sa.ForeignKeyConstraint(['root_id'], ['fir.id'], ),
    sa.ForeignKeyConstraint(['station_id'], ['police_station.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uid')
    )
    with op.batch_alter_table('fir', schema=None) as batch_op:
        batch_op.create_index('ix_fir_reported', ['reported_at'], unique=False)
        batch_op.create_index('ix_fir_root', ['root_id'], unique=False)
        batch_op.create_index('ux_fir_number', ['station_id', 'year', 'serial'], unique=True, sqlite_where=sa.text('corrects_id IS NULL'))

    op.create_table('diary_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uid', sa.String(length=36), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('diary_date', sa.Date(), nullable=False),
    sa.Column('entry_no', sa.Integer(), nullable=False),
    sa.Column('written_at', sa.String(length=20), nullable=False),
    sa.Column('info_received_at', sa.String(length=20), nullable=True),
    sa.Column('category', sa.String(length=24), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('fir_id', sa.Integer(), nullable=True),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['corrects_id'], ['diary_entry.id'], ),
    sa.ForeignKeyConstraint(['fir_id'], ['fir.id'], ),
    sa.ForeignKeyConstraint(['officer_id'], ['app_user.id'], ),
    sa.ForeignKeyConstraint(['station_id'], ['police_station.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('station_id', 'diary_date', 'entry_no'),
    sa.UniqueConstraint('uid')
    )
    op.create_table('fir_accused',
    sa.Column('fir_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['fir_id'], ['fir.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('fir_id', 'position')
    )
    op.create_table('fir_head',
    sa.Column('root_id', sa.Integer(), nullable=False),
    sa.Column('head_id', sa.Integer(), nullable=False),
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['head_id'], ['fir.id'], ),
    sa.ForeignKeyConstraint(['root_id'], ['fir.id'], ),
    sa.ForeignKeyConstraint(['station_id'], ['police_station.id'], ),
    sa.PrimaryKeyConstraint('root_id')
    )
    with op.batch_alter_table('fir_head', schema=None) as batch_op:
        batch_op.create_index('ix_fir_head_station', ['station_id', 'root_id'], unique=False)

    op.create_table('fir_section',
    sa.Column('fir_id', sa.Integer(), nullable=False),
    sa.Column('section_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['fir_id'], ['fir.id'], ),
    sa.ForeignKeyConstraint(['section_id'], ['offence_section.id'], ),
    sa.PrimaryKeyConstraint('fir_id', 'section_id')
    )
    op.create_table('diary_person',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['diary_entry.id'], ),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], ),
    sa.PrimaryKeyConstraint('entry_id', 'person_id')
    )

    # Full-text search: contentless (no second copy of the text) but deletable;
    # rowid = fir.id of the FIR number's root entry, or diary_entry.id.
    for table in ("fir_fts", "diary_fts"):
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(body, content='', contentless_delete=1, "
            "tokenize='unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    op.execute("DROP TABLE fir_fts")
    op.execute("DROP TABLE diary_fts")
    op.drop_table('diary_person')
    op.drop_table('fir_section')
    with op.batch_alter_table('fir_head', schema=None) as batch_op:
        batch_op.drop_index('ix_fir_head_station')

    op.drop_table('fir_head')
    op.drop_table('fir_accused')
    op.drop_table('diary_entry')
    with op.batch_alter_table('fir', schema=None) as batch_op:
        batch_op.drop_index('ux_fir_number', sqlite_where=sa.text('corrects_id IS NULL'))
        batch_op.drop_index('ix_fir_root')
        batch_op.drop_index('ix_fir_reported')

    op.drop_table('fir')
    op.drop_table('diary_day_close')
    op.drop_table('app_user')
    op.drop_table('police_station')
    op.drop_table('offence_section')
    op.drop_table('district')
    op.drop_table('setting')
    op.drop_table('province')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_names')
        batch_op.drop_index('ix_person_cnic', sqlite_where=sa.text('cnic IS NOT NULL'))

    op.drop_table('person')
    op.drop_table('outbox_op')
    op.drop_table('law')
    op.drop_table('chain_link')
    op.drop_table('audit_record')
