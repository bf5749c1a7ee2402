from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_type import ItemType
from ..models.relation_type import RelationType

if TYPE_CHECKING:
    from ..models.stated_at import StatedAt


T = TypeVar("T", bound="RelationPublic")


@_attrs_define
class RelationPublic:
    """One typed link from this item to another stored item.

    Attributes:
        relation (RelationType): A typed link from one item to another. `summarizes` links a heading's claim to the
            passage under it; `causes` an item to its effect.
        type_ (ItemType): The four provenance-carrying item types; also the `type` of an evidence reference.
        id (str): The other item's id.
        provenance (None | StatedAt): Where the text states the link; null when it is the curator's reading.
    """

    relation: RelationType
    type_: ItemType
    id: str
    provenance: None | StatedAt
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stated_at import StatedAt

        relation = self.relation.value

        type_ = self.type_.value

        id = self.id

        provenance: dict[str, Any] | None
        if isinstance(self.provenance, StatedAt):
            provenance = self.provenance.to_dict()
        else:
            provenance = self.provenance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "relation": relation,
                "type": type_,
                "id": id,
                "provenance": provenance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.stated_at import StatedAt

        d = dict(src_dict)
        relation = RelationType(d.pop("relation"))

        type_ = ItemType(d.pop("type"))

        id = d.pop("id")

        def _parse_provenance(data: object) -> None | StatedAt:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provenance_type_0 = StatedAt.from_dict(data)

                return provenance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StatedAt, data)

        provenance = _parse_provenance(d.pop("provenance"))

        relation_public = cls(
            relation=relation,
            type_=type_,
            id=id,
            provenance=provenance,
        )

        relation_public.additional_properties = d
        return relation_public

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
