from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_ref import EntityRef
    from ..models.stance_public import StancePublic


T = TypeVar("T", bound="StanceSeries")


@_attrs_define
class StanceSeries:
    """One holder's stances, oldest first: how it stood toward its targets over time.
    Undated stances come last.

        Attributes:
            holder (EntityRef): How one item names an entity: enough to display it without another request.
            target (EntityRef | None): The target asked for; null for all targets.
            items (list[StancePublic]):
    """

    holder: EntityRef
    target: EntityRef | None
    items: list[StancePublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.entity_ref import EntityRef

        holder = self.holder.to_dict()

        target: dict[str, Any] | None
        if isinstance(self.target, EntityRef):
            target = self.target.to_dict()
        else:
            target = self.target

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "holder": holder,
                "target": target,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entity_ref import EntityRef
        from ..models.stance_public import StancePublic

        d = dict(src_dict)
        holder = EntityRef.from_dict(d.pop("holder"))

        def _parse_target(data: object) -> EntityRef | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                target_type_0 = EntityRef.from_dict(data)

                return target_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EntityRef | None, data)

        target = _parse_target(d.pop("target"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = StancePublic.from_dict(items_item_data)

            items.append(items_item)

        stance_series = cls(
            holder=holder,
            target=target,
            items=items,
        )

        stance_series.additional_properties = d
        return stance_series

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
