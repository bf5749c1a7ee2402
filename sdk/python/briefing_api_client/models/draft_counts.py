from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DraftCounts")


@_attrs_define
class DraftCounts:
    """
    Attributes:
        entities (int): New entities proposed (speakers and actors not known).
        quotes (int):
        events (int):
        claims (int): Claims proposed as the basis of each implication.
        implications (int):
    """

    entities: int
    quotes: int
    events: int
    claims: int
    implications: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entities = self.entities

        quotes = self.quotes

        events = self.events

        claims = self.claims

        implications = self.implications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entities": entities,
                "quotes": quotes,
                "events": events,
                "claims": claims,
                "implications": implications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        entities = d.pop("entities")

        quotes = d.pop("quotes")

        events = d.pop("events")

        claims = d.pop("claims")

        implications = d.pop("implications")

        draft_counts = cls(
            entities=entities,
            quotes=quotes,
            events=events,
            claims=claims,
            implications=implications,
        )

        draft_counts.additional_properties = d
        return draft_counts

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
