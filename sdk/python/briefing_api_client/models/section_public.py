from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SectionPublic")


@_attrs_define
class SectionPublic:
    """
    Attributes:
        heading (str): The heading line exactly as in the source.
        level (int): Nesting depth: 1 for the document's parts, 2 below them, ...
        char_start (int): Offset of the heading's first character (code points).
        char_end (int): Offset where the next section starts (exclusive).
        parent (None | str | Unset): Heading of the enclosing section; null for a top-level one.
    """

    heading: str
    level: int
    char_start: int
    char_end: int
    parent: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        heading = self.heading

        level = self.level

        char_start = self.char_start

        char_end = self.char_end

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heading": heading,
                "level": level,
                "char_start": char_start,
                "char_end": char_end,
            }
        )
        if parent is not UNSET:
            field_dict["parent"] = parent

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        heading = d.pop("heading")

        level = d.pop("level")

        char_start = d.pop("char_start")

        char_end = d.pop("char_end")

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        section_public = cls(
            heading=heading,
            level=level,
            char_start=char_start,
            char_end=char_end,
            parent=parent,
        )

        section_public.additional_properties = d
        return section_public

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
