from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recon_type import ReconType


T = TypeVar("T", bound="SuggestedEntity")


@_attrs_define
class SuggestedEntity:
    """
    Attributes:
        id (str):
        name (str):
        description (str):
        notable (list[ReconType]):
    """

    id: str
    name: str
    description: str
    notable: list[ReconType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        notable = []
        for notable_item_data in self.notable:
            notable_item = notable_item_data.to_dict()
            notable.append(notable_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "notable": notable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recon_type import ReconType

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        notable = []
        _notable = d.pop("notable")
        for notable_item_data in _notable:
            notable_item = ReconType.from_dict(notable_item_data)

            notable.append(notable_item)

        suggested_entity = cls(
            id=id,
            name=name,
            description=description,
            notable=notable,
        )

        suggested_entity.additional_properties = d
        return suggested_entity

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
