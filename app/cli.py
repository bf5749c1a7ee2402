"""`briefing`: migrate the schema, load and check the seed, regenerate `schemas/`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from app.core.config import get_settings
from app.core.db import make_engine, startup_lock
from app.core.migrations import current_revision, upgrade_to_head
from app.seed.loader import CuratedDataError, SeedError, load_seed, read_seed

cli = typer.Typer(help="Briefing API administration.", no_args_is_help=True)

SeedDir = Annotated[
    Path | None, typer.Option(help="Folder of annotation files and sources (default: seed/).")
]

DatabaseUrl = Annotated[
    str | None, typer.Option(help="Database to work on (default: DATABASE_URL).")
]


def _fail(exc: SeedError) -> None:
    typer.secho(str(exc), fg=typer.colors.RED, err=True)
    raise typer.Exit(code=1)


@cli.command()
def check(seed_dir: SeedDir = None) -> None:
    """Validate the annotations and anchor every excerpt, without a database."""
    try:
        seeds = read_seed(seed_dir or get_settings().seed_dir)
    except SeedError as exc:
        _fail(exc)
        return
    for seed in seeds:
        a = seed.annotation
        typer.echo(
            f"{seed.path.name}: ok — {len(a.entities)} entities, {len(a.quotes)} quotes, "
            f"{len(a.events)} events, {len(a.claims)} claims, "
            f"{len(a.implications)} implications, {len(seed.sections)} sections"
        )


@cli.command()
def load(
    seed_dir: SeedDir = None,
    database_url: DatabaseUrl = None,
    discard_curated: Annotated[
        bool,
        typer.Option(
            "--discard-curated",
            help="Replace the content even if curators changed it (their revision history "
            "is kept). Without it, load refuses and changes nothing.",
        ),
    ] = False,
) -> None:
    """Migrate the schema to head and load all of seed/ in one transaction (idempotent).

    Refuses (exit 2) when the database holds curated changes, unless --discard-curated."""
    engine = make_engine(database_url or get_settings().database_url)
    try:
        with startup_lock(engine):
            upgrade_to_head(engine)
            report = load_seed(
                engine, seed_dir or get_settings().seed_dir, discard_curated=discard_curated
            )
    except SeedError as exc:
        _fail(exc)
        return
    except CuratedDataError as exc:
        typer.secho(str(exc), fg=typer.colors.RED, err=True)
        raise typer.Exit(code=2) from exc
    counts = ", ".join(f"{n} {table}" for table, n in sorted(report.counts.items()))
    typer.echo(f"loaded {', '.join(report.files)}: {counts}")


@cli.command()
def migrate(database_url: DatabaseUrl = None) -> None:
    """Upgrade the schema to the newest revision, before the servers start (idempotent).

    It takes the start-up lock, so replicas that run it at once take turns.
    """
    engine = make_engine(database_url or get_settings().database_url)
    with startup_lock(engine):
        before = current_revision(engine)
        upgrade_to_head(engine)
        after = current_revision(engine)
    if before == after:
        typer.echo(f"schema already at {after}")
    else:
        typer.echo(f"migrated schema from {before or 'an empty database'} to {after}")


@cli.command()
def schemas(
    check_only: Annotated[
        bool, typer.Option("--check", help="Fail if schemas/ differs instead of writing.")
    ] = False,
) -> None:
    """Regenerate the JSON Schemas and the OpenAPI document under schemas/."""
    from app.schema_export import stale_schemas, write_schemas

    if check_only:
        stale = stale_schemas()
        if stale:
            typer.secho(f"out of date: {', '.join(stale)}", fg=typer.colors.RED, err=True)
            raise typer.Exit(code=1)
        typer.echo("schemas/ is up to date")
        return
    for path in write_schemas():
        typer.echo(f"wrote {path}")
