"""`briefing`: migrate the schema, load and check the seed, regenerate `schemas/`, manage
API keys."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from sqlalchemy import Engine, inspect
from sqlmodel import Session

from app.core.config import database_url_problem, get_settings
from app.core.db import check_reachable, make_engine, startup_lock
from app.core.migrations import current_revision, upgrade_to_head
from app.core.startup import STARTUP_FAILURE, StartupError, report
from app.models import ApiKey, Scope
from app.seed.reader import SeedError, read_seed
from app.services import api_keys
from app.services.seeding import CuratedDataError, load_seed

if TYPE_CHECKING:
    from app.extract import KnownEntity

cli = typer.Typer(help="Briefing API administration.", no_args_is_help=True)

SeedDir = Annotated[
    Path | None, typer.Option(help="Folder of annotation files and sources (default: seed/).")
]


def _usable_url(url: str | None) -> str | None:
    problem = url and database_url_problem(url)
    if problem:
        raise typer.BadParameter(problem)
    return url


DatabaseUrl = Annotated[
    str | None,
    typer.Option(help="Database to work on (default: DATABASE_URL).", callback=_usable_url),
]


def _fail(message: str | Exception, code: int = 1) -> NoReturn:
    """Say what went wrong on stderr, in red, and exit with `code`."""
    typer.secho(str(message), fg=typer.colors.RED, err=True)
    raise typer.Exit(code=code)


def _engine(database_url: str | None) -> Engine:
    """The engine of the database to work on, connected once: a database that cannot be
    reached or does not exist is one line and exit status 3, as when the server starts."""
    settings = get_settings()
    engine = make_engine(database_url or settings.database_url)
    try:
        check_reachable(engine)
    except StartupError as error:
        report(error, with_traceback=settings.log_level == "DEBUG")
        raise typer.Exit(code=STARTUP_FAILURE) from None
    return engine


@cli.command()
def check(seed_dir: SeedDir = None) -> None:
    """Validate the annotations and anchor every excerpt, without a database."""
    try:
        seeds = read_seed(seed_dir or get_settings().seed_dir)
    except SeedError as exc:
        _fail(exc)
    for seed in seeds:
        a = seed.annotation
        typer.echo(
            f"{seed.path.name}: ok — {len(a.entities)} entities, {len(a.quotes)} quotes, "
            f"{len(a.events)} events, {len(a.claims)} claims, "
            f"{len(a.implications)} implications, {len(a.forecasts())} forecasts, "
            f"{len(a.relations())} relations, {len(a.stances)} stances, "
            f"{len(seed.sections)} sections"
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
    engine = _engine(database_url)
    try:
        with startup_lock(engine):
            upgrade_to_head(engine)
            report = load_seed(
                engine, seed_dir or get_settings().seed_dir, discard_curated=discard_curated
            )
    except SeedError as exc:
        _fail(exc)
    except CuratedDataError as exc:
        _fail(exc, code=2)
    counts = ", ".join(f"{n} {table}" for table, n in sorted(report.counts.items()))
    typer.echo(f"loaded {', '.join(report.files)}: {counts}")


@cli.command()
def migrate(database_url: DatabaseUrl = None) -> None:
    """Upgrade the schema to the newest revision, before the servers start (idempotent).

    It takes the start-up lock, so replicas that run it at once take turns.
    """
    engine = _engine(database_url)
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
            _fail(f"out of date: {', '.join(stale)}")
        typer.echo("schemas/ is up to date")
        return
    for path in write_schemas():
        typer.echo(f"wrote {path}")


keys = typer.Typer(help="Create, list and revoke API keys.", no_args_is_help=True)
cli.add_typer(keys, name="keys")


@contextmanager
def _key_session(database_url: str | None) -> Iterator[Session]:
    """A session on the database, or a one-line error if its schema has no key table."""
    engine = _engine(database_url)
    try:
        with Session(engine) as session:
            if not inspect(session.connection()).has_table(ApiKey.__tablename__):
                _fail("the database has no API key table: run `briefing migrate` first")
            yield session
    finally:
        engine.dispose()


@keys.command("create")
def create_key(
    name: Annotated[str, typer.Option(help="Who or what the key is for.")],
    scope: Annotated[Scope, typer.Option(help="read, curator (write items) or admin.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Create a key and print its token: the only time it is shown."""
    if not name.strip():
        _fail("--name must not be empty", code=2)
    with _key_session(database_url) as session:
        key, token = api_keys.create(session, name, scope)
    typer.echo(token)
    typer.secho(
        f"Created key {key.id} ({key.scope}) for {key.name!r}. Store the token now: "
        "it cannot be shown again.",
        fg=typer.colors.YELLOW,
        err=True,
    )


@keys.command("list")
def list_keys(database_url: DatabaseUrl = None) -> None:
    """Every key: id, name, scope, created and revoked (never a secret)."""
    with _key_session(database_url) as session:
        rows = api_keys.all_keys(session)
    typer.echo("id\tname\tscope\tcreated\trevoked")
    for key in rows:
        revoked = key.revoked_at.isoformat() if key.revoked_at else "-"
        typer.echo(f"{key.id}\t{key.name}\t{key.scope}\t{key.created_at.isoformat()}\t{revoked}")


@keys.command("revoke")
def revoke_key(
    key_id: Annotated[str, typer.Argument(help="The key's id, as `keys list` shows it.")],
    database_url: DatabaseUrl = None,
) -> None:
    """Revoke a key at once; its row stays for the record (idempotent)."""
    with _key_session(database_url) as session:
        key = api_keys.revoke(session, key_id)
    if key is None:
        _fail(f"no API key {key_id!r}")
    typer.echo(f"revoked {key.id} ({key.scope}, {key.name!r}) at {key.revoked_at}")


@cli.command()
def ingest(
    file: Annotated[Path, typer.Argument(help="The briefing's text (UTF-8).")],
    id: Annotated[
        str | None, typer.Option(help="Document id (default: a slug of the title).")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Title (default: the first line).")] = None,
    published_on: Annotated[
        str | None, typer.Option(help="Publication date, YYYY-MM-DD (default: today).")
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(help="Annotation file to write (default: FILE with a .yaml suffix)."),
    ] = None,
    entities_from: Annotated[
        Path | None,
        typer.Option(help="Folder whose annotations name the known entities (default: seed/)."),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing annotation file.")] = False,
) -> None:
    """Write a draft annotation of FILE for a curator to edit, without any database: the
    rule-based extractor's sections, quotes, events and implications, each marked as a draft.
    The extraction stops, and nothing is written, past EXTRACT_TIME_BUDGET seconds."""
    from app.extract.annotation import draft_annotation
    from app.extract.pool import POOL, OverBudget
    from app.services.ingest import over_budget

    text = _read_text(file)
    first_line = next((line.strip() for line in text.split("\n") if line.strip()), "")
    title = title or first_line or file.stem
    document_id = _document_id(id, title, file)
    published = _published_on(published_on)
    target = output or file.with_suffix(".yaml")
    if target.exists() and not force:
        _fail(f"{target} exists; pass --force to overwrite it")
    folder = entities_from or get_settings().seed_dir
    known = _known_entities(folder) if folder.resolve() != target.parent.resolve() else []
    budget = get_settings().extract_time_budget
    try:
        extraction = POOL.extract(budget, text, published, known, document_id=document_id)
    except OverBudget:
        _fail(over_budget(budget).detail)
    finally:
        POOL.shutdown()
    source = os.path.relpath(file.resolve(), target.parent.resolve())
    annotation = draft_annotation(
        extraction, source=source, title=title, subtitle=None, known=known, known_from=str(folder)
    )
    target.write_text(annotation, encoding="utf-8")
    counts = ", ".join(f"{n} {kind}" for kind, n in extraction.counts().items())
    typer.echo(f"wrote {target}: drafts of {len(extraction.sections)} sections, {counts}")


def _read_text(file: Path) -> str:
    try:
        return file.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {file} as UTF-8 text: {exc}")


def _document_id(given: str | None, title: str, file: Path) -> str:
    """The given id, or a slug of the title (of the file's name when the title has none)."""
    from app.extract.text import slugify
    from app.models.common import SLUG_PATTERN

    document_id = given or slugify(title, 80) or slugify(file.stem) or "document"
    if not re.match(SLUG_PATTERN, document_id):
        _fail(f"--id {document_id!r} is not a slug (a-z, 0-9 and -)")
    return document_id


def _published_on(given: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat(given) if given else dt.date.today()
    except ValueError:
        _fail(f"--published-on {given!r} is not a date YYYY-MM-DD")


def _known_entities(folder: Path) -> list[KnownEntity]:
    """The entities the annotations in `folder` define, so drafts reuse their ids; none
    (with a warning) when the folder does not hold a valid seed."""
    from app.extract import KnownEntity

    try:
        seeds = read_seed(folder)
    except SeedError as exc:
        typer.secho(f"no known entities from {folder}: {exc}", fg=typer.colors.YELLOW, err=True)
        return []
    return [
        KnownEntity(e.id, e.name, e.kind, tuple(e.aliases))
        for seed in seeds
        for e in seed.annotation.entities
    ]
