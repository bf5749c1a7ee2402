from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.provenance_method import ProvenanceMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="Provenance")


@_attrs_define
class Provenance:
    """Where an item comes from; `text[char_start:char_end] == excerpt` always holds.

    Attributes:
        document_id (str):
        document_sha256 (str):
        section (str): Heading of the innermost section enclosing the excerpt.
        char_start (int): Offset in Unicode code points, inclusive.
        char_end (int): Offset in Unicode code points, exclusive.
        excerpt (str): The source text from char_start to char_end.
        method (ProvenanceMethod | Unset): How an item's provenance was established.
    """

    document_id: str
    document_sha256: str
    section: str
    char_start: int
    char_end: int
    excerpt: str
    method: ProvenanceMethod | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        document_sha256 = self.document_sha256

        section = self.section

        char_start = self.char_start

        char_end = self.char_end

        excerpt = self.excerpt

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "document_id": document_id,
                "document_sha256": document_sha256,
                "section": section,
                "char_start": char_start,
                "char_end": char_end,
                "excerpt": excerpt,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        document_id = d.pop("document_id")

        document_sha256 = d.pop("document_sha256")

        section = d.pop("section")

        char_start = d.pop("char_start")

        char_end = d.pop("char_end")

        excerpt = d.pop("excerpt")

        _method = d.pop("method", UNSET)
        method: ProvenanceMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = ProvenanceMethod(_method)

        provenance = cls(
            document_id=document_id,
            document_sha256=document_sha256,
            section=section,
            char_start=char_start,
            char_end=char_end,
            excerpt=excerpt,
            method=method,
        )

        provenance.additional_properties = d
        return provenance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
