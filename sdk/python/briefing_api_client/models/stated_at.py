from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StatedAt")


@_attrs_define
class StatedAt:
    """Where the text states a link: `text[char_start:char_end] == excerpt`.

    Attributes:
        char_start (int): Offset in Unicode code points, inclusive.
        char_end (int): Offset in Unicode code points, exclusive.
        excerpt (str): The words that state the link, verbatim.
    """

    char_start: int
    char_end: int
    excerpt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        char_start = self.char_start

        char_end = self.char_end

        excerpt = self.excerpt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "char_start": char_start,
                "char_end": char_end,
                "excerpt": excerpt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        char_start = d.pop("char_start")

        char_end = d.pop("char_end")

        excerpt = d.pop("excerpt")

        stated_at = cls(
            char_start=char_start,
            char_end=char_end,
            excerpt=excerpt,
        )

        stated_at.additional_properties = d
        return stated_at

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
