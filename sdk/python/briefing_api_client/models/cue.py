from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Cue")


@_attrs_define
class Cue:
    """A cue word anchored in the source: `text[char_start:char_end] == text` of the
    document, so the verb or the hedge has provenance of its own.

        Attributes:
            text (str): The cue, verbatim.
            char_start (int): Offset in Unicode code points, inclusive.
            char_end (int): Offset in Unicode code points, exclusive.
    """

    text: str
    char_start: int
    char_end: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        char_start = self.char_start

        char_end = self.char_end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "char_start": char_start,
                "char_end": char_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        text = d.pop("text")

        char_start = d.pop("char_start")

        char_end = d.pop("char_end")

        cue = cls(
            text=text,
            char_start=char_start,
            char_end=char_end,
        )

        cue.additional_properties = d
        return cue

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
