"""Initial schema: profile, schools, roadmaps, progress, evidence, attachments, risk profile,
reviews, comments and the append-only change log.

Revision ID: 0001
Revises:
Create Date: 2026-11-24

Types are spelled out as plain SQL types (not the application's TypeDecorators) so this file keeps
meaning the same thing whatever later code does.
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# The risk factors of the 500+ risk profile methodology («рисковый профиль школы»).
RISK_FACTORS = [
    ("equipment", "Низкий уровень оснащения школы"),
    ("staff_shortage", "Дефицит педагогических кадров"),
    ("teacher_competence", "Недостаточная предметная и методическая компетентность педагогических работников"),
    ("adaptivity", "Риски низкой адаптивности учебного процесса"),
    ("training_system", "Несформированность внутришкольной системы повышения квалификации"),
    ("failure_risk", "Высокая доля обучающихся с рисками учебной неуспешности"),
    ("language_barriers", "Низкое качество преодоления языковых и культурных барьеров"),
    ("environment", "Пониженный уровень качества школьной образовательной и воспитательной среды"),
    ("parents", "Низкий уровень вовлечённости родителей"),
    ("special_needs", "Высокая доля обучающихся с ОВЗ"),
    ("motivation", "Низкая учебная мотивация обучающихся"),
    ("management", "Низкое качество управления школой"),
]


def upgrade() -> None:
    op.create_table('attachment',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('media_type', sa.String(length=200), nullable=False),
    sa.Column('original_name', sa.String(length=500), nullable=False),
    sa.Column('stored_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_attachment'))
    )
    op.create_table('change_log',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('op', sa.String(length=6), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=True),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('origin', sa.String(length=36), nullable=False),
    sa.Column('changed_at', sa.String(length=32), nullable=False),
    sa.Column('changed_by', sa.String(length=300), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.CheckConstraint("op IN ('insert', 'update', 'delete')", name=op.f('ck_change_log_op')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_change_log')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_log_record_id'), ['record_id'], unique=False)

    op.create_table('department',
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('short_name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('public_key', sa.String(length=100), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("owner_kind = 'department' AND owner_school_id IS NULL", name=op.f('ck_department_owner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_department'))
    )
    op.create_table('revision_floor',
    sa.Column('record_id', sa.String(length=36), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('record_id', name=op.f('pk_revision_floor'))
    )
    op.create_table('risk_factor',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_risk_factor'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('school',
    sa.Column('department_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('short_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('curator', sa.String(length=300), nullable=False),
    sa.Column('mentor_school', sa.String(length=500), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('enrolled_at', sa.String(length=32), nullable=False),
    sa.Column('public_key', sa.String(length=100), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("owner_kind = 'department' AND owner_school_id IS NULL", name=op.f('ck_school_owner')),
    sa.CheckConstraint("status IN ('shnor', 'risk_group', 'non_objective', 'social_risk', 'other')", name=op.f('ck_school_status')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_school_department_id_department')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school'))
    )
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_department_id'), ['department_id'], unique=False)

    op.create_table('enrollment_secret',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('secret_sha256', sa.String(length=64), nullable=False),
    sa.Column('issued_at', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_enrollment_secret_school_id_school')),
    sa.PrimaryKeyConstraint('school_id', name=op.f('pk_enrollment_secret'))
    )
    op.create_table('profile',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=500), nullable=False),
    sa.Column('department_id', sa.String(length=36), nullable=False),
    sa.Column('school_id', sa.String(length=36), nullable=True),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('public_key', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('created_by_version', sa.String(length=20), nullable=False),
    sa.CheckConstraint("(kind = 'department' AND school_id IS NULL) OR (kind = 'school' AND school_id IS NOT NULL)", name=op.f('ck_profile_kind_school')),
    sa.CheckConstraint("kind IN ('department', 'school')", name=op.f('ck_profile_kind')),
    sa.CheckConstraint('id = 1', name=op.f('ck_profile_single_row')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_profile_department_id_department')),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_profile_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_profile'))
    )
    op.create_table('roadmap',
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('period_start', sa.String(length=10), nullable=True),
    sa.Column('period_end', sa.String(length=10), nullable=True),
    sa.Column('order_number', sa.String(length=100), nullable=False),
    sa.Column('order_date', sa.String(length=10), nullable=True),
    sa.Column('goal', sa.Text(), nullable=False),
    sa.Column('source_file_name', sa.String(length=500), nullable=False),
    sa.Column('source_sha256', sa.String(length=64), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_roadmap_owner')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_roadmap_owner_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_roadmap'))
    )
    with op.batch_alter_table('roadmap', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_roadmap_owner_school_id'), ['owner_school_id'], unique=False)

    op.create_table('school_risk',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('factor_code', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('assessed_on', sa.String(length=10), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_school_risk_owner')),
    sa.CheckConstraint("level IN ('none', 'low', 'medium', 'high')", name=op.f('ck_school_risk_level')),
    sa.ForeignKeyConstraint(['factor_code'], ['risk_factor.code'], name=op.f('fk_school_risk_factor_code_risk_factor')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_school_risk_owner_school_id_school')),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_school_risk_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_risk')),
    sa.UniqueConstraint('school_id', 'factor_code', name=op.f('uq_school_risk_school_id_factor_code'))
    )
    with op.batch_alter_table('school_risk', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_school_risk_owner_school_id'), ['owner_school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_school_risk_school_id'), ['school_id'], unique=False)

    op.create_table('indicator',
    sa.Column('roadmap_id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('indicator_type', sa.String(length=100), nullable=False),
    sa.Column('unit', sa.String(length=50), nullable=False),
    sa.Column('base_value', sa.Float(), nullable=True),
    sa.Column('base_text', sa.String(length=200), nullable=False),
    sa.Column('targets', sa.JSON(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_indicator_owner')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_indicator_owner_school_id_school')),
    sa.ForeignKeyConstraint(['roadmap_id'], ['roadmap.id'], name=op.f('fk_indicator_roadmap_id_roadmap')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator'))
    )
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_owner_school_id'), ['owner_school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_roadmap_id'), ['roadmap_id'], unique=False)

    op.create_table('monitoring_round',
    sa.Column('roadmap_id', sa.String(length=36), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('starts_on', sa.String(length=10), nullable=True),
    sa.Column('due_date', sa.String(length=10), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_monitoring_round_owner')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_monitoring_round_owner_school_id_school')),
    sa.ForeignKeyConstraint(['roadmap_id'], ['roadmap.id'], name=op.f('fk_monitoring_round_roadmap_id_roadmap')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_round'))
    )
    with op.batch_alter_table('monitoring_round', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitoring_round_owner_school_id'), ['owner_school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_monitoring_round_roadmap_id'), ['roadmap_id'], unique=False)

    op.create_table('section',
    sa.Column('roadmap_id', sa.String(length=36), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_section_owner')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_section_owner_school_id_school')),
    sa.ForeignKeyConstraint(['roadmap_id'], ['roadmap.id'], name=op.f('fk_section_roadmap_id_roadmap')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_section'))
    )
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_section_owner_school_id'), ['owner_school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_section_roadmap_id'), ['roadmap_id'], unique=False)

    op.create_table('activity',
    sa.Column('roadmap_id', sa.String(length=36), nullable=False),
    sa.Column('section_id', sa.String(length=36), nullable=True),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('responsible', sa.Text(), nullable=False),
    sa.Column('deadline_text', sa.Text(), nullable=False),
    sa.Column('windows', sa.JSON(), nullable=False),
    sa.Column('recurrence', sa.String(length=12), nullable=True),
    sa.Column('deadline_issue', sa.Text(), nullable=True),
    sa.Column('expected_result', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('by_department', sa.Boolean(), nullable=False),
    sa.Column('by_schools', sa.Boolean(), nullable=False),
    sa.Column('target_school_ids', sa.JSON(), nullable=True),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_activity_owner')),
    sa.CheckConstraint("recurrence IS NULL OR recurrence IN ('weekly', 'monthly', 'quarterly', 'semiannual', 'yearly', 'event')", name=op.f('ck_activity_recurrence')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_activity_owner_school_id_school')),
    sa.ForeignKeyConstraint(['roadmap_id'], ['roadmap.id'], name=op.f('fk_activity_roadmap_id_roadmap')),
    sa.ForeignKeyConstraint(['section_id'], ['section.id'], name=op.f('fk_activity_section_id_section')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity'))
    )
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_activity_owner_school_id'), ['owner_school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_roadmap_id'), ['roadmap_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_activity_section_id'), ['section_id'], unique=False)

    op.create_table('indicator_value',
    sa.Column('indicator_id', sa.String(length=36), nullable=False),
    sa.Column('round_id', sa.String(length=36), nullable=True),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('value', sa.Float(), nullable=True),
    sa.Column('value_text', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_indicator_value_owner')),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_indicator_value_indicator_id_indicator')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_indicator_value_owner_school_id_school')),
    sa.ForeignKeyConstraint(['round_id'], ['monitoring_round.id'], name=op.f('fk_indicator_value_round_id_monitoring_round')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_indicator_value'))
    )
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_indicator_value_indicator_id'), ['indicator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_indicator_value_owner_school_id'), ['owner_school_id'], unique=False)

    op.create_table('progress',
    sa.Column('activity_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('actual_result', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=300), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_progress_owner')),
    sa.CheckConstraint("status IN ('not_started', 'in_progress', 'done', 'not_done', 'cancelled')", name=op.f('ck_progress_status')),
    sa.ForeignKeyConstraint(['activity_id'], ['activity.id'], name=op.f('fk_progress_activity_id_activity')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_progress_owner_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress')),
    sa.UniqueConstraint('activity_id', 'owner_kind', 'owner_school_id', name=op.f('uq_progress_activity_id_owner_kind_owner_school_id'))
    )
    with op.batch_alter_table('progress', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_activity_id'), ['activity_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_owner_school_id'), ['owner_school_id'], unique=False)

    op.create_table('comment',
    sa.Column('progress_id', sa.String(length=36), nullable=False),
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('verdict', sa.String(length=10), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('author', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_comment_owner')),
    sa.CheckConstraint("verdict IS NULL OR verdict IN ('accepted', 'rework')", name=op.f('ck_comment_verdict')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_comment_owner_school_id_school')),
    sa.ForeignKeyConstraint(['progress_id'], ['progress.id'], name=op.f('fk_comment_progress_id_progress')),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_comment_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_comment'))
    )
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_comment_owner_school_id'), ['owner_school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_progress_id'), ['progress_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_comment_school_id'), ['school_id'], unique=False)

    op.create_table('evidence',
    sa.Column('progress_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('doc_type', sa.String(length=200), nullable=False),
    sa.Column('doc_issuer', sa.String(length=500), nullable=False),
    sa.Column('doc_number', sa.String(length=100), nullable=False),
    sa.Column('doc_date', sa.String(length=10), nullable=True),
    sa.Column('attachment_sha256', sa.String(length=64), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_evidence_owner')),
    sa.CheckConstraint("kind != 'file' OR attachment_sha256 IS NOT NULL", name=op.f('ck_evidence_file_has_content')),
    sa.CheckConstraint("kind != 'link' OR url != ''", name=op.f('ck_evidence_link_has_url')),
    sa.CheckConstraint("kind IN ('file', 'link', 'document')", name=op.f('ck_evidence_kind')),
    sa.ForeignKeyConstraint(['attachment_sha256'], ['attachment.sha256'], name=op.f('fk_evidence_attachment_sha256_attachment')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_evidence_owner_school_id_school')),
    sa.ForeignKeyConstraint(['progress_id'], ['progress.id'], name=op.f('fk_evidence_progress_id_progress')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evidence'))
    )
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_owner_school_id'), ['owner_school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_evidence_progress_id'), ['progress_id'], unique=False)

    op.create_table('review',
    sa.Column('progress_id', sa.String(length=36), nullable=False),
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('updated_at', sa.String(length=32), nullable=False),
    sa.Column('updated_by', sa.String(length=300), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_review_owner')),
    sa.CheckConstraint("state IN ('accepted', 'rework')", name=op.f('ck_review_state')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_review_owner_school_id_school')),
    sa.ForeignKeyConstraint(['progress_id'], ['progress.id'], name=op.f('fk_review_progress_id_progress')),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_review_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review')),
    sa.UniqueConstraint('progress_id', name=op.f('uq_review_progress_id'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_owner_school_id'), ['owner_school_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_school_id'), ['school_id'], unique=False)

    # The change log is append-only: the exchange and the as-of reports rely on it never changing.
    op.execute(
        "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log "
        "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log "
        "BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END"
    )
    risk_factor = sa.table(
        "risk_factor", sa.column("code", sa.String), sa.column("name", sa.Text), sa.column("position", sa.Integer)
    )
    op.bulk_insert(
        risk_factor,
        [{"code": code, "name": name, "position": i} for i, (code, name) in enumerate(RISK_FACTORS, start=1)],
    )



def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS change_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS change_log_no_delete")
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_school_id'))
        batch_op.drop_index(batch_op.f('ix_review_owner_school_id'))

    op.drop_table('review')
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_progress_id'))
        batch_op.drop_index(batch_op.f('ix_evidence_owner_school_id'))

    op.drop_table('evidence')
    with op.batch_alter_table('comment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_comment_school_id'))
        batch_op.drop_index(batch_op.f('ix_comment_progress_id'))
        batch_op.drop_index(batch_op.f('ix_comment_owner_school_id'))

    op.drop_table('comment')
    with op.batch_alter_table('progress', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_owner_school_id'))
        batch_op.drop_index(batch_op.f('ix_progress_activity_id'))

    op.drop_table('progress')
    with op.batch_alter_table('indicator_value', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_value_owner_school_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_value_indicator_id'))

    op.drop_table('indicator_value')
    with op.batch_alter_table('activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_activity_section_id'))
        batch_op.drop_index(batch_op.f('ix_activity_roadmap_id'))
        batch_op.drop_index(batch_op.f('ix_activity_owner_school_id'))

    op.drop_table('activity')
    with op.batch_alter_table('section', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_section_roadmap_id'))
        batch_op.drop_index(batch_op.f('ix_section_owner_school_id'))

    op.drop_table('section')
    with op.batch_alter_table('monitoring_round', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_monitoring_round_roadmap_id'))
        batch_op.drop_index(batch_op.f('ix_monitoring_round_owner_school_id'))

    op.drop_table('monitoring_round')
    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_indicator_roadmap_id'))
        batch_op.drop_index(batch_op.f('ix_indicator_owner_school_id'))

    op.drop_table('indicator')
    with op.batch_alter_table('school_risk', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_risk_school_id'))
        batch_op.drop_index(batch_op.f('ix_school_risk_owner_school_id'))

    op.drop_table('school_risk')
    with op.batch_alter_table('roadmap', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_roadmap_owner_school_id'))

    op.drop_table('roadmap')
    op.drop_table('profile')
    op.drop_table('enrollment_secret')
    with op.batch_alter_table('school', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_school_department_id'))

    op.drop_table('school')
    op.drop_table('setting')
    op.drop_table('risk_factor')
    op.drop_table('revision_floor')
    op.drop_table('department')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_log_record_id'))

    op.drop_table('change_log')
    op.drop_table('attachment')
