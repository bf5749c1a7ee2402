from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProvenanceInput")


@_attrs_define
class ProvenanceInput:
    """Where the item comes from: the exact text of the document it stands on.

    Attributes:
        document_id (str):
        excerpt (str): Exact source text the item comes from; must occur verbatim.
        occurrence (int | None | Unset): Which occurrence of `excerpt` (1-based) when it repeats.
        char_start (int | None | Unset): Where the excerpt starts (code points), to pin one occurrence of a repeated
            excerpt; the server checks the text there.
        within (None | str | Unset): A longer, unique passage that contains `excerpt` exactly once; disambiguates a
            repeated excerpt by its surroundings.
    """

    document_id: str
    excerpt: str
    occurrence: int | None | Unset = UNSET
    char_start: int | None | Unset = UNSET
    within: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        excerpt = self.excerpt

        occurrence: int | None | Unset
        if isinstance(self.occurrence, Unset):
            occurrence = UNSET
        else:
            occurrence = self.occurrence

        char_start: int | None | Unset
        if isinstance(self.char_start, Unset):
            char_start = UNSET
        else:
            char_start = self.char_start

        within: None | str | Unset
        if isinstance(self.within, Unset):
            within = UNSET
        else:
            within = self.within

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "document_id": document_id,
                "excerpt": excerpt,
            }
        )
        if occurrence is not UNSET:
            field_dict["occurrence"] = occurrence
        if char_start is not UNSET:
            field_dict["char_start"] = char_start
        if within is not UNSET:
            field_dict["within"] = within

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        excerpt = d.pop("excerpt")

        def _parse_occurrence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        occurrence = _parse_occurrence(d.pop("occurrence", UNSET))

        def _parse_char_start(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        char_start = _parse_char_start(d.pop("char_start", UNSET))

        def _parse_within(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        within = _parse_within(d.pop("within", UNSET))

        provenance_input = cls(
            document_id=document_id,
            excerpt=excerpt,
            occurrence=occurrence,
            char_start=char_start,
            within=within,
        )

        return provenance_input
