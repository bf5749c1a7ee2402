"""The closed sets of a collection's `sort=` and `include=` values, as enums for OpenAPI."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any

from pydantic import GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue

from app.collections.spec import CollectionSpec


class SortEnum(StrEnum):
    """The `sort=` values of a listing. Its OpenAPI schema names the members for generated
    clients (`x-enum-varnames`), so `-date_start` is `DATE_START_DESC` there, not `VALUE_3`."""

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: Any, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        schema["x-enum-varnames"] = list(cls.__members__)
        return schema


def sorts_enum(name: str, sorts: Sequence[str]) -> type[StrEnum]:
    """Every accepted `sort=` value, ascending and descending, as an enum."""
    members = {
        f"{f}{suffix}".upper(): f"{sign}{f}"
        for f in sorts
        for sign, suffix in (("", ""), ("-", "_desc"))
    }
    return SortEnum(name, members)  # type: ignore[call-arg,return-value]


def sort_enum(spec: CollectionSpec) -> type[StrEnum]:
    """The `sort=` values of a collection (`QuoteSort`)."""
    return sorts_enum(f"{spec.title}Sort", spec.sorts)


def expansion_enum(spec: CollectionSpec) -> type[StrEnum]:
    """The `include=` values a collection accepts (`QuoteInclude`)."""
    return StrEnum(f"{spec.title}Include", {n: n for n in spec.expansions})  # type: ignore[return-value]
