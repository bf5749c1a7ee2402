"""`q` on the full-text index against a plain substring scan, side by side, run by hand.

    .venv/bin/python bench/corpus.py --briefings 1000 --out /tmp/corpus-100k
    DATABASE_URL=sqlite:////tmp/c100k.db .venv/bin/briefing load --seed-dir /tmp/corpus-100k
    .venv/bin/python bench/bench_search.py sqlite:////tmp/c100k.db hestria "rare earth"

For each query it counts the matching claims twice: through the API's own `q` filter (FTS5
or a GIN-indexed tsvector) and through a `LIKE '%word%'` scan of the same text columns
(what `q` did before migration 0003). The two run interleaved, 15 rounds; the script prints
both match counts (a substring also matches inside words, so they can differ) and the ratio
of the medians.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from sqlalchemy import func, or_, select
from sqlmodel import Session

from app.collections import REGISTRY
from app.core.db import make_engine

CLAIMS = REGISTRY["claims"].listing
ROUNDS = 15


def full_text(session: Session, query: str) -> int:
    matching = CLAIMS.filtered({"q": query}).subquery()
    return session.execute(select(func.count()).select_from(matching)).scalar_one()


def substring_scan(session: Session, query: str) -> int:
    c = CLAIMS.source.c
    words = [or_(c.statement.icontains(w), c.excerpt.icontains(w)) for w in query.split()]
    return session.execute(
        select(func.count()).select_from(CLAIMS.source).where(*words)
    ).scalar_one()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("queries", nargs="+")
    args = parser.parse_args()
    engine = make_engine(args.database_url)
    variants: dict[str, Callable[[Session, str], int]] = {
        "full-text index": full_text,
        "substring scan": substring_scan,
    }
    times: dict[str, list[float]] = {name: [] for name in variants}
    with Session(engine) as session:
        for query in args.queries:
            counts = {name: run(session, query) for name, run in variants.items()}
            print(f"{query!r}: {counts}")
        for round_ in range(ROUNDS):
            order = list(variants.items())
            for name, run in order if round_ % 2 else reversed(order):
                start = time.perf_counter()
                for query in args.queries:
                    run(session, query)
                times[name].append(time.perf_counter() - start)
        total = session.execute(select(func.count()).select_from(CLAIMS.source)).scalar_one()
    medians = {name: statistics.median(t) for name, t in times.items()}
    print(f"{engine.dialect.name}, {total} claims, {len(args.queries)} queries per round:")
    for name, median in medians.items():
        print(f"  {name:16} {median * 1000:8.1f} ms")
    ratio = medians["substring scan"] / medians["full-text index"]
    print(f"  substring scan / full-text index = {ratio:.1f}x")


if __name__ == "__main__":
    main()
