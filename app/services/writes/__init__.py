"""Curated writes: create, update (merge patch) and delete (a tombstone) on the five
writable collections, validated as the seed is, each recorded as a revision.

One module per concern: `registry` (which collections), `validation` (anchoring and
references), `bodies` (a body as rows), `links` (link rows, referrers), `ids`, `state`
(the current item, merge patches) and `operations` (the three writes).
"""

from app.services.writes.operations import (
    Idempotency,
    Written,
    create,
    delete_item,
    location,
    update_item,
)
from app.services.writes.registry import ITEM_TABLES

__all__ = [
    "ITEM_TABLES",
    "Idempotency",
    "Written",
    "create",
    "delete_item",
    "location",
    "update_item",
]
