from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.item_type import ItemType

T = TypeVar("T", bound="EvidenceAnnotation")


@_attrs_define
class EvidenceAnnotation:
    """
    Attributes:
        type_ (ItemType): The four provenance-carrying item types; also the `type` of an evidence reference.
        id (str):
    """

    type_: ItemType
    id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ItemType(d.pop("type"))

        id = d.pop("id")

        evidence_annotation = cls(
            type_=type_,
            id=id,
        )

        return evidence_annotation
