"""The profile database: SQLAlchemy models, engine set-up, change log and Alembic migrations."""
