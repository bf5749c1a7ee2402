from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.entity_count import EntityCount
    from ..models.facet_count import FacetCount


T = TypeVar("T", bound="Stats")


@_attrs_define
class Stats:
    """Facet counts over the items matching the filters.

    Attributes:
        total (int): Items (claims, quotes, events, implications) matching.
        by_type (list[FacetCount]):
        by_entity (list[EntityCount]): Items involving each entity, most first.
        by_month (list[FacetCount]): Dated items (events, quotes) by the month they start in, `YYYY-MM`; with
            `date_from`, an item that started earlier counts in `date_from`'s month.
        by_section (list[FacetCount]): Items by innermost section, in order.
        by_claim_type (list[FacetCount]):
        by_event_type (list[FacetCount]):
    """

    total: int
    by_type: list[FacetCount]
    by_entity: list[EntityCount]
    by_month: list[FacetCount]
    by_section: list[FacetCount]
    by_claim_type: list[FacetCount]
    by_event_type: list[FacetCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        by_type = []
        for by_type_item_data in self.by_type:
            by_type_item = by_type_item_data.to_dict()
            by_type.append(by_type_item)

        by_entity = []
        for by_entity_item_data in self.by_entity:
            by_entity_item = by_entity_item_data.to_dict()
            by_entity.append(by_entity_item)

        by_month = []
        for by_month_item_data in self.by_month:
            by_month_item = by_month_item_data.to_dict()
            by_month.append(by_month_item)

        by_section = []
        for by_section_item_data in self.by_section:
            by_section_item = by_section_item_data.to_dict()
            by_section.append(by_section_item)

        by_claim_type = []
        for by_claim_type_item_data in self.by_claim_type:
            by_claim_type_item = by_claim_type_item_data.to_dict()
            by_claim_type.append(by_claim_type_item)

        by_event_type = []
        for by_event_type_item_data in self.by_event_type:
            by_event_type_item = by_event_type_item_data.to_dict()
            by_event_type.append(by_event_type_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "by_type": by_type,
                "by_entity": by_entity,
                "by_month": by_month,
                "by_section": by_section,
                "by_claim_type": by_claim_type,
                "by_event_type": by_event_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entity_count import EntityCount
        from ..models.facet_count import FacetCount

        d = dict(src_dict)
        total = d.pop("total")

        by_type = []
        _by_type = d.pop("by_type")
        for by_type_item_data in _by_type:
            by_type_item = FacetCount.from_dict(by_type_item_data)

            by_type.append(by_type_item)

        by_entity = []
        _by_entity = d.pop("by_entity")
        for by_entity_item_data in _by_entity:
            by_entity_item = EntityCount.from_dict(by_entity_item_data)

            by_entity.append(by_entity_item)

        by_month = []
        _by_month = d.pop("by_month")
        for by_month_item_data in _by_month:
            by_month_item = FacetCount.from_dict(by_month_item_data)

            by_month.append(by_month_item)

        by_section = []
        _by_section = d.pop("by_section")
        for by_section_item_data in _by_section:
            by_section_item = FacetCount.from_dict(by_section_item_data)

            by_section.append(by_section_item)

        by_claim_type = []
        _by_claim_type = d.pop("by_claim_type")
        for by_claim_type_item_data in _by_claim_type:
            by_claim_type_item = FacetCount.from_dict(by_claim_type_item_data)

            by_claim_type.append(by_claim_type_item)

        by_event_type = []
        _by_event_type = d.pop("by_event_type")
        for by_event_type_item_data in _by_event_type:
            by_event_type_item = FacetCount.from_dict(by_event_type_item_data)

            by_event_type.append(by_event_type_item)

        stats = cls(
            total=total,
            by_type=by_type,
            by_entity=by_entity,
            by_month=by_month,
            by_section=by_section,
            by_claim_type=by_claim_type,
            by_event_type=by_event_type,
        )

        stats.additional_properties = d
        return stats

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
