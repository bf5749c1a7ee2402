from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_type import ItemType

T = TypeVar("T", bound="StanceEvidenceRef")


@_attrs_define
class StanceEvidenceRef:
    """An item that shows the stance: a claim, quote, event or implication.

    Attributes:
        type_ (ItemType): The four provenance-carrying item types; also the `type` of an evidence reference.
        id (str):
    """

    type_: ItemType
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        stance_evidence_ref = cls(
            type_=type_,
            id=id,
        )

        stance_evidence_ref.additional_properties = d
        return stance_evidence_ref

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
