"""Change notifications: PostgreSQL tells listeners when any table's data changes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 05:20:00.000000

Every API process caches responses until the data changes (`app.core.data_version`). On
PostgreSQL, statement triggers on every table `NOTIFY briefing_data_changed`, which the
processes `LISTEN` to; PostgreSQL folds the notifications of one transaction into one,
delivered on commit. SQLite needs nothing: `PRAGMA data_version` tells a connection that
another one committed.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "briefing_data_changed"
TABLES = (
    "document",
    "section",
    "entity",
    "quote",
    "event",
    "claim",
    "implication",
    "involvement",
    "evidence",
    "derivation",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "CREATE FUNCTION briefing_notify_change() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN PERFORM pg_notify('{CHANNEL}', ''); RETURN NULL; END $$"
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify_change "
            f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION briefing_notify_change()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_notify_change ON {table}")
    op.execute("DROP FUNCTION IF EXISTS briefing_notify_change()")
