"""What every provenance-carrying item collection shares, written once: the `ITEMS`
filters (ids, full text, document scope), `char_start` first among its sorts and as its
default, the `entities` expansion through its item type, and a JSON-LD node whose
provenance becomes an annotation. Each item module declares only what is its own."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlmodel import SQLModel

from app.collections.expansions import involved_entities, related_items
from app.collections.filters import DATES, ITEMS, QueryFilter, one_of
from app.collections.spec import CollectionSpec, Expander, JsonLd, LinkRows
from app.models import ItemType, Relation, Role
from app.models.knowledge import DateBasis
from app.models.relation import stated_span
from app.query import assembly

if TYPE_CHECKING:
    from app.services.exports.linked_data import Graph

# (graph, the item's own fields, its document's reference) → its typed JSON-LD fields
Node = Callable[["Graph", dict[str, Any], dict[str, str]], dict[str, Any]]

DATE_SORTS = ("date_start", "date_end")
DATE_BASIS = one_of(
    DateBasis,
    "Only items whose date has one of these bases (a date whose basis was not recorded "
    "matches none).",
    "date_basis",
)


def provenanced(name: str, node: Node) -> JsonLd:
    """The JSON-LD of an item of `name`: `node` maps its own fields, the graph adds its
    IRI, its document and its provenance annotation."""

    def jsonld(graph: Graph, item_id: str, item: dict[str, Any], texts: Mapping[str, str]) -> Any:
        return graph.provenanced(name, item_id, item, texts, partial(node, graph))

    return jsonld


def relation_rows(item_type: ItemType) -> LinkRows:
    """An item's typed links, in the order given; each stated span found inside the item's
    own excerpt (its row holds where that stands). Ingest's drafts give none."""

    def build(item_id: str, item: Any, row: Mapping[str, Any]) -> list[dict[str, Any]]:
        return [
            {
                "item_type": item_type,
                "item_id": item_id,
                "position": position,
                "relation": relation.type,
                "to_type": relation.to.type,
                "to_id": relation.to.id,
                **stated_span(row["char_start"], row["excerpt"], relation.excerpt),
            }
            for position, relation in enumerate(getattr(item, "relations", None) or [])
        ]

    return build


def related(
    item_type: ItemType,
    linked: assembly.LinkedFields | None = None,
    links: Mapping[type[SQLModel], LinkRows] | None = None,
) -> dict[str, Any]:
    """The spec fields of an item type with typed links (`relations`) besides its own
    `linked` fields and `links`: served, stored, and expandable as `include=related`."""
    return {
        "linked": assembly.together(linked, assembly.relations_of(item_type)),
        "links": {**(links or {}), Relation: relation_rows(item_type)},
    }


def item_collection(
    name: str,
    item_type: ItemType,
    models: tuple[type[SQLModel], type[BaseModel], type[BaseModel], type[BaseModel]],
    *,
    node: Node,
    describe: tuple[str, str],
    position: int,
    export_order: int,
    id_source: str,
    roles: Mapping[str, Role],
    filters: Mapping[str, QueryFilter] | None = None,
    dated: bool = False,
    sorts: tuple[str, ...] = (),
    default_sort: str = "char_start",
    case_insensitive_sorts: frozenset[str] = frozenset(),
    expansions: Mapping[str, Expander] | None = None,
    **own: Any,
) -> CollectionSpec:
    """The spec of an item collection. `models` are its table, public, create and update
    models; `describe` its tag and list descriptions; `dated` adds the date filters
    (`date_from`, `date_to`, `date_basis`) and sorts; `sorts` and `expansions` are its
    own, after the shared ones."""
    table, public, create, update = models
    tag_description, list_description = describe
    return CollectionSpec(
        name=name,
        noun=item_type.value,
        table=table,
        public=public,
        jsonld=provenanced(name, node),
        tag_description=tag_description,
        list_description=list_description,
        position=position,
        export_order=export_order,
        sorts=("char_start", *(DATE_SORTS if dated else ()), "id", *sorts),
        default_sort=default_sort,
        filters={**(filters or {}), **({"date_basis": DATE_BASIS} if dated else {})},
        filter_groups=(ITEMS, DATES) if dated else (ITEMS,),
        case_insensitive_sorts=case_insensitive_sorts,
        expansions={
            **(expansions or {}),
            **({"related": related_items(item_type)} if Relation in own.get("links", {}) else {}),
            "entities": involved_entities(item_type),
        },
        item_type=item_type,
        create=create,
        update=update,
        id_source=id_source,
        roles=roles,
        **own,
    )
