from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.included import Included
    from ..models.stance_public import StancePublic


T = TypeVar("T", bound="StanceList")


@_attrs_define
class StanceList:
    """
    Attributes:
        items (list[StancePublic]):
        total (int): Number of items matching the filters, on all pages.
        limit (int): The page size used.
        next_cursor (None | str): Pass as `cursor` to get the next page; null on the last page.
        included (Included | None | Unset): Referenced items, when `include=` asks for them.
    """

    items: list[StancePublic]
    total: int
    limit: int
    next_cursor: None | str
    included: Included | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.included import Included

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total = self.total

        limit = self.limit

        next_cursor: None | str
        next_cursor = self.next_cursor

        included: dict[str, Any] | None | Unset
        if isinstance(self.included, Unset):
            included = UNSET
        elif isinstance(self.included, Included):
            included = self.included.to_dict()
        else:
            included = self.included

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "limit": limit,
                "next_cursor": next_cursor,
            }
        )
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.included import Included
        from ..models.stance_public import StancePublic

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = StancePublic.from_dict(items_item_data)

            items.append(items_item)

        total = d.pop("total")

        limit = d.pop("limit")

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        def _parse_included(data: object) -> Included | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                included_type_0 = Included.from_dict(data)

                return included_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Included | None | Unset, data)

        included = _parse_included(d.pop("included", UNSET))

        stance_list = cls(
            items=items,
            total=total,
            limit=limit,
            next_cursor=next_cursor,
            included=included,
        )

        stance_list.additional_properties = d
        return stance_list

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
