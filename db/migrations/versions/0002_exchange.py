"""The exchange: receipts, the ledger of bundles in and out, what is known of each peer, and
attachments stored as an email copy.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Types are spelled out as plain SQL types (not the application's TypeDecorators) so this file keeps
meaning the same thing whatever later code does. The new attachment column is added in batch
mode and is nullable, so existing rows need no value.
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bundle_in',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('sender_kind', sa.String(length=10), nullable=False),
    sa.Column('sender_id', sa.String(length=36), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('previous_sha256', sa.String(length=64), nullable=False),
    sa.Column('changes_from', sa.Integer(), nullable=False),
    sa.Column('changes_to', sa.Integer(), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('part_set', sa.String(length=64), nullable=False),
    sa.Column('part_index', sa.Integer(), nullable=False),
    sa.Column('part_count', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.Column('received_at', sa.String(length=32), nullable=False),
    sa.Column('applied_at', sa.String(length=32), nullable=True),
    sa.Column('new_records', sa.Integer(), nullable=False),
    sa.Column('updated_records', sa.Integer(), nullable=False),
    sa.Column('unchanged_records', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('accepted', 'waiting', 'fork')", name=op.f('ck_bundle_in_status')),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_bundle_in'))
    )
    with op.batch_alter_table('bundle_in', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bundle_in_sender_id'), ['sender_id'], unique=False)

    op.create_table('bundle_out',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=500), nullable=False),
    sa.Column('recipient_school_id', sa.String(length=36), nullable=True),
    sa.Column('changes_from', sa.Integer(), nullable=False),
    sa.Column('changes_to', sa.Integer(), nullable=False),
    sa.Column('full', sa.Boolean(), nullable=False),
    sa.Column('part_index', sa.Integer(), nullable=False),
    sa.Column('part_count', sa.Integer(), nullable=False),
    sa.Column('records', sa.Integer(), nullable=False),
    sa.Column('files', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_bundle_out'))
    )
    with op.batch_alter_table('bundle_out', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bundle_out_sequence'), ['sequence'], unique=False)

    op.create_table('peer_state',
    sa.Column('peer_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('installation_id', sa.String(length=36), nullable=False),
    sa.Column('last_sequence', sa.Integer(), nullable=False),
    sa.Column('last_sha256', sa.String(length=64), nullable=False),
    sa.Column('held_through', sa.Integer(), nullable=False),
    sa.Column('acknowledged_through', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('peer_id', name=op.f('pk_peer_state'))
    )
    op.create_table('receipt',
    sa.Column('school_id', sa.String(length=36), nullable=False),
    sa.Column('accepted_sequence', sa.Integer(), nullable=False),
    sa.Column('accepted_through', sa.Integer(), nullable=False),
    sa.Column('accepted_at', sa.String(length=32), nullable=False),
    sa.Column('owner_kind', sa.String(length=10), nullable=False),
    sa.Column('owner_school_id', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.CheckConstraint("(owner_kind = 'department' AND owner_school_id IS NULL) OR (owner_kind = 'school' AND owner_school_id IS NOT NULL)", name=op.f('ck_receipt_owner')),
    sa.ForeignKeyConstraint(['owner_school_id'], ['school.id'], name=op.f('fk_receipt_owner_school_id_school')),
    sa.ForeignKeyConstraint(['school_id'], ['school.id'], name=op.f('fk_receipt_school_id_school')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt')),
    sa.UniqueConstraint('school_id', name=op.f('uq_receipt_school_id'))
    )
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_owner_school_id'), ['owner_school_id'], unique=False)

    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('stored_sha256', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('attachment', schema=None) as batch_op:
        batch_op.drop_column('stored_sha256')

    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_owner_school_id'))

    op.drop_table('receipt')
    op.drop_table('peer_state')
    with op.batch_alter_table('bundle_out', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bundle_out_sequence'))

    op.drop_table('bundle_out')
    with op.batch_alter_table('bundle_in', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bundle_in_sender_id'))

    op.drop_table('bundle_in')
